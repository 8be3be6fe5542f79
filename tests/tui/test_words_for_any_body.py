"""Templates and batches go to any public body, so what they say does not assume a police
force ("each force's name", "many forces")."""

from __future__ import annotations

import re

from foidraft.tui.keymap import KEYS
from foidraft.tui.screens import batch_preview, template_save
from foidraft.tui.screens.home import HomeScreen
from foidraft.tui.screens.template_save import ReplacementList
from foidraft.tui.template_flows import NO_TEMPLATES
from foidraft.tui.widgets import home_widgets

FORCE_ONLY = re.compile(r"\b(each|any|many|few|other) forces?\b|\bthe force's\b", re.I)


def test_template_and_batch_words_hold_for_any_authority() -> None:
    said = [
        NO_TEMPLATES,
        batch_preview.PILOT_HOW,
        str(batch_preview.__doc__),
        *(str(getattr(template_save, name)) for name in dir(template_save) if name.isupper()),
        ReplacementList.HELP,
        HomeScreen.HELP,
        home_widgets.TemplatesList.HELP,
        home_widgets.NewBatchButton.HELP,
        *(f"{key.description} {key.tooltip}" for key in KEYS.values()),
    ]
    assert [s for s in said if FORCE_ONLY.search(s)] == []
