"""After the reply: tracking its dates, and the next letters, with the seed's two golden
letters (set FOIDRAFT_UPDATE_GOLDEN=1 to rewrite them after a deliberate change)."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from foidraft.authorities.directory import load_directory
from foidraft.drafts import Draft, DraftStore
from foidraft.drafts.standings import due_items, standing
from foidraft.drafts.tracking import follow_up_sent
from foidraft.errors import FoidraftError
from foidraft.lint.api import check
from foidraft.lint.model import Edit, Finding, Suggestion
from foidraft.replies import read_reply
from foidraft.replies.clarify import draft_clarification
from foidraft.replies.explain import explain
from foidraft.replies.followup import context_for, next_letter, save_letter
from foidraft.replies.review import grounds_for
from foidraft.replies.track import STATUS, latest_reply, record_reply

DATA = Path(__file__).parent / "data"
GOLDEN = Path(__file__).parent / "golden" / "replies"
LETTER = (DATA / "wmp-8a-21-letter.txt").read_text(encoding="utf-8")
TITLE = "Paedophile hunters and online grooming"
REVIEW_GROUNDS = [
    "ncnd-not-needed", "security-bodies", "aggregate-figures", "prejudice", "public-interest",
]  # fmt: skip


def seed(name: str) -> str:
    return (DATA / f"wmp-8a-21-{name}.txt").read_text(encoding="utf-8")


def wmp():  # type: ignore[no-untyped-def]
    return load_directory().get("wmp")


def golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("FOIDRAFT_UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8"), f"{path} differs"


def sent_request(store: DraftStore) -> Draft:
    draft = Draft.new(TITLE, LETTER, "wmp")
    draft.reference = "8A/21"
    from foidraft.drafts.tracking import mark_sent

    mark_sent(draft, dt.date(2021, 1, 2))
    store.save(draft)
    return draft


def test_the_seed_thread_tracked_from_clarification_to_review() -> None:
    store = DraftStore()
    draft = sent_request(store)
    replies = [("clarification", dt.date(2021, 1, 5)), ("extension", dt.date(2021, 2, 19)),
               ("final", dt.date(2021, 3, 19))]  # fmt: skip
    statuses = []
    for name, day in replies:
        reading = read_reply(seed(name), regime="FOIA", letter=draft.body)
        done = record_reply(draft, reading, day, regime="FOIA", text=seed(name))
        if name == "clarification":
            from foidraft.drafts.tracking import mark_clarified

            assert standing(draft, "FOIA", day).state == "clarification"  # type: ignore[union-attr]
            mark_clarified(draft, dt.date(2021, 1, 24))
        store.save(draft)
        statuses.append((done.status, done.late))
    assert statuses == [("clarification", None), ("extended", None), ("partly-answered", None)]
    assert draft.extended == dt.date(2021, 3, 19) and draft.replied == dt.date(2021, 3, 19)
    now = standing(draft, "FOIA", dt.date(2021, 3, 22))
    assert now is not None and (now.state, now.due) == ("review-by", dt.date(2021, 5, 19))
    [item] = due_items(store, dt.date(2021, 5, 14), load_directory().get)
    assert item.state == "review-by" and "19 May 2021" in item.text
    kept = latest_reply(draft)
    assert kept is not None and kept[1] == dt.date(2021, 3, 19) and "RESPONSE" in kept[0]


def test_a_late_reply_is_marked_late_and_offers_that_ground() -> None:
    store = DraftStore()
    draft = sent_request(store)  # due 2021-02-01 (20 working days)
    reading = read_reply(seed("final"), regime="FOIA", letter=draft.body)
    done = record_reply(draft, reading, dt.date(2021, 2, 10), regime="FOIA")
    assert done.late == dt.date(2021, 2, 1)
    assert "late" in {g.id for g in grounds_for(reading, late=True)}
    assert "late" not in {g.id for g in grounds_for(reading, late=False)}


def test_foisa_deadlines_differ() -> None:
    from foidraft.deadlines import complaint_by, review_due, review_request_by

    assert complaint_by(dt.date(2024, 8, 30), "FOISA") == dt.date(2025, 2, 28)  # six months
    assert complaint_by(dt.date(2024, 8, 30), "FOIA") == dt.date(2024, 10, 11)  # six weeks
    # St Andrew's Day (Scotland) stops the FOISA clock; the FOIA one too (any UK holiday)
    assert review_due(dt.date(2024, 11, 25), "FOISA") == dt.date(2024, 12, 24)
    assert review_request_by(dt.date(2024, 5, 1), "EIR") == review_request_by(
        dt.date(2024, 5, 1), "FOIA"
    )


def test_every_kind_has_a_status_or_keeps_the_one_it_had() -> None:
    from foidraft.drafts.status import STATUSES
    from foidraft.replies import KINDS

    assert set(STATUS.values()) <= set(STATUSES)
    assert set(KINDS) - set(STATUS) == {"acknowledgement", "fees_notice"}


def test_golden_clarification_answer_to_the_five_points() -> None:
    store = DraftStore()
    draft = sent_request(store)
    reading = read_reply(seed("clarification"), regime="FOIA", letter=draft.body)
    context = context_for(draft, reading, authority=wmp(), replied=dt.date(2021, 1, 5),
                          name="D Moore")  # fmt: skip
    letter = next_letter("clarify", draft, context, today=dt.date(2021, 1, 6))
    golden("clarification-answer.txt", letter.body)
    for n in "12345":
        assert f"\n{n}. You wrote:\n> " in letter.body  # their words, marked as a quote
    assert "the financial year 1 April 2019 to 31 March 2020" in letter.body
    assert "For clarity, here is my request as clarified:" in letter.body
    new = save_letter(store, draft, letter)
    assert (new.follows, new.letter, new.authority) == (draft.name, "clarify", "wmp")
    assert any(f.rule == "FD903" for f in check(new.body, wmp()))  # its holes are flagged


def test_golden_internal_review_on_the_ncnd_and_s31_parts() -> None:
    store = DraftStore()
    draft = sent_request(store)
    reading = read_reply(seed("final"), regime="FOIA", letter=draft.body)
    context = context_for(draft, reading, authority=wmp(), replied=dt.date(2021, 3, 19),
                          name="D Moore")  # fmt: skip
    offered = {g.id for g in grounds_for(reading)}
    assert set(REVIEW_GROUNDS) <= offered and "cost-estimate" not in offered
    day = dt.date(2021, 3, 22)
    letter = next_letter("review", draft, context, grounds=REVIEW_GROUNDS, today=day)
    golden("internal-review.txt", letter.body)
    assert "neither confirmed nor denied holding information for questions 3 and 4, citing " \
           "s23(5), s31(3) and s40(5)" in letter.body  # fmt: skip
    assert "withheld the information for question 6 under s31(1)(a) and s31(1)(b)" in letter.body
    assert "by 21 April 2021" in letter.body  # 20 working days from sending (Easter excluded)
    with pytest.raises(FoidraftError, match="does not fit"):
        next_letter("review", draft, context, grounds=["cost-estimate"], today=dt.date(2021, 3, 22))
    with pytest.raises(FoidraftError, match="at least one ground"):
        next_letter("review", draft, context, grounds=[], today=dt.date(2021, 3, 22))


def test_sending_the_review_request_starts_the_reviews_own_deadline() -> None:
    store = DraftStore()
    draft = sent_request(store)
    reading = read_reply(seed("final"), regime="FOIA", letter=draft.body)
    record_reply(draft, reading, dt.date(2021, 3, 19), regime="FOIA")
    store.save(draft)
    context = context_for(draft, reading, authority=wmp(), replied=dt.date(2021, 3, 19), name="D")
    letter = next_letter(
        "review", draft, context, grounds=["prejudice"], today=dt.date(2021, 3, 22)
    )
    review = save_letter(store, draft, letter)
    from foidraft.drafts.tracking import mark_sent

    mark_sent(review, dt.date(2021, 3, 25))
    store.save(review)
    moved = follow_up_sent(store, review, dt.date(2021, 3, 25))
    assert moved is not None and (moved.status, moved.review) == ("review", dt.date(2021, 3, 25))
    assert moved.due == dt.date(2021, 4, 26)  # 20 working days, Easter 2021 excluded
    outcome = read_reply("I have now completed the internal review. I uphold the original "
                         "decision.", regime="FOIA")  # fmt: skip
    on_time = record_reply(moved, outcome, dt.date(2021, 4, 20), regime="FOIA")
    assert (on_time.status, on_time.late) == ("reviewed", None)  # not the request's deadline
    moved.status, moved.review = "review", dt.date(2021, 3, 25)
    late = record_reply(moved, outcome, dt.date(2021, 4, 30), regime="FOIA")
    assert late.late == dt.date(2021, 4, 26)  # the review's own deadline


def test_a_narrowed_request_after_a_cost_refusal() -> None:
    store = DraftStore()
    draft = sent_request(store)
    refusal = (
        "Dear D Moore\n\nWe estimate that complying with your request would exceed the "
        "appropriate limit of £450 under section 12(1). Questions 2 and 3 would require each "
        "crime record to be read individually. You may wish to ask for question 1 only, for "
        "a single financial year.\n\nYours sincerely\n"
    )
    reading = read_reply(refusal, regime="FOIA", letter=draft.body)
    assert (reading.kind, reading.sections) == ("refused_cost", ("s12(1)",))
    context = context_for(draft, reading, authority=wmp(), replied=dt.date(2021, 2, 1), name="D")
    letter = next_letter("narrow", draft, context, today=dt.date(2021, 2, 2))
    assert "I have left out questions 2 and 3" in letter.body
    assert "You may wish to ask for question 1 only" in letter.body
    assert any("60 consecutive working days" in n for n in letter.notes)
    assert "evidence acquired by your own officers" not in letter.body


def test_a_narrowed_request_under_foisa_cites_foisas_duty_to_advise() -> None:
    draft = Draft.new("Arrests", "1. The number of arrests in 2024.\n", "police-scotland")
    refusal = (
        "Under section 12(1) of the Freedom of Information (Scotland) Act 2002, Police "
        "Scotland is not obliged to comply with your request as it would cost more than £600."
    )
    reading = read_reply(refusal, regime="FOISA", letter=draft.body)
    assert reading.kind == "refused_cost"
    context = context_for(draft, reading, authority=None, replied=dt.date(2026, 10, 20), name="D")
    notes = " ".join(next_letter("narrow", draft, context, today=dt.date(2026, 10, 21)).notes)
    assert "(it must advise you, FOISA s15)" in notes and "s16" not in notes
    foia = read_reply(refusal.replace("(Scotland) Act 2002", "Act 2000"), regime="FOIA")
    context = context_for(draft, foia, authority=None, replied=dt.date(2026, 10, 20), name="D")
    notes = " ".join(next_letter("narrow", draft, context, today=dt.date(2026, 10, 21)).notes)
    assert "(it must advise you, s16)" in notes


def test_after_a_partial_answer_only_the_questions_refused_on_cost_are_asked_again() -> None:
    letter = (
        "Dear West Midlands Police,\n\n1. The number of crimes recorded for offence code 8N "
        "in 2024/25.\n\n2. Of the crimes in question 1, the number with the knife flag.\n\n"
        "3. Of the crimes in question 1, the number with outcome type 1.\n\n"
        "Yours faithfully,\n\nJo Bloggs\n"
    )
    draft = Draft.new("Knife crime", letter, "wmp")
    draft.sent = dt.date(2026, 10, 1)
    reply = (
        "Dear Jo Bloggs\n\nQuestions 1 and 2 are answered in the attached spreadsheet. "
        "Section 12(1) of the Freedom of Information Act 2000 applies to question 3: finding "
        "the outcomes would need each crime record to be read. You may wish to narrow it to a "
        "single month.\n\nYours sincerely\n"
    )
    reading = read_reply(reply, regime="FOIA", letter=letter)
    assert reading.kind == "partly_answered"
    assert reading.cost_questions() == ["3"]
    meaning = explain(reading, authority=wmp(), replied=dt.date(2026, 10, 20))
    assert meaning.next_steps[0] == "narrow"
    assert "they say question 3 would cost more than the limit allows" in meaning.headline
    replied = dt.date(2026, 10, 20)
    context = context_for(draft, reading, authority=wmp(), replied=replied, name="Jo Bloggs")
    body = next_letter("narrow", draft, context, today=replied).body
    assert "for answering questions 1 and 2" in body
    assert "3. Of the crimes in question 1, the number with outcome type 1." in body
    assert "the number with the knife flag" not in body  # answered: not asked again
    assert "[[say how you narrow it:" in body  # the requester chooses what to give up
    assert "You may wish to narrow it to a single month." in body


def test_a_chaser_and_a_complaint() -> None:
    store = DraftStore()
    draft = sent_request(store)
    reading = read_reply(seed("final"), regime="FOIA", letter=draft.body)
    context = context_for(draft, reading, authority=wmp(), replied=None, name="D Moore")
    chaser = next_letter("chaser", draft, context, today=dt.date(2021, 2, 10))
    assert "ended on 1 February 2021, 7 working days ago" in chaser.body
    # when it went and their reference, so the authority can find it without a search
    assert "on 2 January 2021 (your reference 8A/21), and have not yet" in chaser.body
    draft.sent = None  # no date recorded: the letter says nothing untrue about one
    unsent = context_for(draft, reading, authority=wmp(), replied=None, name="D Moore")
    assert " on [[" not in next_letter("chaser", draft, unsent, today=dt.date(2021, 2, 10)).body
    outcome = read_reply("I have now completed the internal review. I uphold the original "
                         "decision.", regime="FOIA")  # fmt: skip
    assert outcome.kind == "review_outcome"
    context = context_for(draft, outcome, authority=wmp(), replied=dt.date(2021, 4, 20), name="D")
    complaint = next_letter("complaint", draft, context, today=dt.date(2021, 4, 21))
    assert "Information Commissioner's Office" in " ".join(complaint.notes)
    assert "your response" not in complaint.body  # written to the Commissioner, not to WMP
    scots = context_for(draft, read_reply("Under FOISA I have now completed the review and "
                                          "uphold the decision.", regime="FOISA"),
                        authority=None, replied=dt.date(2021, 4, 20), name="D")  # fmt: skip
    assert "Scottish Information Commissioner" in " ".join(
        next_letter("complaint", draft, scots, today=dt.date(2021, 4, 21)).notes
    )


def _finding(letter: str, rule: str, words: str, new: str, severity: str, kind: str) -> Finding:
    start = letter.index(words)
    end = start + len(words)
    edit = Edit(end, end, new) if new.startswith(" (") else Edit(start, end, new)
    return Finding(
        rule=rule, name=rule, kind=kind, severity=severity, start=start, end=end, line=1,
        column=start + 1, match=words, message="", suggestions=[Suggestion("reword", (edit,))],
    )  # fmt: skip


PERIOD_LETTER = "1. Please provide the number of burglaries in 2019/20 in each ward.\n"
PERIOD_REPLY = (
    "1. Is it the financial year 2019/2020 or calendar years 2019 and 2020 you require?\n"
)


def _answer_with(monkeypatch: pytest.MonkeyPatch, letter: str, reply: str, *found: Finding) -> str:
    import foidraft.lint.api

    monkeypatch.setattr(foidraft.lint.api, "check", lambda text, authority=None: list(found))
    done = draft_clarification(letter, reply, authority=None, title="T", asked=None, name="N")
    return done.body


def test_a_quiet_rule_answers_the_point_it_is_about(monkeypatch: pytest.MonkeyPatch) -> None:
    """Loudness is how often a rule is right unprompted; the authority asking about the
    words is reason enough to offer an info-level rewording."""
    year = _finding(PERIOD_LETTER, "FD101", "2019/20", "the financial year 2019-20", "info",
                    "ambiguous_period")  # fmt: skip
    body = _answer_with(monkeypatch, PERIOD_LETTER, PERIOD_REPLY, year)
    assert "says “2019/20”, please read “the financial year 2019-20”" in body
    assert "[[your answer to this point]]" not in body


def test_a_louder_rule_about_the_point_goes_first(monkeypatch: pytest.MonkeyPatch) -> None:
    quiet = _finding(PERIOD_LETTER, "FD101", "2019/20", "the year to 31 March 2020", "info",
                     "ambiguous_period")  # fmt: skip
    loud = _finding(PERIOD_LETTER, "FD102", "in 2019/20", "in the financial year 2019-20",
                    "warning", "ambiguous_period")  # fmt: skip
    body = _answer_with(monkeypatch, PERIOD_LETTER, PERIOD_REPLY, quiet, loud)
    assert "the financial year 2019-20" in body and "31 March 2020" not in body


def test_words_left_out_are_not_also_added_to(monkeypatch: pytest.MonkeyPatch) -> None:
    letter = "2. Please provide the number of arrests based on evidence from decoys.\n"
    reply = "2. In relation to decoys, this is not a general search option.\n"
    cut = _finding(letter, "FD701", " based on evidence from decoys", "", "warning",
                   "manual_review")  # fmt: skip
    add = _finding(letter, "FD340", "decoys", " (only if your system records it)", "warning",
                   "manual_review")  # fmt: skip
    body = _answer_with(monkeypatch, letter, reply, cut, add)
    assert "Please leave “based on evidence from decoys” out of question 2." in body
    assert "only if your system records it" not in body  # added after words just left out


def test_a_rewording_for_several_questions_says_say() -> None:
    from foidraft.replies.letter_parts import rewording_sentence

    letter = "2. Please count arrests.\n3. Please count arrests too.\n"
    found = _finding(letter, "FD215", "arrests", "arrests (by offence)", "info", "undefined_term")
    [suggestion] = found.suggestions
    sentence = rewording_sentence(letter, found, suggestion, "questions 2 and 3")
    assert sentence == "Where questions 2 and 3 say “arrests”, please read “arrests (by offence)”."


@pytest.mark.parametrize(("reply", "kind", "day"), [
    ("clarification", "clarify", dt.date(2021, 1, 5)),
    ("final", "review", dt.date(2021, 3, 19)),
    ("final", "complaint", dt.date(2021, 3, 19)),
])  # fmt: skip
def test_the_requests_title_quoted_in_a_next_letter_draws_no_finding(
    reply: str, kind: str, day: dt.date
) -> None:
    """A letter names its request by title ("my request “Paedophile hunters arrests”"):
    those words are named, not asked for, so they draw no advice even when the letter is
    checked as a request (a review or complaint is also kept quiet by its kind)."""
    title = "Paedophile hunters arrests"  # draws FD340 as a request's words
    assert any(f.match == "Paedophile hunters" for f in check(title, wmp()))
    draft = Draft.new(title, LETTER, "wmp")
    draft.reference = "8A/21"
    from foidraft.drafts.tracking import mark_sent

    mark_sent(draft, dt.date(2021, 1, 2))
    reading = read_reply(seed(reply), regime="FOIA", letter=draft.body)
    context = context_for(draft, reading, authority=wmp(), replied=day, name="D Moore")
    grounds = REVIEW_GROUNDS if kind == "review" else []
    letter = next_letter(kind, draft, context, grounds=grounds, today=day)
    named = letter.body.index(f"“{title}”")
    assert named >= 0
    inside = [f.rule for f in check(letter.body, wmp())
              if named < f.start < named + len(title) + 2]  # fmt: skip
    assert not inside
