"""After the review: the complaint to the Information Commissioner (or the Scottish
Information Commissioner), in the words of the Act it is made under."""

from __future__ import annotations

from foidraft.replies.knowledge import Knowledge, knowledge
from foidraft.replies.letter_parts import Letter, sign_off, when
from foidraft.replies.review import Context, challenged


def complaint_letter(context: Context, *, kb: Knowledge | None = None) -> Letter:
    """The text for a complaint to the Commissioner after the review (or its silence)."""
    kb = kb or knowledge()
    steps = kb.regime(context.reading.regime)
    who = context.authority.name if context.authority else "the authority"
    body = "\n\n".join(
        [
            f"Complaint about {who}'s handling of my request “{context.title}”",
            f"I made a request for information to {who}. "
            + (f"Its reference is {context.reference}. " if context.reference else "")
            + f"I asked for an internal review, and its outcome of {when(context.replied)} "
            "did not resolve my complaint.",
            "What I am unhappy with: " + challenged(context.reading, to_authority=False),
            "Why: [[say which parts you still dispute and why, in a few sentences; the "
            "grounds in your review request are a good start]]",
            _decision_asked(context.reading.regime),
            "I attach my request, the authority's response, my request for a review and "
            "the review's outcome.",
            sign_off(context.name),
        ]
    )
    notes = [
        f"Complain to {steps.complaint_to} {steps.complaint_when}",
        f"Complaint form: {steps.complaint_url}",
        f"Guidance: {steps.guidance.title} {steps.guidance.url}",
    ]
    return Letter("complaint", f"Complaint: {context.title}", body + "\n", notes)


def _decision_asked(regime: str) -> str:
    """The application itself, in the words of the Act it is made under."""
    if regime == "FOISA":  # an application for a decision under s47(1)
        return (
            "I apply to the Commissioner for a decision, under section 47(1) of the Freedom "
            "of Information (Scotland) Act 2002, on whether the authority dealt with my "
            "request in accordance with Part 1 of the Act."
        )
    if regime == "EISR":  # reg 17 applies s47(1) to the Regulations
        return (
            "I apply to the Commissioner for a decision, under section 47(1) of the Freedom "
            "of Information (Scotland) Act 2002 as applied by regulation 17 of the "
            "Environmental Information (Scotland) Regulations 2004, on whether the authority "
            "dealt with my request in accordance with the Regulations."
        )
    return (
        "I ask the Commissioner to decide whether the authority dealt with my request in "
        "accordance with the Act."
    )
