"""Hand-edited files and odd arguments: an .eml never carries a header the requester did
not write, an odd address is one line (not a crash), `fix --ignore` checks rule ids as
`check` does, and `fix` on a symlinked letter fixes the letter and keeps the link."""

from __future__ import annotations

import email
import email.policy
import json
import random
from pathlib import Path

import pytest

from foidraft.cli import main
from foidraft.drafts import DraftStore, load_profile
from foidraft.drafts.profile import profile_path
from foidraft.errors import FoidraftError
from foidraft.export.eml import eml_bytes

LETTER = "Dear Sir,\n\nPlease provide the number of arrests in 2019/20.\n\nYours faithfully,\nEve\n"
INJECTIONS = ["\t\nBcc: spy@evil.example", "é\t\rBcc: spy@evil.example;\x85\r\n",
              "\r\nBcc: spy@evil.example", "\u2028Bcc: spy@evil.example", "\x0bBcc: x@e.org",
              "\x85Reply-To: spy@evil.example"]  # fmt: skip


def _headers(data: bytes) -> list[str]:
    return [k.lower() for k in email.message_from_bytes(data, policy=email.policy.default)]


def _hand_edited_profile(name: str, address: str = "eve@example.org") -> None:
    path = profile_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"version": 1, "name": name, "email": address}))


@pytest.mark.parametrize("injection", INJECTIONS)
def test_a_hand_edited_name_cannot_add_a_header(
    injection: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _hand_edited_profile(f"Eve{injection}")
    draft = DraftStore().create(f"Arrests{injection}", LETTER)
    assert main(["export", draft.name, "-f", "eml"]) == 0
    headers = _headers(capsys.readouterr().out.encode())
    assert "bcc" not in headers and "reply-to" not in headers
    assert headers.count("from") == 1 and headers.count("subject") == 1


def test_random_names_never_add_a_header() -> None:
    pieces = ["\t", "\n", "\r", " ", '"', "\\", ",", ":", "<", ">", "@", "Bcc: x@e.org",
              "é", "=?utf-8?q?Bcc:_x@e.org?=", "\x85", "\u2028", "(", ")", ";", "Eve", "\x0b",
              "\r\n"]  # fmt: skip
    rng = random.Random(7)
    for _ in range(3000):
        name = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
        _hand_edited_profile(name)
        try:
            data = eml_bytes("Arrests", LETTER, profile=load_profile())
        except FoidraftError:
            continue
        headers = _headers(data)
        assert "bcc" not in headers and headers.count("from") == 1, repr(name)


@pytest.mark.parametrize("address", ["eve@[x", "eve@", "eve@@example.org", "<eve@example.org>"])
def test_an_odd_address_is_one_line(address: str, capsys: pytest.CaptureFixture[str]) -> None:
    _hand_edited_profile("Eve", address)
    draft = DraftStore().create("Arrests", LETTER)
    assert main(["export", draft.name, "-f", "eml"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("foidraft: error: your email address") and "Traceback" not in err


def test_fix_rejects_an_unknown_rule_as_check_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    letter = tmp_path / "letter.txt"
    letter.write_text(LETTER)
    for command in ("check", "fix"):
        assert main([command, "--ignore", "FD999", str(letter)]) == 2
        assert "unknown rule(s): FD999" in capsys.readouterr().err
    assert letter.read_text() == LETTER


def test_fix_through_a_symlink_fixes_the_letter(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    real = tmp_path / "letters" / "letter.txt"
    real.parent.mkdir()
    real.write_text(LETTER)
    real.chmod(0o640)
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    assert main(["fix", "--choose", "FD101=1", str(link)]) in (0, 1)
    capsys.readouterr()
    assert link.is_symlink() and link.resolve() == real
    assert "2019/20" not in real.read_text()  # the real letter was fixed
    assert real.stat().st_mode & 0o777 == 0o640
