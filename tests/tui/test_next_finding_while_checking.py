"""F8 before the letter's first check has come back said "No findings in this letter."
(the first check takes seconds on a slow machine, and the findings then came): it says
the letter is still being checked."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any, cast

from foidraft.tui.screens.editor_findings import ShownFindings


def shown(said: list[str]) -> ShownFindings:
    screen = SimpleNamespace(notify=lambda text, **_: said.append(text))
    editor = SimpleNamespace(cursor_location=(0, 0), next_mark=lambda *_, **__: None)
    return ShownFindings(cast("Any", screen), cast("Any", editor), lambda _rule: None)


def test_f8_before_the_first_check_says_it_is_still_checking() -> None:
    said: list[str] = []
    findings = shown(said)
    findings.jump(backwards=False)
    assert said == ["Still checking the letter…"]
    findings.result = cast("Any", SimpleNamespace(findings=[]))  # checked: none found
    findings.jump(backwards=False)
    assert said[-1] == "No findings in this letter."
