"""Whether a finding's folded reasons are read whole without scrolling at 80x24. Prints
figures; asserts nothing.

    python benchmarks/folded_reasons_at_80.py

For every distinct finding that folds another rule's reason (the '+1' or '+2' in the
findings list) in the development corpus's requests, the editor is opened at 80x24 with
the findings list focused and that finding chosen, and the reasons pane is read off the
screen: are the end of the louder message and the end of each folded one in its view?
Three reasons or more are shown each in its shortest form (the whole of each further down
and on e): for those, the end of each shortest form is what must be in view. A rule with
a short form (``short:`` in the rule file) is shown in it beside another reason.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["FOIDRAFT_HOME"] = tempfile.mkdtemp()

import foidraft  # noqa: E402
from foidraft.lint.merging import folded  # noqa: E402
from foidraft.tui.widgets.finding_detail import FindingDetail, short_reason  # noqa: E402
from foidraft.tui.widgets.findings import FindingsList  # noqa: E402
from tests.tui.editor_harness import EditorTestApp, make_draft, settled, wait_until  # noqa: E402
from tests.tui.shell_harness import screen_text  # noqa: E402

SCROLLBAR = " ▁▂▃▄▅▆▇█"
TAIL = 25  # characters: the end of a message is what a fold cuts off


def words(text: str) -> str:
    return " ".join(text.split())


async def in_view(text: str, seen: set[tuple[str, ...]]) -> list[tuple[tuple[str, ...], bool]]:
    store, draft = make_draft(text)
    app = EditorTestApp(store, draft, knowledge_base=True)
    out = []
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.editor_screen
        await settled(pilot, screen)
        listing = screen.query_one(FindingsList)
        listing.focus()
        for i, finding in enumerate(listing.findings):
            others = folded(finding)
            key = (finding.rule, *(g.rule for g in others))
            if not others or key in seen:
                continue
            seen.add(key)
            listing.highlighted = i
            detail = screen.query_one(FindingDetail)
            shown = lambda f=finding, d=detail: d._last[0] is f  # noqa: E731
            await wait_until(pilot, shown, "the finding shown")
            await pilot.pause()
            await pilot.pause()
            box = detail.content_region
            rows = screen_text(pilot).splitlines()[box.y : box.bottom]
            shown = words(" ".join(r[box.x : box.right].rstrip(SCROLLBAR) for r in rows))
            every = (finding, *others)
            # what the pane means to show: a rule's short form where it has one
            shorts = {f.rule: f.short or "" for f in every}
            said = (
                [short_reason(f, shorts[f.rule]) for f in every]
                if len(others) > 1
                else [shorts[f.rule] or f.message for f in every]
            )
            ends = [words(text)[-TAIL:] for text in said]
            out.append((key, all(end in shown for end in ends)))
    return out


async def main() -> None:
    seen: set[tuple[str, ...]] = set()
    results = []
    for line in (ROOT / "tests" / "data" / "dev.jsonl").open(encoding="utf-8"):
        request = json.loads(line)["request"]
        if any(folded(f) for f in foidraft.check(request)):
            results += await in_view(request, seen)
    for key, whole in results:
        print(f"{' + '.join(key):24} {'whole' if whole else 'cut'}")
    for n in (1, 2):
        part = [whole for key, whole in results if len(key) == n + 1]
        form = "whole" if n == 1 else "in its shortest form"
        print(f"+{n}: {sum(part)} of {len(part)} findings with every reason {form} in view")


if __name__ == "__main__":
    asyncio.run(main())
