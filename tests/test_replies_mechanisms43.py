"""The reply reader's mechanisms from replies43's round (issue 9), each read from what a
sentence does rather than from one letter's phrasing.

Each case is a short letter written for the mechanism (not copied from a reply).
"""

from __future__ import annotations

import pytest

from foidraft.replies import read_reply

DEAR, YOURS = "Dear Mr Smith\n\n", "\n\nYours sincerely\n\nJane Doe"


def _read(body: str, regime: str = "FOIA") -> tuple[str, list[str]]:
    reading = read_reply(DEAR + body + YOURS, regime=regime)
    return reading.kind, sorted(reading.sections)


@pytest.mark.parametrize(
    "body",
    [
        # who will review is named; nothing is decided yet
        "Thank you for your request for an internal review. The reviewer will decide whether "
        "to uphold the original decision. We will respond by 31 March 2024.",
        # the decision words follow "whether": a question still open
        "I acknowledge receipt of your request for an internal review. An independent "
        "reviewer, who was not involved in the original decision, will look at your complaint "
        "and decide whether the original decision should be upheld, overturned or varied. You "
        "will receive a response by 31 March 2024.",
    ],
)
def test_a_review_acknowledged_decides_nothing(body: str) -> None:
    assert _read(body)[0] == "acknowledgement"


def test_a_review_decided_is_its_outcome() -> None:
    body = (
        "I have now completed the internal review. The reviewer concluded that the original "
        "decision should be upheld: section 31(1)(a) was correctly applied."
    )
    assert _read(body) == ("review_outcome", ["s31(1)(a)"])
