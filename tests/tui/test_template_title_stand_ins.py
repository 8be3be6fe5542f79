"""A template's title on Home and the batch screens: its placeholders as readable
stand-ins ("Knife crime in [area]"), never raw ("{authority.area}")."""

from __future__ import annotations

from foidraft.templates.model import Template, shown_title
from foidraft.tui.home_rows import template_label

AREA = """---
foidraft: 1
title: Knife crime in {authority.area}
---
Dear {authority.name},

Under {authority.act}, please provide the number of knife crimes recorded in
{authority.area} in the calendar year 2023.

Yours faithfully,

Jo Bloggs
"""


def test_placeholders_are_shown_as_stand_ins() -> None:
    assert shown_title("Knife crime in {authority.area}") == "Knife crime in [area]"
    assert shown_title("{authority.name|cap}: {topic} in {period}") == (
        "[authority]: [topic] in [period]"
    )
    assert shown_title("Sets {{braces}}") == "Sets {braces}"
    assert shown_title("Bad {authority.nope}") == "Bad {authority.nope}"  # as written
    # the list's label (Home, the batch's template picker) and the batch screens' titles
    assert template_label("Knife crime in {authority.area}", ("topic",)) == (
        "Knife crime in [area] · fields: topic"
    )
    template = Template("area.md", "Knife crime in {authority.area}", "", AREA)
    assert template.shown_title == "Knife crime in [area]"
