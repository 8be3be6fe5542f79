"""Showing outside text literally.

Draft titles and letters, authority names and flow wording come from users and public
lists; Textual treats a plain ``str`` as markup in most widgets, so "[bold]x[/]" would
lose its brackets and "[link=...]" would become a link. Everything from outside goes
through these helpers, which build styled text without ever parsing markup.
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual.content import Content
from textual.markup import escape

from foidraft.text.terminal import visible

__all__ = ["escape_markup", "literal", "literal_rich", "one_line", "shorten"]

StylePart = tuple[str, str]


def literal(*parts: str | StylePart) -> Content:
    """Content from plain strings or (text, style) pairs; the text is never parsed.

    Control characters (an escape sequence in a draft title) and bidirectional overrides
    are shown as visible stand-ins (``foidraft.text.terminal``), so they cannot reach the
    terminal.
    """
    return Content.assemble(
        *(visible(p) if isinstance(p, str) else (visible(p[0]), p[1]) for p in parts)
    )


def literal_rich(text: str, style: str = "") -> Text:
    """A Rich ``Text`` for widgets that take Rich renderables (DataTable cells)."""
    text = visible(one_line(text) if "\n" in text else text)
    return Text(text, style=style, no_wrap=True)


def escape_markup(text: str) -> str:
    """Outside text made safe to embed in a markup string we wrote ourselves."""
    return escape(visible(text))


def one_line(text: str) -> str:
    return " ".join(text.split())


NOTE_MAX = 16  # a closing note kept whole when cut: "(narrowed)", "(Kent Police)"


def shorten_title(title: str, width: int) -> str:
    """A title cut to ``width``, keeping a closing note in brackets ("Stop and s…
    (narrowed)") that tells it apart from the title it was made from."""
    title = one_line(title)
    cut = title.rfind(" (")
    note = title[cut:] if cut > 0 and title.endswith(")") else ""
    # A long note is the interview's period ("(financial years 2023/24 to 2025/26)"):
    # kept, it left "Spending…" of the subject, which tells requests apart far better.
    long_note = cell_len(note) > max(NOTE_MAX, width // 2)
    if cell_len(title) <= width or not note or long_note or cell_len(note) > width - 4:
        return shorten(title, width)
    return shorten(title[:cut], width - cell_len(note)) + note


def shorten(text: str, width: int) -> str:
    """At most ``width`` terminal columns, ending in an ellipsis when cut. Columns, not
    characters: a title in Chinese or Japanese letters (two columns each) was cut by the
    table at the column's edge with no ellipsis, so it read as whole."""
    text = one_line(text)
    if cell_len(text) <= width:
        return text
    kept, used = [], 0
    for char in text:
        used += cell_len(char)
        if used > width - 1:
            break
        kept.append(char)
    return "".join(kept).rstrip() + "…"
