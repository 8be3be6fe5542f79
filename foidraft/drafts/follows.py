"""What a next letter follows, in plain words: "Review request for: Stop and search".

A letter drafted after a reply records the request it follows (``follows:``, that
draft's file name) and what it is (``letter:``); the lists say both so a requester with
several requests open can tell the letters apart.
"""

from __future__ import annotations

from foidraft.drafts.status import DECIDED, status_short

TYPE_CHECKING = False
if TYPE_CHECKING:
    import datetime as dt

    from foidraft.drafts.model import DraftSummary

# What each kind of next letter (``foidraft.replies.followup.LETTERS``) is to the request it
# follows: in full, and short enough for a list's title column at 80 columns. The short
# name is the letter's own title too (``letter_title``), so the editor, Home and
# `foidraft drafts list` call a letter one thing.
NAMES = {
    "clarify": ("Answer to their question on", "Answer"),
    "review": ("Review request for", "Review"),
    "chaser": ("Chaser for", "Chaser"),
    "complaint": ("Complaint to the Commissioner about", "Complaint"),
    "thanks": ("Thanks for the reply to", "Thanks"),
    "narrow": ("Narrowed version of", "Narrowed"),
}


# A request's statuses once the authority has replied with more than a holding letter (an
# extension still leaves a reply owed, so a chaser may yet be needed): a chaser not yet
# sent is then no longer needed. It is only shown so, never changed: its text is the user's.
REPLIED = ("clarification", *DECIDED, "review", "reviewed")
UNSENT = ("draft", "ready")
NOT_NEEDED = "not needed"
NOT_YET = "not due yet"


def not_needed(summary: DraftSummary, by_name: dict[str, DraftSummary]) -> bool:
    """Whether ``summary`` is a chaser never sent whose request has since had its reply."""
    if summary.letter != "chaser" or summary.status not in UNSENT or summary.problem:
        return False
    request = by_name.get(summary.follows)
    return request is not None and request.status in REPLIED


def chase_after(
    summary: DraftSummary, by_name: dict[str, DraftSummary], today: dt.date
) -> dt.date | None:
    """The day an unsent chaser waits for, or None: its request's authority gave notice of
    an extension to that day (the request's due date), which has not passed yet. A chaser
    is due only once it has, with no reply."""
    if summary.letter != "chaser" or summary.status not in UNSENT or summary.problem:
        return None
    request = by_name.get(summary.follows)
    if request is None or request.status != "extended" or request.due is None:
        return None
    return request.due if today <= request.due else None


def list_status(summary: DraftSummary, by_name: dict[str, DraftSummary], today: dt.date) -> str:
    """The status a list shows: "not needed" for a chaser the reply overtook, "not due yet"
    for one waiting for an extended deadline, else the draft's own."""
    if not_needed(summary, by_name):
        return NOT_NEEDED
    return NOT_YET if chase_after(summary, by_name, today) else status_short(summary.status)


def follows_text(letter: str, title: str, *, short: bool = False) -> str:
    """'Review request for: <title>' ('Review: <title>' when ``short``); a letter of a kind
    foidraft did not write reads 'Follows: <title>'."""
    name = NAMES.get(letter, ("Follows", "Follows"))[short]
    return f"{name}: {title}"


def letter_title(letter: str, title: str) -> str:
    """The title a next letter is written with: 'Answer: <request title>'."""
    return follows_text(letter, title, short=True)


def follows_label(
    summary: DraftSummary, by_name: dict[str, DraftSummary], *, short: bool = False
) -> str:
    """What ``summary`` follows in plain words, or "" for a letter that follows none. A
    request since deleted is named by its file name."""
    if not summary.follows:
        return ""
    request = by_name.get(summary.follows)
    title = request.title if request else summary.follows.removesuffix(".md")
    return follows_text(summary.letter, title, short=short)


def list_title(summary: DraftSummary, by_name: dict[str, DraftSummary]) -> str:
    """The title a list shows: what a next letter follows ('Review: <title>'), unless the
    requester renamed it (its title no longer names the request's): then their name."""
    if not summary.follows:
        return summary.title
    request = by_name.get(summary.follows)
    if request is None or request.title in summary.title:
        return follows_label(summary, by_name, short=True)
    return summary.title
