"""An action a command lacks gets one line saying what to type instead: `foidraft
authorities zzzz` (a name typed without `search`) printed argparse's usage and the list
of actions, and never said how to find the body."""

from __future__ import annotations

import pytest

from foidraft.cli import main
from tests.conftest import Cli


@pytest.mark.parametrize(
    ("argv", "fix"),
    [
        (("authorities", "zzzz"), "`foidraft authorities search zzzz`"),
        (("authorities", "west", "mids"), "`foidraft authorities search west mids`"),
        (("authorities", "serch", "gmp"), "did you mean `foidraft authorities search gmp`?"),
        (("drafts", "lst"), "did you mean `foidraft drafts list`?"),
        (("drafts", "zzzz"), "it has list, show, new, path, status, rm, trash, restore"),
    ],
)
def test_an_unknown_action_is_one_line_saying_what_to_type(
    cli: Cli, argv: tuple[str, ...], fix: str
) -> None:
    code, out, err = cli(*argv)
    assert code == 2 and out == ""
    assert "usage:" not in err and "Traceback" not in err
    line = " ".join(err.split())
    assert line.startswith(f"foidraft: error: `foidraft {argv[0]}` has no action '{argv[1]}'")
    assert fix in line, line


def test_known_actions_and_options_are_parsed_as_before(
    capsys: pytest.CaptureFixture[str],
    cli: Cli,
) -> None:
    code, out, _ = cli("authorities", "search", "gmp")
    assert code == 0 and "Greater Manchester Police" in out
    with pytest.raises(SystemExit):  # --help is argparse's, as ever
        main(["authorities", "--help"])
    assert "search" in capsys.readouterr().out
