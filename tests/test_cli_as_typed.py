"""The command line as a requester types it: `foidraft export NAME -f text` (the app says
"plain text", and `foidraft reply --format text`) was refused for want of 'txt', and
`foidraft drafts status NAME --date D sent` (an option between the words, which the
usage line allows) left 'sent' unrecognised."""

from __future__ import annotations

from pathlib import Path

import pytest

from foidraft.cli import _parser
from tests.conftest import Cli

LETTER = (
    "Dear Greater Manchester Police,\n\nPlease provide the number of burglaries recorded "
    "in the calendar year 2023.\n\nYours faithfully,\n\nJo Bloggs\n"
)


def _draft(cli: Cli, tmp_path: Path) -> str:
    source = tmp_path / "letter.txt"
    source.write_text(LETTER, encoding="utf-8")
    code, out, err = cli("drafts", "new", "--authority", "gmp", "--from", str(source), "Burglary")
    assert code == 0, err
    return Path(out.strip()).name


@pytest.mark.parametrize(("given", "meant"), [("text", "txt"), ("TXT", "txt"), (".eml", "eml")])
def test_export_takes_the_words_the_app_uses(given: str, meant: str) -> None:
    parser = _parser("export")
    assert parser.parse_args(["export", "a-draft", "-f", given]).format == meant
    with pytest.raises(SystemExit):  # still one of the formats
        parser.parse_args(["export", "a-draft", "-f", "pdf"])


def test_an_option_may_come_between_the_words(cli: Cli, tmp_path: Path) -> None:
    name = _draft(cli, tmp_path)
    code, out, err = cli("drafts", "status", name, "--date", "2024-01-02", "sent")
    assert code == 0, err
    assert "sent 2 January 2024" in out
    code, out, _ = cli("drafts", "show", name)
    assert "status: sent" in out


@pytest.mark.usefixtures("warm_cache")
def test_explain_a_word_of_a_rules_name(cli: Cli) -> None:
    # `foidraft explain online` said only "`foidraft rules` lists them all" (165 lines).
    code, out, err = cli("explain", "online")
    assert code == 2 and out == ""
    assert "did you mean" in err and "FD301 (online-not-a-field)" in err, err
