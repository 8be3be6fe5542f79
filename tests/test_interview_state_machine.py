"""Random answer sequences (with back and goto) never crash the interview, bad answers never
change its state, and the letter is always text."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from foidraft.authorities.model import Authority
from foidraft.errors import FoidraftError
from foidraft.interview import Interview, load_flows
from foidraft.interview.model import Question
from tests.flow_variants import SCOTLAND

FLOWS = load_flows()
AUTHORITIES = [
    None,
    Authority(id="wmp", name="West Midlands Police", type="police", recording_standard="hocr"),
    SCOTLAND,
]
GARBAGE = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**12), 10**12),
    st.text(max_size=40),
    st.lists(st.text(max_size=10), max_size=4),
    st.dictionaries(st.text(max_size=6), st.integers() | st.text(max_size=6), max_size=3),
    st.floats(allow_nan=True),
)
YEARS = st.integers(1900, 2100)
DATES = st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31))


def plausible(question: Question) -> st.SearchStrategy[object]:
    """Answers shaped for the question: often valid, sometimes not."""
    values = [c.value for c in question.choices] or ["x"]
    kind = question.type
    if kind == "choice":
        return st.sampled_from(values) | st.text(max_size=20)
    if kind == "multi-choice":
        return st.lists(st.sampled_from(values), max_size=5) | st.lists(st.text(max_size=8))
    if kind == "yes-no":
        return st.booleans() | st.sampled_from(["yes", "no", "perhaps"])
    if kind == "number":
        return st.integers(-3, 15) | st.sampled_from(["3", "ten"])
    if kind == "date":
        return DATES | DATES.map(dt.date.isoformat) | st.text(max_size=12)
    if kind == "period":
        years = st.fixed_dictionaries(
            {"kind": st.sampled_from(["financial", "calendar", "weekly"]), "start": YEARS},
            optional={"end": YEARS | st.none()},
        )
        dates = st.fixed_dictionaries(
            {"kind": st.just("dates"), "start": DATES | st.text(max_size=10)},
            optional={"end": DATES | st.none()},
        )
        texts = st.sampled_from(["2021/22 to 2023/24", "2019 to 2020", "2020-04-01 to date"])
        return years | dates | texts
    return st.text(max_size=60)


def snapshot(interview: Interview) -> tuple[object, ...]:
    return (interview.current, dict(interview.answers), interview.progress)


def check_invariants(interview: Interview) -> None:
    visible = interview.visible_questions()
    current = interview.current
    assert current is None or current.id in {q.id for q in visible}
    index, total = interview.progress
    answered = [q for q in visible if q.id in interview.answers]
    assert len(answered) <= total and 0 <= index <= total
    assert set(interview.answers) <= {q.id for q in visible}
    if interview.is_complete:
        assert current is None
    letter = interview.letter()
    assert isinstance(letter, str) and letter.startswith("Dear ") and letter.endswith("\n")
    title = interview.title()
    assert isinstance(title, str) and title.strip() and len(title) <= 200


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    flow_id=st.sampled_from(sorted(FLOWS)),
    authority=st.sampled_from(AUTHORITIES),
    today=st.dates(dt.date(2016, 1, 1), dt.date(2035, 12, 31)),
    name=st.text(max_size=20),
    data=st.data(),
)
def test_random_sequences_never_crash(
    flow_id: str, authority: Authority | None, today: dt.date, name: str, data: st.DataObject
) -> None:
    interview = Interview(FLOWS[flow_id], authority=authority, requester_name=name, today=today)
    check_invariants(interview)
    steps = data.draw(st.integers(0, 40), label="steps")
    for _ in range(steps):
        action = data.draw(
            st.sampled_from(["answer", "answer", "answer", "back", "goto", "authority"])
        )
        before = snapshot(interview)
        if action == "back":
            interview.back()
        elif action == "authority":  # the requester picks (or changes) the authority
            interview.authority = data.draw(st.sampled_from(AUTHORITIES))
        elif action == "goto":
            target = data.draw(st.sampled_from([q.id for q in FLOWS[flow_id].questions]))
            try:
                interview.goto(target)
            except FoidraftError:
                assert snapshot(interview) == before
        else:
            question = interview.current
            strategy = GARBAGE if question is None else plausible(question) | GARBAGE
            value = data.draw(strategy, label="value")
            try:
                interview.answer(value)
            except FoidraftError as exc:
                assert exc.message  # a message fit to show beside the field
                assert snapshot(interview) == before
        check_invariants(interview)


@settings(max_examples=100, deadline=None)
@given(flow_id=st.sampled_from(sorted(FLOWS)), data=st.data())
def test_defaults_and_examples_always_finish(flow_id: str, data: st.DataObject) -> None:
    """Accepting every suggestion (default, else example) completes any flow on any day."""
    from foidraft.interview.answers import default_answer

    today = data.draw(st.dates(dt.date(2016, 1, 1), dt.date(2035, 12, 31)))
    interview = Interview(FLOWS[flow_id], requester_name="Jo Bloggs", today=today)
    for _ in range(len(FLOWS[flow_id].questions)):
        question = interview.current
        if question is None:
            break
        value = interview.initial_value()
        if value is None:
            value = default_answer(question, today, example=True)
        interview.answer(value)
    assert interview.is_complete
    assert "[" not in interview.letter()
