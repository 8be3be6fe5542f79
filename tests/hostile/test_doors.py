"""Every door text comes in by, fed what an attacker or an unlucky user would: invalid
UTF-8, NUL bytes, a 5 MB line, a megabyte of '(' or '<!--', escape sequences and OSC 8
links, Textual markup, right-to-left and zero-width characters, lone carriage returns.
Each command either reads it or refuses it with one line; nothing a terminal obeys
reaches the screen; a refusal changes nothing on disk."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest

from foidraft.drafts import DraftStore
from foidraft.errors import FoidraftError
from foidraft.replies.source import read_source
from tests.conftest import Cli
from tests.hostile.proc import foidraft

OBEYED = re.compile("[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]|\r(?!\n)")
LETTER = "Dear Sir or Madam,\n\nPlease provide the number of stop and search records for 2023.\n"
REPLY = "Dear Eve,\n\nWe do not hold the information you asked for.\n"
OSC8 = "\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\"
ESCAPES = f"\x1b]0;PWNED\x07\x1b[2J{OSC8}\x9b31m"
MARKUP = "[bold red]x[/] [@click=app.quit]quit[/] [link=https://evil.example]y[/link] [/b]"

# name -> the file's bytes
INPUTS: dict[str, bytes] = {
    "invalid-utf8": LETTER.encode() + b"\xff\xfe \xc3(\n",
    "nul": b"Dear Sir,\x00 please\n",
    "line-5mb": LETTER.encode() + b"please give all the figures " * 190_000,
    "parens-1mb": b"(" * 1_000_000,
    "comments-1mb": b"<!--" * 250_000,
    "escapes": (LETTER + ESCAPES + REPLY).encode(),
    "markup": (LETTER + MARKUP + REPLY).encode(),
    "bidi-zero-width": (LETTER + "\u202eevil\u2066 \u200b\u200d\ufeff" + REPLY).encode(),
    "cr-line-ends": (LETTER + REPLY).replace("\n", "\r").encode(),
    "crlf-line-ends": (LETTER + REPLY).replace("\n", "\r\n").encode(),
}
# Refused with one line; every other input is read.
REFUSED = {"invalid-utf8", "nul"}
REPLY_REFUSED = {"nul", "parens-1mb", "comments-1mb"}  # a reply needs words to read

DOORS = {
    "check": ("check", "{file}"),
    "check-stdin": ("check", "-"),
    "fix": ("fix", "--dry-run", "{file}"),
    "drafts-new": ("drafts", "new", "Hostile", "--from", "{file}"),
    "reply": ("reply", "{file}"),
}


def snapshot(root: Path) -> dict[str, str]:
    if not root.exists():
        return {}
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "cache" not in p.parts and not p.name.endswith(".lock")
    }


def assert_one_line_error(code: int, err: str) -> None:
    lines = err.strip().splitlines()
    assert code == 2, err
    assert lines and lines[0].startswith("foidraft: error: "), err
    assert all(line.startswith("  ") for line in lines[1:]), err


# The 5 MB line goes through the two doors that scan all of it; the others read it as
# check does, and would only make the suite slower.
CASES = [(d, k) for d in DOORS for k in INPUTS if k != "line-5mb" or d in ("check", "reply")]


@pytest.mark.parametrize(("door", "kind"), CASES)
def test_every_door_reads_or_refuses_hostile_text(
    door: str,
    kind: str,
    foidraft_home: Path,
    cli: Cli,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import io
    import sys

    data = INPUTS[kind]
    path = foidraft_home.parent / f"{kind}.txt"
    path.write_bytes(data)
    if door == "check-stdin":
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    argv = [a.format(file=path) for a in DOORS[door]]
    before = snapshot(foidraft_home)
    code, out, err = cli(*argv)
    assert "Traceback" not in out + err
    found = OBEYED.search(out + err)
    assert found is None, f"{door} printed {found.group(0)!r}"
    assert path.read_bytes() == data  # fix --dry-run, reply and new never touch the input
    refused = REPLY_REFUSED if door == "reply" else REFUSED
    if kind in refused:
        assert_one_line_error(code, err)
        assert snapshot(foidraft_home) == before  # nothing written, not even half a draft
    else:
        assert code in (0, 1), err


def test_a_reply_of_punctuation_is_not_called_empty() -> None:
    # A megabyte of '(' was "is empty", which sends the user looking for the wrong fault.
    for data in (b"(" * 1_000_000, b"<!--" * 250_000, b"&#" * 500_000):
        with pytest.raises(FoidraftError, match=r"reply\.txt: has no words to read"):
            read_source(data, "reply.txt")
    with pytest.raises(FoidraftError, match=r"reply\.txt: is empty"):
        read_source(b" \r\n\t\x1b[0m", "reply.txt")


def test_drafts_list_shows_a_hand_edited_status_harmlessly(foidraft_home: Path, cli: Cli) -> None:
    # A status edited in $EDITOR reached the STATUS column as it was: "\x1b[2J" cleared
    # the screen.
    draft = DraftStore().create("Stops", LETTER)
    text = draft.path.read_text(encoding="utf-8")
    draft.path.write_text(text.replace("status: draft", f"status: {ESCAPES}sent"), "utf-8")
    code, out, err = cli("drafts", "list")
    assert code == 0
    assert "Stops" in out and "unknown status" in err
    found = OBEYED.search(out + err)
    assert found is None, f"drafts list printed {found.group(0)!r}: {out!r}"


@pytest.mark.parametrize(
    "data",
    [
        b'{"version": 1, "emails": {"gmp": {"email": "foi@gmp.police.uk\xff"}}}',
        # An address edited by hand with a line break: `authorities show` printed a
        # forged "Bcc:" line, and a mailto: link carried it.
        json.dumps(
            {"version": 1, "emails": {"gmp": {"email": "foi@gmp.police.uk\r\nBcc: e@evil.example"}}}
        ).encode(),
        json.dumps(
            {"version": 1, "emails": {"gmp": {"email": f"foi@gmp.police.uk{ESCAPES}"}}}
        ).encode(),
    ],
    ids=["invalid-utf8", "crlf-in-address", "escapes-in-address"],
)
@pytest.mark.parametrize(
    "argv",
    [
        ("authorities", "show", "gmp"),
        ("export", "stops", "-f", "mailto"),
        ("check", "--authority", "gmp", "{letter}"),
    ],
    ids=["show", "mailto", "check"],
)
def test_a_broken_authorities_file_is_one_line(
    data: bytes, argv: tuple[str, ...], foidraft_home: Path, cli: Cli
) -> None:
    letter = foidraft_home.parent / "letter.txt"
    letter.write_text(LETTER, encoding="utf-8")
    DraftStore().create("Stops", LETTER, authority="gmp")
    path = foidraft_home / "config" / "authorities.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    before = snapshot(foidraft_home)
    code, out, err = cli(*[a.format(letter=letter) for a in argv])
    assert_one_line_error(code, err)
    assert "authorities.json" in err and "Bcc" not in out
    assert OBEYED.search(out + err) is None
    assert snapshot(foidraft_home) == before


def test_a_huge_email_header_is_read_in_bounded_memory(foidraft_home: Path) -> None:
    # A Subject of 1 MB of encoded words took the email library over 2 GB (a 400 KB one
    # took 2 GB): the subprocess, capped at 2 GB, died with a MemoryError traceback.
    reply = foidraft_home.parent / "reply.eml"
    reply.write_bytes(
        b"From: foi@example.org\r\nSubject: "
        + b"=?utf-8?q?a?= " * 75_000
        + b"\r\nContent-Type: text/plain; "
        + b'a="b"; ' * 150_000
        + b"\r\n\r\nWe do not hold the information.\r\n"
    )
    done = foidraft(foidraft_home, "reply", str(reply), "--format", "json", timeout=120)
    assert "Traceback" not in done.err and "MemoryError" not in done.err
    assert done.code == 0, done.err
    assert json.loads(done.out)["kind"] == "not_held"


def test_an_email_of_parts_inside_parts_is_refused_before_parsing() -> None:
    # The email library tests each line against every open part's boundary: 900 nested
    # parts and 1 MB of lines took 39 s (20 MB, the largest reply read, about 13 minutes).
    nested = b"".join(
        b"--b%d\r\nContent-Type: multipart/mixed; boundary=b%d\r\n\r\n" % (i - 1, i)
        for i in range(1, 300)
    )
    data = b"Content-Type: multipart/mixed; boundary=b0\r\n\r\n" + nested + b"x\n" * 100_000
    with pytest.raises(FoidraftError, match=r"reply\.eml: the email is made of over 200 parts"):
        read_source(data, "reply.eml")
    # A forwarded thread of a few parts is read as before.
    thread = b"".join(
        b"--b%d\r\nContent-Type: multipart/mixed; boundary=b%d\r\n\r\n" % (i - 1, i)
        for i in range(1, 20)
    )
    text = b"--b19\r\nContent-Type: text/plain\r\n\r\nWe do not hold the information.\r\n"
    kept = read_source(
        b"Content-Type: multipart/mixed; boundary=b0\r\n\r\n" + thread + text, "r.eml"
    )
    assert "do not hold" in kept.text
