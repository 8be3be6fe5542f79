"""How fast `foidraft check` is. Prints figures; asserts nothing.

    python benchmarks/check_speed.py [--runs 30]

1. Whole-process wall time of `foidraft check` on a one-page request (the seed's first
   request), next to `proselint check` on the same file when proselint is installed,
   as a ratio (target: at most 0.30 of proselint's time). foidraft runs with a cache
   folder of its own, which the warm-up runs fill, as a user's would be. When the
   installed script is an older pip's, whose first line imports ``re`` (some 13% of a
   one-page check's instructions), the same program is timed again started as pip 25 and
   later and uv install it, without that import.
2. In-process `foidraft.check` of a new 10,000-word draft built from the development
   corpus: a different draft each time, so that nothing kept from one check could answer
   the next (target: at most 25 ms). CPU time is shown too: on a shared machine it moves
   less than wall time.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from samples import new_drafts, one_page_request

ROOT = Path(__file__).resolve().parent.parent


def foidraft_command() -> list[str]:
    script = Path(sys.executable).with_name("foidraft")
    return [str(script)] if script.exists() else [sys.executable, "-m", "foidraft"]


# The launcher pip 25.0 and later (pypa/pip#13166) and uv (astral-sh/uv#10627) write for
# an entry point: without the ``import re`` of older pips' (distlib's template), which a
# cached `foidraft check` never needs otherwise.
MODERN_LAUNCHER = """import sys
from foidraft.cli import console
if __name__ == '__main__':
    if sys.argv[0].endswith('-script.pyw'):
        sys.argv[0] = sys.argv[0][: -11]
    elif sys.argv[0].endswith('.exe'):
        sys.argv[0] = sys.argv[0][: -4]
    sys.exit(console())
"""


def launcher_imports_re(cmd: list[str]) -> bool:
    """Whether the installed ``foidraft`` script is an older pip's, which imports ``re``."""
    if len(cmd) != 1:  # run as ``python -m foidraft``: no launcher
        return False
    try:
        return "import re\n" in Path(cmd[0]).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False


def proselint_command() -> list[str] | None:
    script = Path(sys.executable).with_name("proselint")
    if script.exists():
        return [str(script)]
    found = shutil.which("proselint")
    return [found] if found else None


def wall_times(cmd: list[str], runs: int, env: dict[str, str]) -> list[float]:
    for _ in range(2):  # warm caches: bytecode, the compiled rules
        subprocess.run(cmd, capture_output=True, env=env, check=False)
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, capture_output=True, env=env, check=False)
        out.append(time.perf_counter() - start)
    return out


def children_cpu() -> float:
    """CPU seconds used so far by finished child processes (0 where Python cannot say)."""
    try:
        import resource
    except ImportError:  # not on this system
        return 0.0
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def interleaved(
    a: list[str], b: list[str], runs: int, env: dict[str, str]
) -> tuple[list[float], list[float], list[float], list[float]]:
    """Wall times of ``a`` and ``b``, then their CPU times (on a shared machine, CPU time
    moves less than wall time)."""
    for cmd in (a, b, a, b):  # warm caches: bytecode, the compiled rules
        subprocess.run(cmd, capture_output=True, env=env, check=False)
    times: tuple[list[float], list[float], list[float], list[float]] = ([], [], [], [])
    for _ in range(runs):
        for cmd, out, cpu in ((a, times[0], times[2]), (b, times[1], times[3])):
            start, start_cpu = time.perf_counter(), children_cpu()
            subprocess.run(cmd, capture_output=True, env=env, check=False)
            out.append(time.perf_counter() - start)
            cpu.append(children_cpu() - start_cpu)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    # Measure what an installed program does: pip compiles bytecode at install time, so
    # let the warm-up runs write it even where PYTHONDONTWRITEBYTECODE is set (as here).
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["NO_COLOR"] = "1"

    with tempfile.TemporaryDirectory() as tmp:
        env["FOIDRAFT_HOME"] = os.environ["FOIDRAFT_HOME"] = str(Path(tmp) / "home")
        letter = Path(tmp) / "request.txt"
        letter.write_text(one_page_request(), encoding="utf-8")
        words = len(letter.read_text(encoding="utf-8").split())
        print(f"one-page request: {words} words ({letter})")

        ours_cmd = [*foidraft_command(), "check", str(letter)]
        proselint = proselint_command()
        if proselint is None:
            ours = wall_times(ours_cmd, args.runs, env)
            print(f"foidraft check     median {statistics.median(ours) * 1000:6.1f} ms")
            print("proselint not installed: `pip install proselint` to compare")
        else:
            # Interleaved, so both programs meet the same machine: on a shared or virtual
            # machine, timings drift from minute to minute.
            ours, theirs, ours_cpu, theirs_cpu = interleaved(
                ours_cmd, [*proselint, "check", str(letter)], args.runs, env
            )
            ours_ms, theirs_ms = statistics.median(ours) * 1000, statistics.median(theirs) * 1000
            cpu_ms = statistics.median(ours_cpu) * 1000, statistics.median(theirs_cpu) * 1000
            print(f"foidraft check     median {ours_ms:6.1f} ms  (min {min(ours) * 1000:.1f}, "
                  f"{args.runs} runs; CPU median {cpu_ms[0]:.1f} ms)")  # fmt: skip
            print(f"proselint check    median {theirs_ms:6.1f} ms  (min {min(theirs) * 1000:.1f}; "
                  f"CPU median {cpu_ms[1]:.1f} ms)")  # fmt: skip
            print(
                f"ratio foidraft/proselint: {ours_ms / theirs_ms:.2f} by medians, "
                f"{min(ours) / min(theirs):.2f} by minimums, "
                f"{cpu_ms[0] / cpu_ms[1]:.2f} by CPU medians  (target <= 0.30)"
            )
            if launcher_imports_re(foidraft_command()):
                # The same program started as a current pip or uv would install it.
                modern = Path(tmp) / "foidraft-modern-launcher.py"
                modern.write_text(MODERN_LAUNCHER, encoding="utf-8")
                ours, theirs, ours_cpu, theirs_cpu = interleaved(
                    [sys.executable, str(modern), "check", str(letter)],
                    [*proselint, "check", str(letter)], args.runs, env,
                )  # fmt: skip
                ours_ms = statistics.median(ours) * 1000
                theirs_ms = statistics.median(theirs) * 1000
                cpu_ms = statistics.median(ours_cpu) * 1000, statistics.median(theirs_cpu) * 1000
                print(
                    f"installed by pip >= 25 or uv (a launcher without `import re`): "
                    f"{ours_ms:.1f} ms against {theirs_ms:.1f} ms, ratio "
                    f"{ours_ms / theirs_ms:.2f} by medians, {cpu_ms[0] / cpu_ms[1]:.2f} by CPU "
                    f"medians"
                )

        sys.path.insert(0, str(ROOT))
        from foidraft.lint.api import check

        drafts = new_drafts(max(args.runs, 20) + 1)
        check(drafts.pop())  # load the rules, compile what a long letter needs
        times, cpu, found, read_cpu = [], [], [], []
        for text in drafts:
            start, start_cpu = time.perf_counter(), time.process_time()
            findings = check(text)
            times.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
            found.append(len(findings))
            # A finding's message and rewordings are made when first read: what printing
            # every finding (as `foidraft check` does) adds to the check.
            start_cpu = time.process_time()
            for f in findings:
                f.message, f.suggestions  # noqa: B018
            read_cpu.append(time.process_time() - start_cpu)
        print(
            f"first check of a new 10,000-word draft: median "
            f"{statistics.median(times) * 1000:.1f} ms, min {min(times) * 1000:.1f} ms; "
            f"CPU median {statistics.median(cpu) * 1000:.1f} ms  ({len(times)} drafts, "
            f"{statistics.median(found):.0f} findings each; target <= 25 ms)"
        )
        print(
            f"  then reading every finding's message and rewordings: CPU median "
            f"{statistics.median(read_cpu) * 1000:.1f} ms more"
        )


if __name__ == "__main__":
    main()
