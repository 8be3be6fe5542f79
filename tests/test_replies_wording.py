"""Real training replies read the same with their words swapped for others that mean the
same (``tests.replies_wording``): the reader reads what the words do, not the words a
letter happened to use (issue 9). Each case moved kind before the wording it names was
read by what it does.
"""

from __future__ import annotations

import pytest

from foidraft.replies import read_reply
from tests.replies_wording import SWAPS, swapped
from tests.test_reply_precedence import _training


@pytest.mark.parametrize(
    ("family", "reply_id"),
    [
        # "the data you have requested", "comply with your application": the whole request
        ("information -> data", "swp-825-25-cost"),
        ("information -> data", "northumbria-127220-allegations-cost"),
        ("your request -> application", "wmp-roads-policing-officers-speedwatch-2483-17"),
        ("your request -> application", "colp-foi2024-00291-vetting-part-cost"),
        # "to supply the information you have requested would exceed"; "I have supplied an
        # explanation"; "A full response must be supplied within such a time as is reasonable"
        ("provide -> supply", "tfl-foi-1950-1819-taxi-complaints-cost"),
        ("provide -> supply", "northumbria-1183-20-use-of-force-s21-s22"),
        ("provide -> supply", "wdtk-navy-fod-patwin-s26-interim"),
        # "partially exempt from release under section 40(2)"
        ("disclose -> release", "wdtk-moj-lip-minutes-40-2"),
    ],
)
def test_a_reply_reads_the_same_in_other_words(family: str, reply_id: str) -> None:
    reply = _training(reply_id)
    text = swapped(reply["text"], SWAPS[family])
    assert text != reply["text"]
    reading = read_reply(text, regime=reply["regime"])
    assert (reading.kind, sorted(reading.sections)) == (reply["kind"], sorted(reply["sections"]))
