"""`foidraft authorities set-email` takes any public body named in full, as `foidraft check
--authority` reads it, and its drafts' exports then address it; a name that may be a
misspelling of a listed body is refused, naming that body (and `check` asks whether it
was meant)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from foidraft.authorities.directory import load_directory
from foidraft.authorities.infer import resolve_any
from foidraft.cli import main
from foidraft.drafts import DraftStore


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_an_unlisted_body_named_in_full_keeps_its_address(
    capsys: pytest.CaptureFixture[str], foidraft_home: Path
) -> None:
    code, out, err = run_cli(
        capsys, "authorities", "set-email", "Frome Town Council", "foi@frome.example.gov.uk"
    )
    assert code == 0, err
    assert "not in foidraft's list" in out and "foi@frome.example.gov.uk" in out
    stored = json.loads((foidraft_home / "config" / "authorities.json").read_text("utf-8"))
    assert stored["emails"]["named:frome-town-council"]["email"] == "foi@frome.example.gov.uk"
    found = load_directory().find("Frome Town Council")
    assert found is not None and found.email == "foi@frome.example.gov.uk"
    assert resolve_any("Frome Town Council")[0].email == "foi@frome.example.gov.uk"
    code, out, _ = run_cli(capsys, "authorities", "show", "Frome Town Council", "--json")
    assert code == 0 and json.loads(out)["email"] == "foi@frome.example.gov.uk"

    draft = DraftStore().create(
        "Potholes", "Dear Frome Town Council,\n\nPlease.\n", "Frome Town Council"
    )
    code, out, err = run_cli(capsys, "export", draft.name, "-f", "eml")
    assert code == 0, err
    assert "To: Frome Town Council <foi@frome.example.gov.uk>" in out

    code, out, _ = run_cli(capsys, "authorities", "set-email", "Frome Town Council", "--clear")
    assert code == 0
    assert resolve_any("Frome Town Council")[0].email == ""


def test_a_misspelt_listed_name_is_refused_naming_the_listed_body(
    capsys: pytest.CaptureFixture[str], foidraft_home: Path
) -> None:
    code, _, err = run_cli(capsys, "authorities", "set-email", "Cty of Lndn", "foi@x.example.uk")
    assert code == 2 and "City of London Police" in err and "Traceback" not in err
    assert not (foidraft_home / "config" / "authorities.json").exists()


def test_check_asks_whether_a_misspelt_name_meant_a_listed_body(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    letter = tmp_path / "r.txt"
    letter.write_text("Dear Sir,\n\nPlease send the policy.\n\nJo\n", encoding="utf-8")
    code, _, err = run_cli(capsys, "check", "--authority", "Cty of Lndn", str(letter))
    assert code in (0, 1) and "did you mean City of London Police?" in err, err
    code, _, err = run_cli(capsys, "check", "--authority", "Frome Town Council", str(letter))
    assert "not in foidraft's list" in err and "did you mean" not in err, err
    code, _, err = run_cli(capsys, "drafts", "new", "--authority", "Cty of Lndn", "Arrests")
    assert code == 0 and "did you mean City of London Police?" in err, err


def test_set_email_without_an_address_names_the_body_as_it_can_be_typed(
    capsys: pytest.CaptureFixture[str], foidraft_home: Path
) -> None:
    code, out, err = run_cli(capsys, "authorities", "set-email", "Frome Town Council")
    assert code == 2 and out == "", out
    assert "set-email 'Frome Town Council' EMAIL" in err and "named:" not in err, err
