"""The next letter, as a new draft linked to the request it follows (``follows:`` in its
header), so it is checked, kept and exported like any other draft."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

from foidraft.drafts.model import Draft
from foidraft.errors import FoidraftError
from foidraft.replies.clarify import draft_clarification
from foidraft.replies.complaint import complaint_letter, sent_review
from foidraft.replies.kinds import PENDING
from foidraft.replies.letter_parts import Letter, quiet_old_wording, reference_in
from foidraft.replies.narrow import chaser_letter, narrowed_letter
from foidraft.replies.read import Reading
from foidraft.replies.review import Context, grounds_for, review_letter
from foidraft.replies.thanks import thanks_letter
from foidraft.replies.verdict import review_verdict
from foidraft.text.dates import long_date

TYPE_CHECKING = False
if TYPE_CHECKING:
    from foidraft.authorities.model import Authority
    from foidraft.drafts.store import DraftStore

# Every letter that may follow a reply, the most useful first: the order the app's menu,
# `foidraft reply`'s list and its hint offer them in (``MISFITS`` says which fit).
LETTERS = ("clarify", "narrow", "chaser", "complaint", "review", "thanks")
# What each letter is called where it is offered (the app's buttons, "What you can send
# next"), and what it is.
TITLES = {
    "clarify": ("Answer their points", "a clarification that takes their points one by one"),
    "narrow": ("Narrow the request", "a smaller request that can be answered within the limit"),
    "review": ("Ask for an internal review", "on grounds you pick, each with its source"),
    "chaser": ("Chase the reply", "a reminder that the reply is overdue"),
    "complaint": ("Complain to the Commissioner", "the steps and the text, after the review"),
    "thanks": ("Say thank you", "a short note that the answer arrived; it asks for nothing"),
}
# The one table of the letters that may follow each kind of reply (every kind in
# ``foidraft.replies.kinds.KINDS``), most useful first: the app's buttons, its "What you
# can send next", `foidraft reply`'s list and its hint, and what `--next` accepts all read
# it. ``MISFITS`` then refuses those whose words would be untrue of this reply (a chaser
# not yet due, narrowing with no cost limit cited, a review with no ground, thanks after
# a review that kept the refusal).
AFTER: dict[str, tuple[str, ...]] = {
    "acknowledgement": ("chaser",),
    "clarification_request": ("clarify",),
    "extension": ("chaser",),
    "answered": ("thanks", "review"),
    "partly_answered": ("narrow", "review", "thanks"),
    "refused_cost": ("narrow", "review"),
    "refused_exempt": ("narrow", "review"),
    "ncnd": ("narrow", "review"),
    "not_held": ("review", "thanks"),  # nothing given: the searches are questioned first
    "already_published": ("thanks", "review"),
    "future_publication": ("review",),
    "vexatious_or_repeated": ("narrow", "review"),
    "fees_notice": ("review",),
    "review_outcome": ("complaint", "narrow", "thanks"),
}


def context_for(
    draft: Draft,
    reading: Reading,
    *,
    authority: Authority | None,
    replied: dt.date | None,
    name: str,
) -> Context:
    """What the letters need: the request's title and reference, the reply and its date,
    the deadline it had and whether it missed it."""
    from foidraft.batch.plan import request_title
    from foidraft.drafts import tracking

    regime = reading.regime
    due = late = None
    if draft.sent is not None:
        try:
            due = tracking.reply_due(draft, regime)
            late = tracking.was_late(draft, replied, regime) if replied else None
        except FoidraftError:
            due = late = None
    return Context(
        title=request_title(draft.title, authority, draft.batch),
        authority=authority,
        reading=reading,
        replied=replied,
        due=late or due,
        sent=draft.sent,
        late=late is not None,
        reference=draft.reference or reference_in(reading.text),
        name=name,
        # the complaint restates the review's grounds and says when it was asked
        review=sent_review(draft, regime) if reading.kind == "review_outcome" else None,
    )


def no_reply(regime: str) -> Reading:
    """What stands in for the reply when none came: a chaser needs only the Act."""
    return Reading("acknowledgement", False, (), {}, (), regime)


def misfit(kind: str, reading: Reading, context: Context, *, today: dt.date) -> str | None:
    """Why the ``kind`` of letter does not follow this reply, or None when it may. Only the
    letters whose words would be untrue are refused: a clarification answer when nothing
    was asked, a chaser when the authority has decided or is not yet late, a complaint
    before the review's outcome, a review with no ground."""
    check = MISFITS.get(kind)
    return check(reading, context, today) if check else None


def fitting(reading: Reading, context: Context, *, today: dt.date) -> list[str]:
    """Every letter that may follow this reply, in ``AFTER``'s order: the ones ``misfit``
    does not refuse, so a hint or a menu never lists fewer or more than may be sent."""
    return [k for k in AFTER[reading.kind] if misfit(k, reading, context, today=today) is None]


def _fits(letter: str, reading: Reading) -> bool:
    return letter in AFTER[reading.kind]


def _clarify(reading: Reading, context: Context, today: dt.date) -> str | None:
    if not _fits("clarify", reading):
        return "the reply does not ask you to clarify, so there are no points to answer"
    return None


def _chaser(reading: Reading, context: Context, today: dt.date) -> str | None:
    if not _fits("chaser", reading):
        return "the authority has replied, so there is nothing to chase"
    if context.due is None:
        return "the request is not marked sent, so it is not known when the reply is due"
    if today <= context.due:
        return f"the reply is not due until {long_date(context.due)}; chase it after that"
    return None


def _narrow(reading: Reading, context: Context, today: dt.date) -> str | None:
    if not (_fits("narrow", reading) and _refuses_on_cost(reading)):
        return (
            "the reply refuses nothing on cost (section 12), so there is no cost limit to "
            "narrow the request under"
        )
    return None


def _complaint(reading: Reading, context: Context, today: dt.date) -> str | None:
    if not _fits("complaint", reading):
        return (
            "the Commissioner expects an internal review first: ask for one (--next review), "
            "then record its outcome with `foidraft reply DRAFT FILE`"
        )
    return None


def _thanks(reading: Reading, context: Context, today: dt.date) -> str | None:
    if reading.kind in PENDING:
        return "the authority has not answered yet: there is nothing to thank it for"
    if not _fits("thanks", reading):
        return "the reply gives you nothing you asked for: there is nothing to thank it for"
    if reading.kind == "review_outcome" and review_verdict(reading.text) != "overturned":
        return (
            "the review kept the refusal (it does not say it overturned it): what follows "
            "it is a complaint (--next complaint)"
        )
    return None


def _review(reading: Reading, context: Context, today: dt.date) -> str | None:
    if not _fits("review", reading):
        if reading.kind in PENDING:
            return "nothing is decided yet: a review asks the authority to look again at it"
        return "this is the review's outcome: what follows it is a complaint (--next complaint)"
    if not grounds_for(reading, late=context.late):
        return "no ground for an internal review fits this reply"
    return None


# Why each letter may not follow this reply (``AFTER``, then what its words need), or None.
MISFITS: dict[str, Callable[[Reading, Context, dt.date], str | None]] = {
    "clarify": _clarify, "narrow": _narrow, "review": _review, "chaser": _chaser,
    "complaint": _complaint, "thanks": _thanks,
}  # fmt: skip


def next_letter(
    kind: str,
    draft: Draft,
    context: Context,
    *,
    grounds: list[str] | tuple[str, ...] = (),
    today: dt.date,
) -> Letter:
    """The ``kind`` of letter (one of ``LETTERS``) following ``draft``'s reply."""
    if kind == "clarify":
        return draft_clarification(
            draft.body,
            context.reading.text,
            authority=context.authority,
            title=context.title,
            asked=context.replied,
            name=context.name,
            reference=context.reference,
        )
    if kind == "narrow":
        letter = narrowed_letter(context, draft.body, today=today)
    elif kind == "review":
        letter = review_letter(context, list(grounds), today=today)
    elif kind == "chaser":
        letter = chaser_letter(context, due=context.due, today=today)
    elif kind == "complaint":
        letter = complaint_letter(context)
    elif kind == "thanks":
        letter = thanks_letter(context)
    else:
        raise FoidraftError(f"unknown letter '{kind}'", hint="use one of: " + ", ".join(LETTERS))
    # The request's title, quoted to say which request this is, is named, not asked for.
    return replace(letter, body=quiet_old_wording(letter.body, context.authority, context.title))


def save_letter(store: DraftStore, draft: Draft, letter: Letter) -> Draft:
    """A new draft holding ``letter``, for the same authority, linked to ``draft``."""
    new = Draft.new(letter.title, letter.body, draft.authority)
    new.follows = draft.name
    new.letter = letter.kind
    new.notes = letter.notes  # kept with it: the editor and export show them until it goes
    if not draft.authority and draft.regime:
        new.regime = draft.regime  # checked under the Act its reply was read under
    if draft.reference:
        new.reference = draft.reference
    store.save(new)
    return new


def _refuses_on_cost(reading: Reading) -> bool:
    from foidraft.replies.provisions import role

    return reading.kind == "refused_cost" or any(role(s) == "cost" for s in reading.sections)
