"""The letters foidraft writes after a reply are checked as what they are.

An internal review request, a chaser or a complaint asks for nothing new: advice on how a
request will be read must not warn about foidraft's own arguments in it, while the rules
about any letter's form (a gap to fill, the requester's name) still do. Each real reply in
tests/data/replies.jsonl, on its own request, gives the letters foidraft offers after it.
"""

from __future__ import annotations

import datetime as dt
import json
from functools import cache
from pathlib import Path

import pytest

import foidraft
from foidraft.authorities.directory import load_directory
from foidraft.drafts import Draft
from foidraft.drafts.tracking import mark_sent
from foidraft.errors import FoidraftError
from foidraft.lint.api import check
from foidraft.lint.checker import Checker
from foidraft.lint.letters import FORM_RULES, NOT_REQUESTS
from foidraft.replies import read_reply
from foidraft.replies.explain import explain
from foidraft.replies.followup import context_for, next_letter
from foidraft.replies.review import grounds_for

DATA = Path(__file__).parent / "data"
LOUD = {"warning", "error"}


# The replies in four parts, a test each (every fourth reply from the part's own start:
# together the parts take each reply once): all of them in one test took half a minute on
# one worker, often the last test running while the other worker idled.
PARTS = 4


@cache
def letters(part: int) -> list[tuple[str, str, str]]:
    """(reply id, kind of letter, letter) for every next letter offered after each reply
    of ``part``."""
    wmp = load_directory().get("wmp")
    out = []
    lines = (DATA / "replies.jsonl").read_text(encoding="utf-8").splitlines()
    for line in lines[part::PARTS]:
        case = json.loads(line)
        regime = "FOISA" if case["regime"] == "FOISA" else "FOIA"
        request = case.get("request") or "Please send me the figures."
        draft = Draft.new("A request", request, "wmp")
        mark_sent(draft, dt.date(2024, 1, 2))
        reading = read_reply(case["text"], regime=regime, letter=draft.body)
        replied = dt.date(2024, 2, 1)
        context = context_for(draft, reading, authority=wmp, replied=replied, name="D Moore")
        steps = explain(reading, authority=wmp, replied=replied).next_steps
        for kind in steps:
            grounds = [g.id for g in grounds_for(reading)] if kind == "review" else []
            try:
                letter = next_letter(kind, draft, context, grounds=grounds, today=replied)
            except FoidraftError:
                continue  # e.g. a review with no ground that fits this reply
            out.append((case["id"], kind, letter.body))
    return out


@pytest.mark.parametrize("part", range(PARTS))
def test_review_chaser_and_complaint_letters_draw_no_advice_about_requests(part: int) -> None:
    written = [(i, kind, body) for i, kind, body in letters(part) if kind in NOT_REQUESTS]
    assert len(written) >= 50  # the replies give many such letters to try
    wrong = []
    for case, kind, body in written:
        for f in check(body, "wmp", letter=kind):
            if f.severity in LOUD and f.name not in FORM_RULES:
                wrong.append(f"{case} {kind}: {f.rule} {f.match!r}")
    assert not wrong, "\n".join(wrong[:20])


def test_the_same_letter_checked_as_a_request_still_gets_advice() -> None:
    # The filter, not the letters, is what keeps them quiet: as requests they draw advice.
    reviews = [body for _, kind, body in letters(0) if kind == "review"]
    advised = [b for b in reviews if any(f.name not in FORM_RULES for f in check(b, "wmp"))]
    assert advised


def test_a_review_draft_header_and_the_editors_checker_agree() -> None:
    body = next(body for _, kind, body in letters(0) if kind == "review")
    header = '---\nfoidraft: "1"\ntitle: "Internal review"\nauthority: wmp\nletter: review\n---\n'
    from_header = check(header + body)
    assert [f.rule for f in from_header] == [f.rule for f in check(body, "wmp", letter="review")]
    assert [f.rule for f in foidraft.check(body, "wmp", letter="review")] == [
        f.rule for f in from_header
    ]
    checker = Checker(letter="review")
    assert [f.rule for f in checker.check(body, "wmp")] == [f.rule for f in from_header]
    assert all(f.name in FORM_RULES for f in from_header)


def test_a_gap_in_a_review_letter_is_still_an_error() -> None:
    body = next(body for _, kind, body in letters(0) if kind == "review" and "[[" in body)
    assert any(f.rule == "FD903" and f.severity == "error" for f in check(body, letter="review"))


REQUEST = (
    "Dear West Midlands Police,\n\nPlease tell me the number of crimes recorded in 2023. "
    "{tail}\n\nYours faithfully,\n\nD Moore\n"
)


@pytest.mark.parametrize(
    ("tail", "flagged"),
    [
        ("Please also give the circumstances of those crimes.", True),
        ("Please weigh the circumstances of this request.", False),
        ("Please weigh the circumstances of my request, as the Act requires.", False),
    ],
)
def test_words_about_the_correspondence_are_not_attributes_asked_for(
    tail: str, flagged: bool
) -> None:
    text = REQUEST.format(tail=tail)
    assert any(f.rule == "FD340" for f in check(text, "wmp")) is flagged


def test_a_gap_for_the_name_under_the_sign_off_is_never_removed_as_a_question() -> None:
    text = REQUEST.format(tail="").replace("D Moore", "[[your name]]")
    (gap,) = [f for f in check(text, "wmp") if f.rule == "FD903"]
    assert gap.suggestions and all("whole question" not in s.title.lower() for s in gap.suggestions)
