"""Offence codes in a letter run in the order a reader looks them up (number, then letter
or sub-code), not in the order of the classes they were ticked under."""

from __future__ import annotations

import re

import pytest

from foidraft.interview import Interview, load_flows
from foidraft.recorded.offences import code_order
from tests.test_interview_flows import TODAY, WMP, run

pytestmark = pytest.mark.usefixtures("warm_cache")


def test_codes_sort_by_number_then_letter_or_sub_code() -> None:
    codes = ["34A", "90", "34B", "10D", "4.10", "71/17", "8N", "4.2", "71", "71/2"]
    assert sorted(codes, key=code_order) == [
        "4.2", "4.10", "8N", "10D", "34A", "34B", "71", "71/2", "71/17", "90",
    ]  # fmt: skip


def test_a_crime_letter_lists_ticked_codes_in_order() -> None:
    flow = load_flows()["crime-statistics"]
    interview = Interview(flow, authority=WMP, requester_name="Jo Bloggs", today=TODAY)
    picked = ["34A", "34B", "8N", "28E", "4.10", "4.2"]
    letter = run(interview, {"offences": picked}).letter()
    found = re.findall(r"\b(\d+(?:\.\d+)?[A-Z]?) \(", letter.split("Home Office offence codes")[1])
    assert found[: len(picked)] == ["4.2", "4.10", "8N", "28E", "34A", "34B"]
