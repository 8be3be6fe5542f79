"""What foidraft's screens and flows use of the app, as a protocol, so that they need not
import the app (which imports them): the stores, the clock, the directory, errors, and
the flows a screen may start. ``foidraft.tui.app.FoidraftApp`` provides it (mypy checks).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, cast

if TYPE_CHECKING:
    from textual.screen import Screen

    from foidraft.authorities.directory import Directory
    from foidraft.authorities.model import Authority
    from foidraft.drafts import Draft, DraftStore
    from foidraft.errors import FoidraftError
    from foidraft.rules.model import RuleSet
    from foidraft.templates import TemplateStore


class FoidraftHost(Protocol):
    rules: RuleSet | None  # None: the knowledge base and the user's rules
    last_edited: Path | None  # the draft the editor last showed (Home's cursor goes back)

    @property
    def store(self) -> DraftStore: ...

    @property
    def templates(self) -> TemplateStore: ...

    def today(self) -> dt.date: ...

    def now(self) -> dt.datetime: ...

    def directory(self) -> Directory: ...

    def ensure_folders(self) -> None: ...

    def show_error(self, error: FoidraftError | str, title: str = "Problem") -> None: ...

    def first_paint_hook(self, screen: Screen[None]) -> None: ...

    def open_editor(
        self,
        draft: Draft,
        *,
        replace: bool = False,
        cursor: tuple[tuple[int, int], tuple[int, int]] | None = None,
    ) -> None: ...

    def open_draft_path(self, path: Path) -> None: ...

    def read_reply(self, path: Path, draft: Draft | None = None) -> object: ...

    def new_from_template(self, path: Path) -> object: ...

    def new_batch(self, path: Path | None = None) -> object: ...

    def export_batch(self, batch_id: str) -> object: ...

    def start_request(self, authority: Authority | None = None) -> object: ...

    def show_batch_on_home(self, batch_id: str) -> None: ...

    def action_new_request(self) -> None: ...

    def action_new_batch(self) -> None: ...

    def action_show_trash(self) -> None: ...

    def action_search_authority(self) -> None: ...

    def action_toggle_dark(self) -> None: ...

    def action_change_theme(self) -> None: ...

    def action_help(self) -> None: ...

    async def action_quit(self) -> None: ...


def host(app: Any) -> FoidraftHost:
    """``app`` (foidraft's own) as the screens see it."""
    return cast("FoidraftHost", app)
