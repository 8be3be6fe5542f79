"""Similar earlier requests to the same authority, from WhatDoTheyKnow (asked for, never
automatic): someone's published answer may save a request.

``foidraft.similar.lookup_similar`` runs in a worker thread (it uses the network, or a
day-old cached answer). Titles come from the network and can contain anything, "["
included: they are shown literally. Offline, stale and empty answers are said plainly.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from foidraft.authorities.names import in_running_text
from foidraft.errors import FoidraftError
from foidraft.tui.keymap import bindings
from foidraft.tui.notify import as_error, copy_text, open_in_browser
from foidraft.tui.screens.dialogs import Dialog
from foidraft.tui.text import literal

if TYPE_CHECKING:
    from foidraft.authorities.model import Authority
    from foidraft.similar import SimilarRequest, SimilarResult

LIMIT = 10


class SimilarList(OptionList):
    HELP = """
## Similar earlier requests

Requests made to the same authority on WhatDoTheyKnow whose titles are like your
draft's, best match first, with how each ended ("Successful.", "Information not held.")
and when it was made. If one asked what you want to know, its published answer may save
you a request, and its wording shows what the authority could answer.

**enter** copies the highlighted request's link; **o** opens it in your web browser;
**r** asks WhatDoTheyKnow again; **escape** closes. foidraft only contacts
WhatDoTheyKnow when you ask, and keeps answers for a day.
"""
    BINDINGS: ClassVar[list[BindingType]] = bindings(("similar.copy-link", "select"))


def request_prompt(found: SimilarRequest) -> Content:
    status = found.status_text or found.status.replace("_", " ") or "status unknown"
    when = found.date or "date unknown"
    return Content("\n").join(
        [literal((found.title, "bold")), literal((f"{status} · {when} · ", "dim"), found.url)]
    )


def when(fetched: str) -> str:
    """'2024-05-01T09:30:15Z' as '1 May 2024 09:30 UTC' (as given if unreadable)."""
    try:
        moment = dt.datetime.strptime(fetched, "%Y-%m-%dT%H:%M:%SZ")
    except ValueError:
        return fetched
    return f"{moment.day} {moment:%b %Y %H:%M} UTC"


def result_text(result: SimilarResult, authority: Authority) -> str:
    """What the answer is and where it came from, honestly."""
    count = len(result.requests)
    fetched = when(result.fetched)
    if result.stale:
        head = (
            f"WhatDoTheyKnow could not be reached ({result.problem}). These are the earlier "
            f"answers foidraft kept from {fetched}, and may be out of date."
        )
    elif result.from_cache:
        head = f"Answered from foidraft's copy of WhatDoTheyKnow's search of {fetched}."
    else:
        head = f"From WhatDoTheyKnow, just now ({fetched})."
    to = in_running_text(authority.name)
    if not count:
        return head + f" No earlier request to {to} has a title like this one."
    return head + f" {count} earlier request{'s' if count != 1 else ''} to {to}:"


class SimilarScreen(Dialog[None]):
    HELP = SimilarList.HELP
    DEFAULT_CSS = """
    SimilarScreen {
    & > #dialog { max-width: 100; height: 90%; }
    & #similar-status { height: auto; margin-bottom: 1; }
    & SimilarList { height: 1fr; max-height: 100%; }
    & .hint { margin: 1 0 0 0; }
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = bindings(
        ("similar.open", "open"),
        ("similar.retry", "retry"),
        ("similar.close", "close"),
    )

    @dataclass
    class Found(Message):
        result: SimilarResult

    @dataclass
    class Failed(Message):
        error: FoidraftError

    def __init__(self, title: str, authority: Authority) -> None:
        super().__init__(f"Requests like “{title}” to {in_running_text(authority.name)}")
        self.draft_title, self.authority = title, authority
        self.result: SimilarResult | None = None

    def compose_content(self) -> ComposeResult:
        yield Static("", id="similar-status")
        yield SimilarList(id="similar-list")
        yield Static(
            "enter copies a link · o opens it · r asks again · escape closes", classes="hint"
        )

    def on_mount(self) -> None:
        self.query_one(SimilarList).display = False
        self.action_retry()

    def action_retry(self) -> None:
        self.query_one("#similar-status", Static).update(
            "Asking WhatDoTheyKnow (this needs the internet)…"
        )
        self._look_up()

    @work(thread=True, exclusive=True, group="similar")
    def _look_up(self) -> None:
        from foidraft.similar import lookup_similar

        try:
            result = lookup_similar(self.draft_title, self.authority, limit=LIMIT)
        except (FoidraftError, OSError) as exc:  # NetworkError: offline, nothing kept
            self.post_message(self.Failed(as_error(exc)))
            return
        self.post_message(self.Found(result))

    def on_similar_screen_found(self, message: Found) -> None:
        self.result = message.result
        self.query_one("#similar-status", Static).update(
            literal(result_text(message.result, self.authority))
        )
        listing = self.query_one(SimilarList)
        listing.set_options(Option(request_prompt(r)) for r in message.result.requests)
        listing.display = bool(message.result.requests)
        if message.result.requests:
            listing.highlighted = 0
            listing.focus()

    def on_similar_screen_failed(self, message: Failed) -> None:
        from foidraft.net import NetworkError

        error = message.error
        lines = [f"Could not search WhatDoTheyKnow: {error.message}"]
        if isinstance(error, NetworkError) and error.kind == "offline":
            lines[0] = (
                "Could not reach WhatDoTheyKnow: finding similar requests needs the internet "
                f"({error.message})."
            )
        if error.hint:
            lines.append(error.hint)
        if isinstance(error, NetworkError):
            lines.append("foidraft kept no earlier answer for this title. Press r to try again.")
        self.query_one("#similar-status", Static).update(literal("\n".join(lines)))

    def highlighted(self) -> SimilarRequest | None:
        index = self.query_one(SimilarList).highlighted
        found = self.result.requests if self.result else []
        return found[index] if index is not None and index < len(found) else None

    @on(OptionList.OptionSelected, "#similar-list")
    def _copy(self) -> None:
        found = self.highlighted()
        if found is not None:
            copy_text(self.app, found.url, "the request's link")

    def action_open(self) -> None:
        found = self.highlighted()
        if found is not None:
            open_in_browser(self.app, found.url)

    def action_close(self) -> None:
        self.dismiss(None)
