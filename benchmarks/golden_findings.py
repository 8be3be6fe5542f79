"""Every finding foidraft gives on the corpus, to prove a speed-up changed none of them.

    python benchmarks/golden_findings.py dump FILE      # before a change
    python benchmarks/golden_findings.py compare FILE   # after it: exit 1 on any difference

What is recorded, as JSON lines:
- ``foidraft check --format json`` (the real program, in a subprocess) on every request in
  tests/data/dev.jsonl and tests/data/outcomes.jsonl, with ``--authority`` (and
  ``--regime foisa``) as tests/corpus.py names it, and again with no authority; and on
  the texts in tests/data/*.txt;
- ``foidraft.check`` and a ``Checker`` fed the same letters one after another, in process,
  on the benchmarks' 10,000-word draft and on the seed texts with edits made to them.
Keep FILE outside the repository.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
BATCH = 60  # files per `foidraft check` run


def _cases() -> list[dict[str, Any]]:
    out = []
    for name in ("dev.jsonl", "outcomes.jsonl"):
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.append(json.loads(line))
    return out


def _cli_runs(tmp: Path) -> list[tuple[list[str], list[Path]]]:
    """(options, files) for each `foidraft check` run: files grouped by their options."""
    groups: dict[tuple[str, ...], list[Path]] = {}
    for n, case in enumerate(_cases()):
        path = tmp / f"case-{n:04d}.txt"
        path.write_text(case["request"], encoding="utf-8")
        named = ["--authority", case["authority"]]
        if case["jurisdiction"] == "FOISA":
            named += ["--regime", "foisa"]
        groups.setdefault(tuple(named), []).append(path)
        groups.setdefault((), []).append(path)
    for text in sorted(DATA.glob("*.txt")):
        groups.setdefault((), []).append(text)
    runs = []
    for options, files in groups.items():
        for i in range(0, len(files), BATCH):
            runs.append((list(options), files[i : i + BATCH]))
    return runs


def cli_records(tmp: Path) -> list[dict[str, Any]]:
    env = {**os.environ, "FOIDRAFT_HOME": str(tmp / "home"), "NO_COLOR": "1"}
    out = []
    for options, files in _cli_runs(tmp):
        cmd = [sys.executable, "-m", "foidraft", "check", "--format", "json", *options]
        res = subprocess.run(
            [*cmd, *map(str, files)], capture_output=True, text=True, env=env, cwd=ROOT
        )
        if res.returncode == 2 and options and not res.stdout.strip():
            # A one-word body foidraft does not list is refused by name, as a
            # requester would see it: recorded as that refusal, the other runs go on.
            refusal = res.stderr.splitlines()[0] if res.stderr else ""
            out += [
                {"options": options, "file": f.name, "findings": [], "refused": refusal}
                for f in files
            ]
            continue
        if res.returncode not in (0, 1):
            raise SystemExit(f"{' '.join(cmd)}: exit {res.returncode}\n{res.stderr}")
        by_file: dict[str, list[Any]] = {str(f): [] for f in files}
        for finding in json.loads(res.stdout):
            by_file[finding.pop("file")].append(finding)
        for path, findings in by_file.items():
            out.append({"options": options, "file": Path(path).name, "findings": findings})
    return out


def _edited(text: str, step: int) -> str:
    """A small, deterministic edit, as typing makes them."""
    at = (step * 7919) % (len(text) + 1)
    inserts = ["x", " ", "\n\n", "Of those, ", "2019/20 ", "online ", ".", "the number of "]
    if step % 5 == 4:
        return text[:at] + text[at + 12 :]
    return text[:at] + inserts[step % len(inserts)] + text[at:]


def in_process_records() -> list[dict[str, Any]]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from samples import ten_thousand_words

    from foidraft.lint.api import check
    from foidraft.lint.checker import Checker

    texts = {"ten-thousand-words": ten_thousand_words()}
    for path in sorted(DATA.glob("seed-*.txt")):
        texts[path.name] = path.read_text(encoding="utf-8")
    out = []
    for name, text in texts.items():
        checker = Checker()
        for step in range(12):
            whole = [f.to_dict() for f in check(text)]
            incremental = [f.to_dict() for f in checker.check(text)]
            out.append({"text": name, "step": step, "findings": whole,
                        "checker_agrees": whole == incremental})  # fmt: skip
            text = _edited(text, step)
    return out


def records() -> list[dict[str, Any]]:
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["FOIDRAFT_HOME"] = str(Path(tmp) / "home")
        return cli_records(Path(tmp)) + in_process_records()


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("dump", "compare"):
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    mode, file = argv
    now = records()
    if mode == "dump":
        with open(file, "w", encoding="utf-8") as fh:
            for rec in now:
                fh.write(json.dumps(rec, ensure_ascii=False, sort_keys=True) + "\n")
        print(f"{len(now)} records, {sum(len(r['findings']) for r in now)} findings -> {file}")
        return 0
    with open(file, encoding="utf-8") as fh:
        before = [json.loads(line) for line in fh]
    after = [json.loads(json.dumps(r, ensure_ascii=False, sort_keys=True)) for r in now]
    differ = [(a, b) for a, b in zip(before, after, strict=False) if a != b]
    if len(before) != len(after):
        print(f"{len(before)} records before, {len(after)} now")
    for a, b in differ[:5]:
        where = f"{a.get('options', a.get('text'))} {a.get('file', a.get('step'))}"
        gone = [f for f in a["findings"] if f not in b["findings"]]
        new = [f for f in b["findings"] if f not in a["findings"]]
        print(f"differs: {where}\n  gone: {gone[:2]}\n  new: {new[:2]}")
    disagree = [r for r in after if r.get("checker_agrees") is False]
    for r in disagree[:5]:
        print(f"Checker differs from check: {r['text']} step {r['step']}")
    ok = not differ and len(before) == len(after) and not disagree
    print(f"{len(after)} records, {sum(len(r['findings']) for r in after)} findings: "
          f"{'identical' if ok else f'{len(differ)} differ'}")  # fmt: skip
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
