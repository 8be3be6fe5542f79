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
        # the authority by name: "the Council is pleased to be able to provide", "the amount to
        # which the Council is legally required to respond"
        ("we -> the Council", "tna-f0044923-foi-statistics-answered"),
        ("we -> the Council", "warwickshire-982-2023-s14-count-cost"),
        ("we -> the Council", "scotgov-202300386871-treatment-centres-review"),
        ("we -> the Council", "wdtk-mod-ukraine-review-ack"),
        # the limit however it is passed: "would be more than the limit", "more than the amount to
        # which we are legally required to respond"
        ("would exceed -> be more than", "gm-icb-foi-2025-1213-investigation-intervention-cost"),
        ("would exceed -> be more than", "warwickshire-982-2023-s14-count-cost"),
        ("would exceed -> be more than", "wyp-1734744-23-a65-speed-camera-cost"),
        # "considered your FOI request", "comply with your FOI request"
        ("your request -> FOI request", "council-foi-6387-eir-tree-pruning-answered"),
        ("your request -> FOI request", "asp-xl-bully-attacks-1098-24"),
        # "we are not able to provide you with the information you have requested"
        ("unable to -> not able to", "spa-2023-24-017-cost"),
        # a receipt's promise to explain "why we are unable to supply it", if it comes to that
        ("cannot -> are unable to", "cheshire-west-cigarette-fpn-ack"),
    ],
)
def test_a_reply_reads_the_same_in_other_words(family: str, reply_id: str) -> None:
    reply = _training(reply_id)
    text = swapped(reply["text"], SWAPS[family])
    assert text != reply["text"]
    reading = read_reply(text, regime=reply["regime"])
    assert (reading.kind, sorted(reading.sections)) == (reply["kind"], sorted(reply["sections"]))


def test_the_authority_by_name_is_read_as_we_where_it_is_the_subject() -> None:
    from foidraft.replies.grammar import as_we

    assert as_we("The Council is unable to provide it") == "we are unable to provide it"
    assert as_we("the Force does not hold any") == "we do not hold any"
    assert as_we("The Trust holds no records") == "we hold no records"
    # (as the object, it stays: "information held by the council is published")
    assert as_we("held by the council is published") == "held by the council is published"
