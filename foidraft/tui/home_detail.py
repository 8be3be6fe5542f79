"""Home's detail line: one line about the highlighted draft, worked out without Textual."""

from __future__ import annotations

from foidraft.text.dates import long_date
from foidraft.tui.home_rows import DraftRow
from foidraft.tui.reply_reading import AWAITING_YOU


def detail_text(
    row: DraftRow | None, chase_key: str, cut: tuple[bool, bool] = (False, False)
) -> str:
    """One line about the highlighted draft: its problem, or what it follows, its file,
    sending and due date;
    ``chase_key`` is the key that reads a reply (or writes a chaser) now; ``cut`` says
    whether the table shortened the title and the authority's name: the line gives them
    whole (at 60 columns every "Request about stop…" read alike, each to "West M…")."""
    if row is None:
        return ""
    if row.summary.problem:
        return f"! {row.summary.problem} ({row.summary.name})"
    parts = [row.summary.name]
    if row.follows:  # which request a next letter answers comes first: it tells them apart
        mark = f" ({row.authority_name})" if row.authority_name else ""
        parts.insert(0, row.follows + mark)
    elif cut[1] and row.authority_name:
        parts.insert(0, row.authority_name)
    if cut[0]:  # after what a next letter follows, which still comes first
        parts.insert(1 if row.follows else 0, row.list_title)
    if row.overtaken:  # kept, never deleted: the text is the user's
        parts.append("no longer needed: the request has had its reply")
    if row.chase_after:  # its text may give the first deadline: the user's to change
        waits = long_date(row.chase_after)
        parts.append(f"not due yet: the reply is due by {waits} (extended); send it if none comes")
    if row.batch:
        parts.append(f"batch {row.batch}")
    if row.sent:
        parts.append(f"sent {long_date(row.sent)}")
    if row.clarified:
        parts.append(f"clarified {long_date(row.clarified)}")
    if row.replied:
        parts.append(f"replied {long_date(row.replied)}")
    if (
        row.due_state in ("clarification", "review-by", "complain-by", "review-closed")
        or row.awaited
    ):
        parts.append(row.due_text)  # says what is awaited and the date itself
    elif row.due:
        said = f" ({row.due_text})" if row.due_text else ""
        parts.append(f"due {long_date(row.due)}{said}")
    if row.due_state == "overdue" and row.status in ("sent", "extended"):
        parts.append(f"no reply? {chase_key}: write a chaser")
    elif row.due and (row.status in ("sent", "extended") or row.awaited):  # not in the footer
        parts.append(f"reply came? {chase_key}: paste it")
    elif row.replied and row.status in AWAITING_YOU:  # the reply screen offers them again
        parts.append(f"{chase_key}: the next letters")
    return " · ".join(parts)
