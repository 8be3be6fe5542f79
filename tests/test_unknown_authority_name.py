"""One reading of a name typed with --authority for `check` and `drafts new`: a single
word foidraft does not list is a typo or a guess, answered with one line naming it and the
search that finds the body; a public body named in full is still read from its name."""

from __future__ import annotations

from pathlib import Path

import pytest

from foidraft.cli import main
from foidraft.drafts import DraftStore

# Written to a force by name: read as a body called "Nosuchforce", FD915 (a letter written
# to another body) offered to put "Nosuchforce" in the greeting.
LETTER = (
    "Dear West Midlands Police,\n\nPlease tell me how many knife crimes were recorded in "
    "the financial year 2023/24.\n\nYours faithfully,\nJo Bloggs\n"
)


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("name", ["nosuchforce", "  Nosuchforce "])
def test_check_and_drafts_new_refuse_an_unknown_word_alike(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str
) -> None:
    letter = tmp_path / "r.txt"
    letter.write_text(LETTER, encoding="utf-8")
    firsts = []
    for argv in (["check", "--authority", name, str(letter)],
                 ["fix", "--authority", name, "--dry-run", str(letter)],
                 ["explain", "FD101", "--authority", name],
                 ["drafts", "new", "Knife crime", "--authority", name]):  # fmt: skip
        code, out, err = run_cli(capsys, *argv)
        assert (code, out) == (2, ""), (argv, out, err)
        first, *rest = err.splitlines()
        assert "Nosuchforce" not in out + err.replace(name.strip(), "")
        firsts.append(first)
        assert len(rest) == 1 and "`foidraft authorities search" in rest[0]
        # Offline the search finds no national body (Ofsted, DVLA): the hint says how else.
        assert "name the body in full" in rest[0] and "authorities refresh" in rest[0]
    assert len(set(firsts)) == 1
    assert firsts[0] == (
        f"foidraft: error: no authority in foidraft's list matches {name.strip()!r}"
    )
    assert DraftStore().list() == []


def test_a_body_named_in_full_is_still_read_from_its_name(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    letter = tmp_path / "r.txt"
    letter.write_text(LETTER.replace("West Midlands Police", "Sir or Madam"), encoding="utf-8")
    code, _, err = run_cli(capsys, "check", "--authority", "Frome Town Council", str(letter))
    assert code in (0, 1) and "'Frome Town Council' is not in foidraft's list" in err, err
    code, _, err = run_cli(capsys, "drafts", "new", "Grass", "--authority", "Frome Town Council")
    assert code == 0 and "read as a council in England" in err, err


def test_a_listed_short_form_and_a_former_name_still_resolve(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    letter = tmp_path / "r.txt"
    letter.write_text(LETTER, encoding="utf-8")
    code, _, err = run_cli(capsys, "check", "--authority", "wmp", str(letter))
    assert code in (0, 1) and err == "", err
    code, _, err = run_cli(capsys, "drafts", "new", "Knife crime", "--authority", "WMP")
    assert code == 0 and [d.authority for d in DraftStore().list()] == ["wmp"]
