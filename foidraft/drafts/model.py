"""One draft in memory: its header fields (kept in file order, unknown ones included) and
its letter, exactly as given. The file format is described in ``foidraft.drafts``."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from foidraft.drafts.errors import BrokenDraftError
from foidraft.errors import FoidraftError
from foidraft.text.header import render_header, split_header, split_list

FORMAT_VERSION = "1"
STATUSES = (
    "draft", "ready", "sent", "clarification", "extended", "answered", "partly-answered",
    "refused", "ncnd", "review", "reviewed",
)  # fmt: skip
# After a decision (the request answered, refused or neither confirmed nor denied) the
# requester has 40 working days to ask for an internal review.
DECIDED = ("answered", "partly-answered", "refused", "ncnd")
# Written in this order for a new draft; a loaded file keeps its own order.
ALWAYS = ("foidraft", "title", "authority", "status", "created", "updated")
OPTIONAL = (
    "sent", "due", "clarification", "clarified", "extended", "replied", "reply", "review",
    "follows", "letter", "reference", "ignore", "template", "batch", "tags",
)  # fmt: skip
KNOWN = ALWAYS + OPTIONAL

KEY_RE = re.compile(r"[A-Za-z_][\w-]*")
DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
OPENING_RE = re.compile(r"---[ \t]*\r?\n")
CLOSING_RE = re.compile(r"---[ \t]*")


def utc_now() -> str:
    """An ISO 8601 UTC timestamp to the second, as ``created`` and ``updated`` hold."""
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_time(value: str) -> dt.datetime | None:
    """A header timestamp as an aware datetime; None when missing or not ISO 8601."""
    try:
        moment = dt.datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def parse_date(value: str) -> dt.date | None:
    value = value.strip()
    if not DATE_RE.fullmatch(value):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def clean_value(value: str) -> str:
    """A single-line header value: whitespace collapsed, control characters dropped.

    A NUL or an escape sequence in a title would make the file look binary to
    ``foidraft check`` or mess up a terminal listing drafts.
    """
    value = "".join(ch for ch in value if ch.isspace() or unicodedata.category(ch) != "Cc")
    return " ".join(value.split())


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def parse_draft_text(text: str, where: str) -> tuple[dict[str, str], str]:
    """(header fields, letter) of a draft file's text; BrokenDraftError on a bad header.

    A file without a header is a valid draft (a letter dropped into the folder); one that
    opens a header it does not close, or puts a non ``name: value`` line in it, is not.
    """
    text = text.removeprefix("\ufeff")  # some Windows editors add a byte-order mark
    fields, start = split_header(text)
    if start == 0 and OPENING_RE.match(text):
        raise BrokenDraftError(where, _header_problem(text))
    version = fields.get("foidraft") or FORMAT_VERSION
    if version != FORMAT_VERSION:
        raise BrokenDraftError(
            where, f"draft format '{version}' is not one this foidraft reads (it reads 1)"
        )
    return fields, text[start:]


def _header_problem(text: str) -> str:
    lines = text.split("\n")
    if lines[-1] == "":
        lines.pop()  # the text after the last line break
    for number, line in enumerate(lines[1:], start=2):
        line = line.removesuffix("\r")
        if CLOSING_RE.fullmatch(line):
            break
        if not re.match(r"[A-Za-z_][\w-]*:", line):
            return f"header line {number} is not 'name: value'"
    return "the header has no closing '---' line"


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
        value = value.strip().lower()
        if value not in STATUSES:
            raise FoidraftError(
                f"unknown status '{value}'", hint=f"use one of: {', '.join(STATUSES)}"
            )
        self.header["status"] = value

    @property
    def created(self) -> str:
        return self.header.get("created", "")

    @property
    def updated(self) -> str:
        return self.header.get("updated", "")

    @property
    def sent(self) -> dt.date | None:
        return parse_date(self.header.get("sent", ""))

    @sent.setter
    def sent(self, value: dt.date | None) -> None:
        self._set_optional("sent", value.isoformat() if value else "")

    @property
    def due(self) -> dt.date | None:
        return parse_date(self.header.get("due", ""))

    @due.setter
    def due(self, value: dt.date | None) -> None:
        self._set_optional("due", value.isoformat() if value else "")

    @property
    def clarification(self) -> dt.date | None:
        """When the authority asked for clarification (the clock stops until you reply)."""
        return parse_date(self.header.get("clarification", ""))

    @clarification.setter
    def clarification(self, value: dt.date | None) -> None:
        self._set_optional("clarification", value.isoformat() if value else "")

    @property
    def clarified(self) -> dt.date | None:
        """When you sent the clarification: the 20 working days start again from it."""
        return parse_date(self.header.get("clarified", ""))

    @clarified.setter
    def clarified(self, value: dt.date | None) -> None:
        self._set_optional("clarified", value.isoformat() if value else "")

    @property
    def extended(self) -> dt.date | None:
        """The date the authority extended its reply to (a public interest extension)."""
        return parse_date(self.header.get("extended", ""))

    @extended.setter
    def extended(self, value: dt.date | None) -> None:
        self._set_optional("extended", value.isoformat() if value else "")

    @property
    def replied(self) -> dt.date | None:
        """When the authority's latest reply came (the review deadline counts from it)."""
        return parse_date(self.header.get("replied", ""))

    @replied.setter
    def replied(self, value: dt.date | None) -> None:
        self._set_optional("replied", value.isoformat() if value else "")

    @property
    def reply(self) -> str:
        """The kind of the authority's latest reply (``foidraft.replies.KINDS``)."""
        return self.header.get("reply", "")

    @reply.setter
    def reply(self, value: str) -> None:
        self._set_optional("reply", clean_value(value))

    @property
    def review(self) -> dt.date | None:
        """When the requester asked for an internal review (its 20 working days run)."""
        return parse_date(self.header.get("review", ""))

    @review.setter
    def review(self, value: dt.date | None) -> None:
        self._set_optional("review", value.isoformat() if value else "")

    @property
    def follows(self) -> str:
        """The file name of the draft this letter follows up (a reply to its reply)."""
        return self.header.get("follows", "")

    @follows.setter
    def follows(self, value: str) -> None:
        self._set_optional("follows", clean_value(value))

    @property
    def letter(self) -> str:
        """What a follow-up letter is: clarify, narrow, review, chaser or complaint."""
        return self.header.get("letter", "")

    @letter.setter
    def letter(self, value: str) -> None:
        self._set_optional("letter", clean_value(value))

    @property
    def reference(self) -> str:
        return self.header.get("reference", "")

    @reference.setter
    def reference(self, value: str) -> None:
        self._set_optional("reference", clean_value(value))

    @property
    def template(self) -> str:
        return self.header.get("template", "")

    @template.setter
    def template(self, value: str) -> None:
        self._set_optional("template", clean_value(value))

    @property
    def batch(self) -> str:
        """The id of the batch this draft was written in (``foidraft batch``)."""
        return self.header.get("batch", "")

    @batch.setter
    def batch(self, value: str) -> None:
        self._set_optional("batch", clean_value(value))

    @property
    def ignore(self) -> list[str]:
        """Rule ids ``foidraft check`` skips for this draft."""
        return split_list(self.header.get("ignore", ""))

    @ignore.setter
    def ignore(self, value: list[str]) -> None:
        self._set_optional("ignore", _join_list(value))

    @property
    def tags(self) -> list[str]:
        return split_list(self.header.get("tags", ""))

    @tags.setter
    def tags(self, value: list[str]) -> None:
        self._set_optional("tags", _join_list(value))

    @property
    def extra(self) -> dict[str, str]:
        """Header fields foidraft does not know (a user's own); saved back untouched."""
        return {k: v for k, v in self.header.items() if k not in KNOWN}

    def set_status(self, status: str, on: dt.date | None = None) -> None:
        """Move to ``status``; ``on`` is the date it was sent ('sent') or the date the
        authority asked for clarification ('clarification').

        A new sent date drops the stored ``due`` date, which was computed from the old
        one: a stale deadline is worse than none until it is computed again. A request
        for clarification stops the clock, so it drops ``due`` and any earlier
        ``clarified`` date (``foidraft.drafts.tracking`` computes the new one).
        """
        wanted = status.strip().lower()
        if on is not None and wanted not in ("sent", "clarification"):
            raise FoidraftError(
                "a date only applies to status 'sent' or 'clarification'", hint="leave out --date"
            )
        previous = self.status
        self.status = status
        if self.status == "sent":
            when = on or self.sent or dt.date.today()
            if when != self.sent:
                self.due = None
            self.sent = when
        elif self.status == "clarification" and (on is not None or previous != "clarification"):
            self.clarification = on or dt.date.today()
            self.clarified = None
            self.due = None

    def _set_optional(self, key: str, value: str) -> None:
        if value:
            self.header[key] = value
        else:
            self.header.pop(key, None)

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


def _join_list(items: list[str]) -> str:
    return ", ".join(clean_value(i).replace(",", " ") for i in items if clean_value(i))


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

    @property
    def stem(self) -> str:
        return self.path.stem
