"""Every flow, answered every way it can be, writes a letter the checker passes for the
right reasons: each question varied in turn (each choice, all of them, a typed "another"
entry, "I don't know", left empty), for an English, a Scottish and a Northern Irish force,
and for the flows no force is offered, two councils and an NHS trust.

Either the interview catches a letter that would draw a clarification (it refuses the
answer and says why) or the checker does; the check is never made quiet to get there.
The few warnings the letters do draw are listed below, each with the reason it is right
(or, for one, a disagreement reported to the rule's owner).
"""

from __future__ import annotations

import re

import pytest

import foidraft
from foidraft.errors import FoidraftError
from foidraft.interview import load_flows
from foidraft.interview.script import answer_all
from foidraft.lint.model import SEVERITY_RANK
from tests.flow_variants import AUTHORITIES, OTHER_BODIES, TODAY, UNSURE, variants

# (rule, the variant that draws it): expected, with why.
EXPECTED = {
    # Ten or more numbered questions: the checker rightly warns that costs are added up;
    # the interview has already asked which part to drop first.
    ("FD801", "breakdowns=all"),
    # Briefing notes on a proposal (a station's closure) are what s36 (FOISA s30) protects
    # while the decision is open: FD530 rightly says so, and the interview keeps the choice
    # for a requester who wants them knowing that.
    ("FD530", "doc_types=briefings"),
    ("FD530", "doc_types=all"),
}
# Refusals by the interview: an "I don't know" where the letter needs the answer.
REFUSED = re.compile(r"=unsure$")
CODE = r"\d{1,3}(?:\.\d{1,2})?[A-Z]?(?:/\d{1,2})?\b"
MADE_UP_CODE = re.compile(rf"offence codes? (?!(?:{CODE}|for\b|or\b|and\b|you\b|in\b))\w+")
EMPTY = re.compile(r"(?:\(\s*\)|\[[a-z' ]+\]|\b(?:as|about|between)\s*[,.;]| {2,}|\s,)")


def cases() -> list[tuple[str, str, str, dict[str, object]]]:
    out = []
    for flow in load_flows().values():
        bodies = [a for a in AUTHORITIES if flow.suits(a)]
        for authority in bodies or [a for a in OTHER_BODIES if flow.suits(a)]:
            for label, answers in variants(flow, authority):
                out.append((flow.id, authority.id, label, answers))
    return out


CASES = cases()


def test_the_variants_cover_every_flow_question_and_authority() -> None:
    flows = load_flows()
    assert {c[0] for c in CASES} == set(flows)
    assert {c[1] for c in CASES} == {a.id for a in (*AUTHORITIES, *OTHER_BODIES)}
    for flow in flows.values():
        varied = {c[2].split("=")[0] for c in CASES if c[0] == flow.id}
        assert {q.id for q in flow.questions} <= varied | {"defaults"}, flow.id
    assert len(CASES) > 700


def problems_in(flow_id: str, authority_id: str, label: str, answers: dict[str, object]) -> str:
    """What is wrong with the letter for one case ("" if nothing); "refused" if the
    interview caught it."""
    flow = load_flows()[flow_id]
    authority = next(a for a in (*AUTHORITIES, *OTHER_BODIES) if a.id == authority_id)
    try:
        interview, _ = answer_all(
            flow,
            answers,
            authority=authority,
            requester_name="Jo Bloggs",
            today=TODAY,
            examples=True,
        )
    except FoidraftError as exc:
        # Caught by the interview: only a hedge where the letter needs words.
        ok = REFUSED.search(label) and "not sure" in exc.message
        return "refused" if ok else f"refused: {exc.message}"
    letter, title = interview.letter(), interview.title()
    wrong = []
    if len(title) > 200:
        wrong.append(f"title of {len(title)} characters")
    if UNSURE in letter.lower() or "whoever" in letter.lower():
        wrong.append("a hedge reached the letter")
    if (m := MADE_UP_CODE.search(letter)) is not None:
        wrong.append(f"made-up code {m.group(0)!r}")
    body = letter.split("\n\n", 1)[1]
    if (m := EMPTY.search(body)) is not None:
        wrong.append(f"empty definition {m.group(0)!r}")
    if "between these two sides" in letter and "(b) on the other side" not in letter:
        wrong.append("sides run together")
    wrong += [
        f"{f.rule} on {f.match!r}"
        for f in foidraft.check(letter, authority)
        if f.rank >= SEVERITY_RANK["warning"] and (f.rule, label) not in EXPECTED
    ]
    return "; ".join(wrong)


def test_generated_letters_pass_the_checker_for_the_right_reasons() -> None:
    """One test over every case (each is a few milliseconds; per-test set-up would cost
    more than the checks). Figures: CASES letters, a handful refused by the interview."""
    failures = []
    refused = 0
    for flow_id, authority_id, label, answers in CASES:
        found = problems_in(flow_id, authority_id, label, answers)
        if found == "refused":
            refused += 1
        elif found:
            failures.append(f"{flow_id} / {authority_id} / {label}: {found}")
    assert failures == [], "\n".join(failures[:40])
    assert 0 < refused < len(CASES) // 20


def test_the_expected_warnings_still_fire() -> None:
    """The list above is not a way to hide findings: each entry is still drawn."""
    flows = load_flows()
    authority = AUTHORITIES[0]
    for rule, label in sorted(EXPECTED):
        qid, _, value = label.partition("=")
        flow_id, answers = next(
            (c[0], dict(c[3])) for c in CASES if c[1] == authority.id and c[2] == label
        )
        flow = flows[flow_id]
        interview, _ = answer_all(
            flow, answers, authority=authority, requester_name="Jo", today=TODAY, examples=True
        )
        rules = {f.rule for f in foidraft.check(interview.letter(), authority)}
        assert rule in rules, (rule, qid, value)


def test_a_letter_that_would_bounce_is_caught() -> None:
    """A made-up code, sides run together and an empty definition: the interview refuses
    or rewords each, so none reaches a letter."""
    flows = load_flows()
    wmp = AUTHORITIES[0]
    with pytest.raises(FoidraftError, match="not an offence code"):
        answer_all(
            flows["crime-statistics"],
            {"offences": ["123Z knife crime"]},
            authority=wmp,
            today=TODAY,
            examples=True,
        )
    typed, notes = answer_all(
        flows["crime-statistics"],
        {"offences": ["knife crime"]},
        authority=wmp,
        today=TODAY,
        examples=True,
    )
    assert "the offences you record as knife crime" in typed.letter()
    assert any("not a category foidraft knows" in n for n in notes)
    sides, _ = answer_all(
        flows["correspondence"],
        {
            "sender": "the Chief Constable and the PCC",
            "recipient": "the council and the Home Office",
        },
        authority=wmp,
        today=TODAY,
        examples=True,
    )
    assert "(a) on your side, the Chief Constable and the PCC; and (b) on the other side" in (
        sides.letter()
    )
    with pytest.raises(FoidraftError, match="not sure"):
        answer_all(
            flows["policies"],
            {"subject": "I don't know"},
            authority=wmp,
            today=TODAY,
            examples=True,
        )
