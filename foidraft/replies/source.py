"""A reply as a file: plain text, a saved email (``.eml``, with its text part and any
PDF or text attachments) or a PDF (its text, through pypdf). Every failure is one
FoidraftError a user can act on; nothing from the file is trusted."""

from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import dataclass

from foidraft.errors import FoidraftError
from foidraft.replies.text import ESCAPE_RE, MAX_CHARS, clean, readable

TYPE_CHECKING = False
if TYPE_CHECKING:
    from email.message import EmailMessage
    from email.policy import EmailPolicy

MAX_BYTES = 20 * 1024 * 1024
MAX_PAGES = 200
MAX_PARTS = 200
BOUNDARY_RE = re.compile(rb"boundary\s*=", re.IGNORECASE)
MAX_HEADER = 8_000  # characters: a Subject or Content-Type is well under one kilobyte
TAG_RE = re.compile(r"<[^<>]{0,2000}>")
BLOCK_TAG_RE = re.compile(r"<\s*(?:br|/p|/div|/li|/tr|/h\d)\b[^<>]{0,200}>", re.IGNORECASE)


@dataclass(frozen=True)
class Source:
    """The reply's text, and what the file said about it: when it was sent (an email's
    Date) and its subject."""

    text: str
    sent: dt.date | None = None
    subject: str = ""


def read_source(data: bytes, name: str = "") -> Source:
    """The reply in ``data`` (the file's bytes; ``name`` picks the format and names the
    file in errors)."""
    where = name or "the reply"
    if len(data) > MAX_BYTES:
        raise FoidraftError(f"{where}: larger than 20 MB; is it a reply?")
    if data.startswith(b"%PDF-") or name.lower().endswith(".pdf"):
        return Source(pdf_text(data, where))
    if name.lower().endswith(".eml") or _looks_like_email(data):
        source = email_source(data, where)
    else:
        source = Source(decode(data, where))
    if not readable(source.text):  # an empty reply would read as "answered"
        # 1 MB of "(" is not empty, and saying so would send the user looking for a fault
        shown = clean(ESCAPE_RE.sub(" ", source.text[:MAX_CHARS]))
        what = "has no words to read" if shown else "is empty"
        raise FoidraftError(f"{where}: {what}", hint="give the file the reply is in")
    return source


def decode(data: bytes, where: str) -> str:
    if b"\x00" in data[:8192]:
        raise FoidraftError(
            f"{where}: looks like a binary file, not text",
            hint="save the reply as text, or give the email (.eml) or PDF itself",
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")  # an older Windows mail export


def pdf_text(data: bytes, where: str) -> str:
    """The text of every page of a PDF, pages separated by blank lines."""
    import logging

    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    # pypdf logs what it finds wrong to stderr; the one error below says it for the user.
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:  # many "protected" replies open with an empty password
                opened = bool(reader.decrypt(""))
            except Exception:  # pypdf raises several kinds here
                opened = False
            if not opened:
                raise _pdf_problem(where, "the PDF is password-protected", "open it and")
        pages = reader.pages[:MAX_PAGES]
        text = "\n\n".join((page.extract_text() or "") for page in pages)
    except FoidraftError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, OSError, RecursionError, LookupError,
            AttributeError, ArithmeticError, AssertionError):  # fmt: skip
        # A damaged file fails in many places inside pypdf, each with its own class: the
        # requester needs what to do, not the class's name.
        raise _pdf_problem(where, "cannot read this PDF (it may be damaged or cut short)") from None
    if not text.strip():
        raise _pdf_problem(where, "the PDF has no text to read (it may be a scanned image)")
    return text


def _pdf_problem(where: str, what: str, first: str = "") -> FoidraftError:
    """One line for every PDF failure: which file, what is wrong, and what to do."""
    fix = f"{first} save the reply as text or paste it".strip()
    return FoidraftError(f"{where}: {what}: {fix}")


def email_source(data: bytes, where: str) -> Source:
    """An email's own text (the plain part, else the HTML part as text), followed by the
    text of its PDF and text attachments, which is where many replies put the letter."""
    from email.message import EmailMessage
    from email.parser import BytesParser
    from email.utils import parsedate_to_datetime

    # The parser tests every line against every open part's boundary: 900 nested parts
    # and 1 MB of lines took 39 s. A reply has a handful of parts, a forwarded thread tens.
    if len(BOUNDARY_RE.findall(data)) > MAX_PARTS:
        raise FoidraftError(
            f"{where}: the email is made of over {MAX_PARTS} parts; is it the reply?",
            hint="save the reply's own text, or paste it",
        )
    try:
        message = BytesParser(policy=_bounded_policy()).parsebytes(data)
    except Exception as exc:  # the parser can fail on any malformed header
        raise FoidraftError(f"{where}: not an email foidraft can read ({exc})") from None
    assert isinstance(message, EmailMessage)
    parts: list[str] = []
    body = message.get_body(preferencelist=("plain", "html"))
    if body is not None:
        parts.append(_part_text(body))
    for attachment in message.iter_attachments():
        kind = attachment.get_content_type()
        payload = attachment.get_payload(decode=True)
        if not isinstance(payload, bytes):
            continue
        label = attachment.get_filename() or "attachment"
        if kind == "application/pdf" or label.lower().endswith(".pdf"):
            try:
                parts.append(pdf_text(payload, f"{where}: {label}"))
            except FoidraftError:
                continue  # an unreadable attachment does not hide the email's own text
        elif kind.startswith("text/"):
            parts.append(_part_text(attachment))
    text = "\n\n".join(p for p in parts if p.strip())
    if not text.strip():
        raise FoidraftError(f"{where}: the email has no text foidraft can read")
    sent = None
    try:
        when = message["date"]
        if when:
            sent = parsedate_to_datetime(str(when)).date()
    except (TypeError, ValueError, IndexError):
        sent = None
    return Source(text, sent, " ".join(str(message["subject"] or "").split()))


def _bounded_policy() -> EmailPolicy[EmailMessage]:
    """The standard policy, but a header is read from its first ``MAX_HEADER`` characters
    only: the library's header parser takes memory growing faster than the header (a 400 KB
    Subject of encoded words took 2 GB), and no header foidraft reads is that long."""
    from email.policy import EmailPolicy

    class Bounded(EmailPolicy):  # (EmailPolicy[...] is not subscriptable at run time)
        def header_fetch_parse(self, name: str, value: str) -> str:
            if isinstance(value, str):  # (a header object set in code is already parsed)
                value = value[:MAX_HEADER]
            return super().header_fetch_parse(name, value)  # type: ignore[no-any-return]

    policy: EmailPolicy[EmailMessage] = Bounded()  # type: ignore[assignment]
    return policy


def _part_text(part: object) -> str:
    from email.message import EmailMessage

    assert isinstance(part, EmailMessage)
    try:
        content = part.get_content()
    except (LookupError, ValueError):
        raw = part.get_payload(decode=True)
        content = raw.decode("utf-8", errors="replace") if isinstance(raw, bytes) else ""
    if not isinstance(content, str):
        return ""
    return html_text(content) if part.get_content_type() == "text/html" else content


def html_text(html: str) -> str:
    """Text of an HTML email: scripts and styles dropped, block ends as line breaks, each
    table row on a line of its own with its cells apart. The source's own line breaks are
    spaces, as a browser shows them (a mailer wraps its HTML at 76 columns mid-sentence)."""
    import html as entities

    html = SOURCE_SPACE_RE.sub(" ", _without_hidden(html))
    html = BLOCK_TAG_RE.sub("\n", _rows(html))
    return entities.unescape(TAG_RE.sub("", html))


SOURCE_SPACE_RE = re.compile(r"\s+")
CELL_END_RE = re.compile(r"<\s*/t[dh]\b[^<>]{0,200}>", re.IGNORECASE)


def _rows(html: str) -> str:
    """``html`` with each table row's cells apart by a tab and the paragraphs and breaks
    inside a row made spaces (Outlook puts each cell's text in a paragraph), so a row
    reads as one line; one pass, rows found with ``find``."""
    lower = html.lower()
    out: list[str] = []
    pos = 0
    while True:
        start = lower.find("<tr", pos)
        end = lower.find("</tr", start) if start >= 0 else -1
        if end < 0:
            break
        out.append(html[pos:start])
        row = CELL_END_RE.sub("\t", html[start:end])
        out.append(BLOCK_TAG_RE.sub(" ", row))
        pos = end
    out.append(html[pos:])
    return "".join(out)


def _without_hidden(html: str) -> str:
    """``html`` without its <script> and <style> elements, in one pass."""
    lower = html.lower()
    out: list[str] = []
    pos = 0
    while True:
        starts = [i for i in (lower.find("<script", pos), lower.find("<style", pos)) if i >= 0]
        if not starts:
            break
        start = min(starts)
        tag = "</script" if lower.startswith("<script", start) else "</style"
        end = lower.find(tag, start)
        out.append(html[pos:start])
        if end < 0:
            pos = len(html)
            break
        close = lower.find(">", end)
        pos = len(html) if close < 0 else close + 1
    out.append(html[pos:])
    return " ".join(out)


def _looks_like_email(data: bytes) -> bool:
    head = data[:2000].decode("latin-1").lower()
    return bool(re.match(r"(?:[\w-]+:[^\n]*\n)+", head)) and (
        "\nsubject:" in "\n" + head and ("\nfrom:" in "\n" + head or "\ndate:" in "\n" + head)
    )
