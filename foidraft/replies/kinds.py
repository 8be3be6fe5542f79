"""What kind of reply a text is, from what it does (``foidraft.replies.acts``).

The kinds (``KINDS``) are the ones a requester has to act on differently. A reply often
shows several signals at once (a partial answer with one exemption, a review upholding a
cost refusal, a receipt that also asks what was meant), so the decision is an explicit
precedence: ``PRECEDENCE`` is a table of rules, each with its reason, read in order, and
the first whose condition holds gives the kind. The signals it reads (``Signals``) are the
acts found, the decisions said, whether a part of the request is named, and the refusals
made once their grounds are settled (``_refusals``: refusing words whose ground is named
elsewhere, EIR's "manifestly unreasonable" read as cost or vexatious, a link beside the
figures, records held in no searchable form).

Two rules decide among further cases of their own, also in a fixed order: a cost refusal
(``_cost_kind``: the whole request, or a part with the rest given) and a reply that
refuses nothing (``_unrefused_kind``: answered, or the rest not held, or a refusal notice
whose refusal the text does not show).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from foidraft.replies.acts import Acts

KINDS = (
    "acknowledgement",
    "clarification_request",
    "extension",
    "answered",
    "partly_answered",
    "refused_cost",
    "refused_exempt",
    "ncnd",
    "not_held",
    "already_published",
    "future_publication",
    "vexatious_or_repeated",
    "fees_notice",
    "review_outcome",
)
DECISIONS = ("gave", "cost", "exempt", "ncnd", "not_held", "published", "future", "vexatious",
             "unreasonable", "refused")  # fmt: skip
PENDING = ("acknowledgement", "clarification_request", "extension")  # no decision yet
ALONE = {
    "exempt": "refused_exempt",
    "ncnd": "ncnd",
    "not_held": "not_held",
    "published": "already_published",
    "future": "future_publication",
}
# Replies that withhold nothing that exists: the order of what the requester does next.
FIRST_STEP = ("future", "published", "not_held")
# A clarification request may explain what is not recorded or where something is
# published; those do not make it a decision.
SOFT = {"not_held", "published"}
# Provisions that decide nothing: advice and assistance offered (FOIA s16, FOISA s15), a move
# to the EIRs (FOISA s39(2)); a receipt may cite them.
STEPS = {"advice", "environmental"}


WEIGHED = {"exempt", "future", "ncnd", "refused", "cost"}  # what an extension weighs


@dataclass(frozen=True)
class Signals:
    """What the precedence reads: the acts, the decisions said in words, whether a part of
    the request is named, and the refusals made once their grounds are settled."""

    a: Acts
    said: frozenset[str]
    part: bool
    refusals: frozenset[str]

    def has(self, name: str) -> bool:
        return self.a.has(name)


@dataclass(frozen=True)
class Rule:
    """One step of the precedence: ``when`` it holds, the reply is of ``kind`` (a kind, or
    a function of the signals for a step that decides among cases of its own)."""

    name: str
    why: str
    when: Callable[[Signals], bool]
    kind: str | Callable[[Signals], str]


def classify(a: Acts) -> str:
    """The reply's kind (one of ``KINDS``): the first rule of ``PRECEDENCE`` that holds."""
    return decide(a)[1]


def decide(a: Acts) -> tuple[Rule, str]:
    """The rule of ``PRECEDENCE`` that decides the kind of a reply that does ``a``, and the
    kind."""
    said = frozenset(d for d in DECISIONS if a.has(d))
    # "we hold some of the information" says a part is held; it is a part answered only
    # where something is given, or where the refusal is not of the cost of finding it all
    part = a.part or (a.holds_part and (a.has("gave") or not a.has("cost")))
    part = part or a.has("part_heading")  # titled "Partial Release"
    s = Signals(a, said, part, frozenset(_refusals(a, said, part)))
    for rule in PRECEDENCE:
        if rule.when(s):
            return rule, rule.kind if isinstance(rule.kind, str) else rule.kind(s)
    raise AssertionError("the last rule always holds")  # pragma: no cover


def _refusals(a: Acts, said: frozenset[str], part: bool) -> set[str]:
    """The refusals the reply makes, each ground settled."""
    grounds = _grounds(a)
    refusals = set(said) | grounds
    if "refused" in refusals:  # refusing words whose ground is named apart, or nowhere
        named = refusals - {"gave", "refused", "not_held", "published"}
        # "I am refusing to provide the information sought" beside "section 25(1) applies":
        # the refusal is the published ground's, when nothing is given beside it
        published_only = "published" in a.roles and not a.has("gave")
        # "this letter represents a Refusal Notice" after "the information is not held":
        # the refusal is that nothing is held, when nothing is given and no ground is named
        held_only = a.has("not_held") and not (a.has("gave") or part)
        # with no ground named, the work a search would take is the reason: the cost limit
        fallback = (
            set() if published_only or held_only else {"cost"} if a.has("effort") else {"exempt"}
        )
        refusals |= named or (grounds - {"not_held", "published"}) or fallback
    refusals -= {"gave", "refused"}
    if "unreasonable" in a.roles or a.has("unreasonable"):
        # on cost unless the reply calls the request vexatious, or weighs the requester's
        # conduct, and names no cost or burden: under the EIRs the burden is the usual reason
        vexed = (a.has("vexatious") or a.has("conduct")) and not (a.has("cost") or a.has("burden"))
        refusals.add("vexatious" if vexed else "cost")
        refusals.discard("unreasonable")
    if a.has("gave") and "published" not in a.roles:
        refusals.discard("published")  # a link given beside the figures is not a refusal
    if a.has("unretrievable") and "not_held" not in a.roles:
        # held in no form a search can use: the cost limit, whatever the records did not note
        # (unless a provision relied on says nothing is held, FOISA s17: then it explains that)
        refusals.add("cost")
    return refusals


def _cost_kind(s: Signals) -> str:
    """A cost refusal: of the whole request (even with figures given as goodwill or as
    advice) unless it says it covers only a part, when the rest makes it partly answered."""
    a = s.a
    others = s.refusals - {"cost", "not_held"}  # "not held in a way we can retrieve"
    if "not_held" in a.roles:  # ... unless a provision says so of its own part (FOISA s17)
        others |= s.refusals & {"not_held"}
    if "ncnd" not in a.roles:
        others -= {"ncnd"}  # "to confirm whether it is held would exceed the limit": s12(2)
    if (
        a.everything
        # nothing given: some parts refused on cost, the rest neither confirmed nor denied.
        # Nothing is answered, so not "partly answered": the cost limit is what the
        # requester can act on (narrow and ask again) and ``ncnd`` tells of the rest
        or (others == {"ncnd"} and not a.has("gave"))
        or not (s.part or a.has("gave") or others)
        # a refusal notice's usual words ("your request is refused") give way to a part
        # named and answered, or decided otherwise (another part not held, by its notice)
        or (a.whole and not (s.part and (a.has("gave") or others)))
    ):
        return "refused_cost"
    return "partly_answered"


def _unrefused_kind(s: Signals) -> str:
    """A reply that refuses nothing."""
    a = s.a
    if a.has("effort") and not (a.has("gave") or s.part):
        # nothing given, and the reason is the work a search would take: the cost limit in
        # words, though no refusing word is said
        return "refused_cost"
    if a.holds_part or (s.part and a.has("gave")):
        # "held in part ... I have today decided to disclose": the rest is not held; "Decision:
        # Partial Release" over what is given: the rest withheld, the reason unshown
        return "partly_answered"
    if a.has("notice"):  # a refusal notice whose refusal the text does not show
        return "partly_answered" if a.has("gave") else "refused_exempt"
    # "attached is some of the information": the rest withheld, the reason unshown
    return "partly_answered" if a.has("gave_some") else "answered"


def _first_step(s: Signals) -> str:
    return next(ALONE[r] for r in FIRST_STEP if r in s.refusals)


def _alone(s: Signals) -> str:
    return ALONE[next(iter(s.refusals))]


PRECEDENCE: tuple[Rule, ...] = (
    Rule("review", "a review's outcome, whatever it decided (a letter about a review that "
         "decides nothing only acknowledges it, unless it tells the first answer again to "
         "judge it)",
         lambda s: s.has("review") or (s.has("review_asked") and bool(s.said or s.has("recount"))),
         "review_outcome"),
    Rule("fees", "a charge to pay before the answer, whatever else it says (unless the "
         "information is given and no fees provision is cited)",
         lambda s: s.has("fees") and ("fees" in s.a.roles or not s.has("gave")),
         "fees_notice"),
    Rule("receipt heading", "headed 'Acknowledgement of Request': a receipt, whatever its "
         "boilerplate says of exemptions, costs or information not held",
         lambda s: s.has("ack_heading") and not (s.has("gave") or s.has("considered")),
         lambda s: _pending(s.a) or "acknowledgement"),
    Rule("extension", "more time to weigh what it names ('the exemptions that apply are ... "
         "we need to extend our response time', 'S12 cost of compliance ... we are allowed "
         "additional time'): the weighing, not yet its outcome",
         lambda s: s.has("extension") and not s.has("gave") and s.said <= WEIGHED,
         "extension"),
    Rule("before any decision", "nothing given and nothing refused in words: an extension, "
         "a clarification request or a receipt (a clarification request may explain what is "
         "not recorded or where something is published)",
         lambda s: (not s.said or (s.said <= SOFT and s.has("clarify"))) and bool(_pending(s.a))
         # (a receipt does not weigh the work a search would take: "a specific audit would
         # need to be undertaken, which would take weeks to complete" is the answer's reason)
         and not (s.has("effort") and _pending(s.a) == "acknowledgement"),
         lambda s: _pending(s.a)),
    Rule("vexatious", "a request refused as vexatious or repeated (partly answered if "
         "information is given)",
         lambda s: "vexatious" in s.refusals,
         lambda s: "partly_answered" if s.has("gave") and not s.a.whole
         else "vexatious_or_repeated"),
    Rule("cost", "a cost refusal (``_cost_kind``)", lambda s: "cost" in s.refusals, _cost_kind),
    Rule("nothing refused", "answered, or a refusal unshown (``_unrefused_kind``)",
         lambda s: not s.refusals, _unrefused_kind),
    Rule("first step", "nothing given and nothing withheld: some published, some to be, the "
         "rest not held; the kind is the step the requester takes first (wait for it, then "
         "read it)",
         lambda s: s.refusals <= set(FIRST_STEP) and len(s.refusals) > 1 and not s.has("gave"),
         _first_step),
    Rule("not held beside NCND", "'we hold no information specific to your request' and "
         "'neither confirm nor deny that we hold any other': nothing given, and what was "
         "asked for is not held",
         lambda s: s.refusals == {"not_held", "ncnd"} and not s.has("gave"),
         "not_held"),
    Rule("nothing held", "nothing given and nothing held, though each part is named ('In "
         "relation to the first part of your second question ... we do not have the "
         "information'): not held, what the body holds of the request being nothing",
         lambda s: s.refusals == {"not_held"} and not (s.has("gave") or s.has("gave_some")),
         "not_held"),
    Rule("some given", "information given, or the refusal said to cover a part",
         lambda s: s.has("gave") or s.part, "partly_answered"),
    Rule("one refusal", "one refusal alone: its own kind",
         lambda s: len(s.refusals) == 1, _alone),
    Rule("some not withheld", "some not held or published, the rest refused",
         lambda s: bool(s.refusals & SOFT), "partly_answered"),
    Rule("refused", "everything withheld under exemptions", lambda s: True, "refused_exempt"),
)  # fmt: skip


def _pending(a: Acts) -> str:
    order = (("fees", "fees_notice"), ("extension", "extension"), ("weighing", "extension"),
             # (a letter past the deadline that still decides nothing holds the answer back:
             # an extension, not a receipt)
             ("clarify", "clarification_request"), ("late", "extension"),
             ("ack", "acknowledgement"), ("ack_hint", "acknowledgement"))  # fmt: skip
    for act, kind in order:
        # (the weak signs of a receipt never outweigh a provision relied on that decides
        # something, nor the request said to have been considered, nor a refusal notice's
        # set paragraph)
        weak = act == "ack_hint" and (a.roles - STEPS or a.has("considered") or a.has("notice"))
        if a.has(act) and not weak:
            return kind
    # a fees provision relied on, and nothing else decided: "Under section 13 we may charge
    # for this ... please send a cheque for £520"
    return "fees_notice" if "fees" in a.roles else ""


def _grounds(a: Acts) -> set[str]:
    """Refusals made by the provisions relied on alone. With words that neither confirm nor
    deny, an exemption cited is the ground for that, not a second refusal."""
    out = set(a.roles) & {"cost", "vexatious", "published", "future", "not_held", "ncnd", "exempt"}
    if a.has("ncnd") and not a.has("exempt"):
        out.discard("exempt")
    return out
