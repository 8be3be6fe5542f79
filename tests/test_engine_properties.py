"""Properties of the lint engine and the bundled rules on arbitrary text.

- Linting never raises, and every finding's span, line, column and suggested edits fit
  the text, on any Unicode: CRLF, combining marks, NULs, characters whose case changes
  length ('İ') or that fold onto ASCII ('ſ', the Kelvin sign), very long lines.
- Applying rewordings the way `foidraft fix` does never raises.
- The literal prefilter never changes a result: every pattern, and the whole lint, give
  the same answer with it switched off (``doc.lower = None``).
- The fold the prefilter searches joins every pair of characters that IGNORECASE regexes
  join (checked against every code point).
- 1 MB pathological letters finish: each runs in a subprocess with a hard 10 s timeout and
  the time is printed (the benchmarks measure speed; tests do not assert on time).
"""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from foidraft.authorities.model import Authority
from foidraft.lint.document import Document
from foidraft.lint.engine import lint
from foidraft.lint.fixes import apply_edits, choose
from foidraft.lint.matching import hits
from foidraft.lint.model import Finding
from foidraft.paths import bundled_rules_file
from foidraft.rules.model import Pattern, Rule, RuleSet
from foidraft.rules.registry import load_rule_data
from foidraft.rules.vocabulary import KINDS, SEVERITIES
from foidraft.text.fold import _CASE_PAIRS, _PRE_LOWER, _UNUSUAL_RE, fold
from tests.corpus import authority_for, load_cases

RULES = RuleSet([Rule(d) for d in load_rule_data([(bundled_rules_file(), "bundled")])])
TODAY = dt.date(2025, 6, 1)
ROOT = Path(__file__).resolve().parent.parent

SCOTLAND = Authority(
    id="police_scotland", name="Police Scotland", type="police", nation="scotland",
    regime="FOISA", recording_standard="scrs", cost_limit=600, hourly_rate=15,
)  # fmt: skip
COMMISSIONER = Authority(id="opcc", name="A Commissioner", type="pcc")
COUNCIL = Authority(id="council", name="A Council", type="council")
AUTHORITIES = [None, SCOTLAND, COMMISSIONER, COUNCIL]


def _patterns(rule: Rule) -> Iterator[Pattern]:
    yield from rule.patterns
    for ctx in (*rule.requires, *rule.unless):
        if ctx is not None:
            yield from ctx.patterns
    yield from rule.anchor or ()


PATTERNS = [p for r in RULES for p in _patterns(r)]
EXAMPLES = [ex for r in RULES for which in ("bad", "good") for ex in r.examples[which]]
SPECIALS = [
    "İ", "ſ", "\u212a", "ı", "\u0301", "e\u0301", "\x00", "\r\n", "\r", "\n", "\n\n", "\t",
    "\u2028", "\ufeff", "’", "”", "…", "£450", "2019/20", "[[name]]", "> quoted line\n",
    "<!-- foidraft: ignore -->", "<!-- foidraft: ignore FD101 -->\n",
    "---\nauthority: Police Scotland\nignore: FD101\n---\n", "Yours faithfully,\n", "1. ",
    "ſtolen İnformation from \u212aent", "all ınformation", "onlİne", "Σ", "ß", "ǅ",
]  # fmt: skip
FRAGMENTS = EXAMPLES + SPECIALS

letters = st.lists(st.one_of(st.text(max_size=30), st.sampled_from(FRAGMENTS)), max_size=20).map(
    "".join
)
long_lines = st.builds(
    lambda frag, n: frag * n,
    st.sampled_from([*SPECIALS, "a ", "1", "/", "how many ", "decoy "]),
    st.integers(min_value=200, max_value=3000),
)
texts = st.one_of(letters, long_lines)

PROPERTY_SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def _lint(text: str, authority: Authority | None) -> list[Finding]:
    return lint(Document(text), RULES, authority=authority, today=TODAY)


def _assert_valid(text: str, findings: list[Finding]) -> None:
    for f in findings:
        assert 0 <= f.start < f.end <= len(text), f
        assert f.match == text[f.start : f.end]
        line = text.count("\n", 0, f.start) + 1
        column = f.start - (text.rfind("\n", 0, f.start) + 1) + 1
        assert (f.line, f.column) == (line, column), f
        assert f.kind in KINDS and f.severity in SEVERITIES
        for s in f.suggestions:
            for e in s.edits:
                assert 0 <= e.start <= e.end <= len(text), (f, e)


def _apply_like_fix(text: str, findings: list[Finding]) -> None:
    """What `foidraft fix` does: safe rewordings alone, then each rule's first or second."""
    ids = {f.rule for f in findings}
    for choices in ({}, dict.fromkeys(ids, 1), dict.fromkeys(ids, 2)):
        chosen, _pending = choose(findings, choices)
        fixed = apply_edits(text, [e for _, s in chosen for e in s.edits])
        assert isinstance(fixed, str)
    for f in findings:
        for s in f.suggestions:
            apply_edits(text, list(s.edits))


@PROPERTY_SETTINGS
@given(text=texts, authority=st.sampled_from(AUTHORITIES))
def test_lint_and_fix_never_raise_and_spans_fit(text: str, authority: Authority | None) -> None:
    findings = _lint(text, authority)
    _assert_valid(text, findings)
    _apply_like_fix(text, findings)


# -- the literal prefilter ------------------------------------------------------------------
def _without_prefilter(text: str) -> Document:
    doc = Document(text)
    doc.lower = None
    return doc


def _summary(findings: list[Finding]) -> list[tuple[object, ...]]:
    return [
        (f.rule, f.start, f.end, f.message, [(s.title, s.edits) for s in f.suggestions])
        for f in findings
    ]


def _same_with_and_without_prefilter(
    text: str, authority: Authority | None, with_prefilter: list[Finding] | None = None
) -> None:
    """``with_prefilter``: the lint of ``text`` as ``_lint`` gives it, when already made."""
    on, off = Document(text), _without_prefilter(text)
    assert on.lower is not None  # the fold keeps the length of any text
    for p in PATTERNS:
        assert hits(p, on) == hits(p, off), p.source
    if with_prefilter is None:
        with_prefilter = lint(Document(text), RULES, authority=authority, today=TODAY)
    without = lint(_without_prefilter(text), RULES, authority=authority, today=TODAY)
    assert _summary(with_prefilter) == _summary(without)


# One test a request, not two: each of the 2,447 requests is linted once for both checks
# (valid findings, and the same findings with the prefilter switched off), which saves a
# lint and a test's own costs per request (about 40 s of CPU a run).
@pytest.mark.parametrize("case", load_cases(), ids=lambda c: c["id"])
def test_corpus_requests_give_valid_findings_with_or_without_prefilter(
    case: dict[str, object],
) -> None:
    text, authority = str(case["request"]), authority_for(case)  # type: ignore[arg-type]
    findings = _lint(text, authority)
    _assert_valid(text, findings)
    _apply_like_fix(text, findings)
    _same_with_and_without_prefilter(text, authority, findings)


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=letters, authority=st.sampled_from(AUTHORITIES))
def test_prefilter_never_changes_results_on_random_text(
    text: str, authority: Authority | None
) -> None:
    _same_with_and_without_prefilter(text, authority)


ALL_CHARACTERS = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)


def _slow_fold(text: str) -> str:
    return text.translate(_PRE_LOWER).lower().translate(_CASE_PAIRS)


def test_fold_keeps_every_character_in_place() -> None:
    folded = fold(ALL_CHARACTERS)
    assert len(folded) == len(ALL_CHARACTERS)
    assert folded == _slow_fold(ALL_CHARACTERS)
    # The fast path (plain lower()) is taken only where it gives the same answer.
    usual = _UNUSUAL_RE.sub("", ALL_CHARACTERS)
    assert len(usual) < len(ALL_CHARACTERS)
    assert fold(usual) == usual.lower() == _slow_fold(usual)


def test_fold_joins_what_ignorecase_regexes_join() -> None:
    """If a character matches a literal's character under IGNORECASE, both fold alike, so
    a literal can never be missed by the prefilter's search of the folded text."""
    literals = {lit for p in PATTERNS for lit in p.literals or ()}
    assert literals and all(fold(lit) == lit for lit in literals)  # stored folded
    folded = fold(ALL_CHARACTERS)
    for c in sorted({ch for lit in literals for ch in lit} | set("abcdefghijklmnopqrstuvwxyz")):
        for m in re.finditer(re.escape(c), ALL_CHARACTERS, re.IGNORECASE):
            assert folded[m.start()] == fold(c), (c, m.group(), hex(ord(m.group())))


# -- 1 MB pathological letters ----------------------------------------------------------------
# Each unit is repeated to a little over 1 MB.
PATHOLOGICAL = {
    "a-space": "a ",
    "split-years": "2019/20 ",
    "digits-slashes": "1/",
    "digits": "9",
    "same-word": "information ",
    "how-many": "how many ",
    "decoy": "decoy ",
    "full-stops": ".",
    "brackets": "(",
    "question-marks": "?!",
    "newlines": "\n",
    "paragraphs": "a\n\n",
    "numbered-lines": "1. a\n",
    "placeholders": "[[",
    "special-folds": "\u0130\u017f x\n\n",
    "sign-offs": "Yours faithfully,\n",
    "titles": "Mr A ",
    "names-of": "names of the ",
    "open-fences": "```x\n",  # fenced blocks that never close (was quadratic)
    "reply-lines": "On x wrote:\n",
    "one-long-sentence": "the number of crimes reported to your force in 2019/20 online by street ",
}
# The child measures CPU time, not wall time, and a megabyte against a tenth of it: linear
# work grows about tenfold, the quadratic scans these units once caused grow a hundredfold.
# The subprocess timeout only stops a hang.
CODE = """
import time
from foidraft.lint.api import check
from foidraft.rules.registry import default_ruleset
rules = default_ruleset()
unit = {unit!r}
check(unit * 100, None, ruleset=rules)  # compile what the rules compile lazily
def cpu(size):
    text = unit * (size // len(unit) + 1)
    start = time.process_time()
    found = check(text, None, ruleset=rules)
    return time.process_time() - start, len(found)
small = sorted(cpu(100_000)[0] for _ in range(3))[1]  # the median of three
large, findings = cpu(1_000_000)
print(f"{{small:.3f}} {{large:.3f}} {{findings}}")
"""
# Linear is 10 (12 measured on a quiet machine); two busy cores inflate the megabyte's CPU
# time more than the small run's (26 seen under CI), and quadratic would be 100.
GROWTH_LIMIT = 40


@pytest.mark.slow
@pytest.mark.parametrize("name", list(PATHOLOGICAL))
def test_a_megabyte_of_pathological_text_finishes(name: str, tmp_path: Path) -> None:
    env = {**os.environ, "FOIDRAFT_HOME": str(tmp_path / "home")}
    res = subprocess.run(
        [sys.executable, "-c", CODE.format(unit=PATHOLOGICAL[name])],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
        env=env,
    )
    assert res.returncode == 0, res.stderr
    small, large, findings = res.stdout.split()
    print(f"\n{name}: 100 KB {small} s, 1 MB {large} s CPU, {findings} findings")
    # Below a hundredth of a second the clock's grain decides; that is linear enough.
    assert float(large) <= GROWTH_LIMIT * max(float(small), 0.01), (name, small, large)
