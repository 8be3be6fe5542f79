"""The kind of a reply is decided by an explicit precedence over its signals
(``foidraft.replies.kinds.PRECEDENCE``): a table of rules, each with its reason, the first
that holds giving the kind. Real training replies where signals overlap are decided by the
rule that should win: a review's outcome over the cost refusal it upholds, an extension
over the cost limit it weighs, information given over an exemption beside it, the step the
requester takes first over what is published, not held over NCND for the rest, nothing held
over the parts named (the guide's not held: what the body holds is nothing).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from foidraft.replies import KINDS, read_reply
from foidraft.replies.kinds import PRECEDENCE
from tests.replies_eval import CORPUS, part_of


def _training(reply_id: str) -> dict[str, Any]:
    for line in Path(CORPUS).read_text(encoding="utf-8").splitlines():
        reply = json.loads(line) if line.strip() else {}
        if reply.get("id") == reply_id:
            assert part_of(reply["url"]) == "training"  # never a frozen validation reply
            return reply
    raise AssertionError(f"{reply_id} is not in the corpus")


def test_the_precedence_is_a_table_of_named_reasoned_rules() -> None:
    names = [rule.name for rule in PRECEDENCE]
    assert len(names) == len(set(names))
    assert all(rule.why for rule in PRECEDENCE)
    assert all(rule.kind in KINDS for rule in PRECEDENCE if isinstance(rule.kind, str))
    assert PRECEDENCE[0].name == "review" and PRECEDENCE[-1].name == "refused"


@pytest.mark.parametrize(
    ("reply_id", "rule", "kind"),
    [
        # a review whose new decision refuses two parts on cost and answers one
        ("scotgov-202400445371-review-legal-advice", "review", "review_outcome"),
        # more time, the cost limit named as what may apply
        ("knowsley-local-plan-costs-s12-extension", "extension", "extension"),
        # a cost refusal of the whole request with figures given as goodwill
        ("wmp-246a-21-vetting-cost-goodwill", "cost", "refused_cost"),
        # figures given beside an exemption, NCND, what is published and what is not held
        ("psni-foi-14763-sar-statistics", "some given", "partly_answered"),
        # nothing given: some published, the rest to be (wait for it first)
        ("wmp-11439-16-hate-crime-s22", "first step", "future_publication"),
        # nothing held, and the rest neither confirmed nor denied
        ("northumbria-506-20-ipab-not-held-ncnd-other", "not held beside NCND", "not_held"),
        # each part named and said not held, nothing given: not held, not a part answered
        ("scotgov-202000093492-ffm-date-not-held", "nothing held", "not_held"),
        # a part not held, the rest given as rows of a period's counts ("2016 - 2017 = 316")
        ("hastings-foir-152471013-trees-part-not-held", "some given", "partly_answered"),
        # ... or said given to the applicant ("Applicant provided with a map and spreadsheet")
        ("ndevon-eir-10559-contaminated-land-chivenor", "some given", "partly_answered"),
        # ... or a copy "included as an attachment to this email"
        ("moj-101004-jcio-investigation-part-not-held", "some given", "partly_answered"),
        # headed as a receipt, though its boilerplate speaks of exemptions and fees
        ("btuh-ack-agency-recruitment", "receipt heading", "acknowledgement"),
    ],
)
def test_overlapping_signals_are_decided_by_the_rule_that_should_win(
    reply_id: str, rule: str, kind: str
) -> None:
    reply = _training(reply_id)
    reading = read_reply(reply["text"], regime=reply["regime"])
    assert (reading.rule, reading.kind) == (rule, kind) == (rule, reply["kind"])
