"""`foidraft fix FILE` on a draft sets its header's `updated:` as a save in the app does
(it kept the old time, so Home and `drafts list` said the draft last changed before the
fix); a letter with no draft header, a dry run and a fix that changes nothing keep their
bytes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from foidraft.cli import main
from foidraft.drafts import DraftStore
from foidraft.drafts.header import stamped

LETTER = "Dear Sir or Madam,\n\nPlease provide the number of crimes recorded in 2019/20.\n"
OLD = "2024-01-02T03:04:05Z"


def old_draft() -> Path:
    draft = DraftStore().create("Crimes 2019/20", LETTER, "")
    assert draft.path is not None
    text = draft.path.read_text(encoding="utf-8")
    old = re.sub(r"(?m)^updated:.*$", f'updated: "{OLD}"', text, count=1)
    assert old != text
    draft.path.write_text(old, "utf-8")
    return draft.path


def test_fix_on_a_draft_sets_updated(capsys: pytest.CaptureFixture[str]) -> None:
    path = old_draft()
    before = path.read_text(encoding="utf-8")
    main(["fix", "--choose", "FD101=2", str(path)])
    after = path.read_text(encoding="utf-8")
    assert "in the calendar years 2019 and 2020." in after
    draft = DraftStore().load_path(path)
    assert draft.updated > OLD and draft.title == "Crimes 2019/20"
    # every other header line as it was, in its place
    assert [x for x in before.split("\n")[:7] if not x.startswith("updated:")] == [
        x for x in after.split("\n")[:7] if not x.startswith("updated:")
    ]


def test_a_dry_run_or_nothing_to_fix_keeps_the_draft(capsys: pytest.CaptureFixture[str]) -> None:
    path = old_draft()
    before = path.read_text(encoding="utf-8")
    main(["fix", "--dry-run", "--choose", "FD101=2", str(path)])
    main(["fix", str(path)])  # FD101 needs a choice: nothing applied
    assert path.read_text(encoding="utf-8") == before


def test_stamped_adds_updated_to_a_header_without_it_and_keeps_line_endings() -> None:
    text = "---\r\nfoidraft: 1\r\ntitle: x\r\n---\r\nDear X,\r\n"
    assert (
        stamped(text, OLD)
        == f'---\r\nfoidraft: 1\r\ntitle: x\r\nupdated: "{OLD}"\r\n---\r\nDear X,\r\n'
    )
    assert (
        stamped("---\nupdated: 1\n---\nupdated: body\n", OLD)
        == f'---\nupdated: "{OLD}"\n---\nupdated: body\n'
    )
    assert stamped(LETTER, OLD) == LETTER
    assert stamped("---\ntags: a\n---\nDear X,\n", OLD) == "---\ntags: a\n---\nDear X,\n"
