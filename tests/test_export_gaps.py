"""A letter with something foidraft flags as an error (a gap left to fill) is exported
with a warning first: it went out, gap and all, with only the disclosure log's note."""

from __future__ import annotations

import pytest

from foidraft.cli import main
from foidraft.drafts import DraftStore

LETTER = (
    "Dear Greater Manchester Police,\n\nPlease provide {what}.\n\nYours faithfully,\n\nJo Bloggs\n"
)


@pytest.mark.parametrize(
    ("what", "warned"),
    [("[[which records]]", True), ("the number of arrests in 2023", False)],
)
def test_export_warns_of_an_error_left_in_the_letter(
    capsys: pytest.CaptureFixture[str], what: str, warned: bool
) -> None:
    draft = DraftStore().create("Arrests", LETTER.format(what=what), "gmp")
    assert main(["export", draft.name, "-f", "txt"]) == 0
    out, err = capsys.readouterr()
    assert what in out  # the letter as it is: the warning does not stop the export
    first = err.splitlines()[0]
    assert first.startswith("warning: Fix before sending") is warned, err
    assert ("[[which records]]" in first) is warned
