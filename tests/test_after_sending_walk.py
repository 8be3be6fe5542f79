"""What a requester met after sending, from the shell, on the seed's real thread (West
Midlands Police 8A/21): each fix found by walking it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import Cli

DATA = Path(__file__).parent / "data"


def seed_thread(cli: Cli, name: str, *, clarified: bool) -> None:
    """The seed's request, sent on 2 January 2021; with ``clarified``, the force's
    clarification request recorded and the answer written."""
    cli("drafts", "new", "--authority", "wmp", "--from",
        str(DATA / "wmp-8a-21-letter.txt"), name)  # fmt: skip
    key = name.split()[0].lower()
    cli("drafts", "status", key, "sent", "--date", "2021-01-02")
    if clarified:
        cli("reply", key, str(DATA / "wmp-8a-21-clarification.txt"),
            "--date", "2021-01-05")  # fmt: skip
        cli("reply", key, "--next", "clarify")


def test_a_sent_clarification_is_not_a_second_request_waiting_for_an_answer(
    monkeypatch: pytest.MonkeyPatch, cli: Cli
) -> None:
    monkeypatch.setenv("COLUMNS", "200")  # each row on one line, its name at the end
    seed_thread(cli, "Paedophile hunters", clarified=True)
    cli("drafts", "status", "answer-paedophile", "sent", "--date", "2021-01-24")
    code, out, _ = cli("due")
    rows = [ln for ln in out.splitlines()[1:] if ln.strip()]
    # One row: the request, due 20 working days after the clarification was sent. The
    # letter that answered the clarification was listed too, as its own overdue request.
    assert code == 0 and len(rows) == 1 and "paedophile-hunters" in rows[0], out
    assert rows[0].startswith("19 February 2021")
    cli("reply", "paedophile", str(DATA / "wmp-8a-21-extension.txt"),
        "--date", "2021-02-19")  # fmt: skip
    _, out, _ = cli("due")
    rows = [ln for ln in out.splitlines()[1:] if ln.strip()]
    assert len(rows) == 1 and rows[0].startswith("19 March 2021") and "(extended)" in rows[0]


def test_no_narrowed_request_after_a_reply_that_refuses_nothing_on_cost(
    cli: Cli,
) -> None:
    seed_thread(cli, "Paedophile hunters", clarified=False)
    cli("reply", "paedophile", str(DATA / "wmp-8a-21-final.txt"), "--date", "2021-03-19")
    # s23(5), s31 and s40(5), no s12: it wrote a "narrowed" request saying the reply did
    # not say which questions took it over a cost limit it never cited.
    code, out, err = cli("reply", "paedophile", "--next", "narrow")
    assert code == 2 and "refuses nothing on cost" in err and "--next review" in err
    assert "wrote" not in out


def test_a_scottish_cost_refusal_gets_review_grounds_under_foisa_not_foia() -> None:
    """Police Scotland's real partial answer under FOISA s12(1) (IM-FOI-2018-1421, in
    tests/data/replies.jsonl with its URL): the review letter said the estimate may count
    the time to find out whether the information is held (FOIA's rule, which FOISA's
    Fees Regulations leave out) and cited the ICO."""
    import json

    from foidraft.replies import read_reply
    from foidraft.replies.review import grounds_for

    rows = [json.loads(line) for line in (DATA / "replies.jsonl").open(encoding="utf-8")]
    (row,) = [r for r in rows if r["id"] == "scotland-immigration-detainees-cells-im-foi-2018-1421"]
    fitting = {g.id: g for g in grounds_for(read_reply(row["text"], regime="FOISA"))}
    assert "cost-estimate" not in fitting and "cost-estimate-foisa" in fitting
    ground = fitting["cost-estimate-foisa"]
    assert "whether the information is held does not count" in ground.text
    assert "itspublicknowledge.info" in ground.source.url
    english = read_reply(row["text"].replace("FOISA", "FOIA"), regime="FOIA")
    assert "cost-estimate-foisa" not in {g.id for g in grounds_for(english)}


def test_after_a_full_answer_a_thank_you_is_offered_and_checked_only_for_form(
    tmp_path: Path, cli: Cli
) -> None:
    """West Midlands Police's real full answer (532A/22, tests/data/replies.jsonl): the
    only letter offered was an internal review; now a thank-you comes first."""
    import json

    from foidraft.drafts import DraftStore
    from foidraft.lint.api import check

    rows = [json.loads(line) for line in (DATA / "replies.jsonl").open(encoding="utf-8")]
    (row,) = [r for r in rows if r["id"] == "wmp-532a-22-999-101-calls"]
    reply = tmp_path / "answer.txt"
    reply.write_text(row["text"], encoding="utf-8")
    seed_thread(cli, "Calls", clarified=False)
    code, out, _ = cli("reply", "calls", str(reply), "--date", "2022-03-20")
    assert code == 0 and "thanks: Say thank you" in out
    assert out.index("thanks:") < out.index("review:")
    code, out, _ = cli("reply", "calls", "--next", "thanks")
    assert code == 0 and "wrote thanks-calls" in out
    thanks = DraftStore().load("Thanks: Calls")
    assert thanks.letter == "thanks" and "Thank you for your response of 20 March 2022" in (
        thanks.body
    )
    from foidraft.lint.letters import FORM_RULES

    loud = [f for f in check(thanks.body, "wmp", letter="thanks") if f.severity != "info"]
    assert [f.rule for f in loud] == ["FD903"]  # only the gap for the name: form only
    assert all(f.name in FORM_RULES for f in loud)
    code, _, err = cli("due")
    assert "Thanks" not in err  # a thank-you is not a request waiting for an answer


def test_no_thanks_before_an_answer(cli: Cli) -> None:
    seed_thread(cli, "Hunters", clarified=True)
    code, _, err = cli("reply", "hunters", "--next", "thanks")
    assert code == 2 and "nothing to thank it for" in err


def test_drafts_list_gives_no_due_date_to_a_sent_clarification_answer(
    cli: Cli,
) -> None:
    seed_thread(cli, "Paedophile hunters", clarified=True)
    _, out, err = cli("drafts", "status", "answer-paedophile", "sent", "--date",
                      "2021-01-24")  # fmt: skip
    assert "paedophile-hunters" in out and "due 19 February 2021" in out  # the request's date
    assert "the reply is due by" not in err  # not the letter's own
    _, out, _ = cli("drafts", "list")
    # by its NAME: the title may be cut to fit the terminal
    (line,) = [ln for ln in out.splitlines() if ln.split()[-1].startswith("answer-paedophile")]
    assert "19 Feb 2021" not in line


def test_the_next_letter_says_what_the_check_finds_in_words(
    cli: Cli,
) -> None:
    """The clarification answer has a gap for each of the force's points: it said
    "foidraft check: 5 warning(s) or error(s)"; now it counts each kind in words."""
    seed_thread(cli, "Paedophile hunters", clarified=False)
    cli("reply", "paedophile", str(DATA / "wmp-8a-21-clarification.txt"),
        "--date", "2021-01-05")  # fmt: skip
    code, out, err = cli("reply", "paedophile", "--next", "clarify")
    said = [ln for ln in (out + err).splitlines() if "foidraft check" in ln]
    assert code == 0 and len(said) == 1, out + err
    assert "(s)" not in said[0] and said[0].startswith("  foidraft check finds ")
    assert " errors and " in said[0] and " warnings in it: `foidraft check " in said[0]
    assert said[0].endswith("` lists them")
