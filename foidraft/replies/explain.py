"""What a reply means, in plain words: what kind of reply it is, what each provision it
relies on means (absolute or qualified, class or prejudice based, whether a public
interest test applies, what neither confirming nor denying means here, the guidance),
the dates that matter now, and the letters the requester could send next."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from foidraft.authorities.names import in_running_text
from foidraft.replies.followup import TITLES, fitting
from foidraft.replies.knowledge import Knowledge, Link, knowledge
from foidraft.replies.letter_parts import question_words
from foidraft.replies.provisions import extension_allowed
from foidraft.replies.read import Reading, is_ncnd_provision
from foidraft.replies.review import Context
from foidraft.replies.verdict import TOLD, review_verdict
from foidraft.text.dates import long_date

TYPE_CHECKING = False
if TYPE_CHECKING:
    from foidraft.authorities.model import Authority

URL_RE = re.compile(r"https?://[^\s<>\"')\]]{4,300}")
HEADLINES = {
    "acknowledgement": "They have received your request. Nothing is decided yet.",
    "clarification_request": (
        "They ask you to clarify your request. The 20 working days stop until you reply."
    ),
    "extension": "They say they need more time, and say when they will reply.",
    "answered": "Your request is answered.",
    "partly_answered": "Part of your request is answered; the rest is withheld or not confirmed.",
    "refused_cost": "Refused on cost: they estimate answering would exceed the cost limit.",
    "refused_exempt": "Refused: the information is withheld under the exemptions below.",
    "ncnd": "They will neither confirm nor deny that they hold the information.",
    "not_held": "They say they do not hold the information.",
    "already_published": "They say the information is already published.",
    "future_publication": "They say the information will be published later.",
    "vexatious_or_repeated": "Refused as vexatious or repeated: they will not deal with it.",
    "fees_notice": (
        "They will answer once a fee is paid. The clock stops until you pay; you have three "
        "months to pay, and may question the charge."
    ),
    "review_outcome": "This is the outcome of the internal review.",
}


@dataclass(frozen=True)
class Provision:
    label: str
    title: str
    meaning: str
    nature: str  # "qualified, prejudice-based, public interest test"
    ncnd: str
    questions: list[str]
    guidance: tuple[Link, ...]


@dataclass(frozen=True)
class Explanation:
    headline: str
    provisions: list[Provision]
    dates: list[tuple[str, dt.date]]
    next_steps: list[str]  # letters that fit (followup.fitting), most useful first
    notes: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)  # places the reply points to


def explain(
    reading: Reading,
    *,
    authority: Authority | None = None,
    replied: dt.date | None = None,
    due: dt.date | None = None,
    late: bool = False,
    today: dt.date | None = None,
    context: Context | None = None,
    kb: Knowledge | None = None,
) -> Explanation:
    """What ``reading`` means; the letters it lists are ``followup.fitting``'s on ``today``
    (the day the reply came when not given), for the request's own ``context`` when the
    caller has one (the app and `foidraft reply`, so their menu and text never differ)."""
    kb = kb or knowledge()
    provisions = []
    for label in reading.sections:
        entry = kb.exemption(label, reading.regime)
        qs = reading.questions.get(label, [])
        if entry is None:
            provisions.append(Provision(label, "(foidraft has no notes on this provision)",
                                        "", "", "", qs, ()))  # fmt: skip
            continue
        nature = [entry.type]
        if entry.basis != "none":
            nature.append(f"{entry.basis}-based")
        nature.append("public interest test" if entry.public_interest_test else "no public "
                      "interest test")  # fmt: skip
        ncnd = ""
        if entry.ncnd_provision and (reading.ncnd and _same(label, entry.ncnd_provision)):
            ncnd = entry.ncnd_meaning
        provisions.append(Provision(label, entry.title, entry.meaning, ", ".join(nature), ncnd,
                                    qs, entry.guidance))  # fmt: skip
    headline = HEADLINES[reading.kind]
    refused_on_cost = reading.cost_questions() if reading.kind == "partly_answered" else []
    if refused_on_cost:
        headline = (
            "Part of your request is answered; they say "
            f"{question_words(refused_on_cost)} would cost more than the limit allows."
        )
    elif reading.kind == "partly_answered" and reading.sections and _only_cost(reading):
        headline = (
            "Part of your request is answered; they say the rest would cost more than the "
            "limit allows."
        )
    elif reading.kind == "partly_answered" and reading.unheld and not reading.sections:
        headline = (  # nothing withheld: what is not answered is not held
            "Part of your request is answered; they say they do not hold the information for "
            f"{question_words(list(reading.unheld))}."
        )
    if reading.kind == "refused_cost" and _ncnd_beside_cost(reading):
        headline = (  # nothing answered: part refused on cost, the rest not confirmed
            "Nothing is answered: they say part would cost more than the limit allows, and "
            "they neither confirm nor deny holding the rest."
        )
    if reading.kind == "review_outcome":
        headline += " " + TOLD[review_verdict(reading.text)]
    notes = []
    if reading.kind == "refused_cost" and authority is not None and authority.cost_hours:
        headline += (
            f" For {in_running_text(authority.name)} the limit is £{authority.cost_limit}, "
            f"{authority.cost_hours} hours of staff time."
        )
    if late and due:
        notes.append(f"The reply was late: it was due by {long_date(due)}.")
    if reading.ncnd:
        # FOISA has no "duty to confirm or deny": its s18 lets a body refuse to reveal it.
        refusal = (
            "a refusal to reveal whether it does (FOISA section 18)"
            if reading.regime == "FOISA"
            else "a refusal of the duty to say"
        )
        notes.append(
            "Neither confirm nor deny: they do not say whether the information exists. That is "
            f"not an admission that it does; it is {refusal}."
        )
    dates = [("reply", replied)] if replied else []
    if reading.kind in REVIEWABLE and replied:
        from foidraft.deadlines import review_request_by

        dates.append(("ask for a review by", review_request_by(replied, reading.regime)))
    if reading.kind == "review_outcome" and replied:
        from foidraft.deadlines import complaint_by

        dates.append(("complain by", complaint_by(replied, reading.regime)))
    promised = reading.roles.get("respond_by")
    if promised and replied and promised <= replied:
        notes.append(
            f"They say they will reply by {long_date(promised)}, which is not after their "
            "letter: foidraft counts the law's 20 more working days instead."
        )
    elif promised:
        dates.append(("they say they will reply by", promised))
    if reading.kind == "extension":
        notes.extend(_extension_notes(reading))
    links = list(dict.fromkeys(URL_RE.findall(reading.text)))[:8]
    if reading.kind == "already_published" and not links:
        notes.append("They do not say where it is published: ask them for the exact link.")
    context = context or Context("", authority, reading, replied, due=due, late=late)
    steps = fitting(reading, context, today=today or replied or dt.date.today())
    return Explanation(
        headline, provisions, [(k, v) for k, v in dates if v], steps, notes, links
    )  # fmt: skip


REVIEWABLE = (
    "answered", "partly_answered", "refused_cost", "refused_exempt", "ncnd", "not_held",
    "already_published", "future_publication", "vexatious_or_repeated",
)  # fmt: skip


def _only_cost(reading: Reading) -> bool:
    from foidraft.replies.provisions import role

    return all(role(s) == "cost" for s in reading.sections)


def _ncnd_beside_cost(reading: Reading) -> bool:
    """Neither confirm nor deny under a provision other than the cost limit's own (s12(2):
    the cost of finding out whether it is held)."""
    from foidraft.replies.provisions import role

    return reading.ncnd and any(
        is_ncnd_provision(s) and role(s) != "cost" for s in reading.sections
    )


def _same(label: str, provision: str) -> bool:
    return label.replace(" ", "").startswith(provision.replace(" ", "")) or provision in label


def render(exp: Explanation, reading: Reading) -> str:
    """The explanation as plain text (the CLI prints it; the app shows it literally)."""
    lines = [exp.headline, ""]
    if exp.provisions:
        lines.append("What they rely on:")
        for p in exp.provisions:
            where = f" (for {question_words(p.questions)})" if p.questions else ""
            lines.append(f"  {p.label}: {p.title}{where}")
            if p.nature:  # "qualified, prejudice-based, public interest test": a sentence
                lines.append(f"    {p.nature[:1].upper()}{p.nature[1:]}.")
            if p.meaning:
                lines.append(f"    {p.meaning}")
            if p.ncnd:
                lines.append(f"    Neither confirm nor deny: {p.ncnd}")
            for link in p.guidance[:2]:
                lines.append(f"    See: {link.title} <{link.url}>")
        lines.append("")
    for note in exp.notes:
        lines.append(note)
    if exp.links:
        lines.append("The reply points to: " + ", ".join(exp.links))
    if exp.dates:
        lines.append("Dates: " + "; ".join(f"{k} {long_date(v)}" for k, v in exp.dates))
    if exp.next_steps:
        lines.append("")
        lines.append("What you can send next:")
        for step in exp.next_steps:
            title, why = TITLES[step]
            lines.append(f"  {step}: {title} ({why})")
    return "\n".join(lines).rstrip() + "\n"


LATE_REVIEW = "If the reply comes after the 20th working day, say so when you ask for a review."


def _extension_notes(reading: Reading) -> list[str]:
    """Whether the Act allows the extension: FOIA only to weigh the public interest in a
    qualified exemption the notice names (s10(3), s17(2)); FOISA never (s10); the EIRs up to
    40 working days for a complex and voluminous request (regulation 7)."""
    if reading.regime == "FOISA":
        return [
            "FOISA has no extension of the 20 working days to weigh the public interest or to "
            "gather the information (section 10): they still apply. " + LATE_REVIEW
        ]
    if reading.regime != "FOIA":
        return []
    if not extension_allowed(reading.sections, reading.regime):
        return [
            "More time to weigh the public interest is allowed only for a qualified "
            "exemption; the cost limit (s12) has no public interest test, so the Act does not "
            "allow this extension. " + LATE_REVIEW
        ]
    if not reading.sections:
        return [
            "The Act allows more time only to weigh the public interest in a qualified "
            "exemption, which the notice must name (s10(3), s17(2)); this one names none, so "
            "the 20 working days still apply. " + LATE_REVIEW
        ]
    return []
