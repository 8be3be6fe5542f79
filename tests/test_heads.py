"""Whole-word heads: a head is marked whole only where the regex proves a word ends after
it, and the engine, looking such heads up as exact words, finds what ``finditer`` finds."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from foidraft.lint.document import Document
from foidraft.lint.matching import hits
from foidraft.paths import bundled_rules_file
from foidraft.recorded.loader import default_model
from foidraft.rules.heads import head_literals
from foidraft.rules.model import DIGIT_HEAD, Pattern, Rule, RuleSet
from foidraft.rules.registry import load_rule_data

RULES = RuleSet([Rule(d) for d in load_rule_data([(bundled_rules_file(), "bundled")])])


def _model_patterns() -> list[Pattern]:
    model = default_model()
    out = []
    for dataset in model.datasets:
        out.append(dataset.units.pattern)
        out += [f.words.pattern for f in dataset.fields]
        out += [n.words.pattern for n in dataset.not_held]
    for term in model.terms:
        out += [term.words.pattern, term.clear.pattern]
    return out


PATTERNS = [
    p
    for r in RULES
    for p in [*r.patterns, *(p for c in (*r.requires, *r.unless) for p in c.patterns)]
] + _model_patterns()
WHOLE = [p for p in PATTERNS if p.heads_whole]
HEADS = sorted({h for p in WHOLE for h in p.heads or ()})
AFTER = sorted({w for p in WHOLE for _h, after in p.heads_next for w in after})


def whole(regex: str) -> list[str]:
    return head_literals(regex)["heads_whole"]  # type: ignore[no-any-return]


def then(regex: str) -> dict[str, list[str]]:
    return dict(head_literals(regex)["heads_next"])


def test_a_head_followed_by_a_space_or_a_boundary_is_a_whole_word() -> None:
    assert head_literals(r"\b(?:the\s+)?internet\b") == {
        "heads": ["internet", "the"], "heads_ws": True, "heads_whole": ["internet", "the"],
        "heads_next": [["the", ["internet"]]],
    }  # fmt: skip
    assert whole(r"\b(?:the|this)\s+(?:man|woman)") == ["the", "this"]
    assert whole(r"(?<!\w)(?:at\s+railway|conviction\w*)(?!\w)") == ["at"]
    assert whole(r"\bThe\b(?![\w-])") == ["the"]
    # A non-word class after a short start: the start is a whole word there, or goes on.
    assert head_literals(r"(?<!\w)e[-\s]?scooters?(?!\w)") == {
        "heads": ["e", "escooter"], "heads_ws": True, "heads_whole": ["e"], "heads_next": [],
    }  # fmt: skip
    assert whole(r"\b(?:the|an?)\s+officers?\b") == ["a", "an", "the"]


def test_a_head_a_word_may_continue_is_not_whole() -> None:
    assert whole(r"\bthe") == []  # "there" starts with it too
    assert whole(r"\b(?:reasons?|grounds)\s+for") == ["grounds"]
    assert whole(r"\b(?:ab)+\b") == []  # "abab": another round follows
    assert whole(r"\b(?:the\s+x|the)") == []  # whole in one branch only
    assert whole(r"\bthe(?=\s)") == []  # a lookahead is not proven here
    assert whole(r"\bthe(?:\s+of)?x") == ["the"]  # "thex" when the group is skipped...
    assert head_literals(r"\bthe(?:\s+of)?x")["heads"] == ["the", "thex"]  # ...its own head
    assert whole(r"\be\.g\.") == []  # not one word


def test_a_pattern_at_line_starts_is_tried_there() -> None:
    assert head_literals(r"(?m)^[ \t]*@\w+")["lines"] is True
    assert "lines" not in head_literals(r"^[ \t]*@\w+")  # without (?m), the text's start only
    assert "lines" not in head_literals(r"(?m)x|^[ \t]*@\w+")  # another way may start anywhere
    text = "a\n  @one\n\n@two x @three\n@"
    for regex in (r"(?m)^[ \t]*@\w+", r"(?m)^@"):
        data = {"type": "regex", "source": regex, "regex": regex, **head_literals(regex)}
        on, off = Document(text), Document(text)
        off.lower = None
        assert hits(Pattern(data), on) == hits(Pattern(data), off)


def test_a_number_at_a_word_start_is_a_head_in_any_script() -> None:
    assert head_literals(r"\b\d{1,4}\s+x")["heads"] == [DIGIT_HEAD]
    assert head_literals(r"\d\d/\d\d")["heads"] is None  # not at a word start: too many places
    assert head_literals(r"\b(?:\d|x)\s+y|z\d")["heads"] is None  # nor where one is not
    text = "12 x, ١٢ x, １２ x; a12 x ² x\n\n7 x"
    for regex in (r"\b\d{1,4}\s+x", r"\b(?:\d+|some)\s+x"):
        data = {"type": "regex", "source": regex, "regex": regex, **head_literals(regex)}
        on, off = Document(text), Document(text)
        off.lower = None
        assert data["heads"] is not None and hits(Pattern(data), on) == hits(Pattern(data), off)
        assert len(hits(Pattern(data), on)) >= 4


def test_the_words_that_may_follow_a_head() -> None:
    assert then(r"\b(?:the|this)\s+(?:man|woman)") == {
        "the": ["man", "woman"], "this": ["man", "woman"]
    }  # fmt: skip
    assert then(r"\b(?:in|on)\s+(?:the\s+)?last") == {"in": ["last", "the"], "on": ["last", "the"]}
    assert then(r"\bthe\s+x\b|\bthe\s+yz\b") == {"the": ["x", "yz"]}
    assert then(r"\bhow\s+(?:many|much)\b") == {"how": ["many", "much"]}
    # Not known: another way to go on, a space that may be missing.
    assert then(r"\bthe\s+x\b|\bthe\b") == {}
    assert then(r"\bthe[\s-]+x") == {}
    assert then(r"\bthe\s*x") == {}
    assert then(r"\bthe\s+o'neill") == {"the": ["o"]}  # the next word's first part is enough
    assert then(r"\bthe\s+(?:x|\d)") == {}


def test_bundled_patterns_have_whole_word_heads() -> None:
    assert len(WHOLE) > 100
    assert "the" in HEADS
    assert sum(bool(p.heads_next) for p in WHOLE) > 50


# Text where every whole-word head also starts longer words ("the" in "there", "the_x",
# "the2"), stands before a window's end, and next to letters that fold ("ſ", "K").
pieces = st.one_of(
    st.sampled_from(HEADS),
    st.sampled_from(HEADS).map(lambda h: h + "re"),
    st.sampled_from(HEADS).map(lambda h: h.upper() + "_x"),
    st.sampled_from(HEADS).map(lambda h: h + "2"),
    st.sampled_from(HEADS).map(lambda h: h + "ſ"),
    st.sampled_from([" ", "  ", "\n", "\n\n", ". ", ", ", "-", "’s ", "\u212a", "ι", "internet"]),
    st.sampled_from(AFTER),  # the words a head waits for, some after "the " or "how "
    st.sampled_from(AFTER).map(lambda w: w + "ing"),
    st.sampled_from(AFTER).map(lambda w: "the " + w),
    st.sampled_from(AFTER).map(lambda w: "how\t" + w.upper()),
)
texts = st.lists(pieces, max_size=40).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_whole_word_heads_find_what_finditer_finds(text: str) -> None:
    on, off = Document(text), Document(text)
    off.lower = None  # no index: every paragraph is scanned with finditer
    for p in WHOLE:
        assert hits(p, on) == hits(p, off), p.regex
    cut = len(text) // 2  # a window that may end inside a word
    for p in WHOLE:
        assert hits(p, on, 0, cut) == hits(p, off, 0, cut), p.regex


def test_word_lists_one_after_another_are_analysed_once_each(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """What may follow each word of a list is worked out once, not once per word of the
    list before it: that was the product of the lists' lengths (a second to load one
    rule with three lists, and twelve times more with each list of twelve a rule gains)."""
    from foidraft.rules import heads

    calls = 0
    real = heads._heads_of

    def counting(*args: object) -> object:
        nonlocal calls
        calls += 1
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(heads, "_heads_of", counting)
    words = [
        "alpha",
        "bravo",
        "charlie",
        "delta",
        "echo",
        "foxtrot",
        "golf",
        "hotel",
        "india",
        "juliet",
        "kilo",
        "lima",
    ]
    lists = ["(?:" + "|".join(w + suffix for w in words) + ")" for suffix in "wxyz"]
    found = head_literals(r"\b" + r"\s+".join(lists) + r"\b")
    assert found["heads"] == sorted(w + "w" for w in words)
    assert dict(found["heads_next"])["alphaw"] == sorted(w + "x" for w in words)
    assert calls < 40 * len(lists) * len(words)  # the product would be 12**4 = 20,736
