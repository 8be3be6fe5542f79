"""A reply recorded on its draft: the status follows the reply, its dates are kept, the
reply itself is kept beside the drafts, and a late reply is said to be late.

Statuses: a clarification request pauses the clock ("clarification"); a public interest
extension moves the due date ("extended"); an answer, a partial answer, a refusal or a
neither-confirm-nor-deny reply starts the 40 working days to ask for a review; a
review's outcome starts the time to complain ("reviewed"). An acknowledgement, a fees
notice or an extension the Act does not allow (FOIA s12 alone) leaves the status as it was.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from foidraft.deadlines import ENVIRONMENTAL, review_due
from foidraft.drafts import tracking
from foidraft.drafts.model import Draft
from foidraft.errors import FoidraftError
from foidraft.replies.provisions import extension_allowed
from foidraft.replies.read import Reading

STATUS = {
    "clarification_request": "clarification",
    "extension": "extended",
    "answered": "answered",
    "not_held": "not-held",  # a response, but not an answer: Home should not say "answered"
    "already_published": "answered",
    "partly_answered": "partly-answered",
    "refused_cost": "refused",
    "refused_exempt": "refused",
    "future_publication": "refused",
    "vexatious_or_repeated": "refused",
    "ncnd": "ncnd",
    "review_outcome": "reviewed",
}  # acknowledgement and fees_notice: the status stays


@dataclass(frozen=True)
class Recorded:
    """What recording a reply did: the status now, the deadline it missed (if late), the
    file the reply was kept in."""

    status: str
    late: dt.date | None
    kept: Path | None


def record_reply(
    draft: Draft, reading: Reading, on: dt.date, *, regime: str, text: str = ""
) -> Recorded:
    """Record ``reading`` (received ``on``) on ``draft`` and keep ``text`` beside it."""
    if draft.sent is None:
        raise FoidraftError(
            f"{draft.name or draft.title}: it has no sent date, so its deadlines cannot be counted",
            hint="mark it sent first: `foidraft drafts status NAME sent --date YYYY-MM-DD`",
        )
    if ENVIRONMENTAL.get(regime) == reading.regime:
        # answered under the environmental regulations: their deadlines from now on
        draft.regime = regime = reading.regime
    status = STATUS.get(reading.kind, draft.status)
    late = _late(draft, reading.kind, on, regime)
    if reading.kind in ("acknowledgement", "fees_notice") or (
        reading.kind == "extension" and not extension_allowed(reading.sections, regime)
    ):  # an extension the Act does not allow leaves the request due when it was
        draft.replied = on
        draft.reply = reading.kind
    else:
        tracking.mark_reply(
            draft,
            status,
            on,
            kind=reading.kind,
            extended=reading.roles.get("respond_by") if reading.kind == "extension" else None,
            regime=regime,
        )
    kept = keep_reply(draft, text, on, reading.kind) if text.strip() and draft.path else None
    return Recorded(draft.status, late, kept)


def _late(draft: Draft, kind: str, on: dt.date, regime: str) -> dt.date | None:
    """The deadline a reply of ``kind`` on ``on`` missed: a review's outcome is late
    against the review's own 20 working days, not against the request's."""
    if kind == "acknowledgement":
        return None
    if kind == "review_outcome":
        if draft.review is None:
            return None  # when the review was asked is not known
        due = review_due(draft.review, regime)
        return due if on > due else None
    return tracking.was_late(draft, on, regime)


def replies_dir(draft: Draft) -> Path:
    """Where a draft's replies are kept: ``<drafts>/replies/<draft file stem>/``."""
    if draft.path is None:
        raise FoidraftError("this draft has not been saved yet")
    return draft.path.parent / "replies" / draft.path.stem


def keep_reply(draft: Draft, text: str, on: dt.date, kind: str) -> Path:
    """Save the reply's text (0600, complete or not at all) as ``<date>-<kind>.txt``; a
    second reply of the same kind on the same day gets ``-2``. A name is taken only if
    still free when the file is linked into place, so two foidrafts keeping replies at
    once never write over each other's."""
    from foidraft.drafts.files import private_dir, write_new

    folder = replies_dir(draft)
    private_dir(folder)
    data = text.encode("utf-8")
    same = _kept_copies(folder, data)
    for n in range(1, 100):
        suffix = "" if n == 1 else f"-{n}"
        path = folder / f"{on.isoformat()}-{kind}{suffix}.txt"
        if not path.exists() and write_new(path, data):
            for old in same:  # the same reply recorded again (a corrected date): one copy
                old.unlink(missing_ok=True)
            return path
    raise FoidraftError(f"{folder}: too many replies kept for one day")


def _kept_copies(folder: Path, data: bytes) -> list[Path]:
    """Replies already kept with exactly these bytes."""
    out = []
    for path in folder.glob("*.txt"):
        try:
            if path.stat().st_size == len(data) and path.read_bytes() == data:
                out.append(path)
        except OSError:
            continue
    return out


def latest_reply_path(draft: Draft) -> Path | None:
    """The file of the last reply kept for ``draft``, or None."""
    try:
        folder = replies_dir(draft)
        names = sorted(p.name for p in folder.iterdir() if p.suffix == ".txt")
    except (FileNotFoundError, NotADirectoryError, FoidraftError):
        return None
    return folder / names[-1] if names else None


def latest_reply(draft: Draft) -> tuple[str, dt.date] | None:
    """The text and date of the last reply kept for ``draft``, or None."""
    path = latest_reply_path(draft)
    if path is None:
        return None
    try:
        day = dt.date.fromisoformat(path.name[:10])
        return path.read_text(encoding="utf-8"), day
    except (ValueError, OSError, UnicodeDecodeError):
        return None
