"""After the review: the complaint to the Information Commissioner (or the Scottish
Information Commissioner), in the words of the Act it is made under."""

from __future__ import annotations

import re

from foidraft.drafts.follows import letter_title
from foidraft.errors import FoidraftError
from foidraft.replies.knowledge import Knowledge, Link, knowledge
from foidraft.replies.letter_parts import Letter, sign_off, when
from foidraft.replies.read import Reading
from foidraft.replies.review import Context, SentReview, challenged, provisions_said
from foidraft.replies.verdict import SAID, review_verdict

TYPE_CHECKING = False
if TYPE_CHECKING:
    from foidraft.drafts.model import Draft

GROUNDS_HEAD = "My grounds are:"  # as ``review_letter`` writes it
NUMBERED_RE = re.compile(r"\d{1,2}\.\s")


def complaint_letter(context: Context, *, kb: Knowledge | None = None) -> Letter:
    """The text for a complaint to the Commissioner after the review (or its silence)."""
    kb = kb or knowledge()
    steps = kb.regime(context.reading.regime)
    who = context.authority.name if context.authority else "the authority"
    review = context.review or SentReview(None)
    asked = f" on {when(review.asked)}" if review.asked else ""
    outcome = SAID[review_verdict(context.reading.text)]
    body = "\n\n".join(
        [
            f"Complaint about {who}'s handling of my request “{context.title}”",
            f"I made a request for information to {who}. "
            + (f"Its reference is {context.reference}. " if context.reference else "")
            + f"I asked for an internal review{asked}, and its outcome, of "
            f"{when(context.replied)}, {outcome}.",
            "What I am unhappy with: " + _unhappy(context.reading, review.response),
            *_restated(review),
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
    return Letter("complaint", letter_title("complaint", context.title), body + "\n", notes)


# What the review did with the response, after the response is described.
_DID = {
    "upheld": "The review upheld that decision",
    "partly": "The review changed that decision only in part",
    "overturned": "The review changed that decision, but did not give me what I asked for",
    "": "The review did not resolve it",
}


def _same(a: str, b: str) -> bool:
    """One provision is the other or a part of it: a review's "s31" after a response's
    "s31(3)" (or the reverse) is the section already cited, not a new one."""
    return a == b or a.startswith(b + "(") or b.startswith(a + "(")


def _unhappy(outcome: Reading, response: Reading | None) -> str:
    """The response the review was about, in its own terms, and what the review did with
    it (a provision the review cites that the response did not is named as new); with no
    copy of the response kept, what the outcome itself relies on."""
    if response is None:
        return challenged(outcome, to_authority=False)
    did = _DID[review_verdict(outcome.text)]
    new = [s for s in outcome.sections if not any(_same(s, c) for c in response.sections)]
    if new:
        did += f", and relied as well on {provisions_said(new)}, which the response did not cite"
    return f"{challenged(response, to_authority=False)} {did}."


def _restated(review: SentReview) -> list[str]:
    """The grounds the review request gave, each with its source, then what is left to say;
    with none known, a gap that asks for them."""
    if not review.grounds:
        return [
            "Why: [[say which parts you still dispute and why, in a few sentences; the "
            "grounds in your review request are a good start]]"
        ]
    lines = [
        f"{text} (Source: {source.title}, {source.url})" if source else text
        for text, source in review.grounds
    ]
    return [
        "In my request for the review I gave these grounds, and I still rely on them:",
        "\n\n".join(lines),
        "Why the review did not resolve them: [[say which of these grounds its outcome did "
        "not answer, and why, in a few sentences]]",
    ]


def sent_review(
    draft: Draft, regime: str = "FOIA", *, kb: Knowledge | None = None
) -> SentReview | None:
    """The internal review asked for on ``draft`` (the request), from the review letter
    foidraft wrote for it (the one sent, else the latest) and the response kept beside it,
    or None when it has neither."""
    from foidraft.drafts.store import DraftStore

    if draft.path is None:
        return None
    store = DraftStore(draft.path.parent)
    try:
        letters = [s for s in store.list() if s.follows == draft.name and s.letter == "review"]
        letters.sort(key=lambda s: (s.status != "draft", s.changed), reverse=True)
        letter = store.load_path(letters[0].path) if letters else None
    except (FoidraftError, OSError):
        letter = None
    asked = draft.review or (letter.sent if letter else None)
    response = _response(draft, regime)
    if letter is None:
        return SentReview(asked, (), response) if asked or response else None
    return SentReview(asked, tuple(_grounds_in(letter.body, kb or knowledge())), response)


def _response(draft: Draft, regime: str) -> Reading | None:
    """The last decision kept beside ``draft`` (``<date>-<kind>.txt``, ``track.keep_reply``):
    the response the review was about."""
    from foidraft.replies import read_reply
    from foidraft.replies.track import STATUS, replies_dir

    deciding = {k for k, s in STATUS.items() if s not in ("clarification", "extended", "reviewed")}
    try:
        kept = sorted(replies_dir(draft).glob("*.txt"))
        decisions = [p for p in kept if re.sub(r"-\d+$", "", p.stem[11:]) in deciding]
        return read_reply(decisions[-1].read_text(encoding="utf-8"), regime=regime,
                          letter=draft.body) if decisions else None  # fmt: skip
    except (FoidraftError, OSError, UnicodeDecodeError):
        return None


def _grounds_in(body: str, kb: Knowledge) -> list[tuple[str, Link | None]]:
    """The numbered grounds after "My grounds are:" in a review letter (as the requester
    left them), each with the source of the ground whose title it starts with."""
    paragraphs = [p.strip() for p in body.split("\n\n")]
    try:
        start = paragraphs.index(GROUNDS_HEAD) + 1
    except ValueError:
        return []
    scottish = "(Scotland)" in body
    found = []
    for paragraph in paragraphs[start:]:
        number = NUMBERED_RE.match(paragraph)
        if not number:
            break
        said = paragraph[number.end() :]
        # The letter says a title without its "(FOISA)": the law's own ground by the
        # letter's words (a Scottish review is "under section 20 of the ... (Scotland) Act").
        fits = [g for g in kb.grounds if said.startswith(g.said)]
        fits.sort(key=lambda g: (-len(g.said), g.scottish != scottish))
        source = fits[0].source if fits else None
        found.append((" ".join(paragraph.split()), source))
    return found


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
