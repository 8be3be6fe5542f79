"""An extension notice that came late is late against the deadline it was meant to
beat: `foidraft reply` said "it was late (due 17 February 2021)" on one line and "The
reply was late: it was due by 18 March 2021" (the extended deadline the notice itself
set) in the explanation below it."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import Cli

DATA = Path(__file__).parent / "data"


def test_a_late_extension_notice_names_one_deadline(cli: Cli) -> None:
    letter = str(DATA / "wmp-8a-21-letter.txt")
    code, out, err = cli("drafts", "new", "--authority", "wmp", "--from", letter, "Hunters")
    assert code == 0, err
    name = Path(out.strip()).name
    code, _, err = cli(
        "drafts", "status", name, "sent", "--date", "2021-01-02", "--clarified", "2021-01-20"
    )
    assert code == 0, err
    extension = str(DATA / "wmp-8a-21-extension.txt")
    code, out, err = cli("reply", name, extension, "--date", "2021-03-01")
    assert code == 0, err
    said = " ".join((err + out).split())
    assert "it was late (due 17 February 2021)" in said, said
    assert "The reply was late: it was due by 17 February 2021." in said, said
    assert "18 March 2021" not in said, said
