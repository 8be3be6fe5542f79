"""A review request to a council or an NHS trust said "Confirming whether the force holds
a count of this kind" (ground ncnd-not-needed), and the complaint to the Commissioner
restated it: the grounds named the police whatever body the request went to. They now
name the body the letter goes to (``{authority}``), police forces included."""

from __future__ import annotations

from pathlib import Path

import pytest

from foidraft.cli import main
from foidraft.drafts import DraftStore

DATA = Path(__file__).parent / "data"
GROUNDS = ["ncnd-not-needed", "ncnd-public", "security-bodies"]


def review_for(tmp_path: Path, body: str, capsys: pytest.CaptureFixture[str]) -> str:
    """The review letter for a partly answered request to ``body`` (the WMP reply with
    its sender's name changed), on the grounds that speak of the body."""
    letter = (DATA / "wmp-8a-21-letter.txt").read_text(encoding="utf-8")
    reply = (DATA / "wmp-8a-21-final.txt").read_text(encoding="utf-8")
    for name in ("West Midlands Police (WMP)", "West Midlands Police", "WMP"):
        letter, reply = letter.replace(name, body), reply.replace(name, body)
    (tmp_path / "letter.txt").write_text(letter, encoding="utf-8")
    (tmp_path / "reply.txt").write_text(reply, encoding="utf-8")
    argv = ["drafts", "new", "--authority", body, "--from", str(tmp_path / "letter.txt"),
            "Decoys"]  # fmt: skip
    assert main(argv) == 0
    assert main(["drafts", "status", "decoys", "sent", "--date", "2021-01-02"]) == 0
    argv = ["reply", "decoys", str(tmp_path / "reply.txt"), "--date", "2021-03-19"]
    argv += ["--next", "review"] + [a for g in GROUNDS for a in ("--ground", g)]
    assert main(argv) == 0
    capsys.readouterr()
    review = next(s for s in DraftStore().list() if s.name.startswith("review-"))
    return DraftStore().load(review.name).body


@pytest.mark.parametrize("body", ["Leeds City Council", "Leeds Teaching Hospitals NHS Trust"])
def test_a_review_to_another_body_never_calls_it_the_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], body: str
) -> None:
    text = review_for(tmp_path, body, capsys)
    grounds = text.split("My grounds are:", 1)[1]
    assert "force" not in grounds, grounds
    assert f"Confirming whether {body} holds a count" in grounds, grounds
    assert f"counts {body} records itself" in grounds, grounds


def test_a_review_to_a_force_names_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    grounds = review_for(tmp_path, "West Midlands Police", capsys).split("My grounds are:")[1]
    assert "Confirming whether West Midlands Police holds a count" in grounds, grounds
