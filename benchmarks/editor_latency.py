"""How quickly the editor's findings follow typing. Prints figures; asserts nothing.

    python benchmarks/editor_latency.py [--runs 40]

A 10,000-word draft (built from the development corpus's requests) is opened in the
editor inside a headless ``run_test`` session. Each run types " 2019/2" then "0" at the
end of the letter (the last key completes a split year, so the findings must change) and
measures, from that last keystroke, until the findings pane shows the check of the new
text. The debounce the editor waits on purpose (its LintScheduler's delay) is reported on
its own line and left out of the figure compared with the target (50 ms).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from samples import one_page_request, ten_thousand_words

ROOT = Path(__file__).resolve().parent.parent
TARGET_MS = 50.0


def ms(values: list[float]) -> tuple[float, float]:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered) * 1000, p95 * 1000


async def measure(body: str, runs: int) -> dict[str, list[float]]:
    from textual.app import App

    from foidraft.drafts import DraftStore
    from foidraft.tui.lint_scheduler import LintResult
    from foidraft.tui.screens.editor import EditorScreen

    class TimedEditor(EditorScreen):
        """Records when the debounce started and ended and when results were shown (by
        wrapping the scheduler's steps, which the screen owns)."""

        changed = scheduled = started = shown = painted = 0.0
        last: LintResult | None = None

        def timed(self) -> None:
            lint = self.lint
            changed, schedule, start = lint.changed, lint._schedule, lint._start

            def on_change() -> None:
                self.changed = time.perf_counter()
                changed()

            def on_schedule(delay: float) -> None:
                self.scheduled = time.perf_counter()
                schedule(delay)

            def on_start() -> None:
                self.started = time.perf_counter()
                start()

            lint.changed, lint._schedule, lint._start = on_change, on_schedule, on_start  # type: ignore[method-assign]

        def apply_lint_result(self, result: LintResult) -> bool:
            shown = super().apply_lint_result(result)
            if shown:
                self.shown, self.last = time.perf_counter(), result
                self.call_after_refresh(self._painted)
            return shown

        def _painted(self) -> None:
            self.painted = time.perf_counter()

    store = DraftStore()
    draft = store.create("Benchmark", body)
    words = len(draft.body.split())
    screen = TimedEditor(store, draft)
    screen.timed()
    screen.keeper.delay = screen.keeper.max_wait = 3600.0  # keep disk writes out of it

    class Bench(App[None]):
        def on_mount(self) -> None:
            self.push_screen(screen)

    out: dict[str, list[float]] = {
        k: [] for k in ("key", "edit", "debounce", "check", "apply", "excl", "painted", "total")
    }
    async with Bench().run_test(size=(120, 40)) as pilot:
        await _until(
            lambda: screen.last is not None and screen.last.generation == screen.generation
        )
        before = len(screen.findings_list.findings)
        print(f"\n{words:,} words, {len(draft.body):,} characters; {before} findings at the start")
        for _ in range(runs):
            screen.editor.move_cursor(screen.editor.document.end)
            await pilot.press(*" 2019/2")
            await pilot.pause()
            count = len(screen.findings_list.findings)
            t_last = time.perf_counter()
            await pilot.press("0")
            t_key = time.perf_counter()
            await _until(
                lambda t=t_last: (
                    screen.findings_list.generation == screen.generation
                    and screen.painted >= screen.shown > t
                )
            )
            if len(screen.findings_list.findings) != count + 1:
                print("  (warning: the new split year was not found)", file=sys.stderr)
            waited = screen.started - screen.scheduled
            assert screen.last is not None
            out["key"].append(t_key - t_last)
            out["edit"].append(screen.changed - t_last)
            out["debounce"].append(waited)
            out["check"].append(screen.last.finished_at - screen.last.requested_at)
            out["apply"].append(screen.shown - screen.last.finished_at)
            out["excl"].append(screen.shown - t_last - waited)
            out["painted"].append(screen.painted - t_last - waited)
            out["total"].append(screen.shown - t_last)
    return out


async def stock_keystrokes(body: str, runs: int) -> list[float]:
    """pilot.press on a plain TextArea holding the same text: what Textual itself costs."""
    from textual.app import App, ComposeResult
    from textual.widgets import TextArea

    class Plain(App[None]):
        def compose(self) -> ComposeResult:
            yield TextArea(body, soft_wrap=True)

    times: list[float] = []
    async with Plain().run_test(size=(120, 40)) as pilot:
        area = pilot.app.query_one(TextArea)
        area.focus()
        area.move_cursor(area.document.end)
        await pilot.pause()
        for _ in range(runs):
            start = time.perf_counter()
            await pilot.press("x")
            times.append(time.perf_counter() - start)
    return times


def direct_check(body: str, runs: int) -> list[float]:
    from foidraft.lint.api import check

    check(body)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        check(body)
        times.append(time.perf_counter() - start)
    return times


async def _until(ready: object) -> None:
    assert callable(ready)
    deadline = time.perf_counter() + 30
    while not ready():
        if time.perf_counter() > deadline:
            raise SystemExit("gave up waiting for the editor")
        await asyncio.sleep(0.0005)


def report(title: str, results: dict[str, list[float]], runs: int) -> None:
    from foidraft.tui.lint_scheduler import LintScheduler

    delay = LintScheduler.__init__.__kwdefaults__["delay"]
    rows = [
        ("check() called directly, no UI", "direct"),
        ("pilot.press round trip, plain TextArea (the harness's own waits)", "stock"),
        ("pilot.press round trip, foidraft editor", "key"),
        ("keystroke -> edit made, marks moved, change handled", "edit"),
        (f"debounce, deliberate (the scheduler's delay, {delay * 1000:.0f} ms)", "debounce"),
        ("  check() in the worker thread", "check"),
        ("  result -> findings list, highlights, detail updated", "apply"),
        (f"keystroke -> findings updated, excl. debounce (target {TARGET_MS:.0f} ms)", "excl"),
        ("keystroke -> findings painted, excl. debounce", "painted"),
        ("keystroke -> findings updated, including debounce", "total"),
    ]
    print(f"\n{title}, {runs} runs{'':<20}median      p95")
    for label, key in rows:
        median, p95 = ms(results[key])
        print(f"  {label:<62} {median:7.1f} ms {p95:7.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=40)
    args = parser.parse_args()
    os.environ["FOIDRAFT_HOME"] = tempfile.mkdtemp(prefix="foidraft-bench-")
    for title, body in (
        ("10,000-word draft", (ten_thousand_words() + "\n")),
        ("one-page letter", one_page_request()),
    ):
        results = asyncio.run(measure(body, args.runs))
        results["stock"] = asyncio.run(stock_keystrokes(body, args.runs))
        results["direct"] = direct_check(body, args.runs)
        report(title, results, args.runs)


if __name__ == "__main__":
    main()
