"""What kind of reply a text is, from what it does (``foidraft.replies.acts``).

The kinds (``KINDS``) are the ones a requester has to act on differently. The decision
has a fixed precedence:

1. A review's outcome, whatever it decided (a letter about a review that decides nothing
   only acknowledges it, unless it tells the first answer again to judge it).
2. A fees notice: a charge to pay before the answer (unless the information is given
   and no fees provision is cited).
3. Before any decision (no information given, nothing refused in words): an extension (or
   a public interest test said to be still to do), a
   clarification request, an acknowledgement. An extension names the exemption it is
   weighing, so a provision alone is no decision; a clarification request may explain
   what is not recorded or where something is published.
4. A request refused as vexatious or repeated (partly answered if information is given);
   EIR's "manifestly unreasonable" is a cost refusal unless the reply calls the request
   vexatious and names no cost or burden.
5. A cost refusal: of the whole request (even with figures given as goodwill or as advice)
   unless it says it covers only a part, when the rest makes it partly answered; a
   refusal notice's usual words ("your request is refused") give way to a part named and
   answered. A refusal that names no ground but the work a search would take ("each record
   would need reading by hand") refuses on the cost limit in words.
6. Otherwise the refusals it makes (exempt, neither confirm nor deny, not held, published,
   to be published): with information given, or said to cover only a part, the reply is
   partly answered; alone, each has its kind; a reply that says some is not held or
   points to where some is published, and refuses the rest, is partly answered too (but
   with nothing given and nothing withheld, some published, to be published or not held,
   it is the first of those the requester acts on: to be published, then published);
   nothing refused is answered (unless the refusal notice's set paragraph is there, or
   what is given is said to be "some of the information").
"""

from __future__ import annotations

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


def classify(a: Acts) -> str:
    """The reply's kind (one of ``KINDS``)."""
    said = {d for d in DECISIONS if a.has(d)}
    # "we hold some of the information" says a part is held; it is a part answered only
    # where something is given, or where the refusal is not of the cost of finding it all
    part = a.part or (a.holds_part and (a.has("gave") or not a.has("cost")))
    if a.has("review") or (a.has("review_asked") and (said or a.has("recount"))):
        return "review_outcome"
    if a.has("fees") and ("fees" in a.roles or not a.has("gave")):
        return "fees_notice"  # a charge to pay before the answer, whatever else it says
    if a.has("ack_heading") and not (a.has("gave") or a.has("considered")):
        # headed "Acknowledgement of Request": a receipt, whatever its boilerplate says of
        # exemptions, costs or information not held (``foidraft.replies.headings``)
        return _pending(a) or "acknowledgement"
    if (
        a.has("extension")
        and not a.has("gave")
        and said <= {"exempt", "future", "ncnd", "refused", "cost"}
    ):
        # "The FOIA exemptions that apply are: ... we need to extend our response time limit
        # ... to assess whether the public interest ...": the weighing, not yet its outcome
        return "extension"
    if not said or (said <= SOFT and a.has("clarify")):
        pending = _pending(a)
        if pending:
            return pending
    grounds = _grounds(a)
    refusals = said | grounds
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
    if "vexatious" in refusals:
        return "partly_answered" if a.has("gave") and not a.whole else "vexatious_or_repeated"
    if "cost" in refusals:
        others = refusals - {"cost", "not_held"}  # "not held in a way we can retrieve"
        if "ncnd" not in a.roles:
            others.discard("ncnd")  # "to confirm whether it is held would exceed the limit": s12(2)
        if (
            a.everything
            # nothing given: some parts refused on cost, the rest neither confirmed nor denied.
            # Nothing is answered, so not "partly answered": the cost limit is what the
            # requester can act on (narrow and ask again) and ``ncnd`` tells of the rest
            or (others == {"ncnd"} and not a.has("gave"))
            or not (part or a.has("gave") or others)
            or (a.whole and not (part and a.has("gave")))
        ):
            return "refused_cost"
        return "partly_answered"
    if not refusals:
        if a.has("effort") and not (a.has("gave") or part):
            # nothing given, and the reason is the work a search would take: the cost limit
            # in words, though no refusing word is said
            return "refused_cost"
        if a.holds_part and a.has("gave"):
            # "held in part ... I have today decided to disclose": the rest is not held
            return "partly_answered"
        if a.has("notice"):  # a refusal notice whose refusal the text does not show
            return "partly_answered" if a.has("gave") else "refused_exempt"
        # "attached is some of the information": the rest withheld, the reason unshown
        return "partly_answered" if a.has("gave_some") else "answered"
    if refusals <= set(FIRST_STEP) and len(refusals) > 1 and not a.has("gave"):
        # nothing given and nothing withheld: some published, some to be, the rest not held;
        # the kind is the step the requester takes first (wait for it, then read it)
        return next(ALONE[r] for r in FIRST_STEP if r in refusals)
    if refusals == {"not_held", "ncnd"} and not a.has("gave"):
        # "we hold no information specific to your request" and "neither confirm nor deny
        # that we hold any other": nothing given, and what was asked for is not held
        return "not_held"
    if a.has("gave") or part:
        return "partly_answered"
    if len(refusals) == 1:
        return ALONE[next(iter(refusals))]
    if refusals & SOFT:
        return "partly_answered"
    return "refused_exempt"


def _pending(a: Acts) -> str:
    order = (("fees", "fees_notice"), ("extension", "extension"), ("weighing", "extension"),
             ("clarify", "clarification_request"), ("ack", "acknowledgement"),
             ("ack_hint", "acknowledgement"))  # fmt: skip
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
