"""How long checking every request of the corpus takes, and which rules spend it.

    python benchmarks/corpus_speed.py [--root TREE] [--every K] [--authority]
    python benchmarks/corpus_speed.py --rules [--top 25]     # each rule's share
    python benchmarks/corpus_speed.py --patterns FD319 ...   # each pattern of those rules

Prints figures; asserts nothing. The requests are always this tree's
tests/data/outcomes.jsonl (every K-th one), so two revisions (``--root`` another checkout,
its code imported instead of this one's) are timed on the same texts: the corpus itself
grows from round to round. One warm-up check first (the rules loaded, the engine's own
regexes compiled), then ``time.process_time()`` around the loop. ``--authority`` checks
each request with its authority, as ``python -m tests.corpus`` does.

``--rules``: each request is made a ``Document`` whose word index is built first, then
each active rule's hits and findings are timed in the order ``lint`` runs them (what the
rule's patterns, their listing of places and its requires/unless cost); the cost of the
document, the index and the merging of findings is printed apart.
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent.parent
OUTCOMES = HERE / "tests" / "data" / "outcomes.jsonl"


def requests(every: int) -> list[dict[str, Any]]:
    rows = [json.loads(x) for x in OUTCOMES.read_text(encoding="utf-8").splitlines() if x.strip()]
    return rows[::every]


def whole(rows: list[dict[str, Any]], with_authority: bool) -> None:
    from foidraft.lint.api import check

    authorities: list[Any] = [None] * len(rows)
    if with_authority:
        from foidraft.authorities.infer import regime_only, resolve_any

        for i, row in enumerate(rows):
            try:
                authorities[i] = resolve_any(row["authority"])[0]
            except Exception:  # a name refused: checked with no body, as a fallback
                authorities[i] = regime_only("foisa") if row["jurisdiction"] == "FOISA" else None
    check(rows[0]["request"], authorities[0])  # warm-up
    start = time.process_time()
    found = 0
    for row, authority in zip(rows, authorities, strict=True):
        found += len(check(row["request"], authority))
    cpu = time.process_time() - start
    print(f"{len(rows)} requests: CPU {cpu:.3f} s, {found} findings")


def by_rule(rows: list[dict[str, Any]], top: int) -> None:
    from foidraft.authorities.context import context_fields
    from foidraft.lint.api import check
    from foidraft.lint.document import Document
    from foidraft.lint.engine import _rule_hits, active_rules, make_finding
    from foidraft.lint.merging import resolve
    from foidraft.rules.registry import default_ruleset
    from foidraft.text.dates import Today

    ruleset = default_ruleset()
    rules = active_rules(ruleset, authority=None, config=None)
    check(rows[0]["request"])  # warm-up
    spent: dict[str, float] = dict.fromkeys((r.id for r in rules), 0.0)
    doc_cpu = index_cpu = resolve_cpu = 0.0
    clock = time.process_time
    gc.disable()
    for row in rows:
        t0 = clock()
        doc = Document(row["request"])
        t1 = clock()
        if doc.lower is not None:
            doc.index().words()
            doc.paragraph_starts()
        t2 = clock()
        doc_cpu += t1 - t0
        index_cpu += t2 - t1
        seen: dict[Any, bool] = {}
        found = []
        day = Today()  # as findings_for does once per check
        doc.year = day.year
        base = context_fields(None, day)
        for rule in rules:
            a = clock()
            severity = rule.severity_for(None)
            for hit in _rule_hits(rule, doc, seen, None, None):
                found.append(make_finding(rule, doc, hit, base, severity, None))
            spent[rule.id] += clock() - a
        a = clock()
        resolve(found, ruleset, doc)
        resolve_cpu += clock() - a
    gc.enable()
    total = sum(spent.values())
    print(f"{len(rows)} requests, {len(rules)} rules: rules {total:.3f} s CPU; documents "
          f"{doc_cpu:.3f} s, index {index_cpu:.3f} s, merging {resolve_cpu:.3f} s")  # fmt: skip
    for rid, cpu in sorted(spent.items(), key=lambda kv: -kv[1])[:top]:
        print(f"  {rid:7} {cpu * 1000:8.1f} ms  {cpu / total:6.1%}")


def by_pattern(rows: list[dict[str, Any]], ids: list[str]) -> None:
    from foidraft.lint.api import check
    from foidraft.lint.document import Document
    from foidraft.lint.engine import _has
    from foidraft.lint.matching import hits
    from foidraft.rules.registry import default_ruleset

    ruleset = default_ruleset()
    check(rows[0]["request"])  # warm-up
    docs = []
    for row in rows:
        doc = Document(row["request"])
        if doc.lower is not None:
            doc.index().words()
        docs.append(doc)
    clock = time.process_time
    gc.disable()
    for rule in ruleset:
        if rule.id not in ids:
            continue
        print(f"{rule.id} {rule.name} ({rule.check}):")
        for i, p in enumerate(rule.patterns):
            a = clock()
            n = sum(len(hits(p, doc)) for doc in docs)
            cpu = clock() - a
            print(f"  pattern {i:2} {cpu * 1000:8.1f} ms {n:5} hits  {p.source[:90]!r}")
        for label, ctxs in (("requires", rule.requires), ("unless", rule.unless)):
            for j, ctx in enumerate(ctxs):
                a = clock()
                for doc in docs:
                    lo = doc.body_start
                    _has(ctx, doc, lo, {})
                cpu = clock() - a
                print(f"  {label} {j} ({ctx.scope}) {cpu * 1000:8.1f} ms once per request")
    gc.enable()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=HERE, help="the tree whose code runs")
    parser.add_argument("--every", type=int, default=1, help="every K-th request only")
    parser.add_argument("--authority", action="store_true", help="with each request's body")
    parser.add_argument("--rules", action="store_true", help="each rule's share")
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--patterns", nargs="*", default=None, help="rule ids")
    args = parser.parse_args()
    sys.path.insert(0, str(args.root.resolve()))
    rows = requests(args.every)
    if args.patterns:
        by_pattern(rows, args.patterns)
    elif args.rules:
        by_rule(rows, args.top)
    else:
        whole(rows, args.authority)


if __name__ == "__main__":
    main()
