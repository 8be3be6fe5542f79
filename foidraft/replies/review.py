"""An internal review request on grounds the requester picks (after the review, the
complaint to the Commissioner is ``foidraft.replies.complaint``'s).

The grounds come from ``foidraft/data/exemptions.yaml``: each says when it fits a reply
(its kind, the provisions it cites, whether it neither confirms nor denies, whether it
was late) and carries its source. Nothing is ticked for the requester:
``grounds_for`` lists what fits, and the letter uses the ones they chose.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from foidraft.drafts.follows import letter_title
from foidraft.errors import FoidraftError
from foidraft.replies.estimate import estimate_in
from foidraft.replies.knowledge import Ground, Knowledge, Link, knowledge, split_label
from foidraft.replies.letter_parts import Letter, greeting, question_words, sign_off, when
from foidraft.replies.read import Reading

TYPE_CHECKING = False
if TYPE_CHECKING:
    from foidraft.authorities.model import Authority


@dataclass(frozen=True)
class SentReview:
    """The internal review the requester asked for: when, the grounds as their letter
    gave them (each paragraph with its source, None when it is not one of foidraft's), and
    the response it was about (None when no copy was kept)."""

    asked: dt.date | None
    grounds: tuple[tuple[str, Link | None], ...] = ()
    response: Reading | None = None


@dataclass(frozen=True)
class Context:
    """What a follow-up letter needs to know about the request and its reply."""

    title: str
    authority: Authority | None
    reading: Reading
    replied: dt.date | None
    due: dt.date | None = None  # the deadline the reply had
    sent: dt.date | None = None  # the day the request went (a chaser says it)
    late: bool = False
    reference: str = ""
    name: str = ""
    review: SentReview | None = None  # after a review's outcome: the review asked for


# Where a review is the law's, the letter cites it: FOISA's "requirement for review" (s20),
# answered within 20 working days (s21(1)); Scotland's EIRs: reg 16, 20 working days (reg
# 16(4)); the EIRs: representations under reg 11, answered within 40 working days (reg
# 11(4)). FOIA's internal review rests on the s45 code, so its letter only asks.
STATUTORY_REVIEW = {
    "FOISA": ("require a review, under section 20 of the Freedom of Information (Scotland) "
              "Act 2002, of", "the 20 working days section 21(1) allows", "the Act requires"),
    "EISR": ("require a review, under regulation 16 of the Environmental Information "
             "(Scotland) Regulations 2004, of", "the 20 working days regulation 16(4) allows",
             "the Regulations require"),
    "EIR": ("make representations, under regulation 11 of the Environmental Information "
            "Regulations 2004, about", "the 40 working days regulation 11(4) allows",
            "the Regulations require"),
}  # fmt: skip


def grounds_for(
    reading: Reading, *, late: bool = False, kb: Knowledge | None = None
) -> list[Ground]:
    """The review grounds that fit ``reading``, in the data file's order."""
    kb = kb or knowledge()
    return [g for g in kb.grounds if _fits(g, reading, late, kb)]


def _fits(ground: Ground, reading: Reading, late: bool, kb: Knowledge) -> bool:
    when_ = ground.when
    entries = [kb.exemption(s, reading.regime) for s in reading.sections]
    numbers = {split_label(s, reading.regime)[1].split("(", 1)[0] for s in reading.sections}
    return all(_test(key, value, reading, numbers, entries, late) for key, value in when_.items())


def _test(
    key: str, value: Any, reading: Reading, numbers: set[str], entries: list[Any], late: bool
) -> bool:
    if key == "kinds":
        return reading.kind in value
    if key == "sections":
        return bool(numbers & set(value))
    if key == "ncnd":
        return bool(reading.ncnd == value)
    if key == "late":
        return bool(late == value)
    if key == "not_held":  # it says the information, or a question's, is not held
        return bool((reading.kind == "not_held" or bool(reading.unheld)) == value)
    if key == "withheld":  # something is withheld: a provision relied on, or no part said
        # not held (a partial answer citing nothing whose rest is "not held" withholds nothing)
        return bool((bool(reading.sections) or not reading.unheld) == value)
    if key == "estimate":  # the reply explains its cost estimate item by item
        return bool((estimate_in(reading.text) is not None) == value)
    if key == "basis":
        return any(e is not None and e.basis == value for e in entries)
    if key == "public_interest_test":
        return any(e is not None and e.public_interest_test == value for e in entries)
    return reading.regime in value  # regimes


def review_letter(
    context: Context, chosen: list[str], *, today: dt.date, kb: Knowledge | None = None
) -> Letter:
    """An internal review request on the grounds ``chosen`` (ids from ``grounds_for``),
    to be sent ``today`` (the review's own 20 working days count from then)."""
    kb = kb or knowledge()
    fitting = {g.id: g for g in grounds_for(context.reading, late=context.late, kb=kb)}
    unknown = [c for c in chosen if c not in fitting]
    if unknown:
        offered = ", ".join(fitting) or "none"
        raise FoidraftError(
            f"ground '{unknown[0]}' does not fit this reply", hint=f"these do: {offered}"
        )
    if not chosen:
        raise FoidraftError("pick at least one ground for the review", hint=", ".join(fitting))
    r = context.reading
    fields = {
        "authority": context.authority.name if context.authority else "the authority",
        "replied": when(context.replied),
        "due": when(context.due),
    }
    grounds = [fitting[c] for c in chosen]
    estimate = estimate_in(r.text)
    if estimate:
        fields |= {"estimate": estimate.said(), "item": estimate.item}
    paragraphs = []
    for i, g in enumerate(grounds, start=1):
        labels = _concerned(g, r, kb)
        own = {
            **fields,
            "provisions": provisions_said(labels) or "the exemptions cited",
            "questions": _questions_for(r, labels) or "my request",
        }
        paragraphs.append(f"{i}. {g.said}. {g.text.format(**own)}")
    from foidraft.deadlines import review_due

    answer_by = review_due(today, r.regime)
    ref = f" (your reference {context.reference})" if context.reference else ""
    scottish = r.regime in ("FOISA", "EISR")
    asking, within, requires = STATUTORY_REVIEW.get(
        r.regime, ("ask for an internal review of", "20 working days", "the Act requires")
    )
    # FOIA's duty to confirm or deny (s1(1)(a)); FOISA has none by that name: an authority
    # says whether it holds the information (s17) unless s18 lets it refuse to reveal that.
    say_held = (
        "say whether it exists or is held" if scottish else "confirm or deny whether it is held"
    )
    title = f"“{context.title}”"
    body = "\n\n".join(
        [
            greeting(fields["authority"] if context.authority else ""),
            f"I am writing to {asking} your response of {fields['replied']}{ref} to my request "
            f"{title}.",
            challenged(r),
            "My grounds are:",  # ``foidraft.replies.complaint`` finds them after it
            *paragraphs,
            "I ask you to reconsider your response in the light of these points and "
            f"{_closing(r, say_held)}, as {requires}. I look forward to the outcome within "
            f"{within}, by {when(answer_by)}.",
            sign_off(context.name),
        ]
    )
    notes = [f"{g.title}: {g.source.title} {g.source.url}" for g in grounds]
    notes.append(
        f"Ask for the review by {when(_review_by(context))}: 40 working days from the reply."
    )
    if scottish:
        steps = kb.regime(r.regime)
        notes.append(f"If the review does not resolve it, apply to {steps.complaint_to} "
                     f"{steps.complaint_when}")  # fmt: skip
    return Letter("review", letter_title("review", context.title), body + "\n", notes)


def _review_by(context: Context) -> dt.date | None:
    from foidraft.deadlines import review_request_by

    return review_request_by(context.replied, context.reading.regime) if context.replied else None


def challenged(r: Reading, *, to_authority: bool = True) -> str:
    """What the review is about, from the reply's own reading: to the authority ("you
    refused"), or to the Commissioner ("it refused")."""
    you, your = ("you", "your") if to_authority else ("it", "its")
    parts = []
    ncnd = [s for s in r.sections if _ncnd_provision(s)]
    withheld = [s for s in r.sections if s not in ncnd and _refuses(s)]
    if ncnd or (r.ncnd and not withheld):
        qs = _questions_for(r, ncnd)
        where = f" for {qs}" if qs else ""
        cites = f", citing {provisions_said(ncnd)}" if ncnd else ""
        parts.append(f"{you} neither confirmed nor denied holding information{where}{cites}")
    for kind, what in _BY_ROLE:
        cited = [s for s in withheld if _role_words(s) == kind]
        if cited:
            qs = _questions_for(r, cited)
            said = what.format(you=you, where=f" for {qs}" if qs else "", asked=qs or "my request",
                               do="do" if to_authority else "does", why=_vexed(cited))  # fmt: skip
            parts.append(said + f" under {provisions_said(cited)}")
    if r.unheld and not any(_role_words(s) == "not_held" for s in withheld):
        # said of questions in words, no provision cited: "Answer 3: This information is not held"
        unheld = question_words(list(r.unheld))
        parts.append(f"{you} said {you} {'do' if to_authority else 'does'} not hold the "
                     f"information for {unheld}")  # fmt: skip
    if not parts and r.kind in _BY_KIND:  # said in words, no provision cited
        do = "do" if to_authority else "does"
        parts.append(_BY_KIND[r.kind].format(you=you, do=do))
    if not parts:
        return f"I am not satisfied with {your} response. [[say what is wrong with it]]"
    return f"In {your} response, " + "; and ".join(parts) + "."


# How the letter says what each kind of provision did: a cost limit or "not held" withholds
# nothing, so "you withheld the information under s12" misstated the reply.
_BY_ROLE = (
    ("cost", "{you} refused {asked} as costing more than the limit allows"),
    ("vexatious", "{you} refused {asked} as {why}"),
    ("not_held", "{you} said {you} {do} not hold the information{where}"),
    ("published", "{you} said the information{where} is already published"),
    ("exempt", "{you} withheld the information{where}"),
)


# ... and what a reply of a kind did when it cites nothing ("Dover District Council does not
# hold the information you are seeking")
_BY_KIND = {
    "not_held": "{you} said {you} {do} not hold the information",
    "already_published": "{you} said the information is already published",
}


def _role_words(label: str) -> str:
    from foidraft.replies.provisions import role

    found = role(label)
    return found if found in ("cost", "not_held", "published", "vexatious") else "exempt"


def _vexed(labels: list[str]) -> str:
    """What a refusal under s14 called the request: s14(1) vexatious, s14(2) repeated."""
    parts = {label.rsplit("s14", 1)[-1][:3] for label in labels}
    return {"(1)": "vexatious", "(2)": "repeated"}.get(
        parts.pop() if len(parts) == 1 else "", "vexatious or repeated"
    )


def _closing(r: Reading, say_held: str) -> str:
    """What the review is asked to do, for what the reply did: ``say_held`` (FOIA's
    "confirm or deny", FOISA's words) only after a neither-confirm-nor-deny, advice on
    narrowing only after a cost refusal."""
    roles = {_role_words(s) for s in r.sections if _refuses(s)}
    asks = ["to disclose the information"]
    if "cost" in roles:
        asks.append("to advise me how it could be provided within the cost limit")
    if r.ncnd:
        asks.append(f"to {say_held}")
    if "not_held" in roles:
        asks.append("to search again for it")
    return ", or ".join(asks)


def _refuses(label: str) -> bool:
    """Whether a reply relies on ``label`` to refuse: the duty to advise (s16), a fees
    notice or more time withhold nothing."""
    from foidraft.replies.provisions import role

    return role(label) not in ("advice", "fees", "extension", "environmental", "")


def _ncnd_provision(label: str) -> bool:
    from foidraft.replies.read import is_ncnd_provision

    return is_ncnd_provision(label)


def _questions_for(r: Reading, labels: list[str]) -> str:
    ids: list[str] = []
    for label in labels:
        ids.extend(q for q in r.questions.get(label, []) if q not in ids)
    return question_words(ids)


def _concerned(ground: Ground, r: Reading, kb: Knowledge) -> list[str]:
    """The provisions of the reply a ground is about."""
    when_ = ground.when
    out = []
    for label in r.sections:
        entry = kb.exemption(label, r.regime)
        number = split_label(label, r.regime)[1].split("(", 1)[0]
        if "sections" in when_:
            keep = number in when_["sections"]
        elif "basis" in when_:
            keep = entry is not None and entry.basis == when_["basis"]
        elif "public_interest_test" in when_:
            keep = entry is not None and entry.public_interest_test == when_["public_interest_test"]
        elif when_.get("ncnd"):
            keep = _ncnd_provision(label)
        else:
            keep = True
        if keep:
            out.append(label)
    return out


def provisions_said(labels: list[str] | tuple[str, ...]) -> str:
    items = list(labels)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" and {items[-1]}"
