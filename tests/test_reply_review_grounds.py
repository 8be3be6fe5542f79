"""`foidraft reply DRAFT FILE --next review` without `--ground` recorded the reply, listed
the grounds and wrote no letter (exit status 1): half done. The app asks the requester to
tick the grounds true of their request and ticks none for them; the CLI now agrees: one
line says what to add (`--ground NAME`, the names that fit), exit status 2, and nothing
is recorded or written. The reply's explanation lists each ground with its source."""

from __future__ import annotations

from pathlib import Path

import pytest

from foidraft.cli import main
from foidraft.drafts import DraftStore

DATA = Path(__file__).parent / "data"
FINAL = str(DATA / "wmp-8a-21-final.txt")  # partly answered, s31 refused, NCND on the rest


@pytest.fixture
def sent(capsys: pytest.CaptureFixture[str]) -> str:
    argv = ["drafts", "new", "--authority", "wmp", "--from", str(DATA / "wmp-8a-21-letter.txt"),
            "Paedophile hunters"]  # fmt: skip
    assert main(argv) == 0
    assert main(["drafts", "status", "paedophile", "sent", "--date", "2021-01-02"]) == 0
    capsys.readouterr()
    return DraftStore().load("paedophile").name


def untouched(name: str) -> None:
    store = DraftStore()
    draft = store.load(name)
    assert (draft.status, draft.replied, draft.reply) == ("sent", None, "")
    assert [s.name for s in store.list()] == [name]  # no letter written


@pytest.mark.parametrize("grounds", [[], ["no-such-ground"]])
def test_a_review_without_a_fitting_ground_says_what_to_add_and_records_nothing(
    capsys: pytest.CaptureFixture[str], sent: str, grounds: list[str]
) -> None:
    argv = ["reply", sent, FINAL, "--date", "2021-03-19", "--next", "review"]
    argv += [arg for g in grounds for arg in ("--ground", g)]
    assert main(argv) == 2
    out, err = capsys.readouterr()
    first = err.splitlines()[0]
    assert "add --ground NAME" in first and "nothing was recorded or written" in first, err
    for name in ("prejudice", "ncnd-not-needed", "security-bodies"):
        assert name in first, first
    assert "Traceback" not in err and not out
    untouched(sent)


def test_the_explanation_lists_each_ground_with_its_source(
    capsys: pytest.CaptureFixture[str], sent: str
) -> None:
    assert main(["reply", sent, FINAL, "--date", "2021-03-19", "--dry-run"]) == 0
    out = capsys.readouterr().out
    grounds = out.split("Grounds for a review that fit this reply", 1)[1]
    assert "    prejudice: " in grounds and "      from ICO: " in grounds
    untouched(sent)


def test_with_grounds_named_the_reply_is_recorded_and_the_letter_written(
    capsys: pytest.CaptureFixture[str], sent: str
) -> None:
    argv = ["reply", sent, FINAL, "--date", "2021-03-19", "--next", "review", "--ground",
            "prejudice"]  # fmt: skip
    assert main(argv) == 0
    assert "wrote review-paedophile-hunters" in capsys.readouterr().out
    assert DraftStore().load(sent).status == "partly-answered"


def test_the_hint_gives_a_command_that_runs(capsys: pytest.CaptureFixture[str], sent: str) -> None:
    """With the reply recorded already (`foidraft reply DRAFT --next review`), the hint
    said `foidraft reply NAME FILE --dry-run`, with a literal FILE the user never had: it
    names the reply kept with the draft, and that command lists the grounds."""
    import shlex

    assert main(["reply", sent, FINAL, "--date", "2021-03-19"]) == 0
    capsys.readouterr()
    assert main(["reply", sent, "--next", "review"]) == 2
    err = capsys.readouterr().err
    hint = err.split("each ground's words and source: ", 1)[1].strip()
    assert " FILE " not in hint, err
    argv = shlex.split(hint)
    assert argv[0] == "foidraft"
    assert main(argv[1:]) == 0
    assert "    prejudice: " in capsys.readouterr().out
    # with the file given, the hint names it
    assert main(["reply", sent, FINAL, "--next", "review"]) == 2
    assert f"{shlex.quote(FINAL)} --dry-run" in capsys.readouterr().err
