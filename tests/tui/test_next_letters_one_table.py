"""The letters offered after a reply come from one table (``foidraft.replies.followup``):
the app's buttons, the "What you can send next" it shows, `foidraft reply`'s list and the
letters `--next` accepts are the same, in the same order."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from textual.widgets import Button

from foidraft.cli import main
from foidraft.replies.followup import LETTERS, MISFITS, TITLES
from tests.tui.shell_harness import make_app, text_of, wait_for
from tests.tui.test_reply_after_sending import read_pasted, sent

DATA = Path(__file__).parent.parent / "data"


def real_reply(reply_id: str) -> str:
    rows = [json.loads(x) for x in (DATA / "replies.jsonl").open(encoding="utf-8")]
    (row,) = [r for r in rows if r["id"] == reply_id]
    return str(row["text"])


def _listed(text: str) -> list[str]:
    """The letter ids under "What you can send next:" in the explanation's text."""
    tail = text.split("What you can send next:", 1)[1]
    return re.findall(r"^ {0,2}(\w+): ", tail, flags=re.M)  # the review's grounds: 4 spaces


def test_every_letter_has_a_title_and_a_rule_and_the_cli_offers_each() -> None:
    import argparse

    from foidraft.cli import reply

    assert set(LETTERS) == set(MISFITS) == set(TITLES)
    parser = argparse.ArgumentParser()
    reply.configure(parser)
    (option,) = [a for a in parser._actions if a.dest == "next"]
    assert tuple(option.choices or ()) == LETTERS


@pytest.mark.parametrize(
    "reply",
    [
        # West Midlands Police's partial answer (s31, NCND under s23(5) and s40(5)): the app
        # offered only a review, while `--next thanks` was accepted.
        (DATA / "wmp-8a-21-final.txt").read_text(encoding="utf-8"),
        real_reply("wmp-1544a-21-tasers-cost"),  # a real cost refusal (s12, s16)
    ],
    ids=["partial-answer", "cost-refusal"],
)
async def test_the_app_offers_exactly_the_letters_the_cli_writes(
    reply: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    day = "2025-06-10"
    sent("2025-05-20")
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await read_pasted(pilot, reply, day)

        def meaning() -> str:
            return "\n".join(text_of(w) for w in screen.query("#meaning Static"))

        def buttons() -> list[Button]:
            return [b for b in screen.query(Button) if (b.id or "").startswith("letter-")]

        # The step changes before its lines and buttons are mounted: wait for both.
        await wait_for(
            pilot,
            lambda: (
                screen.step == "meaning"
                and "What you can send next:" in meaning()
                and bool(buttons())
            ),
            "the meaning",
        )
        offered = [(b.id or "").removeprefix("letter-") for b in buttons()]
        assert [str(b.label) for b in buttons()] == [TITLES[k][0] for k in offered]
        assert _listed(meaning()) == offered  # the text says what the buttons do
    capsys.readouterr()
    path = tmp_path / "reply.txt"
    path.write_text(reply, encoding="utf-8")
    assert main(["reply", "hunters-0001", str(path), "--date", day, "--dry-run"]) == 0
    assert _listed(capsys.readouterr().out) == offered
    refused = next(k for k in LETTERS if k not in offered)
    assert main(["reply", "hunters-0001", str(path), "--date", day, "--next", refused]) == 2
    hint = capsys.readouterr().err.split("letters that fit: ", 1)[1]
    assert re.findall(r"--next (\w+)", hint) == offered
