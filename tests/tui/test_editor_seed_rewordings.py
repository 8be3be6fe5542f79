"""The seed's first request, reworded the way a trusting requester would: F8 to the next
finding and 1 for its first rewording, again and again, filling each gap the app asks for.

The letter that comes out must avoid all five points West Midlands Police raised, still
ask for something in every question, and whatever the knowledge base cannot reword away
must still be on the findings list (the editor never goes quiet about a point it left).
"""

from __future__ import annotations

from pathlib import Path

from foidraft.tui.widgets.hole_field import HoleField
from tests.composition import HOLE_RE, defects, fill
from tests.tui.editor_harness import EditorTestApp, make_draft, settled

SEED = Path(__file__).parent.parent / "data" / "seed-first-request.txt"
POINTS = ("2019/20", "online", "associated", "decoy", "names of all")
MAX_PRESSES = 80  # F8+1 pairs; the letter needs about a dozen rewordings


async def test_f8_and_1_on_every_finding_leave_a_letter_free_of_the_forces_points() -> None:
    original = SEED.read_text(encoding="utf-8")
    store, draft = make_draft(original, authority="wmp", title="Grooming arrests")
    app = EditorTestApp(store, draft, knowledge_base=True)
    async with app.run_test(size=(120, 35)) as pilot:
        screen = app.editor_screen
        await settled(pilot, screen)
        before = [f.rule for f in screen.findings_list.findings]
        assert {"FD101", "FD301"} <= set(before), before  # the seed's points are flagged

        unchanged = 0  # F8 presses in a row that changed nothing: a lap of the list
        applied = 0
        for _ in range(MAX_PRESSES):
            if not screen.findings_list.findings:
                break  # nothing left to visit (1 would now type in the letter)
            text = screen.editor.text
            await pilot.press("f8", "1")
            field = screen.query_one(HoleField)
            while field.asking:  # the app asks for each gap; the requester fills it
                hole = HOLE_RE.search(screen.editor.selected_text)
                assert hole is not None, screen.editor.selected_text
                await pilot.press(*fill(hole.group(0)), "enter")
            await settled(pilot, screen)
            if screen.editor.text == text:
                unchanged += 1
                if unchanged > len(screen.findings_list.findings):
                    break  # every finding left was visited: none has a rewording to apply
            else:
                unchanged = 0
                applied += 1
        else:
            raise AssertionError(f"still rewording after {MAX_PRESSES} presses")

        after = screen.editor.text
        assert applied >= 5, applied  # one rewording per point at least
        for point in POINTS:
            assert point not in after, point
        assert not HOLE_RE.search(after), "a gap was left in the letter"
        left = list(screen.findings_list.findings)
        assert not defects(original, after, left, None), defects(original, after, left, None)
        # What the editor shows is an honest re-check of the letter as it now stands.
        from foidraft.authorities.infer import resolve_any
        from foidraft.lint.api import check

        wmp = resolve_any("West Midlands Police")[0]
        expected = {(f.rule, f.start) for f in check(after, wmp)}
        assert {(f.rule, f.start) for f in left} == expected
        loud = [f for f in left if f.severity in ("warning", "error")]
        assert not loud, [(f.rule, f.match) for f in loud]
