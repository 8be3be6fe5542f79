"""A partial answer read question by question (replies45): "question 3: not held" and
"Section 12 also applies to question 4" tie each decision to its question, and the
narrowed letter thanks the authority for the questions it answered only, asking again,
narrowed, for the one refused on cost. The reply is written for the mechanism."""

from __future__ import annotations

from pathlib import Path

from foidraft.drafts import DraftStore
from foidraft.replies import read_reply
from foidraft.replies.per_question import per_question
from tests.conftest import Cli

LETTER = (
    "Dear Kent County Council,\n\n1. How many reports of fly-tipping did the Council receive "
    "in 2023?\n\n2. How much did the Council spend on clearing fly-tipping in 2023?\n\n3. How "
    "many fixed penalty notices for fly-tipping were appealed in 2023?\n\n4. For each report "
    "in question 1, what kind of waste was dumped?\n\nYours faithfully,\n\nJo Bloggs\n"
)
REPLY = (
    "Dear Jo Bloggs\n\nThank you for your request for information.\n\n1. The Council "
    "received 412 reports of fly-tipping in 2023.\n\n2. The Council spent £23,000 on "
    "clearance.\n\n3. Not held.\n\nSection 12 also applies to question 4: to find the kind "
    "of waste we would have to read each report by hand.\n\nYours sincerely\n\nFOI Team\n"
)


def test_each_decision_is_tied_to_its_question() -> None:
    assert per_question(REPLY) == {"cost": ["4"], "not_held": ["3"]}
    reading = read_reply(REPLY)
    assert reading.kind == "partly_answered"
    assert (reading.cost_questions(), reading.unheld) == (["4"], ("3",))
    assert reading.unanswered() == {"3", "4"}


def test_a_question_answered_beside_what_is_not_held_stays_answered() -> None:
    reply = "1. 412 reports; figures before 2019 are not held.\n\n2. Not held."
    assert per_question(reply) == {"not_held": ["2"]}


def test_a_question_restated_decides_nothing() -> None:
    assert per_question("3. How many reports were not held?\n\n£412,000.") == {}


def test_the_narrowed_letter_thanks_for_the_questions_answered_only(
    cli: Cli, tmp_path: Path
) -> None:
    (tmp_path / "letter.txt").write_text(LETTER, encoding="utf-8")
    (tmp_path / "reply.txt").write_text(REPLY, encoding="utf-8")
    assert cli("drafts", "new", "--authority", "Kent County Council", "--from",
               str(tmp_path / "letter.txt"), "Fly-tipping")[0] == 0  # fmt: skip
    assert cli("drafts", "status", "fly-tipping", "sent", "--date", "2026-11-02")[0] == 0
    code, _, err = cli("reply", "fly-tipping", str(tmp_path / "reply.txt"), "--date",
                       "2026-11-20")  # fmt: skip
    assert code == 0 and "partly answered" in err
    code, out, _ = cli("reply", "fly-tipping", "--next", "narrow")
    assert code == 0, out
    body = DraftStore().load("Narrowed: Fly-tipping").body
    assert "and for answering questions 1 and 2. You said that question 4 would cost" in body
    assert "4. For each report" in body and "3. How many fixed penalty" not in body
