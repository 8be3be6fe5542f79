"""Could a first check of a long draft make fewer Python calls, rather than quicker ones?

    python benchmarks/call_cutting.py [--drafts 9]

Prints CPU medians (``time.process_time``) and counts; asserts nothing. The drafts are real
requests from tests/data/outcomes.jsonl joined into 10,000-word letters (a paragraph
each), beside ``check_speed.py``'s drafts from tests/data/dev.jsonl:

1. what the benchmark's letter is: its cost per word at 2,500 to 40,000 words (does
   anything grow faster than the letter?), and the same check on other real requests;
2. the calls a check makes (under cProfile, which slows it) and the regex tries among them;
3. each pattern searched with one ``finditer`` over the letter (the regex engine scans it
   in C, no Python step per place) against tried at the places its heads stand: per
   pattern, in rule order on one letter (so the places shared between patterns are
   listed once, as in a check), and what choosing the quicker one per pattern would save;
4. the requires/unless questions: how many a check asks, how many ask the same patterns
   over the same span (what sharing them across rules would save), and the cost of
   listing each context pattern's matches once over the letter against asking sentence
   by sentence;
5. what a check creates for its findings: Finding objects made and kept, and the time
   from the rules' hits to the sorted list.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import statistics
import sys
import time
from bisect import bisect_left
from pathlib import Path
from typing import Any

from samples import new_drafts

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import foidraft.lint.engine as engine
from foidraft.lint.api import check
from foidraft.lint.document import Document
from foidraft.lint.engine import CollectionPaused, active_rules
from foidraft.lint.matching import first_hit, hits, live_patterns, pattern_matches
from foidraft.rules.model import Context, Pattern
from foidraft.rules.registry import default_ruleset

ROOT = Path(__file__).resolve().parent.parent
OUTCOMES = ROOT / "tests" / "data" / "outcomes.jsonl"
WORDS = 10_000


def _requests(outcome: str | None = None) -> list[str]:
    rows = [json.loads(line) for line in OUTCOMES.read_text(encoding="utf-8").splitlines() if line]
    return [r["request"] for r in rows if outcome is None or r["outcome"] == outcome]


def letters(requests: list[str], words: int, n: int, first: int = 0) -> list[str]:
    """Up to ``n`` letters of ``words`` words, each of requests the others do not hold
    (while there are enough; then from ``first`` on again, further along)."""
    out: list[str] = []
    i = first
    for _ in range(n):
        count, paragraphs = 0, []
        while count < words:
            text = requests[i % len(requests)]
            paragraphs.append(text)
            count += len(text.split())
            i += 1
        out.append("\n\n".join(paragraphs))
    return out


def _cpu(run: Any) -> float:
    start = time.process_time()
    run()
    return time.process_time() - start


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def _median_check(texts: list[str]) -> tuple[float, int]:
    cpu, found = [], []
    for text in texts:
        start = time.process_time()
        findings = check(text)
        cpu.append(time.process_time() - start)
        found.append(len(findings))
    return statistics.median(cpu), int(statistics.median(found))


def part1(n: int) -> None:
    print("1. the letter")
    every, answered = _requests(), _requests("answered")
    for words in (2_500, 5_000, 10_000, 20_000, 40_000):
        texts = letters(every, words, n, first=7)
        cpu, found = _median_check(texts)
        paragraphs = statistics.median(t.count("\n\n") + 1 for t in texts)
        print(f"   {words:6d} words ({paragraphs:.0f} paragraphs): {_ms(cpu)}, "
              f"{cpu / words * 1e6:.2f} us a word, {found} findings")  # fmt: skip
    for name, texts in (
        ("check_speed.py's drafts (dev.jsonl)", new_drafts(n)),
        ("every outcome's request", letters(every, WORDS, n)),
        ("requests answered in full", letters(answered, WORDS, n)),
    ):
        cpu, found = _median_check(texts)
        print(f"   10,000 words of {name}: {_ms(cpu)}, {found} findings")


def part2(text: str) -> None:
    print("2. calls in one check (under cProfile)")
    profile = cProfile.Profile()
    profile.enable()
    check(text)
    profile.disable()
    stats = pstats.Stats(profile)
    calls = {f"{Path(k[0]).name}:{k[2]}": v[1] for k, v in stats.stats.items()}  # type: ignore[attr-defined]
    tries = sum(v for k, v in calls.items() if "'match' of 're.Pattern'" in k)
    most = sorted(calls.items(), key=lambda kv: -kv[1])[:6]
    print(f"   {stats.total_calls} calls, {tries} of them re.match; the most made: "  # type: ignore[attr-defined]
          + ", ".join(f"{k.removeprefix('~:')} {v}" for k, v in most))  # fmt: skip


def _searched(rules: list[Any], doc: Document) -> list[Pattern]:
    """The patterns a check searches for over the whole letter, in rule order."""
    out = []
    for rule in rules:
        if rule.check in ("existence", "occurrence"):
            out += [p for p in live_patterns(rule, doc, whole=True) if p.type != "fuzzy"]
    return out


def part3(texts: list[str], rules: list[Any]) -> None:
    print("3. finditer over the letter against tries at the heads' places")
    tried: dict[int, list[float]] = {}
    scanned: dict[int, list[float]] = {}
    named: dict[int, Pattern] = {}
    for text in texts:
        doc = Document(text)
        doc.year = 2026
        doc.index().words()  # built in every check before the patterns run
        lo = doc.body_start
        for p in _searched(rules, doc):
            p.compiled  # noqa: B018 (compiled in every check too: not what is compared)
            named[id(p)] = p
            tried.setdefault(id(p), []).append(_cpu(lambda: hits(p, doc, limit=201)))  # noqa: B023
            scanned.setdefault(id(p), []).append(
                _cpu(lambda: list(p.compiled.finditer(doc.masked, lo)))  # noqa: B023
            )
    one = {k: statistics.median(v) for k, v in tried.items()}
    other = {k: statistics.median(v) for k, v in scanned.items()}
    quicker = [k for k in one if other[k] < one[k]]
    saved = sum(one[k] - other[k] for k in quicker)
    tries, scans = _ms(sum(one.values())), _ms(sum(other.values()))
    print(f"   {len(one)} patterns a check: tried at their places {tries} (places listed "
          f"included), finditer over the letter {scans}")  # fmt: skip
    print(f"   finditer is quicker for {len(quicker)} of them; choosing it for those saves "
          f"{_ms(saved)} a check; they are:")  # fmt: skip
    for k in sorted(quicker, key=lambda k: other[k] - one[k])[:8]:
        print(f"     {_ms(one[k])} -> {_ms(other[k])}  {named[k].regex[:70]}")
    # A choice made once, when the rules' cache is built: finditer where the regex engine
    # skips ahead to a literal prefix (one without IGNORECASE letters: "(", "[[", "<").
    prefixed = [k for k in one if _scans_fast(named[k])]
    rule_saves = sum(one[k] - other[k] for k in prefixed)
    print(f"   chosen at compile time, finditer for the {len(prefixed)} patterns with a literal "
          f"prefix: saves {_ms(rule_saves)} a check")  # fmt: skip
    ratios = sorted(other[k] / one[k] for k in one if one[k] > 0)
    print(f"   finditer's time over the tries', per pattern: median "
          f"{statistics.median(ratios):.0f}x")  # fmt: skip


def _scans_fast(pattern: Pattern) -> bool:
    """Whether the regex engine searches for ``pattern`` by its literal prefix (a quick
    scan in C) rather than trying it at every position. (A set of first characters, as
    "[:;,]" or the digits of a year, is no quicker than the tries: measured.)"""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    flags = pattern.compiled.flags
    parsed = _parser.parse(pattern.regex, flags)
    return bool(_compiler._get_literal_prefix(parsed, flags)[0])


def part4(texts: list[str]) -> None:
    print("4. requires/unless questions")
    asked: list[tuple[Context, int, int]] = []
    real_has = engine._has

    def noting(ctx: Context, doc: Document, start: int, seen: Any) -> bool:
        a, b = doc.bounds(start, ctx.scope)
        if (id(ctx), a, b) not in seen:
            asked.append((ctx, a, b))
        return real_has(ctx, doc, start, seen)

    counts, distinct, each, once = [], [], [], []
    engine._has = noting
    try:
        for text in texts:
            asked.clear()
            check(text)
            counts.append(len(asked))
            distinct.append(len({(tuple(p.regex for p in c.patterns), a, b) for c, a, b in asked}))
            questions = list(asked)
            each.append(_cpu(lambda: _ask_each(text, questions)))  # noqa: B023
            once.append(_cpu(lambda: _list_once(text, questions)))  # noqa: B023
    finally:
        engine._has = real_has
    print(f"   {statistics.median(counts):.0f} questions a check, "
          f"{statistics.median(distinct):.0f} of them different (patterns and span)")  # fmt: skip
    each_ms, once_ms = _ms(statistics.median(each)), _ms(statistics.median(once))
    print(f"   each asked in its own span: {each_ms}; each context pattern's matches "
          f"listed once over the letter: {once_ms}")  # fmt: skip


def _fresh(text: str) -> Document:
    doc = Document(text)
    doc.year = 2026
    doc.index().words()
    doc.sentence_starts()
    return doc


def _ask_each(text: str, questions: list[tuple[Context, int, int]]) -> None:
    doc = _fresh(text)
    for ctx, a, b in questions:
        any(first_hit(p, doc, a, b) for p in ctx.patterns)


def _list_once(text: str, questions: list[tuple[Context, int, int]]) -> None:
    """An upper bound's cost: a match starting in the span counts (the real question
    also asks that it ends there), so this does no less work than an exact version."""
    doc = _fresh(text)
    starts: dict[int, list[int] | None] = {}
    for ctx, a, b in questions:
        for p in ctx.patterns:
            if id(p) not in starts:
                plain = p.type != "fuzzy" and p.where is None
                starts[id(p)] = (
                    [m.start() for m in pattern_matches(None, p, doc, doc.body_start, len(text))]
                    if plain
                    else None
                )
            listed = starts[id(p)]
            if listed is None:
                if first_hit(p, doc, a, b):
                    break
                continue
            i = bisect_left(listed, a)
            if i < len(listed) and listed[i] < b:
                break


def part5(texts: list[str]) -> None:
    print("5. findings")
    made, kept, spent = [], [], []
    real_make, real_resolve = engine.make_finding, engine.resolve
    tally = [0, 0.0]

    def making(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        out = real_make(*args, **kwargs)
        tally[0] += 1
        tally[1] += time.process_time() - start
        return out

    def resolving(*args: Any) -> Any:
        start = time.process_time()
        out = real_resolve(*args)
        tally[1] += time.process_time() - start
        return out

    engine.make_finding, engine.resolve = making, resolving
    try:
        for text in texts:
            tally[:] = [0, 0.0]
            kept.append(len(check(text)))
            made.append(tally[0])
            spent.append(tally[1])
    finally:
        engine.make_finding, engine.resolve = real_make, real_resolve
    print(f"   {statistics.median(made):.0f} findings made, {statistics.median(kept):.0f} kept; "
          f"making them, dropping the superseded and sorting: {_ms(statistics.median(spent))} "
          f"(timer calls included)")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--drafts", type=int, default=9)
    args = parser.parse_args()
    print(f"load average {os.getloadavg()[0]:.2f}")
    ruleset = default_ruleset()
    texts = letters(_requests(), WORDS, args.drafts)
    check(new_drafts(1)[0])  # load the rules, compile what a long letter needs
    rules = active_rules(ruleset, authority=None, config=None)
    with CollectionPaused():
        part1(args.drafts)
        part2(texts[0])
        part3(texts[:3], rules)
        part4(texts)
        part5(texts)


if __name__ == "__main__":
    main()
