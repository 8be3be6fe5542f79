"""Does "how the requests most like this one were answered" add to the rules? Measured.

    python -m tests.neighbours_eval            # grouped CV and leave-one-source-out, training
    python -m tests.neighbours_eval --grid     # ... and the grid the parameters are chosen on
    python -m tests.neighbours_eval --final    # then, once: validation and last round's files

Every measurement on the training part keeps near-duplicates apart: requests with cosine
similarity above GROUP_SIM, or the same first 200 characters (normalised), are one group
(a round-robin sent to many bodies), and whole groups are held out together, so a request
is never judged by its own copies. Leave-one-source-out holds out each collect file (and
dev.jsonl) in turn: fresh requests come from new sources. Figures are the corpus scorer's
(tests/corpus.py) for the signal alone, the rules' loud findings, and their union.
Validation figures are aggregates only.

Result (6 December, 1,267 training requests): no product feature follows. Near-twins are
rare (in grouped CV, median top-1 similarity 0.25; 5% of requests have three neighbours
above 0.3), so the signal fires on few requests and mostly where the rules already warn.
Grouped CV's best
(PARAMS): right kind +0.9 points, answered warned +0.3; validation, once: right kind
32.4% -> 33.8%, answered warned 13.8% -> 15.7%. Its other use, quieting the rules where
neighbours were answered, is tests/neighbours_quiet.py.
Measured again on 2,019 training requests with a frozen inner check (round 23):
``python -m tests.neighbours`` (tests/neighbours_loo.py); it still does not carry.
"""

from __future__ import annotations

import hashlib
import itertools
import os
import re
import sys
import tempfile
from collections import Counter
from typing import Any

from foidraft.lint.parts import EXEMPTION_KINDS
from tests.corpus import DATA, LOUD, findings_for, is_police, load_cases, read_jsonl
from tests.neighbours import BOUNCES, Params, build, case_terms, signal
from tests.rule_scores import right_kind

GROUP_SIM = 0.7
FOLDS = 10
MAX_K = 30
LAST_ROUND = ("collect30.jsonl", "answered27.jsonl", "collect31.jsonl")
Case = dict[str, Any]
Hits = dict[str, list[tuple[Case, float]]]


def sources() -> dict[str, str]:
    """Each collected URL's collect file (the earliest that holds it)."""
    out: dict[str, str] = {}
    for path in sorted((DATA / "collect").glob("*.jsonl")):
        for row in read_jsonl(path):
            if "outcome" in row:
                out.setdefault(row["url"], path.name)
    return out


def source_of(case: Case, known: dict[str, str]) -> str:
    return "dev.jsonl" if case["source"] == "dev" else known.get(case["url"], "outcomes-early")


def groups(cases: list[Case]) -> dict[str, str]:
    """Each case's near-duplicate group (union-find over similar pairs), by id."""
    parent = {c["id"]: c["id"] for c in cases}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    index = build([case_terms(c) for c in cases])
    first: dict[str, str] = {}
    for i, c in enumerate(cases):
        head = re.sub(r"[^a-z0-9]+", " ", c["request"].lower()).strip()[:200]
        if head in first:
            parent[root(c["id"])] = root(first[head])
        first.setdefault(head, c["id"])
        for j, _ in index.similar(case_terms(c), 50, GROUP_SIM):
            if j != i:
                parent[root(c["id"])] = root(cases[j]["id"])
    return {c["id"]: root(c["id"]) for c in cases}


def neighbours_of(reference: list[Case], held: list[Case]) -> Hits:
    index = build([case_terms(c) for c in reference])
    return {
        c["id"]: [(reference[i], s) for i, s in index.similar(case_terms(c), MAX_K, 0.05)]
        for c in held
    }


def grouped_cv(cases: list[Case], group: dict[str, str]) -> Hits:
    def fold(c: Case) -> int:
        return hashlib.sha256(group[c["id"]].encode()).digest()[0] % FOLDS

    hits: Hits = {}
    for f in range(FOLDS):
        held = [c for c in cases if fold(c) == f]
        hits |= neighbours_of([c for c in cases if fold(c) != f], held)
    return hits


def loso(cases: list[Case], src: dict[str, str], group: dict[str, str] | None) -> Hits:
    """Each source held out in turn; with ``group``, its near-duplicates elsewhere too."""
    hits: Hits = {}
    for s in sorted(set(src.values())):
        held = [c for c in cases if src[c["id"]] == s]
        gone = {group[c["id"]] for c in held} if group else set()
        ref = [c for c in cases if src[c["id"]] != s and (not group or group[c["id"]] not in gone)]
        hits |= neighbours_of(ref, held)
    return hits


def prospective(train: list[Case]) -> tuple[list[Case], Hits, dict[str, list[str]]]:
    """Fresh training cases as they came: the rules' loud kinds of the day (the replay in
    tests/data/prospective.json), and neighbours only among requests known by then (the
    development cases, the early collected ones, and cases added before that day's rules)."""
    from tests.prospective import _git, load

    record = load()["cases"]
    when = {
        p: int(_git("log", "-1", "--format=%ct", p).strip() or 0)
        for p in {c["parent"] for c in record}
    }
    by_url = {c["url"]: c for c in train}
    added = {r["url"]: when[r["parent"]] for r in record if r["url"] in by_url}
    held = [by_url[u] for u in added]
    rules = {
        by_url[r["url"]]["id"]: [k for k, sev in r["fired"].values() if sev in LOUD]
        for r in record
        if r["url"] in by_url
    }
    hits: Hits = {}
    for t in sorted(set(added.values())):
        known = [c for c in train if added.get(c["url"], -1) < t]
        hits |= neighbours_of(known, [c for c in held if added[c["url"]] == t])
    return held, hits, rules


def figures(cases: list[Case], found: dict[str, list[str]]) -> dict[str, Any]:
    """The scorer's four figures (tests/corpus.py) from each case's loud finding kinds."""
    bounced = [c for c in cases if c["outcome"] != "answered"]
    kinded = [c for c in bounced if set(c["trigger_kinds"]) - {"other"}]
    ncnd = [c for c in cases if c["outcome"] == "ncnd_or_exempt"]
    answered = [c for c in cases if c["outcome"] == "answered"]
    right = [c for c in kinded if any(right_kind(k, c) for k in found[c["id"]])]
    fore = [
        c for c in ncnd if any(k in EXEMPTION_KINDS or right_kind(k, c) for k in found[c["id"]])
    ]
    return {
        "caught": (sum(bool(found[c["id"]]) for c in bounced), len(bounced)),
        "kind": (len(right), len(kinded)),
        "ncnd": (len(fore), len(ncnd)),
        "alarm": (sum(bool(found[c["id"]]) for c in answered), len(answered)),
    }


def pct(pair: tuple[int, int]) -> float:
    return 100 * pair[0] / pair[1] if pair[1] else 0.0


def line(name: str, fig: dict[str, Any]) -> str:
    parts = [f"{k} {pct(v):5.1f}% ({v[0]}/{v[1]})" for k, v in fig.items()]
    return f"  {name:<13}" + "  ".join(parts)


def sides(cases: list[Case], hits: Hits, rules: dict[str, list[str]], p: Params) -> dict[str, Any]:
    sig = {c["id"]: [k for _, k, _, _ in signal(hits[c["id"]], p)] for c in cases}
    union = {i: rules[i] + sig[i] for i in sig}
    return {
        name: figures(cases, f) for name, f in (("signal", sig), ("rules", rules), ("union", union))
    }


def gain(cases: list[Case], hits: Hits, rules: dict[str, list[str]], p: Params) -> float:
    """Right kind gained minus answered-warned added, in points, union against rules."""
    s = sides(cases, hits, rules, p)
    return (pct(s["union"]["kind"]) - pct(s["rules"]["kind"])) - (
        pct(s["union"]["alarm"]) - pct(s["rules"]["alarm"])
    )


def show(title: str, cases: list[Case], hits: Hits, rules: dict[str, list[str]], p: Params) -> None:
    print(title)
    for body, sub in (("all", cases), ("police", [c for c in cases if is_police(c)]),
                      ("other bodies", [c for c in cases if not is_police(c)])):  # fmt: skip
        print(f" {body} ({len(sub)}):")
        for name, fig in sides(sub, hits, rules, p).items():
            print(line(name, fig))


GRID_K = (5, 10, 20, 30)
GRID_FLOOR = (0.05, 0.1, 0.15, 0.2, 0.3)
GRID_SHARE = (0.5, 0.6, 0.7, 0.8, 0.9)
GRID_MIN_N = (2, 3, 5, 8)
GRID_KINDS = ((*BOUNCES,), *((o,) for o in BOUNCES))
# Chosen by ``--grid`` on grouped CV (training only): the best gain, +0.5 points (right
# kind +0.9, answered warned +0.3). Every combination is within a point of the rules alone.
PARAMS = Params(k=10, floor=0.15, share=0.7, min_n=3, kinds=("s12",))


def grid(cases: list[Case], hits: Hits, rules: dict[str, list[str]]) -> list[tuple[float, Params]]:
    scored = [
        (gain(cases, hits, rules, p), p)
        for p in itertools.starmap(
            Params, itertools.product(GRID_K, GRID_FLOOR, GRID_SHARE, GRID_MIN_N, GRID_KINDS)
        )
    ]
    return sorted(scored, key=lambda sp: -sp[0])


def main(argv: list[str]) -> int:
    os.environ.setdefault("FOIDRAFT_HOME", tempfile.mkdtemp(prefix="foidraft-eval-"))
    every = load_cases()
    rules = {c["id"]: [f.kind for f in findings_for(c) if f.severity in LOUD] for c in every}
    train = [c for c in every if c["part"] == "training"]
    known = sources()
    src = {c["id"]: source_of(c, known) for c in every}
    group = groups(train)
    sizes = Counter(Counter(group.values()).values())
    print(
        f"training {len(train)}: {len(set(group.values()))} groups; sizes {sorted(sizes.items())}"
    )
    cv = grouped_cv(train, group)
    if "--grid" in argv:
        for score, q in grid(train, cv, rules)[:15]:
            print(f"  {score:+5.1f}  {q}")
    chosen = PARAMS
    show(f"grouped CV ({FOLDS} folds), {chosen}", train, cv, rules, chosen)
    show("leave one source out", train, loso(train, src, None), rules, chosen)
    show(
        "leave one source out, its near-duplicates out too",
        train,
        loso(train, src, group),
        rules,
        chosen,
    )
    held, hits, then = prospective(train)
    show(
        "fresh training cases as they came (rules of the day; neighbours known then)",
        held,
        hits,
        then,
        chosen,
    )
    if "--final" in argv:  # aggregate figures only
        valid = [c for c in every if c["part"] == "validation"]
        show(
            "VALIDATION (model from all training)",
            valid,
            neighbours_of(train, valid),
            rules,
            chosen,
        )
        fresh = [c for c in every if src[c["id"]] in LAST_ROUND]
        ref = [c for c in train if src[c["id"]] not in LAST_ROUND]
        show(
            f"last round's files {LAST_ROUND}, model without them",
            fresh,
            neighbours_of(ref, fresh),
            rules,
            chosen,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
