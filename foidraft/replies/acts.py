"""What a reply does, read sentence by sentence: gives information, refuses on cost,
withholds under an exemption, neither confirms nor denies, says it holds nothing, points
to where it is published or will be, calls the request vexatious; or, before any
decision, acknowledges, asks what was meant, extends the time, asks for a fee; or
reports an internal review.

Only sentences in which the authority acts count (``Sentence.acting``), and in them only
words said as done (no "may" before them in their clause). Refusing words ("withheld",
"not obliged to supply", "exempt") count for the ground named in the same sentence (the
provision cited there, or the cost, publication ... words), and for an exemption when it
names none. Whether a refusal covers the whole request or a part of it is read from the
same sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from foidraft.replies.clauses import ASKS_REQUESTER_RE, YOURS_RE, Sentence
from foidraft.replies.echo import REQUEST_ENCLOSED_RE, RULES_ENCLOSED_RE, opening
from foidraft.replies.figures import (
    ANSWER_MARK_RE,
    BARE_COUNT_RE,
    BURDEN_RE,
    CONDUCT_RE,
    EFFORT_RE,
    EFFORT_REASON_RE,
    FIGURES_RE,
    ITEM_FIGURE_RE,
    MARKER_RE,
    UNRETRIEVABLE_RE,
    WORKED_AROUND_RE,
    answers_itself,
    confirmed_at,
    is_row,
)
from foidraft.replies.forms import ADVICE_OPENING_RE, AMOUNT_RE, HELD_ASKED_RE, NO_LINE_RE
from foidraft.replies.grammar import as_we
from foidraft.replies.headings import heading_acts, letterhead, log_outcome
from foidraft.replies.holder import held_elsewhere
from foidraft.replies.offsets import roles_within
from foidraft.replies.phrases import (
    ANSWER_LINE_RE,
    ANSWERED_RE,
    DECISION_WORDS,
    NEITHER_RE,
    NOTHING_WITHHELD_RE,
    NOTICE_RE,
    REASONS_GIVEN_RE,
    SIGN_OFF_RE,
)
from foidraft.replies.procedure import PROCEDURE_WORDS
from foidraft.replies.refusing import PAST_REFUSAL_RE, REFUSING_RE
from foidraft.replies.review_words import REVIEW_ASKED_RE, REVIEW_RE, REVIEW_RECOUNT_RE
from foidraft.replies.said import asks as _question
from foidraft.replies.said import decided as _decided
from foidraft.replies.said import said as _said
from foidraft.replies.scope import HELD_IN_PART_RE, gives_then_withholds
from foidraft.replies.sections import Citation
from foidraft.replies.shares import ALL_RE, GAVE_SOME_RE, HOLDS_PART_RE, PART_RE, WHOLE_RE
from foidraft.replies.standing import ON_HOLD_RE, PART_NOTICE_RE

WORDS = {**DECISION_WORDS, **PROCEDURE_WORDS}

LINK_RE = re.compile(r"\blinks?\b", re.IGNORECASE)
# Pointing the way, not giving: "please find a link to the web page here and see Item 11
# (Report & Appendices)" (the appendices are the published page's, not attached).
POINTS_TO_LINK_RE = re.compile(
    r"\b(?:find|see|follow|use|click)\b[^.]{0,20}\b(?:a|the|this) links?\b(?![^.]*\b(?:attached|"
    r"enclosed)\b)",
    re.IGNORECASE,
)
REFERENCES_RE = re.compile(
    r"\breferences?\b[^.]{0,30}\b(?:below|as follows|listed)\b", re.IGNORECASE
)
# A review's letter quoting the request for review back: "You wrote: ..."
QUOTED_BACK_RE = re.compile(r"^\W*you (?:wrote|said|stated|asked)\b", re.IGNORECASE)
GROUNDS = ("cost", "ncnd", "published", "future", "vexatious", "not_held")


@dataclass(frozen=True)
class Acts:
    """What the reply does (``found``), the grounds of the provisions it relies on
    (``roles``), and whether it says a refusal covers part of the request or all of it."""

    found: frozenset[str]
    roles: frozenset[str] = field(default_factory=frozenset)
    part: bool = False
    whole: bool = False  # a refusal notice's usual words: "your request is refused"
    everything: bool = False  # said outright: "applies to the whole request", "as goodwill"
    holds_part: bool = False  # "we hold some of the information": held, not given
    # where the refusal is said to be of the whole request, and where something is given
    whole_at: tuple[int, ...] = ()
    gave_at: tuple[int, ...] = ()

    def has(self, name: str) -> bool:
        return name in self.found


@dataclass
class _Tally:
    found: set[str] = field(default_factory=set)
    part: bool = False
    whole: bool = False
    everything: bool = False
    holds_part: bool = False
    figures: int = 0  # two for a figure that answers a question, one for a bare one
    advising: bool = False  # the sentence before opened with advice beside the decision
    not_held: int = 0  # sentences saying something is not held or recorded
    worked_around: int = 0  # ... each followed by the search made instead
    own: int = 0  # sentences in which the authority speaks for itself, before signing
    whole_at: list[int] = field(default_factory=list)
    gave_at: list[int] = field(default_factory=list)
    names: tuple[str, ...] = ()  # the body's own names (``holder.own_names``)


def read_acts(
    sentences: list[Sentence],
    labels: dict[Citation, str],
    roles: dict[str, str],
    own: tuple[str, ...] = (),
) -> Acts:
    """The acts of a reply cut into ``sentences``; ``labels`` are the citations it relies
    on, ``roles`` what each label does (``provisions.role``), ``own`` the body's names."""
    t = _Tally(names=own)
    spans = sorted((c.start, roles[label]) for c, label in labels.items())
    previous: Sentence | None = None
    signed = False  # after "Yours sincerely": a signature, telephone numbers, a footer
    # before "Dear ...": the letterhead, its addresses and numbers (when the letter opens so)
    heading = letterhead(sentences)
    t.found |= heading_acts(sentences, heading)  # what its heading says the letter is
    listed = False  # after "logged under the references below": reference numbers, no figures
    unrecorded = False  # the sentence before said something is not recorded or held
    for s in sentences:
        signed = signed or bool(SIGN_OFF_RE.match(s.text))
        # (the sentence itself re-worded, so a "may" before a phrase is found by its offset)
        s = replace(s, text=as_we(s.text))
        text = NEITHER_RE.sub(" ", s.text)
        _procedure(s, text, t)
        if BURDEN_RE.search(text):  # said or weighed: what makes "manifestly unreasonable"
            t.found.add("burden")  # a refusal on cost, not of a vexatious request
        if CONDUCT_RE.search(text):  # ... or the requester's conduct: a vexatious request
            t.found.add("conduct")
        if "review_asked" in t.found and QUOTED_BACK_RE.match(s.text):
            t.found.add("review")  # the review's letter sets out the grounds it was given
        asked, previous = previous, s
        if listed and s.figure:
            continue
        listed = bool(REFERENCES_RE.search(text))
        if s.rights or s.general or s.conditional:
            continue
        if HELD_ASKED_RE.match(asked.text if asked else "") and NO_LINE_RE.match(text):
            t.found.add("not_held")  # "Is the information held? No": the heading's answer
            continue
        # a numbered line that says nothing is held ("2 We did not complete a RIA") is no figure
        nothing = s.figure and _said(s, WORDS["not_held"], text)
        # a charge is no answer: "The cost of photocopying the documents is £35.50."
        charge = s.figure and _said(s, WORDS["fees"], text)
        # nor a date the reply promises: "I will be in touch again by 17 October"
        promise = s.figure and any(_said(s, WORDS[w], text) for w in ("extension", "ack"))
        # a bare count after an answer's marker: "A1." then "56."
        bare = asked and ANSWER_MARK_RE.match(asked.text) and BARE_COUNT_RE.match(text)
        if (s.figure and not (nothing or charge or promise)) or ANSWER_LINE_RE.match(text) or bare:
            # one bare figure may be a name ("NHS 24"); an answered question is not
            marked = (
                MARKER_RE.match(text)
                or ITEM_FIGURE_RE.match(text)
                or not s.figure
                or _question(asked)
                or is_row(text)
                or answers_itself(text)
            )
            counted = 0 if signed or s.start < heading else 2 if marked else 1
            t.figures += counted
            # (or in the body's voice: "The Trust can confirm that 14 staff left in 2022.")
            if _said(s, WORDS["gave"], text) or _said(s, FIGURES_RE, text) or _confirms(s, text):
                t.found.add("gave")
                counted = 1
            t.gave_at += [s.start] if counted else []
            continue
        if _said(s, FIGURES_RE, text) and not (
            EFFORT_RE.search(text) or _said(s, WORDS["cost"], text)
        ):
            t.found.add("gave")
            t.gave_at.append(s.start)
        t.own += not (signed or s.others or opening(text))
        if not s.others:  # about other requests: figures, never this reply's refusals
            cited = roles_within(spans, s.start, s.end)
            here = _decisions(s, text, cited, t)
            if unrecorded and WORKED_AROUND_RE.match(text):
                t.worked_around += 1  # "... does not record X. As a result we searched Y"
            # (held in no searchable form is worked around the same way: "... not held in a
            # retrievable format. Instead, a search of the narrative logs was carried out")
            unrecorded = bool(here & {"not_held", "unretrievable"})
            t.not_held += unrecorded
            t.found |= here
            t.gave_at += [s.start] if "gave" in here else []
        elif _said(s, WORDS["ack"], text) or _said(s, WORDS["ack_hint"], text):
            # the body's timescale for all requests, said in a letter that may decide nothing:
            # "We aim to respond to requests for information within 20 working days"
            t.found.add("ack_hint")
    if t.figures >= 2:
        t.found.add("gave")
    if (
        "fees" in t.found
        and not any(s.acting and AMOUNT_RE.search(s.text) for s in sentences)
        and "fees" not in roles.values()
    ):
        t.found.discard("fees")  # a fee warned of, no charge made
    if "notice_law" in t.found and not (t.own or "gave" in t.found):
        t.found.add("notice")  # the law is all the text shows: what followed it is lost
    if t.not_held and t.worked_around == t.not_held and "gave" in t.found:
        # what is not recorded, found another way: no refusal
        t.found -= {"not_held", "unretrievable", "effort"}
    return Acts(
        frozenset(t.found),
        frozenset(roles[x] for x in labels.values()),
        t.part,
        t.whole,
        t.everything,
        t.holds_part,
        tuple(t.whole_at),
        tuple(t.gave_at),
    )


def _procedure(s: Sentence, text: str, t: _Tally) -> None:
    """What any sentence shows, acting or not: the refusal notice's set paragraph, a
    review's outcome (not as a right to ask for one), a question put to the requester."""
    if NOTICE_RE.search(s.text):  # something is refused, though the text may stop here;
        # but the law stated ("Section 17 requires ..., when refusing ...") is a paragraph
        # some authorities paste into every letter: it counts where nothing is given
        t.found.add("notice_law" if s.general or s.conditional else "notice")
    if not (s.general or s.conditional) and PART_NOTICE_RE.search(s.text):
        t.part = True  # the notice is for a part: the rest was answered
    if not (s.general or s.conditional):
        if _decided(s, REVIEW_RE, text):
            t.found.add("review")
        if _said(s, REVIEW_ASKED_RE, text):
            t.found.add("review_asked")
    if not s.conditional and REVIEW_RECOUNT_RE.search(text):
        t.found.add("recount")  # the first answer told again, to be reviewed
    if s.text.endswith("?") and ASKS_REQUESTER_RE.search(s.text):
        t.found.add("clarify")
    if not s.rights and ON_HOLD_RE.search(s.text):
        t.found.add("clarify")  # the request waits on the requester's answer


def _decisions(s: Sentence, text: str, cited: set[str], t: _Tally) -> set[str]:
    """The acts of one sentence in which the authority speaks for itself; ``cited`` are
    the roles of the provisions it cites."""
    # "if one part exceeds the limit then s12 applies to the whole request", of this request
    t.everything = t.everything or any(
        s.asserted(m.start(), inner=False) for m in ALL_RE.finditer(text)
    )
    if not _said(s, REFUSING_RE, text):
        t.holds_part = t.holds_part or bool(HOLDS_PART_RE.search(text))  # "we hold some of it"
    if NOTHING_WITHHELD_RE.search(s.text):
        t.found.add("gave")  # "no document has been withheld"
    if not YOURS_RE.search(text):
        text = PAST_REFUSAL_RE.sub(" ", text)  # "was withheld in full in 38 cases"
    refusing = _said(s, REFUSING_RE, text)
    here = {name for name, pattern in WORDS.items() if _said(s, pattern, text)}
    elsewhere = held_elsewhere(text, t.names)  # "... is held by the Home Office"
    if elsewhere >= 0 and s.asserted(elsewhere):
        here.add("not_held")
    if _said(s, EFFORT_REASON_RE, text):
        here.add("effort")  # the work a search would take: a reason, not yet a refusal
    if _said(s, UNRETRIEVABLE_RE, text) or ("not_held" in here and "effort" in here):
        # ("we would be unable to identify any ... without a manual read of all crimes": not
        # found without the work, which is the cost limit's ground, not nothing held)
        here.discard("not_held")  # held, but not in a form a search can use: the same reason
        here |= {"effort", "unretrievable"}
    advice = ADVICE_OPENING_RE.match(text) and not refusing
    if advice or (t.advising and LINK_RE.search(text) and not refusing):
        # "To be of assistance, figures are published in ...": advice; and the link to them
        # given in the next sentence ("A link to the relevant data can be found here")
        here.discard("published")
    t.advising = bool(advice)
    logged, part = log_outcome(text)  # a disclosure log's "Decision: Disclosed"
    here |= logged
    t.part = t.part or part
    if _confirms(s, text):
        here.add("gave")  # "I can confirm that one complaint was made"
    if "gave" in here and GAVE_SOME_RE.search(text):
        here.add("gave_some")  # "a copy of some of the information requested"
    if any(r.search(text) for r in (REQUEST_ENCLOSED_RE, RULES_ENCLOSED_RE, REASONS_GIVEN_RE)):
        # the annex holds the request, not the answer; or the rule that says why nothing is
        # held ("Please find attached the retention schedule and refer to line 195"); or why
        here.discard("gave")
    gives_first = refusing and gives_then_withholds(text)
    if gives_first:
        t.part = True  # "Please see attached spreadsheet and note we will not provide X"
    elif (
        refusing or ("published" in here and LINK_RE.search(text)) or POINTS_TO_LINK_RE.search(text)
    ):
        # "see Appendix A for why we are unable to provide it"; "links to it are below"
        here.discard("gave")
    if refusing:
        grounds = (cited & {*GROUNDS, "exempt"}) or (here & set(GROUNDS))
        # "We are applying the exemption at section 39(2) of FOISA, so that we do not also have
        # to deal with your request under FOISA": the request moves to the EIRs, nothing is
        # withheld by it (a sentence citing that alone refuses nothing)
        if not (cited == {"environmental"} and not grounds):
            here |= grounds or {"refused"}  # on grounds named elsewhere (a heading, a list)
    # (any refusing ground counts: a part withheld under s21, its ground the publication)
    refused = here & {"cost", "exempt", "ncnd", "not_held", "vexatious", "future", "refused"}
    if refused or (refusing and "published" in here):
        # ("held, in part, ... however cannot be disclosed": what is held, not what is refused)
        t.part = t.part or bool(PART_RE.search(HELD_IN_PART_RE.sub(" ", text)))
        if WHOLE_RE.search(text):
            t.whole = True
            t.whole_at.append(s.start)
    if ANSWERED_RE.match(text) and not here - {"gave", "ack", "clarify"} and not refusing:
        here.add("gave")  # "Answer: Chief Inspector Parks, Head of Custody"
    return here


def _confirms(s: Sentence, text: str) -> bool:  # (confirming that nothing is held gives none)
    held = not _said(s, WORDS["not_held"], text)
    return held and any(s.asserted(at) for at in confirmed_at(text))
