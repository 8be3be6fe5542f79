"""Where the request stands: its status, the dates that move the deadline, and the
editor's title line.

``foidraft.drafts.tracking`` keeps the dates and the due date in step: sent (the 20
working days start), clarification asked (the clock stops), clarification sent (the 20
days start again from that day). When the authority asks for clarification, the
requester is offered to paste its reply and learn personal rules from it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from rich.cells import cell_len
from textual.content import Content

from foidraft.deadlines import review_limits
from foidraft.drafts import STATUS_LABELS, standings, status_label, tracking
from foidraft.errors import FoidraftError
from foidraft.text.dates import long_date, short_date
from foidraft.tui.host import host
from foidraft.tui.screens.dialogs import ChoiceDialog, DateDialog
from foidraft.tui.text import literal, shorten

if TYPE_CHECKING:
    from textual.screen import Screen

    from foidraft.authorities.model import Authority
    from foidraft.drafts import Draft
    from foidraft.tui.draft_keeper import DraftKeeper, SaveState

CLARIFIED = "clarified"  # not a status: the requester answered the clarification request
CLARIFIED_LABEL = "Clarification sent: the 20 days start again"
LEARN_CHOICES = [
    ("learn", "Paste their reply: foidraft proposes rules for the wording they asked about"),
    ("later", "Not now (ctrl+p, “draft: learn from the authority's reply” any time)"),
]
MIN_WHO = 8  # "West Mi…", as on Home: the name is cut no shorter
SAVE_STATES = {
    "saved": ("saved", "$text-success"),
    "unsaved": ("unsaved", "$text-warning"),
    "conflict": ("NOT SAVED: changed on disk", "bold $text-error"),
}


def title_line(
    draft: Draft,
    state: SaveState,
    authority: Authority | None,
    today: dt.date | None = None,
    room: int = 0,
) -> Content:
    """Authority · status and dates · whether it is saved: shown beside the title, which
    is cut short to leave room, so a long title never hides who the letter is for or
    that it is not saved. A reply not come by its due date is said to be overdue, as
    Home says it. Given its ``room`` (columns), the authority's name is cut to leave the
    rest whole: a 120-letter name hid the status, the due date and "saved"."""
    status = status_label(draft.status)

    def day(when: dt.date) -> str:  # Home's wording, short: the title needs the room
        return short_date(when, today)

    if draft.status == "sent":
        status = f"Sent {day(draft.sent)}" if draft.sent else "Sent"
        if draft.clarified:
            status += f", clarified {day(draft.clarified)}"
        # Counted as Home counts it (from the sent date), not read from a hand-kept due:
        regime = tracking.regime_for(authority, draft)
        found = standings.standing(draft, regime, today or dt.date.today())
        if found is not None and found.due is not None:
            late = found.state == "overdue"
            status += f", {'overdue since' if late else 'due'} {day(found.due)}"
    elif draft.status == "clarification" and draft.clarification:
        status = f"Clarification asked {day(draft.clarification)}: clock stopped"
    who = authority.name if authority else draft.authority or "no authority"
    saved = SAVE_STATES[state]
    if room:
        who = shorten(who, max(room - cell_len(f" ·  · {status} · {saved[0]}"), MIN_WHO))
    return literal(" · ", who, " · ", status, " · ", saved)


class StatusSteps:
    """Setting the status, asking the dates it needs, and offering to learn from a reply."""

    def __init__(
        self,
        screen: Screen[Any],
        keeper: DraftKeeper,
        *,
        today: Callable[[], dt.date],
        authority: Callable[[], Authority | None],
        changed: Callable[[], None],
        learned: Callable[[], None],
    ) -> None:
        self.screen, self.keeper, self.today = screen, keeper, today
        self.authority, self.changed, self.learned = authority, changed, learned

    @property
    def draft(self) -> Draft:
        return self.keeper.draft

    def regime(self) -> str:
        return tracking.regime_for(self.authority(), self.draft)

    def choices(self) -> list[tuple[str, str]]:
        choices = list(STATUS_LABELS.items())
        if self.draft.status == "clarification":
            choices.insert(
                list(STATUS_LABELS).index("clarification") + 1, (CLARIFIED, CLARIFIED_LABEL)
            )
        return choices

    def ask(self) -> None:
        dialog = ChoiceDialog("Set the status", self.choices(), current=self.draft.status)
        self.screen.app.push_screen(dialog, self.set)

    def set(self, status: str | None) -> None:
        if status is None:
            return
        today = self.today()
        if status == "sent":
            body = (
                f"The reply is due within 20 working days of the request reaching them "
                f"({self.regime()}); foidraft counts from the date you give."
            )
            if self.draft.letter == "clarify":
                body = "Your request's 20 working days start again from the day you give."
            elif self.draft.letter == "review":
                body = "The review's own 20 working days run from the day you give."
            body = unfilled(self.keeper.text_on_screen()) + body
            dialog = DateDialog(
                "When did you send it?", self.draft.sent or today, body, latest=today
            )
            self.screen.app.push_screen(dialog, self.mark_sent)
        elif status == "clarification":
            body = "The 20 working days stop until you send your clarification."
            default = self.draft.clarification or today
            dialog = DateDialog("When did they ask you to clarify?", default, body, latest=today)
            self.screen.app.push_screen(dialog, self.mark_clarification)
        elif status == "review" and self.draft.letter != "review":  # asked by hand
            body = f"The review is due within {review_limits(None, self.regime())}, counted "
            body += "from the date you give; Home shows it."
            default = self.draft.review or today
            dialog = DateDialog("When did you ask for the review?", default, body, latest=today)
            self.screen.app.push_screen(dialog, self.mark_review)
        elif status == CLARIFIED:
            body = "The authority has 20 working days from the day your clarification reached it."
            dialog = DateDialog("When did you send your clarification?", today, body, latest=today)
            self.screen.app.push_screen(dialog, self.mark_clarified)
        else:
            self.draft.set_status(status)
            self.keeper.save()
            self.changed()

    def _tracked(self, change: str, when: dt.date | None) -> bool:
        """Apply one of tracking's changes and save; False (and said why) if refused."""
        if when is None:
            return False
        try:
            if change == "sent":
                self.draft.body = before = self.keeper.text_on_screen()
                tracking.mark_sent(self.draft, when, regime=self.regime())
                if self.draft.body != before:  # a review letter's "by DATE", from ``when``
                    self.keeper.view.show_reloaded(self.draft)
            elif change == "clarification":
                tracking.mark_clarification(self.draft, when)
            elif change == "review":
                tracking.mark_review_asked(self.draft, when, regime=self.regime())
            else:
                tracking.mark_clarified(self.draft, when, regime=self.regime())
        except FoidraftError as exc:
            self.screen.notify(
                exc.message, title="Date not recorded", severity="error", markup=False
            )
            return False
        saved = self.keeper.save()
        self.changed()
        return saved

    def mark_sent(self, when: dt.date | None) -> None:
        if not self._tracked("sent", when):
            return
        assert when is not None
        moved = None
        if self.draft.follows and self.draft.letter:  # its request moves on, as in the CLI
            store = host(self.screen.app).store
            try:
                moved = tracking.follow_up_sent(store, self.draft, when, regime=self.regime())
            except FoidraftError as exc:
                self.screen.notify(exc.message, title="Request not moved on", markup=False)
        if moved is not None:
            text = moved_on(when, moved.title, moved.status, moved.due)
        elif self.draft.follows:
            text = f"Sent {long_date(when)}."
        else:
            sent, due = self.draft.sent, self.draft.due
            text = f"Sent {long_date(sent) if sent else ''}" + (
                f"; the reply is due by {long_date(due)}." if due else "."
            )
        self.screen.notify(text, markup=False, timeout=6)

    def mark_review(self, when: dt.date | None) -> None:
        self._tracked("review", when)

    def mark_clarified(self, when: dt.date | None) -> None:
        if self._tracked(CLARIFIED, when):
            self.screen.notify(
                f"Clarification sent {when}; the reply is now due by {self.draft.due}.",
                markup=False,
                timeout=6,
            )

    def mark_clarification(self, when: dt.date | None) -> None:
        if self._tracked("clarification", when):
            offer = ChoiceDialog(
                "They asked you to clarify: learn from it?",
                LEARN_CHOICES,
                body="The clock is stopped until you reply. foidraft can turn the wording "
                "they asked about into rules that warn you next time.",
            )
            self.screen.app.push_screen(
                offer, lambda c: self.learn_from_reply() if c == "learn" else None
            )

    def read_reply(self) -> None:
        """The reply screen for this draft (``foidraft.tui.reply_flow``), once saved."""
        if self.keeper.save() and self.draft.path is not None:
            host(self.screen.app).read_reply(self.draft.path, self.draft)

    def learn_from_reply(self) -> None:
        from foidraft.tui.screens.learn import LearnScreen

        asked = self.draft.clarification or self.today()
        screen = LearnScreen(self.draft, self.authority(), asked)
        self.screen.app.push_screen(screen, self._learned)

    def _learned(self, ids: list[str] | None) -> None:
        if not ids:
            return
        self.screen.notify(
            f"Added {', '.join(ids)} to your rules; the letter is checked with them now.",
            title="Rules added",
            markup=False,
            timeout=6,
        )
        self.learned()


# What sending a follow-up does to its request, in words (not the status list's label,
# "Sent (I'll give the date)", which is a choice to pick, not a state to report).
MOVED_ON = {
    "sent": "is waiting for its reply again: its 20 working days start again",
    "review": "is under internal review",
}


def moved_on(when: dt.date, title: str, status: str, due: dt.date | None) -> str:
    """The note after a clarification answer or a review request is marked sent."""
    done = MOVED_ON.get(status, f"is now {status_label(status).lower()}")
    awaited = "review" if status == "review" else "reply"
    until = f"; the {awaited} is due by {long_date(due)}" if due else ""
    return f"Sent {long_date(when)}: “{title}” {done}{until}."


def unfilled(text: str) -> str:
    """Said before the sent date is asked when the letter still has gaps to fill: a next
    letter marked sent with its four [[...]] gaps said nothing of them."""
    from foidraft.text.holes import HOLE_RE

    gaps = sum(1 for _ in HOLE_RE.finditer(text))
    if not gaps:
        return ""
    one = gaps == 1
    return (
        f"This letter still has {gaps} gap{'' if one else 's'} ([[...]]) to fill: if the "
        f"copy you sent had {'it' if one else 'them'} too, send it again filled in. "
    )
