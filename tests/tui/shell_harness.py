"""Helpers for the app shell's tests: a fixed clock, drafts written with fixed names and
times (so snapshots do not change), and reading what is on screen."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from textual.pilot import Pilot
from textual.worker import WorkerState

from foidraft import paths
from foidraft.authorities.directory import Directory, load_directory
from foidraft.authorities.model import Authority
from foidraft.config import Config
from foidraft.tui.app import FoidraftApp

TYPE_CHECKING = False
if TYPE_CHECKING:
    from foidraft.tui.widgets.drafts_table import DraftsTable

TODAY = dt.date(2025, 6, 2)  # a Monday
NOW = dt.datetime(2025, 6, 2, 12, 0, tzinfo=dt.UTC)
OLD_MTIME = dt.datetime(2020, 1, 1, tzinfo=dt.UTC).timestamp()
# Workers that wait for the requester (they push screens and await answers).
INTERACTIVE_GROUPS = frozenset(
    {
        "new-request", "authority-lookup", "quit", "template-draft", "new-batch", "batch-export",
        "export-ask", "read-reply", "details", "reply-name",
    }
)  # fmt: skip


def make_app(**kwargs: object) -> FoidraftApp:
    """The real app over the test's FOIDRAFT_HOME, with a fixed clock and no config file."""
    options: dict[str, object] = {"today": TODAY, "now": NOW, "config": Config()}
    options.update(kwargs)
    return FoidraftApp(**options)  # type: ignore[arg-type]


def write_draft(
    name: str,
    title: str,
    *,
    authority: str = "",
    status: str = "draft",
    updated: str = "2025-05-30T09:15:00Z",
    sent: str = "",
    body: str = "Dear Sir or Madam,\n\nPlease provide...\n",
    extra: dict[str, str] | None = None,
) -> Path:
    """A draft file with a fixed name and times (the store would add a random suffix)."""
    folder = Path(paths.drafts_dir())
    folder.mkdir(parents=True, exist_ok=True)
    header = [
        "---",
        "foidraft: 1",
        f"title: {title}",
        f"authority: {authority}",
        f"status: {status}",
        "created: 2025-05-01T08:00:00Z",
        f"updated: {updated}",
    ]
    if sent:
        header.append(f"sent: {sent}")
    header += [f"{key}: {value}" for key, value in (extra or {}).items()]
    path = folder / name
    path.write_text("\n".join([*header, "---", body]), encoding="utf-8")
    os.utime(path, (OLD_MTIME, OLD_MTIME))  # "changed" then comes from the header
    return path


def directory_with(*extra: Authority) -> Callable[[], Directory]:
    """A directory loader: the bundled one plus ``extra`` authorities."""

    def load() -> Directory:
        return Directory([*extra, *load_directory().all()])

    return load


def screen_text(pilot: Pilot[None]) -> str:
    """The text on the terminal now, line by line (the active screen's composited output,
    modal dialogs over their background included)."""
    strips = pilot.app.screen._compositor.render_strips()
    return "\n".join(strip.text for strip in strips)


async def settle(pilot: Pilot[None], limit: float = 10.0) -> None:
    """Let loading workers finish and messages be handled; never waits on workers that
    wait for the requester. Fails after a generous limit rather than hanging (not a
    timing assertion)."""
    waited = 0.0
    while True:
        busy = [
            w
            for w in pilot.app.workers
            if w.state in (WorkerState.PENDING, WorkerState.RUNNING)
            and w.group not in INTERACTIVE_GROUPS
        ]
        if not busy:
            break
        if waited > limit:
            raise AssertionError(f"workers still busy: {[w.name for w in busy]}")
        await pilot.pause(0.02)
        waited += 0.02
    await pilot.pause()
    await pilot.pause()


async def wait_for(pilot: Pilot[None], ready: Callable[[], bool], what: str) -> None:
    waited = 0.0
    while not ready():
        if waited > 10.0:
            raise AssertionError(f"gave up waiting for {what}")
        await pilot.pause(0.02)
        waited += 0.02


async def home_listing(pilot: Pilot[None], count: int) -> DraftsTable:
    """Home's drafts table, once it lists ``count`` drafts."""
    from foidraft.tui.widgets.drafts_table import DraftsTable

    await settle(pilot)
    table = pilot.app.screen.query_one(DraftsTable)
    await wait_for(pilot, lambda: table.row_count == count, f"the {count} drafts listed")
    return table


def showing(pilot: Pilot[None], kind: type) -> bool:
    """Whether the active screen is a ``kind`` (a call, so type checkers do not narrow
    ``pilot.app.screen`` across key presses that change it)."""
    return isinstance(pilot.app.screen, kind)


S = TypeVar("S")


async def open_from_home(pilot: Pilot[None], keys: tuple[str, ...], kind: type[S], what: str) -> S:
    """Press ``keys`` on Home and return the ``kind`` screen they open, once it has settled."""
    await settle(pilot)
    await pilot.press(*keys)
    await wait_for(pilot, lambda: showing(pilot, kind), what)
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, kind)
    return screen


async def type_text(pilot: Pilot[None], text: str) -> None:
    await pilot.press(*[{" ": "space"}.get(ch, ch) for ch in text])


def write_template(name: str, text: str) -> Path:
    """A template file in the test's templates folder."""
    folder = Path(paths.templates_dir())
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def text_of(widget: object) -> str:
    """The plain text a Static shows (Content or str)."""
    from textual.widgets import Static

    assert isinstance(widget, Static)
    return str(widget.content)


async def export_batch_as_text(pilot: Pilot[None], batch_id: str, folder: Path) -> None:
    """What "batch: export BATCH to a folder …" runs, answered: plain text, into ``folder``;
    back once its index is written."""
    from textual.widgets import Input

    from foidraft.tui.screens.dialogs import ChoiceDialog, TextInputDialog

    pilot.app.export_batch(batch_id)  # type: ignore[attr-defined]
    await wait_for(pilot, lambda: showing(pilot, ChoiceDialog), "the format")
    await pilot.press("enter")  # plain text
    await wait_for(pilot, lambda: showing(pilot, TextInputDialog), "the folder")
    pilot.app.screen.query_one(Input).value = str(folder)
    await pilot.press("enter")
    await wait_for(pilot, (folder / "index.md").exists, "the index")
    await settle(pilot)
