"""Long alternations grouped by first letter (foidraft.rules.branches) match exactly what
the written regex matches: the programs kept in the caches are re's own but for that."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from foidraft.recorded.loader import default_model
from foidraft.rules.precompile import compile_program, program
from foidraft.rules.registry import default_ruleset

DATA = Path(__file__).parent / "data"


def _texts() -> list[str]:
    """Real letters (the seed texts and the first development requests), and words put
    where grouping could go wrong: shared first letters, one name the start of another,
    either case."""
    cases = [json.loads(line) for line in (DATA / "dev.jsonl").read_text().splitlines()[:40]]
    texts = [p.read_text(encoding="utf-8") for p in sorted(DATA.glob("seed-*.txt"))]
    texts += [c["request"] for c in cases]
    texts.append(
        "Emails to Anna, ANN, annabel and Ann-Marie; letters from Christopher, CHRIS and "
        "Christophers; messages about katherine, Kate and the Kelvin sign \u212a; "
        "ſam and Sam; 2019/20, 19/20 and 2019-2020."
    )
    return texts


def _regexes() -> list[tuple[str, int]]:
    out: list[tuple[str, int]] = []
    for rule in default_ruleset():
        patterns = list(rule.patterns)
        for ctx in (*rule.requires, *rule.unless):
            patterns += ctx.patterns
        out += [(p.regex, 0 if p.case_sensitive else re.IGNORECASE) for p in patterns]
    model = default_model()
    word_lists = [d.units for d in model.datasets]
    for dataset in model.datasets:
        word_lists += [f.words for f in dataset.fields] + [n.words for n in dataset.not_held]
    for term in model.terms:
        word_lists += [term.words, term.clear]
    out += [(w.regex, re.IGNORECASE) for w in word_lists]
    return sorted(set(out))


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[object, ...]]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


def test_every_bundled_regex_finds_what_re_finds() -> None:
    texts = _texts()
    for regex, flags in _regexes():
        ours = compile_program(regex, program(regex, flags), flags)
        theirs = re.compile(regex, flags)
        assert ours.pattern == theirs.pattern and ours.groupindex == theirs.groupindex
        for text in texts:
            assert _found(ours, text) == _found(theirs, text), regex[:80]


def test_long_alternations_are_grouped() -> None:
    """The knowledge base's longest word lists do get grouped (else this module would
    do nothing), and a short list or one with a non-letter start is left as written."""
    names = r"\b(?:ann|anna|annabel|bob|bobby|chris|christopher|kate|katherine)\b"
    raw = program(names, re.IGNORECASE)
    assert raw is not None
    from re import _compiler, _parser  # type: ignore[attr-defined]

    plain = _compiler._code(_parser.parse(names, re.IGNORECASE), re.IGNORECASE)
    ours = compile_program(names, raw, re.IGNORECASE)
    assert list(memoryview(raw[1]).cast("I")) != plain  # type: ignore[arg-type]
    assert _found(ours, "Annabel, ANNA, bobby and Katherine") == _found(
        re.compile(names, re.IGNORECASE), "Annabel, ANNA, bobby and Katherine"
    )
    for short in (r"\b(?:ann|anna|bob)\b", r"(?:-ann|anna|bob|bobby|chris|kate|katherine)"):
        prog = program(short, re.IGNORECASE)
        assert prog is not None
        want = _compiler._code(_parser.parse(short, re.IGNORECASE), re.IGNORECASE)
        assert list(memoryview(prog[1]).cast("I")) == want  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "regex",
    [
        r"(?:ab|a|abc|b|bc|c|ca)+x",  # order inside a group decides what matches
        r"(?P<w>an|ann|anna|b|bo|bob)(?P=w)",  # a group captured, then referred to
        r"(?:Aa|aA|ab|AB|b|Bc|c)\w*",  # either case, under IGNORECASE and not
    ],
)
def test_grouping_keeps_leftmost_first_and_backtracking(regex: str) -> None:
    text = "abcx aabcax annanna bobbob AaAb abAB Bcbc caabx"
    for flags in (0, re.IGNORECASE):
        ours = compile_program(regex, program(regex, flags), flags)
        assert _found(ours, text) == _found(re.compile(regex, flags), text)
