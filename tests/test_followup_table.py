"""The one table of next letters refuses letters whose words would be untrue."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from foidraft.drafts import Draft
from foidraft.replies import read_reply
from foidraft.replies.followup import context_for, fitting, misfit

DATA = Path(__file__).parent / "data"


def _fits(name: str, *, sent: dt.date | None) -> list[str]:
    reading = read_reply((DATA / name).read_text(encoding="utf-8"), regime="FOIA")
    draft = Draft.new("Hunters", "1. The figures.\n", "wmp")
    draft.sent = sent
    context = context_for(draft, reading, authority=None, replied=dt.date(2021, 2, 19), name="")
    return fitting(reading, context, today=dt.date(2021, 6, 1))


def test_an_extension_is_not_reviewed_before_the_decision_it_announces() -> None:
    """West Midlands Police's real s31 extension notice: its public interest test had not
    been done, so no review ground about it can stand yet; only a chaser, once overdue."""
    assert _fits("wmp-8a-21-extension.txt", sent=dt.date(2021, 1, 2)) == ["chaser"]


def test_a_chaser_needs_a_known_due_date() -> None:
    reading = read_reply((DATA / "wmp-8a-21-extension.txt").read_text(encoding="utf-8"))
    draft = Draft.new("Hunters", "1. The figures.\n", "wmp")  # never marked sent
    context = context_for(draft, reading, authority=None, replied=None, name="")
    why = misfit("chaser", reading, context, today=dt.date(2021, 6, 1))
    assert why is not None and "not marked sent" in why


def test_the_explanation_lists_the_tables_letters_not_a_second_list() -> None:
    """West Midlands Police's real partial answer: a second list of next letters in the
    explanation offered only a review, while the table also fits thanks; and an overdue
    extension's explanation offered no chaser. The explanation's list is ``fitting``'s."""
    from foidraft.replies.explain import explain, render
    from foidraft.replies.followup import TITLES

    reading = read_reply((DATA / "wmp-8a-21-final.txt").read_text(encoding="utf-8"))
    replied = dt.date(2021, 2, 19)
    steps = explain(reading, replied=replied, today=dt.date(2021, 6, 1)).next_steps
    assert steps == _fits("wmp-8a-21-final.txt", sent=dt.date(2021, 1, 2))
    assert "thanks" in steps and "review" in steps
    late = read_reply((DATA / "wmp-8a-21-extension.txt").read_text(encoding="utf-8"))
    meaning = explain(late, replied=replied, due=dt.date(2021, 3, 1), today=dt.date(2021, 6, 1))
    assert meaning.next_steps == ["chaser"]
    assert f"chaser: {TITLES['chaser'][0]}" in render(meaning, late)
