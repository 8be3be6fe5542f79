"""After a review that upheld the refusal, the complaint to the Commissioner left the
requester a gap ("the grounds in your review request are a good start") though foidraft
wrote those grounds itself: it now restates them, each with its source, and says when
the review was asked, when it answered and what it decided (``foidraft.replies.verdict``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from foidraft.drafts import DraftStore
from foidraft.replies.verdict import review_verdict
from tests.conftest import Cli
from tests.test_after_sending_walk import seed_thread

DATA = Path(__file__).parent / "data"
UPHELD = (
    "Dear D Moore\n\nI have now completed the internal review of your request. I uphold the "
    "original decision: section 31(1)(a) was correctly applied.\n\nYours sincerely\n"
)


def _letter(kind: str) -> str:
    store = DraftStore()
    (summary,) = [s for s in store.list() if s.letter == kind]
    return store.load_path(summary.path).body


def test_the_complaint_restates_the_reviews_grounds_with_their_sources(
    tmp_path: Path, cli: Cli
) -> None:
    seed_thread(cli, "Paedophile hunters", clarified=False)
    cli("reply", "paedophile", str(DATA / "wmp-8a-21-final.txt"), "--date", "2021-03-19")
    code, _, err = cli("reply", "paedophile", "--next", "review", "--ground",
                       "prejudice", "--ground", "ncnd-not-needed")  # fmt: skip
    assert code == 0, err
    review = next(s for s in DraftStore().list() if s.letter == "review")
    cli("drafts", "status", review.name, "sent", "--date", "2021-03-22")
    outcome = tmp_path / "outcome.txt"
    outcome.write_text(UPHELD, encoding="utf-8")
    code, _, err = cli("reply", "paedophile", str(outcome), "--date", "2021-04-20")
    assert code == 0, err
    code, _, err = cli("reply", "paedophile", "--next", "complaint")
    assert code == 0, err
    body = " ".join(_letter("complaint").split())
    assert "I asked for an internal review on 22 March 2021" in body
    assert "its outcome, of 20 April 2021, upheld the original decision" in body
    sent = " ".join(_letter("review").split())
    grounds = sent.split("My grounds are: ", 1)[1].split(" I ask you to reconsider", 1)[0]
    first, second = grounds.split(" 2. ", 1)
    assert first.startswith("1. ") and first in body and ("2. " + second) in body
    assert body.count("(Source: ICO") == 2 and "https://ico.org.uk/" in body
    assert "a good start" not in body  # the gap asking for the grounds again


def test_a_complaint_with_no_review_letter_keeps_the_gap(tmp_path: Path, cli: Cli) -> None:
    """A review asked for outside foidraft: nothing to restate, so the gap stays."""
    seed_thread(cli, "Hunters", clarified=False)
    outcome = tmp_path / "outcome.txt"
    outcome.write_text(UPHELD, encoding="utf-8")
    assert cli("reply", "hunters", str(outcome), "--date", "2021-04-20")[0] == 0
    assert cli("reply", "hunters", "--next", "complaint")[0] == 0
    body = " ".join(_letter("complaint").split())
    assert "the grounds in your review request are a good start" in body
    assert "I asked for an internal review, and its outcome, of 20 April 2021" in body


@pytest.mark.parametrize(
    ("words", "verdict"),
    [
        ("I uphold the original decision.", "upheld"),
        ("Your complaint is not upheld.", "upheld"),
        ("We do not uphold your complaint.", "upheld"),
        ("The original response was correct to neither confirm nor deny.", "upheld"),
        ("The original decision should be confirmed, with modifications.", "partly"),
        ("I have partially upheld your complaint.", "partly"),
        ("The original decision was not correct and your\ncomplaint is upheld.", "overturned"),
        ("I have concluded that a different decision should be substituted.", "overturned"),
        ("I have now completed the review.", ""),
    ],
)
def test_what_a_review_decided(words: str, verdict: str) -> None:
    assert review_verdict(words) == verdict
