"""What the reply reader got wrong on replies it had not seen (issue 9).

Each fresh sample (tests/data/collect/replies-fresh*.jsonl) was scored before the reader was
tuned on it. The commit that first added the sample has as parent the reader that had not
seen it; ``--replay`` checks that parent out in a temporary worktree and reads the sample
with that revision's own code (its ``tests.replies_eval`` for the figures, its
``read_reply`` for each reply), in a subprocess, then removes the worktree. Only replies in
today's training part (``tests.replies_eval.part_of``) are kept: the validation part feeds
no decision. The result goes to tests/data/replies_prospective.jsonl, one line per reply:
the sample, the reply's id, its labelled kind and provisions today, and what the reader of
then and the reader of now read, so the tests never replay.

tests/data/replies_miss_mechanisms.jsonl holds, for each reply the reader of its day
misread (kind or provisions), the mechanism read by hand from its text: for a kind, a
wording it had never seen (phrase), the decision between signals that overlap (overlap),
the layout (quoted request, letterhead, answers written into the request), a refusal
mentioned as a possibility (modal), a provision's reliance or form; for provisions,
reliance (named but not relied on, or relied on in words), form (written another way),
layout, modal.

    python -m tests.replies_prospective --replay   # slow: one worktree per sample
    python -m tests.replies_prospective            # confusion table, commonest provision errors
    python -m tests.replies_prospective --check    # the data file's form
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from tests.replies_eval import load_replies, part_of

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "tests" / "data" / "collect"
DATA = ROOT / "tests" / "data" / "replies_prospective.jsonl"
FIELDS = {
    "sample": str,
    "id": str,
    "kind": str,
    "kind_then": str,
    "kind_now": str,
    "sections": list,
    "sections_then": list,
    "sections_now": list,
}

# The before figures the README lists (kinds, provisions right, replies) per sample.
README_BEFORE = {
    "fresh4": (38, 43, 49), "fresh5": (45, 46, 50), "fresh6": (12, 15, 16),
    "fresh7": (32, 37, 41), "fresh8": (9, 11, 12), "fresh9": (26, 27, 34),
    "fresh10": (17, 17, 17), "fresh11": (5, 4, 5), "fresh12": (4, 4, 4),
    "fresh13": (4, 4, 4), "fresh14": (32, 34, 42), "fresh15": (12, 11, 12),
    "fresh16": (36, 46, 53), "fresh17": (13, 24, 29), "fresh18": (40, 45, 50),
    "fresh19": (39, 42, 43), "fresh20": (20, 27, 33), "fresh20b": (6, 7, 7),
    "fresh21": (19, 24, 29), "fresh21b": (0, 2, 2), "fresh21c": (10, 11, 11),
}  # fmt: skip

# Run inside the old revision: its own scorer for the figures (on the sample as first added),
# its reader for each reply of the sample as it is now (replies added to it later, before it
# joined, were read by the same reader when they were scored).
_REPLAY = """
import inspect, json, sys
from pathlib import Path
from tests import replies_eval as ev
from foidraft.replies import read_reply
replies = ev.load_replies(Path(sys.argv[1]))
if "one_part" in inspect.signature(ev.score).parameters:
    parts = [ev.score(replies, one_part=True)["sample"]]
else:
    parts = list(ev.score(replies).values())
figures = {k: sum(p[k] for p in parts) for k in ("n", "kind", "sections")}
readings = []
for r in ev.load_replies(Path(sys.argv[2])):
    rd = read_reply(r["text"], regime=r["regime"])
    readings.append({"id": r["id"], "kind": rd.kind, "sections": sorted(rd.sections)})
print(json.dumps({"figures": figures, "readings": readings}))
"""


def _git(*args: str) -> str:
    done = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=True)
    return done.stdout


def sample_files() -> list[Path]:
    def number(path: Path) -> tuple[int, str]:
        # "replies-fresh20b": a second sample of the twentieth round, after "replies-fresh20"
        name = path.stem.removeprefix("replies-fresh")
        digits = name.rstrip("abcdefghijklmnopqrstuvwxyz")
        return int(digits or 0), name[len(digits) :]

    return sorted(SAMPLES.glob("replies-fresh*.jsonl"), key=number)


def replay_one(path: Path) -> tuple[dict[str, int], list[dict[str, Any]]]:
    """The figures and readings of the reader that had not seen ``path``'s sample."""
    rel = str(path.relative_to(ROOT))
    added = _git("log", "--diff-filter=A", "--format=%h", "--", rel).split()[-1]
    with tempfile.TemporaryDirectory(prefix="foidraft-replay-") as tmp:
        tree = Path(tmp) / "tree"
        as_added = Path(tmp) / "sample.jsonl"
        as_added.write_text(_git("show", f"{added}:{rel}"), encoding="utf-8")
        _git("worktree", "add", "--detach", "--quiet", str(tree), f"{added}^")
        try:
            env = {**os.environ, "PYTHONPATH": str(tree), "PYTHONDONTWRITEBYTECODE": "1"}
            done = subprocess.run(
                [sys.executable, "-c", _REPLAY, str(as_added), str(path)],
                cwd=tree,
                env=env,
                capture_output=True,
                text=True,
                check=True,
            )
        finally:
            _git("worktree", "remove", "--force", str(tree))
    out = json.loads(done.stdout)
    return out["figures"], out["readings"]


def replay() -> list[dict[str, Any]]:
    from foidraft.replies import read_reply

    rows: list[dict[str, Any]] = []
    for path in sample_files():
        figures, readings = replay_one(path)
        then = {r["id"]: r for r in readings}
        got = (figures["kind"], figures["sections"], figures["n"])
        listed = README_BEFORE.get(path.stem.removeprefix("replies-"))
        verdict = "matches the README" if got == listed else f"README lists {listed}"
        print(
            f"{path.name}: before, kinds {got[0]}/{got[2]}, provisions {got[1]}/{got[2]}"
            f" ({verdict})",
            file=sys.stderr,
        )
        for reply in load_replies(path):
            if part_of(reply["url"]) != "training" or reply["id"] not in then:
                continue
            now = read_reply(reply["text"], regime=reply["regime"])
            rows.append(
                {
                    "sample": path.stem.removeprefix("replies-"),
                    "id": reply["id"],
                    "kind": reply["kind"],
                    "kind_then": then[reply["id"]]["kind"],
                    "kind_now": now.kind,
                    "sections": sorted(reply["sections"]),
                    "sections_then": then[reply["id"]]["sections"],
                    "sections_now": sorted(now.sections),
                }
            )
    return rows


def load(path: Path = DATA) -> list[dict[str, Any]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def check(rows: list[dict[str, Any]]) -> list[str]:
    """What is wrong with the data file's form (empty when nothing)."""
    from foidraft.replies import KINDS

    problems = []
    seen: set[tuple[str, str]] = set()
    for n, row in enumerate(rows, 1):
        if set(row) != set(FIELDS):
            problems.append(f"line {n}: keys {sorted(row)}, expected {sorted(FIELDS)}")
            continue
        for key, kind in FIELDS.items():
            if not isinstance(row[key], kind):
                problems.append(f"line {n}: {key} is not a {kind.__name__}")
        for key in ("kind", "kind_then", "kind_now"):
            if row[key] not in KINDS:
                problems.append(f"line {n}: {key} {row[key]!r} is no reply kind")
        if (row["sample"], row["id"]) in seen:
            problems.append(f"line {n}: {row['sample']} {row['id']} twice")
        seen.add((row["sample"], row["id"]))
    return problems


def confusion(rows: list[dict[str, Any]], key: str = "kind_then") -> Counter[tuple[str, str]]:
    return Counter((r["kind"], r[key]) for r in rows if r["kind"] != r[key])


def provision_errors(rows: list[dict[str, Any]], key: str = "sections_then") -> Counter[str]:
    """Each provision missed ("missed s12(1)") or read but not relied on ("extra s21")."""
    errors: Counter[str] = Counter()
    for r in rows:
        true, read = set(r["sections"]), set(r[key])
        errors.update(f"missed {s}" for s in true - read)
        errors.update(f"extra {s}" for s in read - true)
    return errors


def summary(rows: list[dict[str, Any]]) -> str:
    n = len(rows)
    lines = []
    for when in ("then", "now"):
        kinds = sum(r["kind"] == r[f"kind_{when}"] for r in rows)
        secs = sum(set(r["sections"]) == set(r[f"sections_{when}"]) for r in rows)
        lines.append(f"reader of {when:<4}: kinds {kinds}/{n}, provisions {secs}/{n}")
    lines.append("kinds, true -> read then (count; samples):")
    for (true, read), count in confusion(rows).most_common():
        samples = sorted({r["sample"] for r in rows if (r["kind"], r["kind_then"]) == (true, read)})
        lines.append(f"  {count:>3}  {true} -> {read}  ({', '.join(samples)})")
    lines.append("provision errors then (count):")
    for error, count in provision_errors(rows).most_common(15):
        lines.append(f"  {count:>3}  {error}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.replies_prospective")
    parser.add_argument("--replay", action="store_true", help="replay every sample (slow)")
    parser.add_argument("--check", action="store_true", help="check the data file's form")
    args = parser.parse_args(argv)
    if args.replay:
        rows = replay()
        text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
        DATA.write_text(text, encoding="utf-8")
    rows = load()
    if args.check:
        problems = check(rows)
        print("\n".join(problems) or f"{DATA.name}: {len(rows)} replies, form ok")
        return 1 if problems else 0
    print(summary(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
