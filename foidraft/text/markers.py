"""``<!-- foidraft: ... -->`` markers, found in linear time.

A marker is an opening (``<!--``, spaces, ``foidraft:``...) up to the first ``>`` after
it, which must close the comment (``-->``). A regex such as ``<!--...[^>]*?-->`` tries
every opening against the rest of the text when the ``>`` never comes, so 45,000 unclosed
openings took minutes; here the next ``>`` is found once and shared by every opening
before it.
"""

from __future__ import annotations

from foidraft.text.lazyre import IGNORECASE, LazyRegex

TYPE_CHECKING = False
if TYPE_CHECKING:
    import re
    from collections.abc import Iterator

ANY_MARKER = LazyRegex(r"<!--\s*foidraft:", IGNORECASE)


def find_markers(
    text: str, start: int = 0, opening: LazyRegex | re.Pattern[str] = ANY_MARKER
) -> Iterator[tuple[int, int, int]]:
    """(start, end, body start) of each closed marker from ``start``, left to right and
    not overlapping; ``opening`` matches a marker's beginning (the body follows it and
    runs to the closing ``-->``, which is ``end - 3``)."""
    pos = start
    gt = -2  # where the next ">" at or after the body is; -1: none left
    while True:
        m = opening.search(text, pos)
        if m is None:
            return
        body = m.end()
        if gt != -1 and gt < body:
            gt = text.find(">", body)
        if gt == -1:
            return  # no ">" is left, so no later opening can close either
        if gt - 2 >= body and text.startswith("--", gt - 2):
            yield m.start(), gt + 1, body
            pos = gt + 1
        else:
            pos = body  # not closed: the next opening may be
