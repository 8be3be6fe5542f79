"""Each rule's prospective record: how it fared on fresh samples before it was tuned on them.

Every round's fresh sample (``tests/data/collect/*.jsonl``; not the replies, not the kept-apart
``holdout6.jsonl``) was collected and scored before any rule was tuned on it. The commit that
first added a case has as parent the rules that had never seen it, and rule ids are stable,
so replaying each case against its parent's rules gives every rule a record on requests it
was not written from: the training record (``tests/rule_scores.py``) is counted on requests
the rules were then narrowed to fit, and flatters them.

    python -m tests.prospective            # replay (slow: a worktree per revision); writes DATA
    python -m tests.prospective --check    # the data file's form (fast)
    python -m tests.prospective --recount  # each rule's record again from the stored cases
    python -m tests.prospective --figures  # each file's figures before its tuning, as replayed
    python -m tests.prospective --policy   # veto thresholds by leave-one-sample-out
    python -m tests.prospective --rules    # each rule's prospective record (police / other)

Only cases that are in the training part of the corpus today are kept in the record: a fresh
case now in the validation part feeds no decision. ``--figures`` prints whole-file aggregate
figures (what each round reported before tuning) to show the replay is faithful.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

from tests.corpus import DATA, OUTCOMES, part_of, read_jsonl

ROOT = Path(__file__).resolve().parent.parent
COLLECT = DATA / "collect"
RECORD = DATA / "prospective.json"
FORMAT = 1
LOUD = ("warning", "error")
# Run inside a revision's worktree: each case's findings by that revision's own helpers.
_REPLAY = """
import json, sys
import foidraft
from tests.corpus import findings_for
assert foidraft.__file__.startswith(sys.argv[2]), foidraft.__file__
out = {}
for case in json.load(open(sys.argv[1], encoding="utf-8")):
    out[case["url"]] = [[f.rule, f.kind, f.severity] for f in findings_for(case)]
json.dump(out, sys.stdout)
"""


def fresh_files() -> list[Path]:
    return sorted(
        p
        for p in COLLECT.glob("*.jsonl")
        if not p.name.startswith("replies-") and p.name != "holdout6.jsonl"
    )


def _git(*args: str) -> str:
    return subprocess.run(
        ["git", *args], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout


def introductions(path: Path) -> dict[str, tuple[str, dict[str, Any]]]:
    """Each case's URL -> (the first commit that added it to ``path``, the case as added)."""
    rel = path.relative_to(ROOT).as_posix()
    first: dict[str, tuple[str, dict[str, Any]]] = {}
    for rev in _git("log", "--no-merges", "--reverse", "--format=%H", "--", rel).split():
        text = _git("show", f"{rev}:{rel}")
        for line in text.splitlines():
            if line.strip():
                case = json.loads(line)
                first.setdefault(case["url"], (rev, case))
    return first


def replay(parent: str, cases: list[dict[str, Any]]) -> dict[str, list[list[str]]]:
    """Every case's findings (rule, kind, severity) by the rules of ``parent``."""
    tree = Path(tempfile.mkdtemp(prefix=f"pr_{parent[:10]}_")) / "tree"
    _git("worktree", "add", "--detach", str(tree), parent)
    try:
        with tempfile.TemporaryDirectory(prefix="foidraft-prospective-") as home:
            src = Path(home) / "cases.json"
            src.write_text(json.dumps(cases), encoding="utf-8")
            env = {**os.environ, "PYTHONPATH": str(tree), "FOIDRAFT_HOME": home}
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            run = subprocess.run(
                [sys.executable, "-c", _REPLAY, str(src), str(tree)],
                cwd=tree,
                env=env,
                check=True,
                capture_output=True,
                text=True,
            )
            found: dict[str, list[list[str]]] = json.loads(run.stdout)
            return found
    finally:
        _git("worktree", "remove", "--force", str(tree))
        tree.parent.rmdir()


def _fired(findings: list[list[str]]) -> dict[str, list[str]]:
    """Each rule that fired once: its kind and loudest severity of the day."""
    fired: dict[str, list[str]] = {}
    for rule, kind, severity in findings:
        if rule not in fired or severity in LOUD:
            fired[rule] = [kind, severity]
    return fired


def build() -> dict[str, Any]:
    corpus = {c["url"]: c for c in read_jsonl(OUTCOMES)}
    plan: dict[str, list[tuple[str, str, dict[str, Any]]]] = defaultdict(list)
    for path in fresh_files():
        for rev, case in introductions(path).values():
            plan[_git("rev-parse", f"{rev}^").strip()].append((path.name, rev, case))
    cases, before, commits = [], defaultdict(list), defaultdict(dict)
    seen: set[str] = set()  # a request in two samples counts once, first as first seen
    for parent, items in sorted(
        plan.items(), key=lambda kv: _git("log", "-1", "--format=%ct", kv[0])
    ):
        found = replay(parent, [case for _, _, case in items])
        print(f"{parent[:10]}: {len(items)} cases replayed", file=sys.stderr)
        for name, rev, case in items:
            commits[name][rev[:10]] = parent[:10]
            today = corpus.get(case["url"])
            fired = _fired(found[case["url"]])
            label = today or case
            before[name].append((label, fired))
            if today is None or part_of(case["url"]) != "training" or case["url"] in seen:
                continue  # not in the training part today: no decision may rest on it
            seen.add(case["url"])
            cases.append(
                {
                    "url": case["url"],
                    "file": name,
                    "parent": parent[:10],
                    "police": today["authority_type"] == "police",
                    "fired": fired,
                }
            )
    cases.sort(key=lambda c: (c["file"], c["url"]))
    return {
        "format": FORMAT,
        "note": "python -m tests.prospective: training-part fresh cases replayed on the rules "
        "that had not seen them (parent of the commit that added each case)",
        "commits": {k: dict(sorted(v.items())) for k, v in sorted(commits.items())},
        "before": {k: figures(v) for k, v in sorted(before.items())},
        "rules": summary(cases),
        "cases": cases,
    }


def summary(cases: list[dict[str, Any]]) -> dict[str, dict[str, dict[str, int]]]:
    """Each rule's record over ``cases``: every body, police, other bodies."""
    from tests.prospective_policy import records

    every, police, other = records(cases), records(cases, "police"), records(cases, "other")
    return {
        rule: {"all": s, "police": police.get(rule, {}), "other": other.get(rule, {})}
        for rule, s in sorted(every.items())
    }


def dump(data: dict[str, Any]) -> str:
    """The record as JSON, one file, rule or case a line (small diffs when replayed)."""
    parts = [f' "format": {data["format"]},', f' "note": {json.dumps(data["note"])},']
    for key in ("commits", "before", "rules"):
        rows = [f"  {json.dumps(k)}: {json.dumps(v, sort_keys=True)}" for k, v in data[key].items()]
        parts.append(f' "{key}": {{\n' + ",\n".join(rows) + "\n },")
    rows = [f"  {json.dumps(c, sort_keys=True)}" for c in data["cases"]]
    parts.append(' "cases": [\n' + ",\n".join(rows) + "\n ]")
    return "{\n" + "\n".join(parts) + "\n}\n"


def figures(rows: list[tuple[dict[str, Any], dict[str, list[str]]]]) -> dict[str, int]:
    """A whole file's aggregate figures at the severity of the day (as each round reported)."""
    from foidraft.lint.parts import EXEMPTION_KINDS
    from tests.rule_scores import right_kind

    out = dict.fromkeys(("cases", "bounced", "caught", "kinded", "kind_right"), 0)
    out.update(dict.fromkeys(("ncnd", "foreseen", "answered", "warned"), 0))
    for case, fired in rows:
        loud = [kind for kind, severity in fired.values() if severity in LOUD]
        out["cases"] += 1
        if case["outcome"] == "answered":
            out["answered"] += 1
            out["warned"] += bool(loud)
            continue
        out["bounced"] += 1
        out["caught"] += bool(loud)
        if set(case["trigger_kinds"]) - {"other"}:
            out["kinded"] += 1
            out["kind_right"] += any(right_kind(k, case) for k in loud)
        if case["outcome"] == "ncnd_or_exempt":
            out["ncnd"] += 1
            out["foreseen"] += any(k in EXEMPTION_KINDS or right_kind(k, case) for k in loud)
    return out


def load() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(RECORD.read_text(encoding="utf-8"))
    return data


def check_form(data: dict[str, Any]) -> list[str]:
    """Problems with the record's form (empty when it is sound)."""
    problems = []
    if data.get("format") != FORMAT:
        problems.append(f"format is {data.get('format')!r}, not {FORMAT}")
    known = {p.name for p in fresh_files()}
    corpus = {c["url"]: c for c in read_jsonl(OUTCOMES)}
    for name in data.get("commits", {}):
        if name not in known:
            problems.append(f"{name}: not a fresh sample file")
    seen = set()
    for case in data.get("cases", []):
        url = case.get("url", "")
        if url in seen:
            problems.append(f"{url}: twice")
        seen.add(url)
        if url not in corpus or part_of(url) != "training":
            problems.append(f"{url}: not in the training part of the corpus")
        parents = data["commits"].get(case.get("file"), {}).values()
        if case.get("parent") not in parents:
            problems.append(f"{url}: parent {case.get('parent')} not among its file's commits")
        for rule, value in case.get("fired", {}).items():
            ok = isinstance(value, list) and len(value) == 2 and value[1] in (*LOUD, "info")
            if not ok:
                problems.append(f"{url}: {rule} has {value!r}, not [kind, severity]")
    if not problems and data.get("rules") != summary(data.get("cases", [])):
        problems.append("rules: not the sum of the cases (replay: python -m tests.prospective)")
    return problems


def _print_figures(data: dict[str, Any]) -> None:
    for name, f in data["before"].items():
        print(
            f"{name:34} {f['cases']:3} cases: caught {f['caught']}/{f['bounced']}, right kind "
            f"{f['kind_right']}/{f['kinded']}, NCND foreseen {f['foreseen']}/{f['ncnd']}, "
            f"answered warned {f['warned']}/{f['answered']}"
        )


def main(argv: list[str]) -> int:
    if "--check" in argv:
        problems = check_form(load())
        print("\n".join(problems) or f"{RECORD}: sound")
        return 1 if problems else 0
    if "--figures" in argv:
        _print_figures(load())
        return 0
    if "--recount" in argv:  # how a case counts for a rule changed (rule_scores), not a finding
        data = load()
        data["rules"] = summary(data["cases"])
        RECORD.write_text(dump(data), encoding="utf-8")
        print(f"{RECORD}: rules recounted from {len(data['cases'])} stored cases")
        return 0
    if "--policy" in argv or "--rules" in argv:
        from tests.prospective_policy import main as policy_main

        return policy_main(argv)
    data = build()
    RECORD.write_text(dump(data), encoding="utf-8")
    print(f"{RECORD}: {len(data['cases'])} training-part cases")
    _print_figures(data)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
