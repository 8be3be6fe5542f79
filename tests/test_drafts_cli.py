"""`foidraft drafts`: the store from the shell, with one-line errors and exit status 2."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from foidraft.cli import main
from foidraft.drafts import DraftStore
from tests.conftest import Cli


def test_empty_list(cli: Cli) -> None:
    assert cli("drafts", "list")[:2] == (
        0,
        'No drafts yet. Start one with: foidraft drafts new "TITLE"\n',
    )
    assert cli("drafts", "list", "--json")[:2] == (0, "[]\n")
    assert cli("drafts")[0] == 0  # no action lists


def test_new_list_show_path(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "120")  # room for the whole title (the list fits the width)
    code, out, _ = cli("drafts", "new", "Stop and search: 2023", "--authority", "")
    assert code == 0
    path = Path(out.strip())
    assert path.is_file()
    assert path.parent == DraftStore().root
    code, out, _ = cli("drafts", "list")
    assert code == 0
    header, row = out.splitlines()
    assert header.split() == ["TITLE", "AUTHORITY", "STATUS", "CHANGED", "DUE", "NAME"]
    assert row.startswith("Stop and search: 2023")
    assert " draft " in row and row.endswith(path.name)
    assert cli("drafts", "path", "stop and")[1] == f"{path}\n"
    assert cli("drafts", "show", path.name)[1] == path.read_text()


def test_list_names_the_authority_as_a_requester_knows_it(
    cli: Cli,
) -> None:
    cli("drafts", "new", "Knife crime", "--authority", "west mids")
    cli("drafts", "new", "Parking", "--authority", "Frome Town Council")
    out = cli("drafts", "list")[1]
    assert "West Midlands Police" in out and "Frome Town Council" in out
    assert " wmp " not in out
    rows = json.loads(cli("drafts", "list", "--json")[1])
    assert {r["authority"] for r in rows} == {"wmp", "Frome Town Council"}  # ids for scripts


def test_list_json(cli: Cli) -> None:
    cli("drafts", "new", "One")
    cli("drafts", "new", "Two")
    code, out, _ = cli("drafts", "list", "--json")
    rows = json.loads(out)
    assert code == 0
    assert {r["title"] for r in rows} == {"One", "Two"}
    assert set(rows[0]) == {
        "name", "path", "title", "authority", "status", "updated", "changed", "due", "problem",
        "follows", "letter", "not_needed", "chase_after",
    }  # fmt: skip


def test_list_says_what_a_next_letter_follows(cli: Cli) -> None:
    from foidraft.replies.followup import save_letter
    from foidraft.replies.letter_parts import Letter

    cli("drafts", "new", "Knife crime", "--authority", "wmp")
    store = DraftStore()
    request = store.list()[0]
    letter = Letter("clarify", "Clarification: Knife crime", "Dear West Midlands Police,\n")
    save_letter(store, store.load_path(request.path), letter)
    out = cli("drafts", "list")[1]
    assert "Answer: Knife crime" in out  # as Home's list says it
    rows = {r["letter"]: r for r in json.loads(cli("drafts", "list", "--json")[1])}
    assert rows["clarify"]["follows"] == request.name and rows[None]["follows"] is None


def test_new_from_file_keeps_the_letter_exactly(cli: Cli, tmp_path: Path) -> None:
    letter = tmp_path / "letter.txt"
    letter.write_bytes(b"Dear Sir,\r\nPlease provide...\r\n\r\nYours,\r\n  ")
    code, out, _ = cli("drafts", "new", "From file", "--from", str(letter))
    assert code == 0
    code, out, _ = cli("drafts", "show", "from file", "--body-only")
    assert out == "Dear Sir,\r\nPlease provide...\r\n\r\nYours,\r\n  "


def test_new_from_stdin_with_a_draft_header(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "---\ntitle: Old\nauthority: wmp\nmine: kept\nstatus: sent\n---\nBody\n"
    stdin = io.TextIOWrapper(io.BytesIO(text.encode()))
    monkeypatch.setattr(sys, "stdin", stdin)
    code, _, _ = cli("drafts", "new", "Imported", "--from", "-")
    assert code == 0
    draft = DraftStore().load("imported")
    assert (draft.title, draft.authority, draft.status, draft.body) == (
        "Imported", "wmp", "draft", "Body\n"
    )  # fmt: skip
    assert draft.extra == {"mine": "kept"}


def test_new_with_an_authority_stores_its_id(cli: Cli) -> None:
    code, _, _ = cli("drafts", "new", "Scottish", "--authority", "Police Scotland")
    assert code == 0
    assert DraftStore().load("scottish").authority == "police_scotland"
    assert '"authority": "police_scotland"' in cli("drafts", "list", "--json")[1]


def test_new_for_a_body_not_listed_keeps_its_name(cli: Cli) -> None:
    code, _, err = cli("drafts", "new", "Potholes", "--authority", "Frome Town Council")
    assert code == 0
    assert "read as a council in England under FOIA" in err
    draft = DraftStore().load("potholes")
    assert draft.authority == "Frome Town Council"  # any public body, never an error
    from foidraft.authorities.directory import load_directory

    found = load_directory().find(draft.authority)
    assert found is not None and (found.type, found.regime) == ("council", "FOIA")


def test_new_with_a_mistyped_short_form_is_an_error(cli: Cli) -> None:
    code, _, err = cli("drafts", "new", "Typo", "--authority", "zzqx")
    assert code == 2 and "zzqx" in err
    assert DraftStore().list() == []


def test_status(cli: Cli) -> None:
    cli("drafts", "new", "Sending")
    code, out, _ = cli("drafts", "status", "sending", "sent", "--date", "2024-05-01")
    assert code == 0
    assert out.endswith(": sent (sent 1 May 2024)\n")
    draft = DraftStore().load("sending")
    assert (draft.status, str(draft.sent)) == ("sent", "2024-05-01")
    assert cli("drafts", "status", "sending", "answered")[0] == 0
    assert DraftStore().load("sending").status == "answered"


@pytest.mark.parametrize("typed", ["1/5/2024", "01/05/2024", "1 May 2024", "2024-05-01"])
def test_the_date_sent_is_taken_as_a_uk_requester_writes_it(cli: Cli, typed: str) -> None:
    """As the app takes it: "1/5/2024" was refused ("write it as YYYY-MM-DD")."""
    cli("drafts", "new", "Sending")
    assert cli("drafts", "status", "sending", "sent", "--date", typed)[0] == 0
    assert str(DraftStore().load("sending").sent) == "2024-05-01"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["status", "sending", "posted"], "unknown status 'posted'"),
        (["status", "sending", "sent", "--date", "last week"], "'last week' is not a date"),
        (["status", "sending", "sent", "--date", "2024-02-30"], "is not a date"),
        (["status", "sending", "ready", "--date", "2024-05-01"], "only applies"),
        (["show", "nothing"], "no draft matches 'nothing'"),
        (["rm", "nothing"], "no draft matches 'nothing'"),
        (["restore", "nothing"], "no deleted draft matches 'nothing'"),
        (["path", "../../etc/passwd"], "not a draft in"),
        (["new", "   "], "a draft needs a title"),
        (["new", "x", "--from", "/no/such/file"], "no such file"),
        (["new", "x", "--authority", "zzqx"], "zzqx"),  # a short form that matches nothing
    ],
)
def test_errors_are_one_line_and_exit_2(cli: Cli, argv: list[str], message: str) -> None:
    cli("drafts", "new", "Sending")
    before = {p.name: p.read_bytes() for p in DraftStore().root.iterdir()}
    code, out, err = cli("drafts", *argv)
    assert code == 2
    assert out == ""
    first, *rest = err.splitlines()
    assert first.startswith("foidraft: error: ") and message in first
    assert all(line.startswith("  hint: ") for line in rest) and len(rest) <= 1
    assert "Traceback" not in err
    assert {p.name: p.read_bytes() for p in DraftStore().root.iterdir()} == before


def test_rm_trash_restore(cli: Cli) -> None:
    cli("drafts", "new", "Binned")
    name = DraftStore().find("binned").name
    code, out, _ = cli("drafts", "rm", "binned")
    assert code == 0 and name in out
    assert cli("drafts", "list", "--json")[1] == "[]\n"
    code, out, _ = cli("drafts", "trash")
    assert code == 0
    assert "Binned" in out and name in out
    code, out, _ = cli("drafts", "restore", "binned")
    assert code == 0
    assert Path(out.strip()).name == name
    assert cli("drafts", "trash")[1] == "The trash is empty.\n"


def test_restore_onto_a_taken_name_says_so(cli: Cli) -> None:
    cli("drafts", "new", "Taken", "--from", "/dev/null")
    store = DraftStore()
    path = store.find("taken").path
    cli("drafts", "rm", path.name)
    path.write_text("someone else's draft\n")
    code, out, err = cli("drafts", "restore", path.name)
    assert code == 0
    assert Path(out.strip()).name != path.name
    assert "restored as" in err
    assert path.read_text() == "someone else's draft\n"


def test_broken_draft_is_listed_shown_and_reachable(cli: Cli) -> None:
    cli("drafts", "new", "Fine")
    root = DraftStore().root
    broken = root / "mangled.md"
    broken.write_bytes(b"---\ntitle: Mangled\n  oops\n")
    code, out, err = cli("drafts", "list")
    assert code == 0
    assert any(line.startswith("! mangled") for line in out.splitlines())
    assert "! mangled.md: header line 3" in err
    assert cli("drafts", "path", "mangled")[1] == f"{broken}\n"
    assert cli("drafts", "show", "mangled")[1] == broken.read_text()
    code, _, err = cli("drafts", "show", "mangled", "--body-only")
    assert code == 2 and "header line 3" in err


def test_terminal_escapes_in_titles_are_neutralised(cli: Cli) -> None:
    root = DraftStore().root
    root.mkdir(parents=True)
    (root / "evil.md").write_text(
        '---\ntitle: "\\u001b[2Jgotcha"\nauthority: "\\u001b]0;pwned\\u0007"\n---\nx\n'
    )
    code, out, _ = cli("drafts", "list")
    assert code == 0
    assert "\x1b" not in out and "\x07" not in out
    assert "[2Jgotcha" in out and "␛]0;pwned␇" in out


@pytest.mark.parametrize("argv", [["drafts", "new", "--help"], ["new", "--help"]])
def test_help_says_any_public_body_may_be_named(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        main(argv)
    shown = " ".join(capsys.readouterr().out.split())
    assert "--authority NAME" in shown and "any public body's full name" in shown
