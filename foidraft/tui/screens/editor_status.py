"""Where the request stands: its status, and the dates that move the deadline.

``foidraft.drafts.tracking`` keeps the dates and the due date in step: sent (the 20
working days start), clarification asked (the clock stops), clarification sent (the 20
days start again from that day). When the authority asks for clarification, the
requester is offered to paste its reply and learn personal rules from it.
"""

from __future__ import annotations

import datetime as dt

from foidraft.authorities.model import Authority
from foidraft.drafts import tracking
from foidraft.errors import FoidraftError
from foidraft.tui.lint_worker import find_authority
from foidraft.tui.screens.editor_dialogs import ChoiceDialog, DateDialog
from foidraft.tui.screens.editor_keeping import STATUS_LABELS, DraftKeeping

CLARIFIED = "clarified"  # not a status: the requester answered the clarification request
CLARIFIED_LABEL = "Clarification sent: the 20 days start again"
LEARN_CHOICES = [
    ("learn", "Paste their reply: foidraft proposes rules for the wording they asked about"),
    ("later", "Not now (ctrl+p, “draft: learn from the authority's reply” any time)"),
]


class StatusTracking(DraftKeeping):
    """The status half of the editor screen."""

    def known_authority(self) -> Authority | None:
        """The draft's authority; looked up here only before the first check has."""
        if self.authority is None:
            self.authority = find_authority(self.draft.authority)
        return self.authority

    def regime(self) -> str:
        return tracking.regime_for(self.known_authority())

    def status_choices(self) -> list[tuple[str, str]]:
        choices = list(STATUS_LABELS.items())
        if self.draft.status == "clarification":
            choices.insert(
                list(STATUS_LABELS).index("clarification") + 1, (CLARIFIED, CLARIFIED_LABEL)
            )
        return choices

    def action_set_status(self) -> None:
        self.app.push_screen(
            ChoiceDialog("Set the status", self.status_choices(), current=self.draft.status),
            self.set_status,
        )

    def set_status(self, status: str | None) -> None:
        if status is None:
            return
        today = self.today()
        if status == "sent":
            body = (
                f"The reply is due within 20 working days of the request reaching them "
                f"({self.regime()}); foidraft counts from the date you give."
            )
            dialog = DateDialog("When did you send it?", self.draft.sent or today, body)
            self.app.push_screen(dialog, self.mark_sent)
        elif status == "clarification":
            body = "The 20 working days stop until you send your clarification."
            default = self.draft.clarification or today
            dialog = DateDialog("When did they ask you to clarify?", default, body)
            self.app.push_screen(dialog, self.mark_clarification)
        elif status == CLARIFIED:
            body = "The authority has 20 working days from the day your clarification reached it."
            dialog = DateDialog("When did you send your clarification?", today, body)
            self.app.push_screen(dialog, self.mark_clarified)
        else:
            self.draft.set_status(status)
            self.save()
            self.show_title()

    def _tracked(self, change: str, when: dt.date | None) -> bool:
        """Apply one of tracking's changes and save; False (and said why) if refused."""
        if when is None:
            return False
        try:
            if change == "sent":
                tracking.mark_sent(self.draft, when, regime=self.regime())
            elif change == "clarification":
                tracking.mark_clarification(self.draft, when)
            else:
                tracking.mark_clarified(self.draft, when, regime=self.regime())
        except FoidraftError as exc:
            self.notify(exc.message, title="Date not recorded", severity="error", markup=False)
            return False
        saved = self.save()
        self.show_title()
        return saved

    def mark_sent(self, when: dt.date | None) -> None:
        if self._tracked("sent", when):
            self.notify(
                f"Sent {self.draft.sent}; the reply is due by {self.draft.due}.",
                markup=False,
                timeout=6,
            )

    def mark_clarified(self, when: dt.date | None) -> None:
        if self._tracked(CLARIFIED, when):
            self.notify(
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
            self.app.push_screen(
                offer, lambda c: self.action_learn_from_reply() if c == "learn" else None
            )

    def action_read_reply(self) -> None:
        """The reply screen for this draft (``foidraft.tui.reply_flow``)."""
        if self.save() and self.draft.path is not None:
            self.app.read_reply(self.draft.path, self.draft)  # type: ignore[attr-defined]

    def action_learn_from_reply(self) -> None:
        from foidraft.tui.screens.learn import LearnScreen

        asked = self.draft.clarification or self.today()
        screen = LearnScreen(self.draft, self.known_authority(), asked)
        self.app.push_screen(screen, self.learned)

    def learned(self, ids: list[str] | None) -> None:
        if not ids:
            return
        added = ", ".join(ids)
        self.notify(
            f"Added {added} to your rules; the letter is checked with them now.",
            title="Rules added",
            markup=False,
            timeout=6,
        )
        self.recheck()
