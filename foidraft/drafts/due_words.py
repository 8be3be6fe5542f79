"""A request's Due cell, as Home's table and ``foidraft drafts list`` both say it: the date
(``foidraft.text.dates``) with what it is for, from the one deadline logic
(``standings.matter``): "3 Jun soon", "review by 17 Jun", "answer 2 Jul", "paused"."""

from __future__ import annotations

from foidraft.text.dates import long_date

TYPE_CHECKING = False
if TYPE_CHECKING:
    import datetime as dt

# Due states that deserve attention, and the word shown beside the date.
DUE_MARK = {
    "overdue": "overdue", "due-today": "today", "due-soon": "soon", "review-by": "review by",
    "complain-by": "complain by", "review-closed": "review window closed",
}  # fmt: skip


def due_cell(state: str, due: dt.date | None, awaited: str = "", this_year: int = 0) -> str:
    """The cell for a request in ``state`` (``standings.DueItem``) with date ``due``; a
    date in another year than ``this_year`` says its year."""
    if state == "clarification":
        return "paused"  # the authority waits for the requester's clarification
    if due is None:
        return ""
    mark = DUE_MARK.get(state, "")
    day = long_date(due, short=True, this_year=this_year)
    if state in ("review-by", "complain-by", "review-closed"):
        return f"{mark} {day}"
    if awaited and not mark:  # "answer 17 Jun" beside "review asked"; a mark says
        return f"answer {day}"  # enough there, and keeps it narrow
    return f"{day} {mark}".rstrip()  # due dates are weeks away
