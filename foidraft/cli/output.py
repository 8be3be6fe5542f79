"""How commands print: outside text through ``foidraft.text.terminal.visible``, data exact.

Reports (findings, lists, messages) always pass through ``visible``. A command whose
output is the data itself (``export``, ``drafts show``, ``template show``) writes it
exactly to a file or a pipe, and through ``visible`` only when a terminal shows it.
"""

from __future__ import annotations

import sys

from foidraft.text.terminal import visible
from foidraft.text.wrap import wrap_text

MAX_WIDTH = 100  # prose wider than this is hard to read even on a wide terminal

# What --authority takes wherever a letter is written to one body.
AUTHORITY_HELP = (
    "who it is for: a listed authority's name or short form (gmp, Police Scotland), or any "
    "public body's full name (Leeds City Council)"
)


def safe_line(text: str) -> str:
    """Text from files, made visible and harmless for a terminal, on one line."""
    return visible(text, one_line=True)


def cut(text: str, width: int) -> str:
    """``text`` in at most ``width`` characters, ending in an ellipsis when cut."""
    return text if len(text) <= width else text[: width - 1] + "…"


def fit(text: str, width: int) -> str:
    """Text from files, safe on one line (``safe_line``) and cut to ``width``."""
    return cut(safe_line(text), width)


def prose_width(err: bool = False) -> int:
    """The width to fold prose to: the terminal's, at most ``MAX_WIDTH``; 0 (lines kept
    whole, for tools and files) when the output is not a terminal."""
    stream = sys.stderr if err else sys.stdout
    isatty = getattr(stream, "isatty", None)
    if not (isatty and isatty()):
        return 0
    import shutil  # imports re: only for a terminal

    return max(20, min(MAX_WIDTH, shutil.get_terminal_size().columns))


def say(
    *parts: object, err: bool = False, sep: str = " ", end: str = "\n", wrap: bool = False
) -> None:
    """``print``, with everything made visible and harmless for a terminal; ``wrap``
    folds prose to the terminal (quotations and paths kept whole, see text.wrap)."""
    text = visible(sep.join(str(p) for p in parts))
    if wrap:
        text = wrap_text(text, prose_width(err))
    print(text, end=end, file=sys.stderr if err else sys.stdout)


def write_data(data: bytes) -> None:
    """The bytes exactly to a file or pipe; made visible when standard output is a
    terminal, which would otherwise obey any escape sequence the letter carries."""
    sys.stdout.flush()
    if sys.stdout.isatty():
        sys.stdout.write(visible(data.decode("utf-8", errors="replace")))
        sys.stdout.flush()
        return
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()
