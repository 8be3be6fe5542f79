"""A draft file's header: the fields foidraft knows and the order it writes them in, how a
value is kept to one line, reading a file's text into (fields, letter), and the typed
fields :class:`~foidraft.drafts.model.Draft` reads and writes its header through. The
file format is described in ``foidraft.drafts``."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from collections.abc import Callable
from typing import Generic, Protocol, TypeVar, overload

from foidraft.drafts.errors import BrokenDraftError
from foidraft.text.header import quote, split_header, split_list

FORMAT_VERSION = "1"
# Written in this order for a new draft; a loaded file keeps its own order.
ALWAYS = ("foidraft", "title", "authority", "status", "created", "updated")
OPTIONAL = (
    "sent", "due", "clarification", "clarified", "extended", "replied", "reply", "regime",
    "review", "follows", "letter", "reference", "ignore", "template", "batch", "tags", "notes",
)  # fmt: skip
KNOWN = ALWAYS + OPTIONAL

KEY_RE = re.compile(r"[A-Za-z_][\w-]*")
DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
OPENING_RE = re.compile(r"---[ \t]*\r?\n")
CLOSING_RE = re.compile(r"---[ \t]*")
T = TypeVar("T")


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


UPDATED_RE = re.compile(r"^updated:[^\r\n]*", re.MULTILINE)


def stamped(text: str, now: str | None = None) -> str:
    """A draft file's ``text`` with its header's ``updated`` set to ``now``, as a save in the
    app sets it (added before the closing ``---`` when missing); the rest byte for byte.
    Text whose header is not a draft's (no ``foidraft`` or ``updated``) is left as it is."""
    bom = "\ufeff" if text.startswith("\ufeff") else ""
    fields, start = split_header(text[len(bom) :])
    if "updated" not in fields and "foidraft" not in fields:
        return text
    head, rest = text[: len(bom) + start], text[len(bom) + start :]
    line = f"updated: {quote(now or utc_now())}"  # as the app writes it
    if "updated" in fields:
        return UPDATED_RE.sub(line, head, count=1) + rest
    close = head.rindex("---")
    newline = "\r\n" if "\r\n" in head else "\n"
    return head[:close] + line + newline + head[close:] + rest


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


# -- typed fields ------------------------------------------------------------------------
class Headed(Protocol):
    header: dict[str, str]


def set_optional(header: dict[str, str], key: str, value: str) -> None:
    """An optional field is left out of the file when it is empty."""
    if value:
        header[key] = value
    else:
        header.pop(key, None)


class HeaderField(Generic[T]):
    """An optional field, typed: ``read`` turns the stored text (``""`` when absent) into a
    value, ``write`` turns a value back into text, and empty text leaves the field out."""

    def __init__(
        self, key: str, read: Callable[[str], T], write: Callable[[T], str], doc: str = ""
    ) -> None:
        self.key, self.read, self.write, self.__doc__ = key, read, write, doc

    @overload
    def __get__(self, obj: None, owner: type) -> HeaderField[T]: ...
    @overload
    def __get__(self, obj: Headed, owner: type) -> T: ...
    def __get__(self, obj: Headed | None, owner: type) -> HeaderField[T] | T:
        return self if obj is None else self.read(obj.header.get(self.key, ""))

    def __set__(self, obj: Headed, value: T) -> None:
        set_optional(obj.header, self.key, self.write(value))


def text_field(key: str, doc: str = "") -> HeaderField[str]:
    """A one-line text field, cleaned when set."""
    return HeaderField(key, str, clean_value, doc)


def date_field(key: str, doc: str = "") -> HeaderField[dt.date | None]:
    """A ``YYYY-MM-DD`` field; None when absent or not a date."""
    return HeaderField(key, parse_date, lambda day: day.isoformat() if day else "", doc)


def list_field(key: str, doc: str = "") -> HeaderField[list[str]]:
    """A comma-separated field (``ignore: FD101, FD203``)."""
    return HeaderField(key, split_list, _join_list, doc)


def _join_list(items: list[str]) -> str:
    return ", ".join(clean_value(i).replace(",", " ") for i in items if clean_value(i))


NOTE_BREAK = " • "


def notes_field(key: str, doc: str = "") -> HeaderField[list[str]]:
    """Sentences kept on one line, split by a bullet (``notes: Send it by 3 May. • ...``):
    notes hold commas, so a comma cannot split them."""
    return HeaderField(key, _split_notes, _join_notes, doc)


def _split_notes(value: str) -> list[str]:
    return [note.strip() for note in value.split(NOTE_BREAK.strip()) if note.strip()]


def _join_notes(items: list[str]) -> str:
    notes = (clean_value(i).replace(NOTE_BREAK.strip(), "-") for i in items)
    return NOTE_BREAK.join(note for note in notes if note)
