"""A reply's own words: the text as pasted, cleaned of what is not the authority speaking
now (quoted earlier messages, the request it reproduces, footers and link lists).

Everything here is linear: lines are looked at once, and the request's sentences are
compared through a set, never by searching the reply for each one.
"""

from __future__ import annotations

import html
import re
import unicodedata
from itertools import pairwise

from foidraft.replies.flat import unflatten
from foidraft.replies.pasted import unwrapped

__all__ = ["clean", "own_text", "paragraphs", "readable", "unflatten"]

MAX_CHARS = 400_000  # a long reply with its annexes is tens of kilobytes
# Where the authority stops speaking: the site's or mail program's markers, the footer.
# (A mail program's rule is a long row of underscores; a short one is a form's blank field:
# "Your Ref\n________".)
END_MARKERS = re.compile(
    r"^(?:show quoted sections|-{2,}\s*original message\s*-{2,}|_{12,}|"
    r"references\s*$|visible links\s*$|from:\s.+@|on .{0,80} wrote:\s*$)",
    re.IGNORECASE,
)
QUOTE_LINE = re.compile(r"^\s*>")
WROTE_RE = re.compile(r"on .{0,80} wrote:\s*$", re.IGNORECASE)


def _answered_below(lines: list[str], i: int) -> bool:
    """Whether the "On ... wrote:" at line ``i`` heads the request quoted with ``>`` and
    answered below it ("On 3 May you wrote:\n> How many ...?\n\nThe number was 12."): the
    authority's words go on after the quotation."""
    if not WROTE_RE.match(lines[i].strip()):
        return False
    j, quoted = i + 1, 0
    while j < len(lines) and (not lines[j].strip() or QUOTE_LINE.match(lines[j])):
        quoted += bool(QUOTE_LINE.match(lines[j]))
        j += 1
    return bool(quoted) and j < len(lines) and not END_MARKERS.match(lines[j].strip())


SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
# An ordinal's raised letters as a web page's text gives them: "received 21^st October 2020"
# is "21st October 2020" (a date, not a count of 21 received).
RAISED_ORDINAL = re.compile(r"(?<=\d)\^(?=(?:st|nd|rd|th)\b)")


def clean(text: str) -> str:
    """Printable text with ordinary spaces and ``\\n`` line breaks; control characters
    (escape sequences included) dropped, so nothing a terminal would act on survives. HTML
    entities a web page left ("&amp;", "&nbsp;") are read as what they stand for first,
    so a control character one stood for is dropped too."""
    text = text[:MAX_CHARS].replace("\r\n", "\n").replace("\r", "\n")
    if "&" in text:
        text = html.unescape(text)
    text = "".join(
        ch
        for ch in text
        if ch in "\n\t" or not unicodedata.category(ch).startswith("C") or ch == "\u00ad"
    ).replace("\u00ad", "")
    if "^" in text:
        text = RAISED_ORDINAL.sub("", text)
    lines = [SPACES.sub(" ", line).rstrip() for line in text.split("\n")]
    return "\n".join(_undoubled(lines)).strip()


def _undoubled(lines: list[str]) -> list[str]:
    """A page copied double-spaced (each line break doubled, each paragraph break more so) is
    read as it was written: told apart from a letter whose paragraphs are one line each by
    its sentences running on across a blank line ("... regarding\n\nFull Business Cases")."""
    text = [i for i, line in enumerate(lines) if line]
    if len(text) < 6 or any(b == a + 1 for a, b in pairwise(text)):
        return lines  # two lines together: the blank lines mean something
    running = sum(
        1
        for a, b in pairwise(text)
        if b == a + 2 and lines[a][-1] not in ".:;?!" and lines[b][0].islower()
    )
    if running < 2:
        return lines
    out: list[str] = []
    blank = 0
    for line in lines:
        if not line:
            blank += 1
            continue
        out += [""] * ((blank - 1) // 2) if out else []
        out.append(line)
        blank = 0
    return out


# A terminal's escape sequence: CSI ("ESC [ 31 m"), OSC ("ESC ] 0 ; title BEL"), or a
# two-character one.
ESCAPE_RE = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]{0,4000}(?:\x07|\x1b\\)?|[@-_])")
WORD_RE = re.compile(r"[^\W\d_]{2,}")


def readable(text: str) -> bool:
    """Whether ``text`` holds any word once terminal escape sequences and control
    characters are taken out: a paste of nothing but them is no reply to read."""
    return WORD_RE.search(clean(ESCAPE_RE.sub(" ", text[:MAX_CHARS]))) is not None


def own_text(text: str, letter: str = "") -> str:
    """The authority's words: out of what carried them (``pasted``: a quotation, a forward,
    a WhatDoTheyKnow page, a PDF's pages), up to the first end marker, without ``>`` quoted
    lines and without paragraphs that reproduce the request ``letter`` (when it is known)."""
    kept: list[str] = []
    lines = unwrapped(text).split("\n")
    for i, line in enumerate(lines):
        if END_MARKERS.match(line.strip()) and not _answered_below(lines, i):
            break
        if QUOTE_LINE.match(line) or WROTE_RE.match(line.strip()):
            continue
        kept.append(line)
    body = "\n".join(kept)
    if not letter.strip():
        return body
    mine = {_key(s) for s in _sentences(letter) if len(_key(s)) > 30}
    if not mine:
        return body
    out = []
    for paragraph in re.split(r"\n[ \t]*\n", body):
        sentences = [s for s in _sentences(paragraph) if len(_key(s)) > 3]
        if sentences and all(_key(s) in mine for s in sentences):
            continue  # the request, copied back
        out.append(paragraph)
    return "\n\n".join(out)


def paragraphs(text: str) -> list[str]:
    """Paragraphs (blank-line separated), each on one line."""
    return [" ".join(p.split()) for p in re.split(r"\n[ \t]*\n", text) if p.strip()]


SENTENCE_RE = re.compile(r"[^.?!\n]+(?:[.?!]+|$)")


def _sentences(text: str) -> list[str]:
    squashed = " ".join(text.split())
    return [m.group(0).strip() for m in SENTENCE_RE.finditer(squashed) if m.group(0).strip()]


def _key(sentence: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", sentence.casefold()).strip()
