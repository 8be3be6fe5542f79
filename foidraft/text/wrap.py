"""Prose folded to a width for a terminal, with quoted words and paths kept whole.

A finding quotes the letter ('all information', "the financial year ..."), a reply's
reading quotes the Act (“Freedom of Information Act 2000”): broken across two lines
a quotation no longer reads as one, so each is kept on one line, even one wider than
the width. A path or a link has no space in it, so it is never broken either.
"""

from __future__ import annotations

from foidraft.text.lazyre import LazyRegex

# Quoted spans: "...", “...”, and '...' opened after no letter and closed before none
# (so "the authority's" opens nothing). One negated class each: linear time.
_QUOTED_RE = LazyRegex(r"\"[^\"\n]{1,200}\"|“[^”\n]{1,200}”|(?<!\w)'[^'\n]{1,200}'(?!\w)")
_MARKER_RE = LazyRegex(r"(?:\x1b\[[0-9;]*m)*( *)(\d{1,2}\. |- )?")
_GLUE = "\x00"  # stands for a space inside a quotation while folding: never in shown text


def wrap_line(line: str, width: int, hang: str | None = None, keep: int = 0) -> list[str]:
    """``line`` folded to ``width`` columns; each line after the first is indented by
    ``hang``, by default under the first's text (two more than its indent, or under a
    list item's text). Its first ``keep`` characters (a path) are kept together."""
    if width <= 0 or len(line) <= width:
        return [line]
    marker = _MARKER_RE.match(line)
    start = marker.end(1) if marker else 0  # the line's own indent (after any colour)
    if hang is None:
        lead = len(marker.group(1)) if marker else 0
        item = marker.group(2) if marker else None
        hang = " " * (lead + (len(item) if item else 2))
    import textwrap  # only for a line to fold: a cached `foidraft check` never imports re

    glued = line[start:keep].replace(" ", _GLUE) + _QUOTED_RE.sub(
        lambda m: m.group().replace(" ", _GLUE), line[max(start, keep) :]
    )
    lines = textwrap.wrap(
        glued,
        width,
        initial_indent=line[:start],
        subsequent_indent=hang,
        break_long_words=False,
        break_on_hyphens=False,
        drop_whitespace=True,
    )
    return [part.replace(_GLUE, " ") for part in lines] or [line]


def wrap_text(text: str, width: int) -> str:
    """Every line of ``text`` folded with :func:`wrap_line`; ``width`` 0 leaves it alone."""
    if width <= 0:
        return text
    return "\n".join(part for line in text.split("\n") for part in wrap_line(line, width))
