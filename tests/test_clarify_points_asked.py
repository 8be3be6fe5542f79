"""The clarification answer quotes the points the authority asked, numbered as it
numbered them (replies45), never the letter's opening ("Thank you for your request"), its
salutation, or a sentence that only says clarification is needed. Replies written for the
mechanism, and a real one (UCL's, tests/data/replies.jsonl)."""

from __future__ import annotations

from pathlib import Path

import pytest

from foidraft.drafts import DraftStore
from foidraft.replies.points import clarification_points
from tests.conftest import Cli
from tests.tui.test_next_letters_one_table import real_reply

OPENING = "Dear Mr Smith\n\nThank you for your request for information received on 3 May 2026."
YOURS = "\n\nYours sincerely\n\nJane Doe\n"


@pytest.mark.parametrize(
    ("body", "asked"),
    [
        # no word "clarify" at all: the question is the point
        ("\n\nBefore we can answer it, could you tell us what you mean by 'online'?",
         ["Before we can answer it, could you tell us what you mean by 'online'?"]),
        # the cue in a sentence that asks nothing
        (" We require clarification before we can proceed.\n\nWhat do you mean by 'online'?",
         ["What do you mean by 'online'?"]),
        # the cue in the opening sentence itself
        (" We need you to clarify it.\n\nWhat do you mean by 'online'? Which period do you "
         "mean?", ["What do you mean by 'online'?", "Which period do you mean?"]),
    ],
)  # fmt: skip
def test_the_points_are_what_is_asked(body: str, asked: list[str]) -> None:
    points = clarification_points(OPENING + body + YOURS)
    assert [p.objections[0] for p in points] == asked


def test_points_numbered_q1_q2_keep_their_numbers() -> None:
    body = "\n\nQ1: Please clarify what you mean by 'online'.\nQ2: Please clarify the period."
    points = clarification_points(OPENING + body + YOURS)
    assert [(p.number, p.text) for p in points] == [
        ("1", "Please clarify what you mean by 'online'."),
        ("2", "Please clarify the period."),
    ]


def test_a_real_reply_with_no_cue_gives_its_question() -> None:
    (point,) = clarification_points(real_reply("ucl-income-from-china-clarification-time-period"))
    assert point.text.startswith("Could you please confirm the time period")


def test_the_answer_quotes_the_point_not_the_opening(cli: Cli, tmp_path: Path) -> None:
    letter = (
        "Dear Kent Police,\n\n1. How many online crimes were recorded in 2023?\n\n"
        "Yours faithfully,\n\nJo Bloggs\n"
    )
    reply = (
        OPENING + "\n\nBefore we can answer it, could you tell us what you mean by "
        "'online'?" + YOURS
    )
    (tmp_path / "letter.txt").write_text(letter, encoding="utf-8")
    (tmp_path / "reply.txt").write_text(reply, encoding="utf-8")
    assert cli("drafts", "new", "--authority", "kent police", "--from",
               str(tmp_path / "letter.txt"), "Online crime")[0] == 0  # fmt: skip
    assert cli("drafts", "status", "online-crime", "sent", "--date", "2026-05-01")[0] == 0
    code, _, err = cli("reply", "online-crime", str(tmp_path / "reply.txt"), "--date",
                       "2026-05-05")  # fmt: skip
    assert code == 0 and "clarification" in err
    assert cli("reply", "online-crime", "--next", "clarify")[0] == 0
    body = DraftStore().load("Answer: Online crime").body
    assert "You wrote:\n> Before we can answer it, could you tell us what you mean by" in body
    assert "> Dear" not in body and "Thank you for your request for information" not in body
