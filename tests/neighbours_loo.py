"""Requests like yours, measured leave-one-out with a frozen inner check (issue 7, round 23).

    python -m tests.neighbours            # training leave-one-out: the grid, the chosen
                                          # parameters, the fresh cases replayed as they came
    python -m tests.neighbours --inner    # ... then the inner check, scored with CHOSEN
    python -m tests.neighbours --inner tests/data/inner_police51.txt  # another frozen list

The index is the training part without the inner check (tests/data/inner_neighbours52.txt,
frozen by URL hash before anything here was chosen). Each training request is judged by its
k nearest other training requests, never itself, a request at the same URL or one with the
same text (normalised) sent to another authority; in the grouped variant, never one of its
near-duplicates either (tests.neighbours_eval.groups: cosine >= 0.7 or the same opening).
Two signals: by outcome (tests.neighbours.signal: enough of the neighbours had one outcome;
its kind is theirs most often) and by kind (enough of the neighbours were bounced for one
kind: that kind). Figures are the corpus scorer's for the signal alone, today's rules' loud
findings, and their union; the validation part is never read.

CHOSEN is picked on the grouped leave-one-out alone, by a rule fixed before the grid ran:
the most right-kind catches added to the rules' net of answered requests newly warned, with
at most one point more answered warned. The feature is built only if, on the inner check,
the union adds at least 1.5 points of right kind with at most 1.5 points more answered
warned, and the fresh cases replayed as they came agree in direction.

Result (8 December, 2,019 training requests, 400 of them the inner check): it does not
carry; no product feature follows. Grouped leave-one-out, CHOSEN: right kind 55.9% -> 56.6%,
answered warned 4.1% -> 4.8% (the signal fires on 5% of bounces, and 36 of its 43 right-kind
catches the rules already had; median top-1 similarity 0.24). Fresh cases as they came:
25.0% -> 27.2%, 20.0% -> 21.8% (even with the grid chosen on them, an optimistic bound, the
best within a point of answered warned nets +11 of 1,408). Inner check, scored once: right
kind 62.1% -> 63.8% (+4), answered warned 6.2% -> 8.0% (+2; police 4.3% -> 8.7%): the
answered-warned condition fails. Earlier unread lists (fresh48, fresh50, police51, other51;
282 requests): right kind +2, answered warned +3. Quieting the rules where the neighbours
were answered (tests.neighbours_quiet.FINAL) cost right kind on each list and spared
answered requests on the inner check only (right kind 62.1% -> 56.0%, -15; answered warned
6.2% -> 4.4%, -2).
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from tests.corpus import DATA, LOUD, findings_for, is_police, load_cases, named
from tests.inner_check import urls_in
from tests.neighbours import BOUNCES, Params, build, case_terms, signal
from tests.neighbours_eval import Hits, figures, groups, pct, prospective

Case = dict[str, Any]
INNER = DATA / "inner_neighbours52.txt"
MAX_K = 20
GRID = list(
    itertools.product(
        ("outcome", "kind"), (3, 5, 10, 20), (0.1, 0.15, 0.2, 0.25, 0.3, 0.4),
        (0.5, 0.6, 0.7, 0.8, 0.9), (2, 3, 5),
    )
)  # fmt: skip
# (mode, k, floor, share, at least n neighbours): picked by ``main`` on the grouped
# leave-one-out by the rule in the docstring (net +4 of 1,619; the same rule on neighbours
# to the same kind of body only, police or not, also nets +4: not taken). Fixed here before
# the inner check was scored.
CHOSEN: tuple[str, int, float, float, int] | None = ("outcome", 10, 0.1, 0.7, 3)


def same_text(case: Case) -> str:
    return re.sub(r"[^a-z0-9]+", " ", case["request"].lower()).strip()


def loo(pool: list[Case], group: dict[str, str] | None, same_body: bool = False) -> Hits:
    """Each request's nearest others in ``pool``, with the exclusions in the docstring;
    with ``same_body``, only requests to the same kind of body (police or not)."""
    index = build([case_terms(c) for c in pool])
    hits: Hits = {}
    for c in pool:
        text, url = same_text(c), c["url"]
        out = []
        for i, s in index.similar(case_terms(c), 400, 0.05):
            o = pool[i]
            if o is c or o["url"] == url or same_text(o) == text:
                continue
            if group is not None and group[o["id"]] == group[c["id"]]:
                continue
            if same_body and is_police(o) != is_police(c):
                continue
            out.append((o, s))
            if len(out) == MAX_K:
                break
        hits[c["id"]] = out
    return hits


def kind_signal(hits: list[tuple[Case, float]], p: Params) -> list[str]:
    """The finding kind enough of the neighbours were bounced for (weighted share and count)."""
    near = [(c, s) for c, s in hits[: p.k] if s >= p.floor]
    total = sum(s for _, s in near)
    weight: Counter[str] = Counter()
    count: Counter[str] = Counter()
    for c, s in near:
        for k in set(c["trigger_kinds"]) - {"other"}:
            weight[k] += s
            count[k] += 1
    return [k for k, w in weight.items() if total and w / total >= p.share and count[k] >= p.min_n]


def said(hits: Hits, q: tuple[str, int, float, float, int]) -> dict[str, list[str]]:
    mode, k, floor, share, min_n = q
    p = Params(k=k, floor=floor, share=share, min_n=min_n, kinds=BOUNCES)
    if mode == "kind":
        return {i: kind_signal(h, p) for i, h in hits.items()}
    return {i: [kind for _, kind, _, _ in signal(h, p)] for i, h in hits.items()}


def sides(cases: list[Case], sig: dict[str, list[str]], rules: dict[str, list[str]]) -> Any:
    union = {c["id"]: rules[c["id"]] + sig[c["id"]] for c in cases}
    return {n: figures(cases, f) for n, f in (("signal", sig), ("rules", rules), ("union", union))}


def added(fig: dict[str, Any]) -> tuple[int, float]:
    """Right-kind catches the union adds, net of answered newly warned; alarm points added."""
    u, r = fig["union"], fig["rules"]
    net = (u["kind"][0] - r["kind"][0]) - (u["alarm"][0] - r["alarm"][0])
    return net, pct(u["alarm"]) - pct(r["alarm"])


def choose(cases: list[Case], hits: Hits, rules: dict[str, list[str]]) -> list[tuple[int, Any]]:
    scored = []
    for q in GRID:
        net, alarm = added(sides(cases, said(hits, q), rules))
        if alarm <= 1.0:
            scored.append((net, q))
    return sorted(scored, key=lambda nq: (-nq[0], -nq[1][2]))


def nearness(hits: Hits, floor: float) -> str:
    """How near the nearest requests are: median top-1 similarity, and the share of requests
    with three neighbours at ``floor`` or above."""
    tops = sorted(h[0][1] if h else 0.0 for h in hits.values())
    three = sum(len([s for _, s in h if s >= floor]) >= 3 for h in hits.values())
    return (
        f"median top-1 similarity {tops[len(tops) // 2]:.2f}; "
        f"{pct((three, len(tops))):.0f}% have 3 neighbours at {floor} or above"
    )


def show(title: str, cases: list[Case], sig: dict[str, list[str]], rules: Any) -> None:
    print(title)
    for body, sub in (("all", cases), ("police", [c for c in cases if is_police(c)]),
                      ("other bodies", [c for c in cases if not is_police(c)])):  # fmt: skip
        print(f" {body} ({len(sub)}):")
        for name, fig in sides(sub, sig, rules).items():
            print(f"  {name:<7}" + "  ".join(f"{k} {pct(v):5.1f}% ({v[0]}/{v[1]})"
                                              for k, v in fig.items()))  # fmt: skip


def rules_today(cases: list[Case]) -> dict[str, list[str]]:
    """Each case's loud finding kinds (with also_kinds), cached by foidraft's tree."""
    tree = subprocess.run(["git", "rev-parse", "HEAD:foidraft"], capture_output=True,
                          text=True, check=False).stdout.strip()  # fmt: skip
    dirty = subprocess.run(["git", "status", "--porcelain", "foidraft"], capture_output=True,
                           text=True, check=False).stdout  # fmt: skip
    key = hashlib.sha256((tree + dirty + (DATA / "outcomes.jsonl").read_text()).encode())
    cache = Path(tempfile.gettempdir()) / f"neighbours-rules-{key.hexdigest()[:16]}.json"
    if cache.exists():
        found: dict[str, list[str]] = json.loads(cache.read_text())
        if all(c["id"] in found for c in cases):
            return found
    found = {
        c["id"]: [k for f in findings_for(c) if f.severity in LOUD for k in named(f)] for c in cases
    }
    cache.write_text(json.dumps(found))
    return found


def inner_check(path: Path, train: list[Case], rules: Any, q: Any) -> None:
    """The frozen list's requests judged by neighbours among the rest of the training part:
    the signal with ``q``, and the other use (tests.neighbours_quiet.FINAL, fixed a round
    ago): the rules' loud findings dropped where the neighbours were mostly answered."""
    from tests.neighbours_quiet import FINAL, quieted

    listed = urls_in(path)
    cases = [c for c in train if c["url"] in listed]
    ref = [c for c in train if c["url"] not in listed]
    index = build([case_terms(c) for c in ref])
    near = {
        c["id"]: [(ref[i], s) for i, s in index.similar(case_terms(c), MAX_K, 0.05)] for c in cases
    }
    show(f"INNER CHECK {path.name} (index without it)", cases, said(near, q), rules)
    print(f"  {nearness(near, 0.2)}")
    quiet = quieted(cases, near, rules, FINAL)
    print(f"the rules' loud findings quieted by {FINAL} where the neighbours were answered:")
    for body, sub in (("all", cases), ("police", [c for c in cases if is_police(c)]),
                      ("other bodies", [c for c in cases if not is_police(c)])):  # fmt: skip
        b, a = figures(sub, rules), figures(sub, quiet)
        print(f"  {body}: " + "  ".join(f"{k} {pct(b[k]):.1f}% -> {pct(a[k]):.1f}%" for k in b))


def main(argv: list[str]) -> int:
    os.environ.setdefault("FOIDRAFT_HOME", tempfile.mkdtemp(prefix="foidraft-eval-"))
    inner = urls_in(INNER)
    train = load_cases("training")
    pool = [c for c in train if c["url"] not in inner]
    rules = rules_today(train)
    group = groups(pool)
    strict, loose = loo(pool, group), loo(pool, None)
    print(f"index: {len(pool)} training requests (inner check's {len(train) - len(pool)} out)")
    ranked = choose(pool, strict, rules)
    print("grid on grouped leave-one-out (net right kind added, params), best 12:")
    for net, q in ranked[:12]:
        print(f"  {net:+4d}  {q}")
    q = CHOSEN or ranked[0][1]
    print(f"chosen: {q}")
    show("grouped leave-one-out", pool, said(strict, q), rules)
    print(f"  {nearness(strict, 0.2)}")
    show("leave-one-out (same URL and same text out)", pool, said(loose, q), rules)
    held, hits, then = prospective(pool)
    show("fresh training cases as they came (rules of the day)", held, said(hits, q), then)
    if "--inner" in argv:  # aggregate figures only
        at = argv.index("--inner") + 1
        path = Path(argv[at]) if at < len(argv) else INNER
        inner_check(path, train, rules, q)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
