"""What a requester writing to a Scottish body reads in the interview never rests on
England-and-Wales recording terms (Home Office offence codes and outcome types, the
National Standard for Incident Recording, the CPS...) unless the same text says they do not
apply in Scotland; and the area question's example names no place outside the chosen
body's own area."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from foidraft.authorities.directory import load_directory
from foidraft.authorities.infer import infer_authority
from foidraft.authorities.model import Authority
from foidraft.interview import Flow, load_flows
from foidraft.interview.conditions import AllOf, AnyOf, Condition, Not, authority_value
from foidraft.interview.regime import for_authority

ENGLAND_AND_WALES = re.compile(
    r"Home Office (?:offence|outcome|knife|counting)|offence codes?\b|outcome types?\b"
    r"|National Standard for Incident Recording|\bCPS\b|Crown Prosecution|Action Fraud|Report Fraud"
    r"|Police and Crime Commissioner|Department for Education|\bCoventry\b|\bPCSOs?\b",
    re.IGNORECASE,
)
SAYS_SCOTLAND = re.compile(r"Scotland|Scottish")


def scottish_bodies() -> list[Authority]:
    directory = load_directory()
    return [
        directory.resolve("police_scotland"),
        directory.resolve("Scottish Police Authority"),
        infer_authority("Glasgow City Council"),
    ]


def may_hold(condition: Condition | None, authority: Authority) -> bool:
    """Whether ``condition`` can hold for some answers, given the authority (answers are
    free; each authority test is decided)."""
    return True in _outcomes(condition, authority)


def _outcomes(condition: Condition | None, authority: Authority) -> set[bool]:
    if condition is None:
        return {True}
    if isinstance(condition, Not):
        return {not x for x in _outcomes(condition.part, authority)}
    if isinstance(condition, AllOf | AnyOf):
        parts = [_outcomes(p, authority) for p in condition.parts]
        if isinstance(condition, AllOf):
            return {x for x in (True, False) if (all if x else any)(x in p for p in parts)}
        return {x for x in (True, False) if (any if x else all)(x in p for p in parts)}
    if condition.key.startswith("authority."):
        value = authority_value(authority, condition.key)
        return {value in condition.values} if condition.op == "is" else {True, False}
    return {True, False}


def shown_texts(flow: Flow, authority: Authority) -> Iterator[tuple[str, str]]:
    """Every text of ``flow`` a requester writing to ``authority`` may read, by where."""
    shown = for_authority(flow, authority)
    yield "description", shown.description
    for q in shown.questions:
        if not may_hold(q.show_if, authority):
            continue
        for field in ("prompt", "why", "placeholder", "other", "example"):
            value = getattr(q, field)
            if isinstance(value, str):
                yield f"{q.id}.{field}", value
        for c in q.choices:
            if may_hold(c.when, authority):
                yield f"{q.id}.{c.value}", f"{c.label}. {c.hint} {c.text}"
        for n in q.not_offered:
            yield f"{q.id}.not_offered", f"{n.label}: {n.why}"


@pytest.mark.parametrize("body", scottish_bodies(), ids=lambda a: a.id)
def test_scottish_texts_use_scottish_recording_terms(body: Authority) -> None:
    wrong = [
        f"{flow.id}: {where}: {text}"
        for flow in load_flows().values()
        if flow.suits(body)
        for where, text in shown_texts(flow, body)
        if ENGLAND_AND_WALES.search(text) and not SAYS_SCOTLAND.search(text)
    ]
    assert not wrong, "\n".join(wrong)


def test_police_scotland_is_offered_crime_statistics_in_its_own_words() -> None:
    body = load_directory().resolve("police_scotland")
    flow = load_flows()["crime-statistics"]
    description = for_authority(flow, body).description
    assert "Scottish Crime Recording Standard" in description
    assert "offence code" not in description and "outcome type" not in description
    assert "offence code" in for_authority(flow, load_directory().resolve("gmp")).description


PLACES_IN_ENGLAND_AND_WALES = ("Coventry", "Birmingham", "Manchester", "Leeds", "Cardiff")


@pytest.mark.parametrize("ref", ["psni", "police_scotland", "gmp", "south_wales_police"])
def test_the_area_example_names_no_place_outside_the_body(ref: str) -> None:
    body = load_directory().resolve(ref)
    for flow in load_flows().values():
        if not flow.suits(body):
            continue
        for where, text in shown_texts(flow, body):
            if not where.startswith("area."):
                continue
            named = [p for p in PLACES_IN_ENGLAND_AND_WALES if p in text and p not in body.name]
            assert not named, f"{flow.id}: {where}: {text}"


NESTED = re.compile(r"\([^()]*\bsection\b[^()]*\([^()]*\)\)")


@pytest.mark.parametrize("ref", ["gmp", "police_scotland", "Leeds City Council"])
def test_a_section_in_brackets_is_never_bracketed_twice(ref: str) -> None:
    """ "(section 11 (your preferred format))" read as a slip: "under section 11 (...)"."""
    body = load_directory().find(ref)
    assert body is not None
    nested = [
        f"{flow.id}: {where}: {NESTED.search(text)}"
        for flow in load_flows().values()
        if flow.suits(body)
        for where, text in shown_texts(flow, body)
        if NESTED.search(text)
    ]
    assert not nested, "\n".join(nested)
