"""`foidraft reply FILE` with no draft: the Act is read from the reply (the Act it
cites, words only FOISA uses, the body it comes from), and said, since the complain-by
date and the Commissioner follow from it. A Scottish review outcome gets the Scottish
Information Commissioner's six months, never the ICO's six weeks."""

from __future__ import annotations

import json
from pathlib import Path

from foidraft.replies.regime_guess import regime_of_reply
from tests.conftest import Cli

DATA = Path(__file__).parent / "data"
# Written for this test in Police Scotland's usual words; it names neither the Act nor
# the Commissioner, only the body and FOISA's "requirement for review".
POLICE_SCOTLAND_REVIEW = (
    "Police Scotland\nInformation Management\n\n15 March 2026\n\n"
    "Dear Ms Bloggs\n\nI refer to your requirement for review received on 10 February "
    "2026. I have now completed the review and I uphold the original decision without "
    "modification.\n\nYours sincerely\n"
)


def _row(row_id: str) -> dict[str, str]:
    rows = [json.loads(x) for x in (DATA / "replies.jsonl").open(encoding="utf-8")]
    (row,) = [r for r in rows if r["id"] == row_id]
    return row


def test_the_act_is_read_from_the_words_only_foisa_uses() -> None:
    guess = regime_of_reply(POLICE_SCOTLAND_REVIEW)
    assert (guess.regime, guess.assumed) == ("FOISA", False)
    assert "requirement for review" in guess.why


def test_the_act_is_read_from_the_body_the_reply_comes_from() -> None:
    # The Scottish Government's real review outcome (gov.scot, URL in replies.jsonl): it
    # cites "Section 30(b)(i)" but never names its Act.
    guess = regime_of_reply(_row("scotgov-foi-202200305384-review-swinney-sqa")["text"])
    assert (guess.regime, guess.assumed) == ("FOISA", False)
    assert "Scottish Government" in guess.why
    moray = "Moray Council\n\nDear Mr Smith\n\nI have reviewed the decision and uphold it."
    assert regime_of_reply(moray).regime == "FOISA"
    wmp = "Dear Mr Smith\n\nWest Midlands Police has completed the review and upholds it."
    assert (regime_of_reply(wmp).regime, regime_of_reply(wmp).assumed) == ("FOIA", False)


def test_nothing_to_go_on_is_said_to_be_assumed() -> None:
    guess = regime_of_reply("I have completed the review and I uphold the decision.")
    assert (guess.regime, guess.assumed) == ("FOIA", True)
    assert "assumed" in guess.note()


def test_a_scottish_review_outcome_alone_gets_scottish_dates(cli: Cli, tmp_path: Path) -> None:
    reply = tmp_path / "review.txt"
    reply.write_text(POLICE_SCOTLAND_REVIEW, encoding="utf-8")
    code, out, err = cli("reply", str(reply))
    assert code == 0
    assert "This is the outcome of the internal review." in out
    assert "complain by 15 September 2026" in out  # six months (FOISA s47), not six weeks
    assert "read under the Freedom of Information (Scotland) Act (FOISA)" in err
    code, out, _ = cli("reply", str(reply), "--format", "json")
    assert json.loads(out)["regime"] == "FOISA"


def reply_on_a_draft_naming_no_body(
    cli: Cli,
    tmp_path: Path,
    reply_text: str,
    title: str = "Arrests",
    ask: str = "1. The number of arrests in 2025.",
    sent: str = "2026-01-05",
) -> tuple[int, str, str]:
    """A draft that names no body, sent on ``sent``, and ``reply_text`` recorded on it."""
    letter = tmp_path / "letter.txt"
    letter.write_text(f"Dear Sir or Madam,\n\n{ask}\n", "utf-8")
    assert cli("drafts", "new", "--from", str(letter), title)[0] == 0
    name = title.lower().replace(" ", "-")
    assert cli("drafts", "status", name, "sent", "--date", sent)[0] == 0
    reply = tmp_path / "reply.txt"
    reply.write_text(reply_text, encoding="utf-8")
    return cli("reply", name, str(reply))


def test_a_draft_with_no_body_takes_the_act_from_the_reply(tmp_path: Path, cli: Cli) -> None:
    code, _, err = reply_on_a_draft_naming_no_body(cli, tmp_path, POLICE_SCOTLAND_REVIEW)
    assert code == 0 and "FOISA" in err
    # The draft keeps the Act it was read under, so Home and `foidraft due` count by it.
    import datetime as dt

    from foidraft.drafts import DraftStore
    from foidraft.drafts.standings import standing
    from foidraft.drafts.tracking import regime_for

    kept = DraftStore().load("arrests")
    assert kept.regime == "FOISA"
    found = standing(kept, regime_for(None, kept), dt.date(2026, 4, 1))
    assert found is not None and found.text == (
        "complain to the Scottish Information Commissioner by 15 September 2026"
    )
    code, out, _ = cli("reply", "arrests", "--next", "complaint")
    assert code == 0 and "Scottish Information Commissioner" in out
    assert "ICO" not in out
    from foidraft.drafts import DraftStore

    (complaint,) = [s for s in DraftStore().list() if s.name.startswith("complaint-")]
    body = DraftStore().load_path(complaint.path).body
    assert "under section 47(1) of the Freedom of Information (Scotland) Act 2002" in body
    # Checked under FOISA like its request: no "cite the Freedom of Information Act 2000"
    # (a safe fix `foidraft fix` would have applied to the application's own Act).
    code, out, _ = cli("check", str(complaint.path))
    assert "FD907" not in out, out
