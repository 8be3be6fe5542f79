"""Each list item opens a question of its own whatever glyph marks it (foidraft.lint.document):
a list of sub-totals bulleted with an en dash, a square, the Symbol font's bullet or a
publisher's mis-encoded "¿" reads as the same questions as one bulleted with "•"."""

from __future__ import annotations

import pytest

from foidraft.authorities.infer import resolve_any
from foidraft.lint.api import check
from foidraft.lint.document import Document

GLYPHS = ["•", "-", "–", "▪", "◦", "\uf0b7", "¿"]


def _letter(bullet: str) -> str:
    return (
        "Please provide, for each of the years 2019/20 to 2022/23, the number of Fixed Penalty "
        "Notices issued for cycling on a footway, broken down if possible into:\n"
        f"{bullet} fines paid,\n{bullet} fines cancelled,\n"
        f"{bullet} cases referred to court for prosecution.\n"
    )


@pytest.mark.parametrize("bullet", GLYPHS)
def test_each_bulleted_line_is_a_question_of_its_own(bullet: str) -> None:
    doc = Document(_letter(bullet))
    items = [
        doc.text[a:b].strip()
        for a, b in zip(
            doc.question_starts(), [*doc.question_starts()[1:], len(doc.text)], strict=True
        )
    ]
    assert items[1:] == [
        f"{bullet} fines paid,",
        f"{bullet} fines cancelled,",
        f"{bullet} cases referred to court for prosecution.",
    ]


@pytest.mark.parametrize("bullet", GLYPHS)
def test_a_list_reads_the_same_whatever_marks_its_items(bullet: str) -> None:
    # The count asked for in the opening sentence does not reach each sub-total's words:
    # West Midlands and Northumbria Police both answered this request in full.
    force = resolve_any("West Midlands Police", None)[0]

    def found(text: str) -> list[tuple[str, str]]:
        return sorted({(f.rule, f.severity) for f in check(text, force)})

    assert found(_letter(bullet)) == found(_letter("•"))
