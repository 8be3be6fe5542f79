"""Control characters in a letter read from outside, removed in one place with one line
saying so.

A letter is text for a person to read: a NUL, an escape sequence, a backspace or a form
feed that came with a file is never meant for the authority, and the file it would be
saved into would look binary to other tools (``foidraft check`` refuses a NUL in a
file's first 8 KB as binary). Tab, line feed and carriage return (line ends) are kept;
DEL goes too, as terminals treat it as a control.

Where a letter comes in to become a draft: ``drafts new --from`` and the editor opening
a draft file (and reading it again after $EDITOR). The draft store itself keeps what it
is given exactly, and ``check`` reports positions in the file as it is.
"""

from __future__ import annotations

from foidraft.text.lazyre import LazyRegex

_CONTROL_RE = LazyRegex("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
NAMES = {
    0x00: "NUL", 0x07: "bell", 0x08: "backspace", 0x0B: "vertical tab", 0x0C: "form feed",
    0x1B: "escape", 0x7F: "delete",
}  # fmt: skip


def without_controls(text: str) -> tuple[str, str]:
    """``text`` without control characters, and one line saying what was removed
    ("" when nothing was): "removed 3 control characters a letter cannot hold (2 NUL,
    1 escape)"."""
    found = _CONTROL_RE.findall(text)
    if not found:
        return text, ""
    counts: dict[str, int] = {}
    for char in found:
        name = NAMES.get(ord(char), f"U+{ord(char):04X}")
        counts[name] = counts.get(name, 0) + 1
    kinds = ", ".join(f"{n} {name}" for name, n in counts.items())
    plural = "s" if len(found) > 1 else ""
    note = f"removed {len(found)} control character{plural} a letter cannot hold ({kinds})"
    return _CONTROL_RE.sub("", text), note
