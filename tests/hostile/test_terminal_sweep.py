"""Every command that prints outside text, fed a hostile letter: nothing a terminal would
obey (escape sequences, C1 controls, bidirectional overrides, a lone carriage return)
reaches the screen, and machine-readable output (JSON, data to a pipe) stays exact."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import pty
import re
import subprocess
import sys
from pathlib import Path

import pytest

from foidraft.authorities import wdtk
from foidraft.drafts import DraftStore
from foidraft.drafts.header import clean_value
from foidraft.text.controls import without_controls
from tests.conftest import Cli
from tests.http_fixtures import LocalServer, Reply, local_server, wdtk_server

__all__ = ["local_server", "wdtk_server"]

# Set the window title, put `rm -rf ~` on the clipboard (OSC 52), clear the screen, an
# 8-bit CSI, a right-to-left override and isolate, and a carriage return that would
# overwrite the line.
EVIL = "\x1b]0;PWNED\x07\x1b]52;c;cm0gLXJmIH4=\x07\x1b[2J\x9b31m\u202eevil\u2066\rX"
# What a terminal obeys rather than shows (defined here, independently of the code).
OBEYED = re.compile("[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]|\r(?!\n)")
LETTER = (
    "Dear Greater Manchester Police,\n\n"
    f"Why did the force close the {EVIL}front counter at Hexham?\n\n"
    f"Please provide all information {EVIL} about stop and search in 2019/20.\n\n"
    "Yours faithfully,\n\n"
    f"Eve {EVIL}\n"
)
REPLY = (
    "Dear Eve,\n\nBefore we can proceed, please clarify what you mean by "
    f"'front counter {EVIL}'. We cannot identify 'stop and search' in our systems.\n"
)
TITLE = f"Counter {EVIL} closures"
BODY_NAME = f"Evil {EVIL} Body"


def assert_harmless(text: str, what: str) -> None:
    found = OBEYED.search(text)
    assert found is None, f"{what} printed {found.group(0)!r}: {text[:300]!r}"


@pytest.fixture
def hostile(foidraft_home: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """A draft, a letter file, a reply, a template and a downloaded body, all hostile."""
    monkeypatch.chdir(foidraft_home.parent)
    letter = foidraft_home.parent / "evil.txt"
    letter.write_text(LETTER, encoding="utf-8")
    reply = foidraft_home.parent / "reply.txt"
    reply.write_text(REPLY, encoding="utf-8")
    answers = foidraft_home.parent / "answers.yaml"  # `foidraft new`: JSON strings are YAML
    answers.write_text(
        f"topic: {json.dumps('knife ' + EVIL)}\nperiod: 2021/22\ndrop_first: [flagged]\n"
    )
    store = DraftStore()
    draft = store.create("placeholder", LETTER, authority="gmp")
    draft.header["title"] = TITLE  # as a hand-edited file would have it
    draft.header["reference"] = EVIL
    store.save(draft)
    long = store.create("placeholder", LETTER, authority="gmp")  # a shortened WDTK title
    long.header["title"] = TITLE + " and the reopening of counters" * 6
    store.save(long)
    # A downloaded list of bodies with a hostile name (the refresh's cache).
    out = io.StringIO()
    # "\r\n" ends a row, so the name's own "\r" is quoted: with "\n" alone it split the
    # row and the body was never listed ("Evil Body" found only weak matches).
    writer = csv.writer(out)
    writer.writerow(["Internal ID", *wdtk.COLUMNS])
    row = dict.fromkeys(wdtk.COLUMNS, "")
    row.update({"Name": BODY_NAME, "URL name": "evil_body", "Tags": "local_council"})
    writer.writerow(["1", *(row[c] for c in wdtk.COLUMNS)])
    cache = Path(wdtk.cache_file())
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_text(out.getvalue(), encoding="utf-8")
    return {
        "draft": draft.name, "letter": str(letter), "reply": str(reply), "long": long.name,
        "answers": str(answers),
    }  # fmt: skip


# Every command that prints a letter, a title, a reply, a rule or a body's name.
SWEEP = [
    ("check", "{letter}"),
    ("check", "{draft_path}"),
    ("fix", "--dry-run", "{letter}"),
    ("drafts", "list"),
    ("drafts", "path", "{draft}"),
    ("drafts", "show", "{draft}"),
    ("drafts", "show", "--body-only", "{draft}"),
    ("drafts", "status", "{draft}", "ready"),
    ("drafts", "show", f"no such {EVIL}"),
    ("template", "save", "{draft}", "--name", f"Tpl {EVIL}"),
    ("template", "list"),
    ("template", "show", "tpl"),
    ("template", "fields", "tpl"),
    ("export", "{draft}", "-f", "txt"),
    ("export", "{draft}", "-f", "eml"),
    ("export", "{draft}", "-f", "mailto"),
    ("export", "{long}", "-f", "wdtk"),
    ("authorities", "search", "Evil Body"),
    ("authorities", "show", "evil_body"),
    ("authorities", "list", "--select", "type:council"),
    ("learn", "{draft}", "--reply", "{reply}", "--yes"),
    ("rules",),
    ("explain", "U001"),
    ("due", "--all"),
    ("reply", "{reply}"),
    ("flows", "show", "crime-statistics"),
    ("new", "--flow", "crime-statistics", "--authority", "gmp", "--answers", "{answers}"),
    (
        "new",
        "--flow",
        "crime-statistics",
        "--authority",
        "gmp",
        "--answers",
        "{answers}",
        "--print",
    ),
    ("drafts", "status", "{draft}", "sent", "--date", "2024-01-02"),
    ("reply", "{draft}", "{reply}", "--date", "2024-01-20"),
    ("reply", "{draft}", "--next", "clarify"),
    ("reply", "{draft}", "--next", "review"),
    ("due", "--all"),
    ("drafts", "rm", "{draft}"),
    ("drafts", "trash"),
]


def _fill(arg: str, hostile: dict[str, str]) -> str:
    draft_path = str(DraftStore().root / hostile["draft"])
    return arg.format(draft_path=draft_path, **hostile) if arg.startswith("{") else arg


def test_every_command_shows_hostile_text_harmlessly(
    hostile: dict[str, str], cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    for tty in (False, True):  # a pipe, then a terminal (data commands differ)
        monkeypatch.setattr(sys.stdout, "isatty", lambda tty=tty: tty)
        for command in SWEEP if tty else SWEEP[:-3]:
            argv = [_fill(a, hostile) for a in command]
            code, out, err = cli(*argv)
            assert code in (0, 1, 2) and "Traceback" not in err, argv
            assert_harmless(err, f"{argv} (stderr)")
            if tty or command[:2] not in DATA_COMMANDS:
                assert_harmless(out, f"{argv} (tty={tty})")


# Their output is the data itself: exact to a pipe, made visible on a terminal.
DATA_COMMANDS = {
    ("drafts", "show"), ("template", "show"), ("export", "{draft}"), ("export", "{long}"),
    ("new", "--flow"),
}  # fmt: skip


def test_json_output_stays_exact(hostile: dict[str, str], cli: Cli) -> None:
    code, out, _ = cli("check", "--format", "json", hostile["letter"])
    matches = [f["match"] for f in json.loads(out)]
    assert any(EVIL in m for m in matches)  # the letter's own characters, unchanged
    code, out, _ = cli("drafts", "list", "--json")
    titles = [d["title"] for d in json.loads(out)]
    assert clean_value(TITLE) in titles  # as the store reads titles
    code, out, _ = cli("authorities", "search", "Evil Body", "--json")
    found = json.loads(out)  # parses; names are cleaned when read
    assert code == 0 and [a["id"] for a in found] == ["evil_body"]


def test_similar_shows_hostile_titles_harmlessly(
    hostile: dict[str, str], wdtk_server: LocalServer, cli: Cli
) -> None:
    event = {
        "info_request": {
            "url_title": "evil", "title": f"Counter {EVIL} closures",
            "created_at": "2021-03-04T10:00:00.000+00:00", "described_state": "successful",
        },
        "public_body": {"url_name": "gmp"},
    }  # fmt: skip
    body = json.dumps([event]).encode()
    wdtk_server.serve_prefix("/feed/search/", lambda seen: Reply(body=body))
    code, out, err = cli("similar", hostile["draft"])
    assert code == 0, err
    assert "closures" in out
    assert_harmless(out + err, "similar")


def _on_a_terminal(argv: list[str], env: dict[str, str]) -> bytes:
    """What the installed program writes to a real terminal (a pseudo-terminal)."""
    master, slave = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "foidraft", *argv], stdout=slave, stderr=slave, env=env
    )
    os.close(slave)
    chunks = []
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the program closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    proc.wait(timeout=60)
    os.close(master)
    return b"".join(chunks)


def test_the_real_program_on_a_terminal_and_a_pipe(
    hostile: dict[str, str], foidraft_home: Path
) -> None:
    env = {**os.environ, "FOIDRAFT_HOME": str(foidraft_home), "NO_COLOR": "1"}
    shown = _on_a_terminal(["export", hostile["draft"], "-f", "txt"], env).decode()
    assert "front counter" in shown
    assert_harmless(shown.replace("\r\n", "\n"), "export on a terminal")
    shown = _on_a_terminal(["check", hostile["letter"]], env).decode()
    assert "FD501" in shown
    assert_harmless(shown.replace("\r\n", "\n"), "check on a terminal")
    piped = subprocess.run(
        [sys.executable, "-m", "foidraft", "export", hostile["draft"], "-f", "txt"],
        env=env, capture_output=True, check=True,
    ).stdout  # fmt: skip
    assert EVIL.replace("\r", "\n").encode() in piped  # exact (line ends made \\n)


async def test_the_editor_shows_a_hostile_letter_harmlessly(foidraft_home: Path) -> None:
    from tests.tui.editor_harness import make_draft, open_editor

    store, draft = make_draft(LETTER, title=TITLE)
    async with open_editor(store, draft) as (_app, _pilot, screen):
        editor = screen.editor
        shown = "\n".join(editor.render_line(y).text for y in range(editor.size.height))
        assert "front counter" in shown
        assert_harmless(shown, "the editor")
        # the escapes and the BEL are taken out as the letter is opened (text.controls)
        assert editor.text == without_controls(LETTER)[0].replace("\r", "\n")
        title = screen.query_one("#editor-title")
        assert_harmless(str(title.render()), "the editor's title")
        findings = screen.findings_list
        assert findings.option_count
        for i in range(findings.option_count):
            assert_harmless(str(findings.get_option_at_index(i).prompt), "the findings list")
            screen.findings.select(i, move_cursor=False)
            assert_harmless(str(screen.detail.query_one("#finding-text").render()), "a finding")


async def test_the_reply_screen_shows_a_hostile_reply_harmlessly(
    hostile: dict[str, str], foidraft_home: Path
) -> None:
    from textual.widgets import Input

    from foidraft.tui.screens.reply import ReplyScreen, ReplyText
    from tests.tui.shell_harness import make_app, screen_text, settle, showing, wait_for

    store = DraftStore()
    draft = store.load(hostile["draft"])
    draft.authority = "evil_body"  # the downloaded body with a hostile name
    draft.set_status("sent", dt.date(2024, 1, 2))
    store.save(draft)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.read_reply(draft.path)  # type: ignore[arg-type]
        await wait_for(pilot, lambda: showing(pilot, ReplyScreen), "the reply screen")
        screen = app.screen
        await wait_for(pilot, lambda: bool(screen.query("#reply-date")), "its fields")
        screen.query_one(ReplyText).load_text(REPLY + "\nWe refuse under section 12.\n")
        screen.query_one("#reply-date", Input).value = "2024-01-20"
        await pilot.pause()
        assert "front counter" in screen_text(pilot)
        assert_harmless(screen_text(pilot), "the reply as pasted")
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: bool(screen.query("#meaning Static")), "the meaning")
        await pilot.pause()
        shown = screen_text(pilot)
        assert "Recorded on" in shown
        assert_harmless(shown, "the reply's meaning")
