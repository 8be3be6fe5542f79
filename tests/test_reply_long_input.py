"""`foidraft reply` on a long reply says on stderr, before the wait, what it is reading and
why it reads it whole (a walk met 34 s of silence on a 1.8 MB file); a short one says
nothing more than before."""

from __future__ import annotations

from pathlib import Path

import pytest

import foidraft.cli.reply as reply_cli
from tests.conftest import Cli

DATA = Path(__file__).parent / "data"
REPLY = (DATA / "wmp-8a-21-final.txt").read_text(encoding="utf-8")


def test_a_long_reply_is_said_to_be_read_whole(cli: Cli, tmp_path: Path) -> None:
    long = REPLY + "\n\nAnnex: the figures\n\n" + "Month,Count\nApril,12\n" * 6_000
    assert len(long) >= reply_cli.LONG_REPLY
    path = tmp_path / "long.txt"
    path.write_text(long, encoding="utf-8")
    code, out, err = cli("reply", str(path))
    assert code == 0 and out
    first = err.splitlines()[0]  # before the regime note: said before the reading starts
    assert first.startswith(f"foidraft: reading {path} ({len(long):,} characters)"), err
    assert "read whole" in first and "this can take a minute" in first


def test_a_reply_past_the_readers_limit_is_said_to_be_cut(cli: Cli, tmp_path: Path) -> None:
    from foidraft.replies.text import MAX_CHARS

    long = REPLY + "\n\nAnnex: the figures\n\n" + "Month,Count\nApril,12\n" * 25_000
    assert len(long) > MAX_CHARS
    path = tmp_path / "long.txt"
    path.write_text(long, encoding="utf-8")
    code, _, err = cli("reply", str(path))
    first = err.splitlines()[0]
    assert code == 0 and f"only the first {MAX_CHARS:,} are read" in first, err
    assert "read whole" not in err  # never said of a text that is cut


def test_a_large_file_is_said_before_its_text_is_taken_out(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reply_cli, "LARGE_FILE", 1_000)  # a PDF's text takes long to get out
    path = tmp_path / "reply.eml"
    path.write_text(f"From: foi@example.org\nSubject: Your request\n\n{REPLY}", encoding="utf-8")
    _, _, err = cli("reply", str(path))
    size = f"{path.stat().st_size / 1e6:.1f} MB"
    assert err.count("foidraft: reading") == 1 and f"({size})" in err.splitlines()[0], err


def test_a_short_reply_says_no_more(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "reply.txt"
    path.write_text(REPLY, encoding="utf-8")
    code, _, err = cli("reply", str(path))
    assert code == 0 and "foidraft: reading" not in err
