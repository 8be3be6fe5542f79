"""Two letters in one (FD916): a letter pasted twice, a template pasted over a draft, or
words left under the signature. Found walking the app as a new user: none was flagged."""

from __future__ import annotations

from pathlib import Path

import pytest

from foidraft import check
from foidraft.authorities.directory import load_directory
from foidraft.lint.fixes import apply_edits
from tests.conftest import Cli

DATA = Path(__file__).parent / "data"
LETTER = (DATA / "wmp-8a-21-letter.txt").read_text(encoding="utf-8")
WMP = load_directory().exact("wmp")[0]


def form(text: str) -> list[str]:
    return [f.message for f in check(text, WMP) if f.rule == "FD916"]


def test_a_letter_pasted_twice_is_flagged_once_and_the_copy_can_go() -> None:
    twice = LETTER + "\n" + LETTER
    found = [f for f in check(twice, WMP) if f.rule == "FD916"]
    assert len(found) == 1 and "second greeting" in found[0].message
    assert found[0].start == len(LETTER) + 1  # the second "Dear West Midlands Police,"
    delete = found[0].suggestions[0]  # its own rewording, then the copy's (the same again)
    assert delete.title.startswith("Delete")
    assert apply_edits(twice, list(delete.edits)).rstrip() == LETTER.rstrip()


def test_a_template_pasted_over_a_draft_is_flagged() -> None:
    other = "Dear West Midlands Police,\n\nPlease provide the number of drones you own.\n"
    (found,) = [f for f in check(LETTER + "\n" + other, WMP) if f.rule == "FD916"]
    # Not a copy: the greeting alone is marked, and the new words keep their own advice.
    assert "second greeting" in found.message
    assert found.match.strip() == "Dear West Midlands Police,"
    # Greetings one under the other: the line is the trouble, and deleting it leaves the
    # letter whole.
    stacked = "Dear Sir or Madam,\n" + LETTER
    (found,) = [f for f in check(stacked, WMP) if f.rule == "FD916"]
    assert found.match.strip() == "Dear West Midlands Police,"
    delete = found.suggestions[0]
    assert (
        apply_edits(stacked, list(delete.edits)).split()
        == ("Dear Sir or Madam,\n" + LETTER.split("\n", 1)[1]).split()
    )


@pytest.mark.parametrize(
    "tail",
    [
        "\nPS please also give the 2022 figures broken down by month.\n",
        "\nCould you also say how many were charged?\n",
        "\nKind regards,\nD Moore\n",
        "\nI would be grateful if the figures could be sent as a spreadsheet please.\n",
    ],
)
def test_words_under_the_signature_are_flagged(tail: str) -> None:
    (message,) = form(LETTER + tail)
    assert "after your signature" in message


@pytest.mark.parametrize(
    "tail",
    [
        "",
        "14 Acacia Avenue\nLittle Snoring NR21 0AA\nd.moore@example.org\n07700 900123\n",
        "Sent from my iPhone\n",
        "Freelance Journalist, The Northern Echo\n",
    ],
)
def test_a_signature_block_is_left_alone(tail: str) -> None:
    assert form(LETTER + tail) == []


def test_a_thank_you_above_the_sign_off_is_no_second_sign_off() -> None:
    text = LETTER.replace("Yours faithfully,", "Thank you in advance.\n\nYours faithfully,")
    assert form(text) == []


def test_the_shell_flags_a_pasted_twice_letter(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "twice.txt"
    path.write_text(LETTER + "\n" + LETTER, encoding="utf-8")
    code, out, _ = cli("check", str(path), "--authority", "wmp")
    assert code == 1 and "FD916" in out and "second greeting" in out


def test_a_letter_pasted_into_the_blank_letter_can_be_made_one_with_two_key_presses() -> None:
    """The app's blank letter has its own greeting and sign-off; a whole letter pasted
    under the greeting gives two of each (walked in tmux at 80x24). Each is flagged, and
    deleting both leaves the pasted letter alone."""
    blank = "Dear West Midlands Police,\n\n{}\n\nYours faithfully,\n\nD Moore\n"
    text = blank.format(LETTER.strip())
    for _ in range(2):
        first = next(f for f in check(text, WMP) if f.rule == "FD916")
        assert first.suggestions[0].title.startswith("Delete")
        text = apply_edits(text, list(first.suggestions[0].edits))
    assert form(text) == [] and text.split() == LETTER.split()
