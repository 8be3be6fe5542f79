"""A review outcome that named a section without its subsection ("Sections 23(5), 31 and
40(5) were correctly applied") after a response that cited s31(3), s31(1)(a) and s31(1)(b)
drew, in the complaint to the Commissioner, "and relied as well on s31, which the response
did not cite": untrue, in the letter that most needs to be right. A provision is new only
when the response cited no part of the same section; one from another section still is."""

from __future__ import annotations

from pathlib import Path

import pytest

from foidraft.drafts import DraftStore
from tests.conftest import Cli
from tests.test_after_sending_walk import seed_thread

DATA = Path(__file__).parent / "data"
OUTCOME = (
    "Dear D Moore\n\nI have now completed the internal review of your request. I uphold the "
    "original decision: sections 23(5), {cited} and 40(5) were correctly applied.\n\n"
    "Yours sincerely\n"
)


def complaint_after(cli: Cli, tmp_path: Path, cited: str) -> str:
    seed_thread(cli, "Paedophile hunters", clarified=False)
    cli("reply", "paedophile", str(DATA / "wmp-8a-21-final.txt"), "--date", "2021-03-19")
    outcome = tmp_path / "outcome.txt"
    outcome.write_text(OUTCOME.format(cited=cited), encoding="utf-8")
    code, _, err = cli("reply", "paedophile", str(outcome), "--date", "2021-04-20")
    assert code == 0, err
    code, _, err = cli("reply", "paedophile", "--next", "complaint")
    assert code == 0, err
    store = DraftStore()
    (summary,) = [s for s in store.list() if s.letter == "complaint"]
    return " ".join(store.load_path(summary.path).body.split())


@pytest.mark.parametrize("cited", ["31", "31(3)"])
def test_a_section_the_response_cited_in_part_is_not_new(
    cli: Cli, tmp_path: Path, cited: str
) -> None:
    body = complaint_after(cli, tmp_path, cited)
    assert "The review upheld that decision." in body, body
    assert "which the response did not cite" not in body, body


def test_a_section_the_response_did_not_cite_is_still_named(cli: Cli, tmp_path: Path) -> None:
    body = complaint_after(cli, tmp_path, "38")
    assert "relied as well on s38, which the response did not cite" in body, body
