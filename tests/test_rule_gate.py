"""The rules' gates (``foidraft.rules.gate``) never drop a pattern that could match.

A pattern the gate rules out in a letter must find nothing there, with the prefilter or
without it (the regex run over every paragraph); and a check with gates gives exactly
what a check without them gives: on every rule's own examples, on the corpus's requests
and on random letters made of the patterns' own heads and literals (so that some clauses
hold and others do not). The cache keeps each pattern packed, and a check of a short
letter unpacks only the patterns its gates let through.
"""

from __future__ import annotations

import copy
import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from foidraft.lint.checker import Checker
from foidraft.lint.document import Document
from foidraft.lint.engine import lint
from foidraft.lint.index import FEW_WORDS, PREFIX_LENGTH
from foidraft.lint.matching import hits, live_indexes, live_patterns
from foidraft.lint.model import Finding
from foidraft.paths import bundled_rules_file
from foidraft.rules.gate import WORD_START_MAX, pattern_gate, rule_gate
from foidraft.rules.literals import required_clauses
from foidraft.rules.model import Rule, RuleSet
from foidraft.rules.registry import load_rule_data
from tests.corpus import load_cases

DATA = load_rule_data([(bundled_rules_file(), "bundled")])
GATED = RuleSet([Rule(d) for d in DATA])
UNGATED = RuleSet([Rule({**d, "gate": None}) for d in DATA])
TODAY = dt.date(2025, 6, 1)
HITS_RULES = [r for r in GATED if r.check in ("existence", "occurrence")]
EXAMPLES = [ex for r in GATED for which in ("bad", "good") for ex in r.examples[which]]
# What the gates ask about: every head and literal, and a few words that are neither.
WORDS = sorted(
    {s for r in HITS_RULES for c in r.gate or () for cl in c or () for s in (*cl[0], *cl[1])}
    | {"the", "number", "of", "please", "provide", "2019", "/", "20", "police", "zebra"}
)


def _summary(findings: list[Finding]) -> list[dict[str, object]]:
    return [f.to_dict() for f in findings]


def _gated_out(rule: Rule, doc: Document) -> list[int]:
    """The indexes of the rule's patterns its gate rules out in ``doc``, searched whole
    (where whole-word heads are placed exactly): more than the plain clauses rule out."""
    live = live_indexes(rule, doc, whole=True)
    plain = live_indexes(rule, doc)
    assert (
        [rule.pattern(i) for i in live or ()]
        == [p for i, p in enumerate(rule.patterns) if live is None or i in live]
        == live_patterns(rule, doc, whole=True)
    )
    assert (live is None) == (plain is None)
    assert set(live or ()) <= set(plain or ())
    return [] if live is None else [i for i in range(len(rule.patterns)) if i not in live]


def _never_drops_a_match(text: str) -> int:
    """Every gated-out pattern finds nothing in ``text``; returns how many there were."""
    doc = Document(text)
    plain = Document(text)
    plain.lower = None  # no prefilter: the regex runs over every paragraph
    dropped = 0
    for rule in HITS_RULES:
        for i in _gated_out(rule, doc):
            pattern = rule.patterns[i]
            assert hits(pattern, doc) == [], (rule.id, i, text[:80])
            assert hits(pattern, plain) == [], (rule.id, i, text[:80])
            dropped += 1
    return dropped


def _same_with_and_without_gates(text: str) -> None:
    gated = lint(Document(text), GATED, today=TODAY)
    ungated = lint(Document(text), UNGATED, today=TODAY)
    assert _summary(gated) == _summary(ungated)


def test_the_gate_asks_the_word_starts_the_index_keeps() -> None:
    assert WORD_START_MAX == PREFIX_LENGTH


def test_a_clause_splits_plain_word_starts_from_the_rest() -> None:
    gate = pattern_gate(
        {"type": "regex", "heads": ["how", "£", "a" * 25], "heads_ws": True,
         "literals": ["many", "per cent"], "literals_ws": True}
    )  # fmt: skip
    assert gate == [[["how"], ["£", "a" * 25], True, None], [["many"], ["per cent"], True]]
    assert pattern_gate({"type": "regex", "heads": ["19"], "literals": ["19"]}) == [
        [[], ["19"], False, None]
    ]
    assert pattern_gate({"type": "fuzzy", "heads": ["online"]}) is None
    assert pattern_gate({"type": "regex"}) is None


def test_the_heads_clause_names_whole_words_and_what_follows_them() -> None:
    gate = pattern_gate(
        {"type": "regex", "heads": ["internet", "online", "the", "£"], "heads_ws": True,
         "heads_whole": ["online", "the"], "heads_next": [["the", ["internet", "web"]]]}
    )  # fmt: skip
    assert gate == [[["internet", "online", "the"], ["£"], True, [["the", ["internet", "web"]]]]]


def test_a_pattern_whose_the_precedes_none_of_its_words_is_not_built() -> None:
    (rule,) = [r for r in HITS_RULES if r.id == "FD608"]
    (i,) = [
        i for i, p in enumerate(rule.patterns)
        if p.heads == ("the",) and "officer" in dict(p.heads_next)["the"]
        and p.regex.startswith(r"\bthe\s+(?:police\s+)?officers?\s+(?:in|seen")
    ]  # fmt: skip
    for text, live in (
        ("Which video did the officer make in 2023?", True),
        ("Which video did the force send? Officer numbers too.", False),
    ):
        doc = Document(text)
        assert i in (live_indexes(rule, doc) or ())  # "the" and "officer": the clauses hold
        assert (i in (live_indexes(rule, doc, whole=True) or ())) is live


def test_a_pattern_needs_every_set_of_words_its_matches_hold() -> None:
    regex = r"\bnames?\s+of\s+(?:the\s+)?(?:officers?|staff)(?:\s+on)?\s+(?:duty|patrol)\b"
    assert required_clauses(regex) == [
        (["name"], True), (["officer", "staff"], True), (["duty", "patrol"], True)
    ]  # fmt: skip
    gate = pattern_gate(
        {"type": "regex", "regex": regex, "heads": ["name"], "heads_ws": True,
         "literals": ["duty", "patrol"], "literals_ws": True}
    )  # fmt: skip
    assert gate == [
        [["name"], [], True, None], [["duty", "patrol"], [], True],
        [["officer", "staff"], [], True],
    ]  # fmt: skip
    (rule,) = [r for r in HITS_RULES if r.id == "FD608"]
    (i,) = [
        i for i, p in enumerate(rule.patterns) if p.regex.startswith(r"\bthe\s+(?:police\s+)?off")
    ]
    for text, live in (
        ("Which video did the officer make?", True),
        ("Which report did the officer make? A video.", True),  # each set's word: tried
        ("Which report did the officer make?", False),  # no video, footage...: never built
    ):
        assert (i in (live_indexes(rule, Document(text)) or ())) is live


def test_only_rules_that_look_for_matches_have_gates() -> None:
    fuzzy = {"type": "fuzzy"}
    plain = {"type": "regex", "literals": ["online"]}
    assert rule_gate({"check": "absence", "patterns": [plain]}) is None
    assert rule_gate({"check": "model", "patterns": []}) is None
    assert rule_gate({"patterns": [fuzzy]}) is None
    assert rule_gate({"patterns": [fuzzy, plain]}) == [None, [[[], ["online"], False]]]


# The examples in four parts, a test each (every fourth example from the part's own start:
# together the parts take each example once): all of them in one test took 22 s on one
# worker, often the last test running while the other worker idled.
PARTS = 4


@pytest.mark.parametrize("part", range(PARTS))
def test_gates_drop_nothing_on_the_rules_own_examples(part: int) -> None:
    examples = EXAMPLES[part::PARTS]
    dropped = sum(_never_drops_a_match(text) for text in examples)
    assert dropped > 1000 // PARTS  # the gates do rule patterns out: this test tests something
    for text in examples:
        _same_with_and_without_gates(text)


def test_gates_drop_nothing_on_the_corpus() -> None:
    for case in load_cases()[:150]:
        text = str(case["request"])
        _never_drops_a_match(text)
        _same_with_and_without_gates(text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    words=st.lists(st.sampled_from(WORDS), max_size=40),
    spaces=st.lists(st.sampled_from([" ", " ", "\n", ". ", "\n\n", "", "-", "'s "]), max_size=40),
)
def test_gates_drop_nothing_on_random_letters(words: list[str], spaces: list[str]) -> None:
    text = "".join(w + (spaces[i] if i < len(spaces) else " ") for i, w in enumerate(words))
    _never_drops_a_match(text)
    _same_with_and_without_gates(text)


NEXTS = sorted({pair for r in HITS_RULES for p in r.patterns for pair in p.heads_next})


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    words=st.lists(st.sampled_from(WORDS), max_size=40),
    spaces=st.lists(st.sampled_from([" ", "  ", "\n", ". ", "-", ""]), max_size=40),
)
def test_a_word_stands_before_its_next_words_where_its_places_say(
    words: list[str], spaces: list[str]
) -> None:
    """The gate's yes or no (``LiteralIndex.stands``) is whether the places the pattern's
    search lists (``LiteralIndex.places``) are any."""
    text = "".join(w + (spaces[i] if i < len(spaces) else " ") for i, w in enumerate(words))
    for word, after in NEXTS:
        assert Document(text).index().stands(word, after) == bool(
            Document(text).index().places(word, after)
        )


def test_a_long_letter_tries_every_pattern() -> None:
    text = " ".join(f"word{n}" for n in range(FEW_WORDS + 1))
    doc = Document(text)
    assert all(live_indexes(r, doc) is None for r in HITS_RULES)
    assert all(live_patterns(r, doc) == r.patterns for r in HITS_RULES)


def test_a_copied_rule_finds_what_the_rule_finds() -> None:
    """A copy (the TUI's tests make one, to change a rule's severity) shares or rebuilds
    the patterns, whichever its original had unpacked when it was copied."""
    text = "Dear Sir,\n\nThe number of arrests in 2019/20.\n\nYours faithfully,\nA B\n"
    for unpacked in (False, True):
        (data,) = [d for d in load_rule_data([(bundled_rules_file(), "bundled")])
                   if d["id"] == "FD101"]  # fmt: skip
        rule = Rule(data)
        rule.pattern(0)  # one unpacked, as a check of a short letter leaves it
        if unpacked:
            assert rule.patterns
        twin = copy.copy(rule)
        for rules in (RuleSet([rule]), RuleSet([twin])):
            assert [f.rule for f in Checker(rules).check(text)] == ["FD101"]
            assert [f.rule for f in lint(Document(text), rules, today=TODAY)] == ["FD101"]


def test_a_short_letter_unpacks_only_the_patterns_it_may_match() -> None:
    rules = RuleSet([Rule(d) for d in load_rule_data([(bundled_rules_file(), "bundled")])])
    lint(Document("Please provide the number of arrests in 2019/20.\n"), rules, today=TODAY)
    built = [p for r in rules for p in (r._built or ()) if p is not None]
    total = sum(len(r.patterns) for r in rules)
    assert 0 < len(built) < total / 2
