"""Where a first check of a long draft spends its time, and what it cannot go below.

    python benchmarks/check_floor.py [--runs 20]

Prints CPU medians for new 10,000-word drafts (as ``check_speed.py`` builds them); asserts
nothing:

1. the engine (``lint``) on a new draft: what ``check_speed.py`` calls its first check;
2. the same letter linted again, on the same ``Document``, once its word index has listed
   every place a pattern may start, every literal's paragraphs and what follows each word:
   the check with finding candidate places free, the floor of this design;
3. the regex engine alone: ``re.match`` replayed, in C, at every place a check tried;
4. the alternative of one regex for every pattern's head words (an alternation shaped as a
   trie, word-start anchored) run once over the folded letter by ``finditer``, against
   building the word index and listing every head's places from it.
"""

from __future__ import annotations

import argparse
import gc
import re
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from samples import new_drafts

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from foidraft.lint.api import check
from foidraft.lint.document import Document
from foidraft.lint.engine import CollectionPaused, lint
from foidraft.rules.model import DIGIT_HEAD, Pattern
from foidraft.rules.registry import default_ruleset


class _Recorder:
    """A compiled regex that notes where ``match`` is tried."""

    def __init__(self, compiled: re.Pattern[str], tries: list[tuple[Any, str, int, int]]):
        self._compiled, self._tries = compiled, tries

    def match(self, text: str, pos: int = 0, end: int = sys.maxsize) -> re.Match[str] | None:
        self._tries.append((self._compiled.match, text, pos, end))
        return self._compiled.match(text, pos, end)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._compiled, name)


def _cpu(run: Any) -> float:
    start = time.process_time()
    run()
    return time.process_time() - start


def _trie(words: set[str]) -> str:
    """An alternation of ``words`` shaped as a trie: ``in(?:cident|side)?``..."""
    tree: dict[str, Any] = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        alts = [re.escape(ch) + emit(node[ch]) for ch in sorted(node) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(tree)


def _ms(times: list[float]) -> str:
    return f"{statistics.median(times) * 1000:.1f} ms"


def _heads_listed(doc: Document, heads: set[str]) -> float:
    """CPU time to build ``doc``'s word index and list every head's places from it."""
    return _cpu(lambda: [doc.index().positions(h, True) for h in heads])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    rules = default_ruleset()
    drafts = new_drafts(args.runs + 1)
    check(drafts.pop())  # load the rules, compile what a long letter needs
    first, again = [], []
    with CollectionPaused():
        for text in drafts:
            doc = Document(text)
            first.append(_cpu(lambda: lint(doc, rules)))  # noqa: B023
            doc.derived.clear()  # what is kept per check, not per letter
            again.append(_cpu(lambda: lint(doc, rules)))  # noqa: B023
    print(f"1. first check (lint) of a new 10,000-word draft: {_ms(first)}")
    print(f"2. the same letter, its places already listed:     {_ms(again)}")

    tries: list[tuple[Any, str, int, int]] = []
    for p in [o for o in gc.get_objects() if isinstance(o, Pattern)]:
        p._compiled = _Recorder(p.compiled, tries)  # type: ignore[assignment]
    check(drafts[0])
    by_regex: dict[Any, tuple[list[str], list[int], list[int]]] = {}
    for match, text, pos, end in tries:
        texts, places, ends = by_regex.setdefault(match, ([], [], []))
        texts.append(text)
        places.append(pos)
        ends.append(end)
    replay = [_cpu(lambda: [list(map(m, *a)) for m, a in by_regex.items()]) for _ in range(5)]
    print(f"3. re.match alone, at the {len(tries)} places a check tried: {_ms([min(replay)])}")

    heads = {h for r in rules for p in r.patterns if p.heads and p.heads_ws for h in p.heads}
    heads.discard(DIGIT_HEAD)
    one = re.compile(r"\b(?=(" + _trie(heads) + "))")
    scan, listed = [], []
    with CollectionPaused():
        for text in drafts:
            low = Document(text).lower or ""
            scan.append(min(_cpu(lambda: list(one.finditer(low))) for _ in range(3)))  # noqa: B023
            listed.append(min(_heads_listed(Document(text), heads) for _ in range(3)))
    print(f"4. one trie regex of all {len(heads)} head words, finditer once: {_ms(scan)} "
          f"(the longest head at each word start only); the word index built and every "
          f"head's places listed from it: {_ms(listed)}")  # fmt: skip


if __name__ == "__main__":
    main()
