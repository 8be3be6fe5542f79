"""One draft in memory: its header fields (kept in file order, unknown ones included) and
its letter, exactly as given. The file format is described in ``foidraft.drafts``; the
fields and reading a file's text are in ``foidraft.drafts.header``, the statuses and what
changing one does to the dates in ``foidraft.drafts.status``."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from foidraft.drafts.header import (
    ALWAYS,
    FORMAT_VERSION,
    KEY_RE,
    KNOWN,
    clean_value,
    date_field,
    digest,
    list_field,
    notes_field,
    text_field,
    utc_now,
)
from foidraft.drafts.status import checked_status, move_status
from foidraft.errors import FoidraftError
from foidraft.text.header import render_header


@dataclass(eq=False)
class Draft:
    """A request letter and its header. ``path`` is None until the store saves it.

    ``disk_digest`` is the SHA-256 of the file as last read or written, which is how the
    store notices that someone else (an editor, another foidraft) changed the file.
    """

    header: dict[str, str] = field(default_factory=dict)
    body: str = ""
    path: Path | None = None
    disk_digest: str | None = None
    _saved: tuple[dict[str, str], str] | None = field(default=None, repr=False)

    @classmethod
    def new(cls, title: str, body: str = "", authority: str = "") -> Draft:
        now = utc_now()
        draft = cls(header=dict.fromkeys(ALWAYS, ""), body=body)
        draft.header.update(foidraft=FORMAT_VERSION, status="draft", created=now, updated=now)
        draft.title = title
        draft.authority = authority
        return draft

    # -- the header, typed ------------------------------------------------------------
    @property
    def name(self) -> str:
        """The file name (``stop-and-search-3f2a.md``); empty before the first save."""
        return self.path.name if self.path else ""

    @property
    def title(self) -> str:
        return self.header.get("title", "") or (self.path.stem if self.path else "")

    @title.setter
    def title(self, value: str) -> None:
        value = clean_value(value)
        if not value:
            raise FoidraftError("a draft needs a title", hint="give it a few words")
        self.header["title"] = value

    @property
    def authority(self) -> str:
        return self.header.get("authority", "")

    @authority.setter
    def authority(self, value: str) -> None:
        self.header["authority"] = clean_value(value)

    @property
    def status(self) -> str:
        return self.header.get("status", "") or "draft"

    @status.setter
    def status(self, value: str) -> None:
        self.header["status"] = checked_status(value)

    @property
    def created(self) -> str:
        return self.header.get("created", "")

    @property
    def updated(self) -> str:
        return self.header.get("updated", "")

    sent = date_field("sent")
    due = date_field("due")
    clarification = date_field(
        "clarification",
        "When the authority asked for clarification (the clock stops until you reply).",
    )
    clarified = date_field(
        "clarified", "When you sent the clarification: the 20 working days start again from it."
    )
    extended = date_field(
        "extended", "The date the authority extended its reply to (a public interest extension)."
    )
    replied = date_field(
        "replied", "When the authority's latest reply came (the review deadline counts from it)."
    )
    reply = text_field(
        "reply", "The kind of the authority's latest reply (``foidraft.replies.KINDS``)."
    )
    regime = text_field(
        "regime",
        "The Act (FOIA, FOISA, EIR) when the draft names no body that says it: as read from "
        "the authority's reply.",
    )
    review = date_field(
        "review", "When the requester asked for an internal review (its 20 working days run)."
    )
    follows = text_field(
        "follows", "The file name of the draft this letter follows up (a reply to its reply)."
    )
    letter = text_field(
        "letter",
        "What a follow-up letter is: clarify, narrow, review, chaser, complaint or thanks.",
    )
    reference = text_field("reference")
    template = text_field("template")
    batch = text_field(
        "batch", "The id of the batch this draft was written in (``foidraft batch``)."
    )
    ignore = list_field("ignore", "Rule ids ``foidraft check`` skips for this draft.")
    tags = list_field("tags")
    notes = notes_field(
        "notes",
        "What to know before sending a follow-up letter (where to complain and by when, "
        "the s12(4) aggregation); never part of the letter.",
    )

    @property
    def extra(self) -> dict[str, str]:
        """Header fields foidraft does not know (a user's own); saved back untouched."""
        return {k: v for k, v in self.header.items() if k not in KNOWN}

    def set_status(self, status: str, on: dt.date | None = None) -> None:
        """Move to ``status`` (``foidraft.drafts.status.move_status``: ``on`` is the date it
        was sent, or the date the authority asked for clarification)."""
        move_status(self, status, on)

    # -- the file ---------------------------------------------------------------------
    def render(self) -> str:
        """The whole file. The header uses the line ending of the letter's first line
        break, so a CRLF letter stays CRLF throughout; the letter itself is untouched."""
        bad = [k for k in self.header if not KEY_RE.fullmatch(k)]
        if bad:
            raise FoidraftError(
                f"'{bad[0]}' cannot be a header field name",
                hint="use letters, digits, '_' and '-', starting with a letter",
            )
        header = render_header(self.header)
        first_break = self.body.find("\n")
        if first_break > 0 and self.body[first_break - 1] == "\r":
            header = header.replace("\n", "\r\n")
        return header + self.body

    def is_dirty(self) -> bool:
        """True when the header or letter differ from what was last loaded or saved."""
        return self._saved != (self.header, self.body)

    def mark_saved(self, path: Path, data: bytes) -> None:
        self.path = path
        self.disk_digest = digest(data)
        self._saved = (dict(self.header), self.body)


@dataclass(frozen=True)
class DraftSummary:
    """One line of the drafts list. ``problem`` says why a file could not be read fully
    (a broken header, not UTF-8, an unknown status); such drafts are listed, not hidden."""

    name: str
    path: Path
    title: str
    authority: str
    status: str
    updated: dt.datetime | None
    changed: dt.datetime  # the later of the header's `updated` and the file's mtime
    due: dt.date | None
    problem: str | None = None
    batch: str = ""  # the batch it was written in (``foidraft batch``), if any
    follows: str = ""  # the file name of the request a next letter follows
    letter: str = ""  # what that next letter is (clarify, review, chaser...)

    @property
    def stem(self) -> str:
        return self.path.stem
