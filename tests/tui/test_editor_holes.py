"""A rewording with ``[[...]]`` gaps: each gap is selected and asked for in a small field
under the letter, with what the rule says to write; gaps are filled, never deleted."""

from __future__ import annotations

from pathlib import Path

from foidraft.rules.model import RuleSet
from foidraft.rules.registry import ruleset_from_file
from foidraft.tui.text_spans import first_hole
from foidraft.tui.widgets.hole_field import HoleField, HoleInput
from tests.tui.editor_harness import EditorTestApp, make_draft, open_editor, settled

RULE = """\
version: 1
rules:
  - id: FD998
    name: vague-widgets
    kind: undefined_term
    severity: warning
    message: "'{match}' does not say which widgets."
    why: A rule for this test, whose rewording leaves two gaps to fill.
    evidence:
      - title: A test
        url: https://example.org/widgets
    patterns:
      - regex: '\\bwidgets\\b'
    suggestions:
      - title: Name the widgets
        replace: 'widgets made of [[material, e.g. steel]] since [[year]]'
    examples:
      bad:
        - How many widgets do you hold?
      good:
        - How many widgets made of steel since 2020 do you hold?
"""
LETTER = "Dear Sir or Madam,\n\nHow many widgets do you hold?\n\nYours faithfully,\nA B\n"


def widget_rules(tmp_path: Path) -> RuleSet:
    path = tmp_path / "rules.yaml"
    path.write_text(RULE)
    return ruleset_from_file(str(path))


def test_a_hole_is_found_with_its_hint_and_only_whole() -> None:
    text = "a [[list the codes, e.g. 71/17]] b [[x"
    hole = first_hole(text)
    assert hole is not None and text[hole.start : hole.end] == "[[list the codes, e.g. 71/17]]"
    assert hole.hint == "list the codes, e.g. 71/17"
    assert first_hole(text, hole.end) is None  # "[[x" is no hole
    assert first_hole("[[a\nb]]") is None


async def test_applying_a_rewording_asks_for_each_gap_and_never_deletes_one(
    tmp_path: Path,
) -> None:
    store, draft = make_draft(LETTER)
    async with open_editor(store, draft, rules=widget_rules(tmp_path)) as (app, pilot, screen):
        field = screen.query_one(HoleField)
        assert not field.asking
        await pilot.press("f8", "1")
        assert "widgets made of [[material, e.g. steel]] since [[year]]" in screen.editor.text
        assert field.asking and isinstance(app.focused, HoleInput)
        assert screen.editor.selected_text == "[[material, e.g. steel]]"
        assert "material, e.g. steel" in str(field.query_one("#hole-hint").content)

        await pilot.press("enter")  # nothing typed: asked again, the gap stays
        assert "[[material, e.g. steel]]" in screen.editor.text
        assert "Type the words" in str(field.query_one("#hole-error").content)

        await pilot.press(*"steel", "enter")
        assert "widgets made of steel since [[year]] do" in screen.editor.text
        assert screen.editor.selected_text == "[[year]]" and field.asking

        await pilot.press("escape")  # later: the gap stays in the letter
        assert not field.asking and app.focused is screen.editor
        assert "since [[year]] do you hold?" in screen.editor.text
        await settled(pilot, screen)

        await pilot.press("ctrl+z")  # undoes the filled gap, then the rewording
        assert "widgets made of [[material, e.g. steel]] since [[year]]" in screen.editor.text
        await pilot.press("ctrl+z")
        assert screen.editor.text == LETTER


async def test_filling_every_gap_goes_back_to_the_letter(tmp_path: Path) -> None:
    store, draft = make_draft(LETTER)
    async with open_editor(store, draft, rules=widget_rules(tmp_path)) as (app, pilot, screen):
        await pilot.press("f8", "1", *"steel", "enter", *"2020", "enter")
        assert "How many widgets made of steel since 2020 do you hold?" in screen.editor.text
        assert not screen.query_one(HoleField).asking and app.focused is screen.editor
        await settled(pilot, screen)
        assert [f.rule for f in screen.findings_list.findings] == ["FD998"]


async def test_what_was_applied_is_said_above_the_gap_not_in_a_toast_over_it(
    tmp_path: Path,
) -> None:
    """Walking at 80x24: the "Applied ... Ctrl+Z undoes it" toast lay over the right half
    of the field asking for the gap. It is said on a line under the field now, and a
    rewording with no gap still says it in a toast."""
    store, draft = make_draft(LETTER)
    async with open_editor(store, draft, rules=widget_rules(tmp_path)) as (app, pilot, screen):
        await pilot.press("f8", "1")
        field = screen.query_one(HoleField)
        assert field.asking
        note = str(field.query_one("#hole-note").render())
        assert note == "Applied “Name the widgets”. Ctrl+Z undoes it."
        assert str(field.query_one("#hole-hint").render()).startswith("Fill in:")
        assert not app._notifications  # nothing laid over the field
        await pilot.press(*"steel", "enter")
        assert not str(field.query_one("#hole-note").render())  # said once


async def test_a_gap_left_in_the_letter_is_filled_from_its_finding() -> None:
    """A gap left for later is flagged (FD903) with advice to "select the gap and type":
    the key that applies a rewording now asks for that gap, where it said "That one is
    advice: there is nothing to apply." and left the requester to find it."""
    letter = LETTER.replace("widgets", "crimes recorded in [[year]]")
    store, draft = make_draft(letter)
    app = EditorTestApp(store, draft, knowledge_base=True)
    async with app.run_test(size=(120, 30)) as pilot:
        screen = app.editor_screen
        await settled(pilot, screen)
        for _ in screen.findings_list.findings:
            await pilot.press("f8")
            finding = screen.findings.finding
            if finding is not None and finding.rule == "FD903":
                break
        assert finding is not None and finding.match == "[[year]]"
        await pilot.press("1")
        field = screen.query_one(HoleField)
        assert field.asking and isinstance(app.focused, HoleInput)
        assert screen.editor.selected_text == "[[year]]"
        await pilot.press(*"2024", "enter")
        assert "How many crimes recorded in 2024 do you hold?" in screen.editor.text
        assert not field.asking and app.focused is screen.editor


async def test_undoing_the_rewording_stops_asking_for_its_gap(tmp_path: Path) -> None:
    """The note under the field says "Ctrl+Z undoes it"; pressing it took the rewording
    out, but the field went on asking to fill a gap no longer in the letter, and the
    words typed there were refused as "The placeholder has moved"."""
    store, draft = make_draft(LETTER)
    async with open_editor(store, draft, rules=widget_rules(tmp_path)) as (app, pilot, screen):
        field = screen.query_one(HoleField)
        await pilot.press("f8", "1")
        assert field.asking
        await pilot.press("ctrl+z")
        assert screen.editor.text == LETTER
        assert not field.asking and app.focused is screen.editor
        assert not app._notifications  # no "the gap stays": there is none
        await pilot.press(*"Hi ")  # back to writing the letter
        assert "Hi " in screen.editor.text


async def test_undoing_a_filled_gap_asks_for_it_again(tmp_path: Path) -> None:
    store, draft = make_draft(LETTER)
    async with open_editor(store, draft, rules=widget_rules(tmp_path)) as (_app, pilot, screen):
        field = screen.query_one(HoleField)
        await pilot.press("f8", "1", *"steel", "enter")
        assert screen.editor.selected_text == "[[year]]"
        await pilot.press("ctrl+z")  # the filled gap is back, and asked for first
        assert "widgets made of [[material, e.g. steel]] since [[year]]" in screen.editor.text
        assert field.asking and screen.editor.selected_text == "[[material, e.g. steel]]"
        await pilot.press(*"iron", "enter", *"2021", "enter")
        assert "How many widgets made of iron since 2021 do you hold?" in screen.editor.text
        assert not field.asking
