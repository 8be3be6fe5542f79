"""A period typed in words the interview cannot read is answered in a period's terms:
"since covid" for spending's financial years was told "is not a date foidraft understands;
write e.g. 31/03/2024", a date the question would refuse."""

from __future__ import annotations

import datetime as dt

import pytest

from foidraft.errors import FoidraftError
from foidraft.interview import load_flows
from foidraft.interview.answers import normalise

TODAY = dt.date(2026, 12, 5)


def message(flow_id: str, question_id: str, typed: str) -> str:
    question = load_flows()[flow_id].question(question_id)
    with pytest.raises(FoidraftError) as caught:
        normalise(question, typed, TODAY)
    return caught.value.message


def test_words_for_financial_years_are_answered_with_financial_years() -> None:
    said = message("spending", "period", "since covid")
    assert "'since covid'" in said and "period" in said
    assert "2021/22 to 2023/24" in said and "31/03/2024" not in said


def test_words_for_any_period_name_every_form_the_question_takes() -> None:
    said = message("crime-statistics", "period", "ages ago")
    assert "'ages ago'" in said and "2021/22 to 2023/24" in said and "2021 to 2023" in said


def test_a_near_miss_keeps_its_own_message() -> None:
    assert "not a financial year" in message("spending", "period", "2021/23")
