"""How fast a batch to every police force is. Prints figures; asserts nothing.

    python benchmarks/batch_speed.py [--runs 5]

1. In-process, as the app does it: plan (render and check) and write one draft per
   police force from a template, into a fresh drafts folder each run, with the rules
   already loaded. Target: plan + check + write at most 0.5 s. The first run also pays
   for loading the rules and the authority directory; it is reported apart.
2. The whole `foidraft batch TEMPLATE --to police` process (start-up included), with the
   compiled-rules cache warm, a new batch id each run so every run writes 48 drafts.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TEMPLATE = """---
title: Online grooming offences
fields: period
default-period: the financial year 1 April 2023 to 31 March 2024
---
Dear {authority.name},

Under {authority.act}, please provide the number of crimes of sexual communication with a
child recorded in {period}, broken down by month.

Please also provide how many of these crimes were given outcome type 1 (charged or
summonsed), recorded under {authority.recording}.

If answering both parts would exceed the cost limit of {authority.cost_limit}, please answer
the first part only.

Yours faithfully,

Jane Smith
"""


def one_run(home: Path) -> tuple[float, float, int]:
    from foidraft.authorities.directory import load_directory
    from foidraft.batch import plan_batch, write_batch
    from foidraft.drafts import DraftStore
    from foidraft.templates import template_from_text

    template = template_from_text(TEMPLATE, "online-grooming.md")
    forces = load_directory().select("police")
    store = DraftStore(home / "drafts")
    t0 = time.perf_counter()
    plan = plan_batch(template, forces, store=store)
    t1 = time.perf_counter()
    result = write_batch(plan, store)
    t2 = time.perf_counter()
    return t1 - t0, t2 - t1, len(result.written)


def cli_runs(home: Path, runs: int) -> list[float]:
    templates = home / "data" / "templates"
    templates.mkdir(parents=True, exist_ok=True)
    (templates / "online-grooming.md").write_text(TEMPLATE, encoding="utf-8")
    script = Path(sys.executable).with_name("foidraft")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "foidraft"]
    env = {**os.environ, "FOIDRAFT_HOME": str(home)}
    times = []
    for i in range(runs + 1):  # the first run builds the rules cache
        argv = [*command, "batch", "online-grooming", "--to", "police", "--batch", f"b{i}"]
        t0 = time.perf_counter()
        subprocess.run(argv, env=env, capture_output=True, check=False)
        times.append(time.perf_counter() - t0)
    return times[1:]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["FOIDRAFT_HOME"] = tmp
        first = one_run(Path(tmp) / "run-0")
        runs = [one_run(Path(tmp) / f"run-{i + 1}") for i in range(args.runs)]
    with tempfile.TemporaryDirectory() as tmp:
        process = cli_runs(Path(tmp), args.runs)
    n = first[2]
    print(f"batch to every police force: {n} drafts")
    print(
        f"  first run (loads rules and directory): plan+check {first[0] * 1000:.0f} ms, "
        f"write {first[1] * 1000:.0f} ms"
    )
    plan = [r[0] for r in runs]
    write = [r[1] for r in runs]
    total = [r[0] + r[1] for r in runs]
    print(
        f"  warm, median of {len(runs)}: plan+check {statistics.median(plan) * 1000:.0f} ms, "
        f"write {statistics.median(write) * 1000:.0f} ms, "
        f"total {statistics.median(total) * 1000:.0f} ms (target <= 500 ms)"
    )
    print(f"  per draft: {statistics.median(total) / max(n, 1) * 1000:.1f} ms")
    print(
        f"whole process `foidraft batch TEMPLATE --to police`, median of {len(process)}: "
        f"{statistics.median(process) * 1000:.0f} ms"
    )


if __name__ == "__main__":
    main()
