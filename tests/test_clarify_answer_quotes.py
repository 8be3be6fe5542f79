"""The clarification answer: the authority's words it quotes are marked as quotes, so the
check leaves them alone while still checking the requester's own answers; a point about
two questions answers both."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from foidraft.authorities.directory import load_directory
from foidraft.lint.api import check
from foidraft.replies.clarify import draft_clarification

DATA = Path(__file__).parent / "data"
LETTER = (DATA / "wmp-8a-21-letter.txt").read_text(encoding="utf-8")
ASKED = (DATA / "wmp-8a-21-clarification.txt").read_text(encoding="utf-8")


def _answer() -> str:
    wmp = load_directory().get("wmp")
    letter = draft_clarification(
        LETTER, ASKED, authority=wmp, title="Arrests", asked=dt.date(2021, 1, 5), name="D Moore"
    )
    return letter.body


def _line(text: str, at: int) -> str:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return text[start : end if end >= 0 else len(text)]


def test_no_finding_on_the_authoritys_quoted_words() -> None:
    body = _answer()
    quoted = [ln for ln in body.split("\n") if ln.startswith("> ")]
    assert len(quoted) == 5  # one per point, each marked as a quote
    assert any("2019/20" in ln and "online" in ln for ln in quoted)  # words the rules flag
    findings = check(body, load_directory().get("wmp"))
    on_quotes = [f for f in findings if _line(body, f.start).startswith(">")]
    assert not on_quotes, [(f.rule, f.match) for f in on_quotes]


def test_the_requesters_own_answers_are_still_checked() -> None:
    body = _answer()
    findings = check(body, load_directory().get("wmp"))
    clarified = body.index("here is my request as clarified")
    # The clarified request keeps 1c's decoy question: still flagged, as in any request.
    assert any(f.rule == "FD701" and f.start > clarified for f in findings)
    # Words the requester writes under a quote are theirs, and checked.
    mine = body.replace(
        "Please leave out questions 2 and 3 altogether.",
        "Please read it as arrests in 2019/20 instead.",
    )
    at = mine.index("arrests in 2019/20 instead")
    assert any(f.rule == "FD101" and f.start > at for f in check(mine, None))


def test_a_point_about_two_questions_answers_both() -> None:
    body = _answer()
    point = body[body.index("\n4. You wrote:") : body.index("\n5. You wrote:")]
    assert "Question 2 and 3, in relation to decoys" in point
    assert "Please leave out questions 2 and 3 altogether." in point
    clarified = body[body.index("here is my request as clarified") :]
    assert "officers acting as decoys" not in clarified  # question 2 left out
    assert "so-called paedophile hunters." not in clarified  # and question 3 with it
    assert "\n4. Please provide the names" in clarified  # the authority's numbers are kept
    assert "\n1c. Please specify" in clarified


def test_the_narrowed_request_quotes_the_replys_advice_as_a_quote() -> None:
    """Thames Valley Police's real cost refusal (3493/18, tests/data/replies.jsonl with
    its URL): the advice the narrowed request quotes stays clear of the check, and the
    request no longer reads "Please provide: 1. Please provide ..."."""
    import json

    from foidraft.drafts import Draft
    from foidraft.replies import read_reply
    from foidraft.replies.followup import context_for, next_letter

    rows = [json.loads(x) for x in (DATA / "replies.jsonl").open(encoding="utf-8")]
    (row,) = [r for r in rows if r["id"] == "tvp-modern-slavery-cases-3493-18"]
    wmp = load_directory().get("wmp")
    draft = Draft.new("Arrests", LETTER, "wmp")
    draft.sent = dt.date(2024, 1, 2)
    reading = read_reply(row["text"], regime="FOIA", letter=LETTER)
    context = context_for(draft, reading, authority=wmp, replied=dt.date(2024, 1, 20), name="X")
    body = next_letter("narrow", draft, context, today=dt.date(2024, 1, 20)).body
    assert "This follows the advice in your response:\n> " in body
    assert "charges / summons rather than prosecutions" in body
    assert "Please provide:" not in body and "\n1a. Please provide" in body  # its own number
    on_quotes = [f for f in check(body, wmp) if _line(body, f.start).startswith(">")]
    assert not on_quotes


def _first_quote(line: str) -> tuple[int, int] | None:
    """Where the first “...” of a line lies (its words, without the marks)."""
    start = line.find("“")
    end = line.find("”", start + 1)
    return (start + 1, end) if start >= 0 and end > start else None


def test_the_requesters_old_wording_quoted_in_an_answer_is_not_flagged() -> None:
    """ "Where question 1a says “sexual offences of any kind ...”, please read ..." quotes
    the request as sent: the words it replaces are not the new request, so the check
    does not flag them; the wording it asks for instead still is checked."""
    body = _answer()
    wmp = load_directory().get("wmp")
    findings = check(body, wmp)
    on_old, on_new = [], []
    for f in findings:
        start = body.rfind("\n", 0, f.start) + 1
        line = _line(body, f.start)
        if not line.startswith(("Where ", "Please leave “", "In question", "In my request")):
            continue
        quote = _first_quote(line)
        if quote and quote[0] <= f.start - start and f.end - start <= quote[1]:
            on_old.append((f.rule, f.match))
        else:
            on_new.append(f.rule)
    assert not on_old, on_old  # e.g. FD403 on "of any kind", the words being replaced
    assert "FD903" in on_new  # the hole in "please read “... [[list the codes]] ...”"
    assert "sexual offences of any kind related to children" in body  # still quoted
    from foidraft.export import plain_text

    assert "foidraft: ignore" not in plain_text(body)  # what the authority reads
