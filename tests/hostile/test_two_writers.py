"""Two writers at once lose nothing: two processes appending to one draft, two setting
authorities' addresses, the same batch started twice, and two keeping replies to one
draft."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from foidraft.authorities.directory import load_directory
from foidraft.authorities.user import load_entries
from foidraft.drafts import DraftStore
from foidraft.templates import TemplateStore, template_from_draft

ROOT = Path(__file__).resolve().parents[2]


def together(home: Path, *commands: list[str]) -> list[subprocess.CompletedProcess[str]]:
    """Start every command, then let them go at the same moment; wait for all."""
    go = home.parent / "go"
    ready = 1.0  # seconds for the writers to start and get ready (not a limit on anything)
    env = {**os.environ, "FOIDRAFT_HOME": str(home), "NO_COLOR": "1"}
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", *[a.replace("{go}", str(go)) for a in cmd]],
            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        for cmd in commands
    ]  # fmt: skip
    time.sleep(ready)
    go.touch()
    out = []
    for proc in procs:
        stdout, stderr = proc.communicate(timeout=300)
        out.append(subprocess.CompletedProcess(proc.args, proc.returncode, stdout, stderr))
    return out


def test_two_processes_appending_to_one_draft_lose_no_line(foidraft_home: Path) -> None:
    draft = DraftStore().create("Shared", "Dear Sir,\n")
    done = together(
        foidraft_home,
        ["tests.hostile.writers", "append", draft.name, "150", "A", "{go}"],
        ["tests.hostile.writers", "append", draft.name, "150", "B", "{go}"],
    )
    assert [p.returncode for p in done] == [0, 0], [p.stderr for p in done]
    body = DraftStore().load(draft.name).body
    for tag in "AB":
        assert [f"{tag} line {i}" for i in range(150)] == [
            line for line in body.splitlines() if line.startswith(f"{tag} ")
        ]


def test_two_processes_setting_addresses_lose_none(foidraft_home: Path) -> None:
    done = together(
        foidraft_home,
        ["tests.hostile.writers", "set-email", "40", "one", "{go}"],
        ["tests.hostile.writers", "set-email", "40", "two", "{go}"],
    )
    assert [p.returncode for p in done] == [0, 0], [p.stderr for p in done]
    assert len(load_entries()) == 80


def test_the_same_batch_started_twice_writes_each_draft_once(foidraft_home: Path) -> None:
    wmp = load_directory().resolve("wmp")
    letter = "Dear West Midlands Police,\n\nPlease provide the figures.\n\nYours faithfully,\nEve\n"
    source = DraftStore().create("Figures", letter, wmp.id)
    TemplateStore().save(template_from_draft(source, wmp, name="Figures"))
    DraftStore().delete(source)
    batch = ["tests.hostile.writers", "batch", "figures", "police", "{go}"]
    done = together(foidraft_home, batch, batch)
    assert [p.returncode for p in done] == [0, 0], [p.stderr for p in done]
    by_authority: dict[str, int] = {}
    for summary in DraftStore().list():
        by_authority[summary.authority] = by_authority.get(summary.authority, 0) + 1
    assert by_authority and max(by_authority.values()) == 1, by_authority


def test_two_processes_keeping_replies_to_one_draft_lose_none(foidraft_home: Path) -> None:
    draft = DraftStore().create("Shared", "Dear Sir,\n")
    done = together(
        foidraft_home,
        ["tests.hostile.writers", "keep-reply", draft.name, "40", "A", "{go}"],
        ["tests.hostile.writers", "keep-reply", draft.name, "40", "B", "{go}"],
    )
    assert [p.returncode for p in done] == [0, 0], [p.stderr for p in done]
    folder = draft.path.parent / "replies" / draft.path.stem  # type: ignore[union-attr]
    kept = sorted(p.read_text() for p in folder.iterdir())
    assert kept == sorted(f"{tag} reply {i}\n" for tag in "AB" for i in range(40))
