"""How long ``foidraft`` (no arguments) takes to paint its first screen, next to a bare
Textual app (an App with one Static). Prints figures and their ratio; asserts nothing.

    python benchmarks/tui_startup.py [--runs 15] [--drafts 5]

Each program runs in a pseudo-terminal of 100x30 with a temporary FOIDRAFT_HOME holding
a few drafts. Two measures, each the median of ``--runs`` runs, alternating programs:

* first paint: from starting the process to a marker appearing in what it writes to the
  terminal ("New request" for foidraft, "BARE-APP-READY" for the bare app);
* exit after first paint: from starting the process to its exit when asked to quit as
  soon as the first screen is painted (FOIDRAFT_EXIT_AFTER_FIRST_PAINT=1; the bare app
  does the same with ``call_after_refresh(exit)``), which includes shutting down.

Target: foidraft within 1.3x the bare app.
"""

from __future__ import annotations

import argparse
import os
import pty
import re
import select
import shutil
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time
from fcntl import ioctl
from pathlib import Path

ROWS, COLUMNS = 30, 100
ANSI = re.compile(rb"\x1b(\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|[PX^_][^\x1b]*\x1b\\|.)")
BARE_APP = """
import os
from textual.app import App, ComposeResult
from textual.widgets import Static

class Bare(App[None]):
    def compose(self) -> ComposeResult:
        yield Static("BARE-APP-READY")

    def on_mount(self) -> None:
        if os.environ.get("FOIDRAFT_EXIT_AFTER_FIRST_PAINT") == "1":
            self.call_after_refresh(self.exit)

Bare().run()
"""


def foidraft_command() -> list[str]:
    script = Path(sys.executable).parent / "foidraft"
    return [str(script)] if script.exists() else [sys.executable, "-m", "foidraft"]


def make_home(drafts: int) -> str:
    home = tempfile.mkdtemp(prefix="foidraft-bench-")
    env = {**os.environ, "FOIDRAFT_HOME": home}
    for n in range(drafts):
        subprocess.run(
            [*foidraft_command(), "drafts", "new", f"Benchmark draft {n}"],
            env=env, check=True, capture_output=True,
        )  # fmt: skip
    return home


def run_once(command: list[str], env: dict[str, str], marker: bytes | None) -> float:
    """Seconds until ``marker`` is painted (or, with no marker, until the process exits)."""
    pid, fd = pty.fork()
    if pid == 0:  # the child: a terminal of the right size, then the program
        ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLUMNS, 0, 0))
        os.execvpe(command[0], command, env)
    start = time.perf_counter()
    seen = b""
    elapsed: float | None = None
    try:
        while elapsed is None:
            ready, _, _ = select.select([fd], [], [], 30)
            if not ready:
                raise TimeoutError(f"{command[0]}: nothing painted in 30 s")
            try:
                chunk = os.read(fd, 65536)
            except OSError:  # the child has exited and closed the terminal
                chunk = b""
            if not chunk:
                elapsed = time.perf_counter() - start
                break
            seen += chunk
            if marker is not None and marker in ANSI.sub(b"", seen):
                elapsed = time.perf_counter() - start
    finally:
        if marker is not None:
            os.kill(pid, signal.SIGTERM)
        _drain(fd)
        os.waitpid(pid, 0)
        os.close(fd)
    return elapsed


def _drain(fd: int) -> None:
    for _ in range(200):
        ready, _, _ = select.select([fd], [], [], 0.05)
        if not ready:
            return
        try:
            if not os.read(fd, 65536):
                return
        except OSError:
            return


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--drafts", type=int, default=5)
    args = parser.parse_args()
    home = make_home(args.drafts)
    try:
        base = {**os.environ, "FOIDRAFT_HOME": home, "TERM": "xterm-256color"}
        base.pop("NO_COLOR", None)
        programs = {
            "bare Textual app": ([sys.executable, "-c", BARE_APP], b"BARE-APP-READY"),
            "foidraft": (foidraft_command(), b"New request"),
        }
        results: dict[str, dict[str, list[float]]] = {name: {} for name in programs}
        for measure in ("first paint", "exit after first paint"):
            env = dict(base)
            if measure != "first paint":
                env["FOIDRAFT_EXIT_AFTER_FIRST_PAINT"] = "1"
            for command, marker in programs.values():
                run_once(command, env, marker)  # warm the file cache and .pyc files
            for _ in range(args.runs):
                for name, (command, marker) in programs.items():
                    wanted = marker if measure == "first paint" else None
                    results[name].setdefault(measure, []).append(run_once(command, env, wanted))
        print(f"{args.runs} runs each, {args.drafts} drafts, {COLUMNS}x{ROWS} pty; medians:")
        for measure in ("first paint", "exit after first paint"):
            bare = statistics.median(results["bare Textual app"][measure])
            ours = statistics.median(results["foidraft"][measure])
            print(
                f"  {measure:<23} bare {bare * 1000:6.0f} ms   foidraft {ours * 1000:6.0f} ms"
                f"   ratio {ours / bare:.2f} (target <= 1.30)"
            )
    finally:
        shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
