"""Outside text made safe to show on a terminal: the one rule every command and screen uses.

A letter, a reply, a downloaded list or a rule file can hold bytes a terminal obeys
rather than shows: escape sequences that set the window title or the clipboard (OSC 52),
move the cursor or clear the screen, and bidirectional overrides that make text read
differently from what it is. :func:`visible` swaps each such character for a visible
stand-in of the same length, so offsets and column numbers still point at the right
place:

* C0 controls (other than tab and line feed) become their Control Pictures glyph
  (ESC is shown as ``␛``, BEL as ``␇``); a carriage return is kept only before a line
  feed (a CRLF file), since on its own it overwrites the line;
* DEL becomes ``␡``; C1 controls (0x80-0x9f, which some terminals obey as escapes),
  bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069) and
  lone surrogates become ``�``.

Machine-readable output (JSON, an export written to a file or a pipe) is never passed
through it: it stays exact.
"""

from __future__ import annotations

from foidraft.text.lazyre import LazyRegex

TYPE_CHECKING = False
if TYPE_CHECKING:
    import re

REPLACEMENT = "\ufffd"
_UNSAFE_RE = LazyRegex(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]|\r(?!\n)"
)
_NEWLINES_RE = LazyRegex("\r?\n")


def _stand_in(m: re.Match[str]) -> str:
    code = ord(m.group(0))
    if code < 0x20:
        return chr(0x2400 + code)  # the Control Pictures block: ␀ ... ␟
    if code == 0x7F:
        return "\u2421"  # ␡
    return REPLACEMENT


def visible(text: str, *, one_line: bool = False) -> str:
    """``text`` with every character a terminal would obey made visible and harmless
    (same length); ``one_line`` also shows line breaks as ``␤`` (for one-line fields)."""
    if _UNSAFE_RE.search(text) is not None:
        text = _UNSAFE_RE.sub(_stand_in, text)
    if one_line and ("\n" in text):
        text = _NEWLINES_RE.sub(lambda m: "\u2424" * len(m.group(0)), text)
    return text


def is_visible(text: str) -> bool:
    """True when ``text`` holds nothing :func:`visible` would change."""
    return _UNSAFE_RE.search(text) is None
