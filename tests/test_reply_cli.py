"""`foidraft reply` from the shell, and how the reader scores on real replies."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from foidraft.drafts import DraftStore
from tests.conftest import Cli
from tests.replies_eval import load_replies, part_of, score

DATA = Path(__file__).parent / "data"
LETTER = DATA / "wmp-8a-21-letter.txt"
# Floors a little below what the reader achieves (python -m tests.replies_eval), so a change
# that makes it worse fails; they are not targets.
# Kind and sections both right: 288 of 289 when this was written. 0.94 since replies-fresh29
# joined (6 December; 31 replies, 21 in the training part, read by a reader never tuned on
# them): 663 of 701 (94.6%). 0.93 since replies-fresh31 joined (7 December; 57 replies, 38 in
# the training part, read by a reader never tuned on them: 27 of 38 both right there): 713 of
# 759 (93.9%). 0.92 since replies-fresh40 to 42 joined (7 December; 118 replies, 67 in the
# training part, read by a reader never tuned on them): 765 of 826 (92.6%). Kept at 0.92
# when replies-fresh43 joined (49 replies, 36 in the training part): 797 of 862 (92.5%), and
# when replies-fresh44 joined (40 replies, 27 in the training part): 831 of 889 (93.5%),
# and when replies-fresh45 joined (25 replies, 16 in the training part): 852 of 905 (94.1%),
# and when replies-fresh46 joined (24 replies, 15 in the training part): 866 of 920 (94.1%).
TRAINING_FLOOR = 0.92
# The frozen part, never tuned on: 24 of 38 when this was written; the goal is 0.95. (Fresh
# samples join the corpus only where the split puts them in the training part: the reader
# was tuned on them.) 0.70 since replies-fresh43 joined (7 December): 233 of 321 (72.6%), so
# that a change which loses a few of them fails. 0.72 since replies-fresh44 joined (7 December,
# eighteenth round: 40 replies, 30 read right both ways by the reader from before the round
# and by the round's finished one alike; 13 in this part, 10 of them right): 246 of 334
# (73.7%). 0.73 after the nineteenth round (replies43's reader: 250 of 334) and
# replies-fresh45 (25 replies, 19 read right both ways by the reader from before the round
# and by the round's alike; 9 in this part): 257 of 343 (74.9%). Kept after the twentieth
# round (replies44's reader: 258 of 343) and replies-fresh46 (24 replies, 15 read right both
# ways by the reader from before the round and by the round's alike; 9 in this part): 263 of
# 352 (74.7%).
VALIDATION_FLOOR = 0.73


def test_a_reply_alone_as_json(cli: Cli) -> None:
    code, out, _ = cli("reply", str(DATA / "wmp-8a-21-final.txt"), "--format", "json")
    data = json.loads(out)
    assert code == 0
    assert (data["kind"], data["ncnd"]) == ("partly_answered", True)
    assert data["sections"] == ["s23(5)", "s31(3)", "s40(5)", "s31(1)(a)", "s31(1)(b)"]
    assert data["questions"]["s31(1)(a)"] == ["6"] and data["dates"][0] == "2021-01-02"


def test_recording_replies_and_writing_the_next_letters(
    cli: Cli,
) -> None:
    assert cli("drafts", "new", "--authority", "wmp", "--from", str(LETTER),
               "Paedophile hunters")[0] == 0  # fmt: skip
    assert cli("drafts", "status", "paedophile", "sent", "--date", "2021-01-02")[0] == 0
    code, out, err = cli("reply", "paedophile", str(DATA / "wmp-8a-21-clarification.txt"),
                         "--date", "2021-01-05")  # fmt: skip
    assert code == 0 and "clarify your request" in out and "clarification" in err
    code, out, _ = cli("reply", "paedophile", "--next", "clarify")
    assert code == 0 and "wrote answer-paedophile-hunters" in out
    clarify = DraftStore().load("Answer: Paedophile hunters")
    assert clarify.letter == "clarify" and clarify.follows.startswith("paedophile-hunters")
    # sending the clarification restarts the request's 20 working days
    cli("drafts", "status", clarify.name, "sent", "--date", "2021-01-24")
    request = DraftStore().load(clarify.follows)
    assert (request.status, str(request.clarified)) == ("sent", "2021-01-24")

    cli("reply", "paedophile", str(DATA / "wmp-8a-21-extension.txt"), "--date",
        "2021-02-19")  # fmt: skip
    code, out, err = cli("reply", "paedophile", str(DATA / "wmp-8a-21-final.txt"),
                         "--date", "2021-03-19")  # fmt: skip
    assert "partly answered" in err and "s23(5): Information supplied by" in out
    assert "ask for a review by 19 May 2021" in out
    code, out, _ = cli("due", "--today", "2021-05-17")
    assert "19 May 2021  ask for a review: 2 working days left" in out  # the date said once
    code, out, err = cli("reply", "paedophile", "--next", "review")
    assert code == 2 and "add --ground NAME" in err and "ncnd-not-needed" in err and not out
    code, out, _ = cli("reply", "paedophile", "--next", "review", "--ground", "prejudice",
                       "--ground", "security-bodies")  # fmt: skip
    assert code == 0 and "wrote review-paedophile-hunters" in out
    assert "note: Ask for the review by 19 May 2021" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["reply", "no-such-file.txt"], "no-such-file.txt: no such file"),
        (["reply", "a", "b", "c"], "at most a draft and a reply file"),
        (["reply", "nothing", "--next", "clarify"], "no draft"),
    ],
)
def test_bad_input_is_one_line(cli: Cli, argv: list[str], message: str) -> None:
    code, _, err = cli(*argv)
    assert code == 2 and message in err and "Traceback" not in err


def test_the_reader_on_real_replies() -> None:
    """The corpus's training and frozen validation parts (split by a hash of the URL)."""
    replies = load_replies()
    assert len(replies) >= 285 and {part_of(r["url"]) for r in replies} == {
        "training",
        "validation",
    }
    result = score(replies)
    for part, floor in (("training", TRAINING_FLOOR), ("validation", VALIDATION_FLOOR)):
        p = result[part]
        assert p["both"] / p["n"] >= floor, (part, p["both"], p["n"])


def test_a_fresh_sample_is_scored_as_one_part_keeping_the_frozen_part_unseen(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.replies_eval import main as evaluate

    frozen = next(r for r in load_replies() if part_of(r["url"]) == "validation")
    # both labelled so that the reader cannot be right: the figures say nothing of the frozen one
    wrong = {**frozen, "kind": "fees_notice", "sections": ["s99"]}
    fresh = {**wrong, "id": "fresh", "url": "https://example.org/fresh",
             "text": "Please find attached the figures you asked for."}  # fmt: skip
    sample = tmp_path / "sample.jsonl"
    sample.write_text(json.dumps(wrong) + "\n" + json.dumps(fresh) + "\n", encoding="utf-8")
    assert evaluate(["--file", str(sample), "--misses"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("sample") and "2 replies: kind 0/2 (0%), sections 0/2" in out
    assert '"id": "fresh"' in out and f'"id": "{frozen["id"]}"' not in out
    assert "1 misses not shown" in out


def test_a_chaser_needs_no_reply_and_letters_that_would_be_untrue_are_refused(
    cli: Cli,
) -> None:
    cli("drafts", "new", "--authority", "wmp", "--from", str(LETTER), "Unanswered")
    cli("drafts", "status", "unanswered", "sent", "--date", "2021-01-04")
    code, out, err = cli("reply", "unanswered", "--next", "chaser")
    assert code == 0 and "wrote chaser-unanswered" in out, err
    chaser = DraftStore().load("Chaser: Unanswered")
    assert "ended on 1 February 2021" in chaser.body and chaser.letter == "chaser"
    code, _, err = cli("reply", "unanswered", "--next", "clarify")
    assert code == 2 and "no reply is recorded" in err  # nothing to answer yet
    final = str(DATA / "wmp-8a-21-final.txt")
    assert cli("reply", "unanswered", final, "--date", "2021-03-19")[0] == 0
    code, _, err = cli("reply", "unanswered", "--next", "clarify")
    assert code == 2 and "does not ask you to clarify" in err and "--next review" in err
    code, _, err = cli("reply", "unanswered", "--next", "chaser")
    assert code == 2 and "nothing to chase" in err
    assert [d.title for d in DraftStore().list()].count("Chaser: Unanswered") == 1
    code, _, err = cli("reply", "unanswered", "--next", "complaint")
    assert code == 2 and "expects an internal review first" in err  # no review was asked
    # After a partial answer the hint lists every letter that may follow it, read from the
    # table that refuses the others: thanks is allowed, so it is listed beside review.
    assert "letters that fit: --next review, --next thanks" in err
    assert cli("reply", "unanswered", "--next", "thanks")[0] == 0
    clarification = str(DATA / "wmp-8a-21-clarification.txt")
    assert cli("reply", "unanswered", clarification, "--date", "2021-03-22")[0] == 0
    code, out, err = cli("reply", "unanswered", "--next", "review")
    assert code == 2 and "nothing is decided yet" in err and "--next clarify" in err


def test_a_chaser_before_the_reply_is_due_says_when_it_is(
    cli: Cli,
) -> None:
    import datetime as dt

    today = dt.date.today().isoformat()
    cli("drafts", "new", "--authority", "wmp", "--from", str(LETTER), "Just sent")
    cli("drafts", "status", "just-sent", "sent", "--date", today)
    code, out, err = cli("reply", "just-sent", "--next", "chaser")
    assert code == 2 and "is not due until" in err and not out


def test_a_letter_signed_with_no_name_says_how_to_set_it(
    cli: Cli,
) -> None:
    """The app asks for a missing name before the next letter; the command wrote the
    letter signed [[your name]] and said nothing."""
    cli("drafts", "new", "--authority", "wmp", "--from", str(LETTER), "Unanswered")
    cli("drafts", "status", "unanswered", "sent", "--date", "2021-01-04")
    code, out, _ = cli("reply", "unanswered", "--next", "chaser")
    assert code == 0 and "[[your name]]" in DraftStore().load("Chaser: Unanswered").body
    assert 'foidraft details --name "Your Name"' in out
    cli("details", "--name", "Jo Bloggs")
    code, out, _ = cli("reply", "unanswered", "--next", "chaser")
    assert code == 0 and "details --name" not in out
