"""Templates and batches in the app: save a draft as a template, start a draft from one
(asking for its fields), and send one letter to many forces (preview, pilot, summary);
authority names with markup are shown literally throughout."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Input, OptionList

from foidraft.authorities.model import Authority
from foidraft.drafts import DraftStore, Profile, save_profile
from foidraft.rules.model import RuleSet
from foidraft.templates import TemplateStore
from foidraft.tui.screens.authority_picker import AuthorityPickerScreen
from foidraft.tui.screens.authority_select import AuthoritySelectScreen
from foidraft.tui.screens.batch_preview import BatchPreviewScreen
from foidraft.tui.screens.batch_summary import BatchSummaryScreen, SummaryList
from foidraft.tui.screens.editor import EditorScreen
from foidraft.tui.screens.fields_dialog import FieldsDialog
from foidraft.tui.screens.home import HomeScreen
from foidraft.tui.screens.template_save import ReplacementList, SaveTemplateDialog
from foidraft.tui.widgets.drafts_table import DraftsTable
from tests.tui.shell_harness import (
    directory_with,
    make_app,
    open_from_home,
    screen_text,
    settle,
    showing,
    text_of,
    type_text,
    wait_for,
    write_draft,
    write_template,
)

WMP_LETTER = (
    "Dear West Midlands Police,\n\n"
    "Under the Freedom of Information Act 2000, please provide the number of stop and "
    "search encounters in 2023.\n\n"
    "If this would cost more than £450, please tell me what you can provide.\n\n"
    "Yours faithfully,\n\nJo Bloggs\n"
)
ARRESTS = """---
foidraft: 1
title: Arrests for {topic}
fields: topic, period
default-topic: knife crime
---
Dear {authority.name},

Under {authority.act}, please tell me how many arrests for {topic} {authority.short_name}
made in {period}.

Yours faithfully,

Jo Bloggs
"""
BATCH = """---
foidraft: 1
title: Stop and search
fields: period
default-period: 2019/20
---
Dear {authority.name},

Under {authority.act}, please provide the number of stop and search encounters in
{period}. If this would cost more than {authority.cost_limit}, please say what you can
provide within it.

Yours faithfully,

Jo Bloggs
"""
EVIL = Authority(
    id="evil_force", name="[bold]Evil[/] [link=x]Force", short_name="EF", type="police",
    wdtk_slug="evil_force",
)  # fmt: skip


def split_year_only() -> RuleSet:
    """FD101 alone, as a warning, so findings do not change as the knowledge base grows."""
    from tests.tui.rule_fixture import split_year_rules

    return split_year_rules()


async def to_save_template(pilot: Pilot[None]) -> None:
    """From Home with one draft: open it, then the save-as-template dialog (f4)."""
    await settle(pilot)
    await pilot.press("enter")
    await wait_for(pilot, lambda: showing(pilot, EditorScreen), "the editor")
    await pilot.press("f4")
    await wait_for(pilot, lambda: showing(pilot, SaveTemplateDialog), "the dialog")


async def test_save_as_template_replaces_the_forces_wording(foidraft_home: Path) -> None:
    write_draft("wmp-0001.md", "Stop and search", authority="wmp", body=WMP_LETTER)
    async with make_app().run_test(size=(80, 24)) as pilot:
        await to_save_template(pilot)
        text = screen_text(pilot)
        for wording in ("each authority's name", "each authority's Act",
                        "each authority's cost limit"):  # fmt: skip
            assert wording in text
        assert "{" not in text  # words, not template syntax
        replacements = pilot.app.screen.query_one(ReplacementList)
        name = pilot.app.screen.query_one("#template-name", Input)
        assert name.has_focus and len(replacements.selected) == 3
        # Typing replaces the title (selected); its spaces tick nothing.
        await type_text(pilot, "Stop and search, any force")
        assert name.value == "Stop and search, any force" and len(replacements.selected) == 3
        await pilot.press("tab")
        assert replacements.has_focus
        await pilot.press("end", "space")  # untick the last: the cost limit stays as written
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: showing(pilot, EditorScreen), "the dialog to close")
        await pilot.press("escape")
        await wait_for(pilot, lambda: showing(pilot, HomeScreen), "Home")
        await settle(pilot)
        assert "Stop and search, any force" in screen_text(pilot)
    saved = TemplateStore().get("stop-and-search-any-force")
    assert saved.body.startswith("Dear {authority.name},")
    assert "Under {authority.act}, please" in saved.body
    assert "£450" in saved.body and "West Midlands" not in saved.body
    assert saved.authority == ""  # no longer one force's letter


async def test_a_draft_from_a_template_asks_for_missing_fields_and_fills_everything() -> None:
    write_template("arrests.md", ARRESTS)
    async with make_app().run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        pilot.app.screen.query_one("#templates", OptionList).focus()
        await pilot.press("enter")
        await wait_for(pilot, lambda: showing(pilot, AuthorityPickerScreen), "the picker")
        await settle(pilot)
        await type_text(pilot, "police scotland")
        await settle(pilot)
        await pilot.press("enter")
        await wait_for(pilot, lambda: showing(pilot, FieldsDialog), "the fields")
        dialog = pilot.app.screen
        assert isinstance(dialog, FieldsDialog)
        assert dialog.values() == {"topic": "knife crime", "period": ""}  # the default is in
        await pilot.press("ctrl+s")  # period left blank: asked again, saying why
        await wait_for(
            pilot,
            lambda: showing(pilot, FieldsDialog) and pilot.app.screen is not dialog,
            "the fields again",
        )
        assert "needs a value for period" in screen_text(pilot)
        await type_text(pilot, "2023")
        await pilot.press("enter")
        await wait_for(pilot, lambda: showing(pilot, EditorScreen), "the editor")
    [summary] = DraftStore().list()
    draft = DraftStore().load_path(summary.path)
    assert draft.title == "Arrests for knife crime"
    assert draft.authority == "police_scotland" and draft.template == "arrests.md"
    assert "Dear Police Scotland," in draft.body
    assert "Freedom of Information (Scotland) Act 2002" in draft.body
    assert "{" not in draft.body and "}" not in draft.body


async def tick(pilot: object, query: str) -> None:
    from textual.pilot import Pilot

    assert isinstance(pilot, Pilot)
    pilot.app.screen.query_one("#select-query", Input).value = query
    await settle(pilot)
    await pilot.press("enter")


async def test_a_batch_to_three_forces_previews_pilots_and_summarises() -> None:
    write_template("stop-and-search.md", BATCH)
    async with make_app(rules=split_year_only()).run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        await pilot.press("b")
        await pilot.press("enter")  # the only template
        await wait_for(pilot, lambda: showing(pilot, AuthoritySelectScreen), "the checklist")
        await settle(pilot)
        for query in ("gmp", "police scotland", "west mids"):
            await tick(pilot, query)
        select = pilot.app.screen
        assert isinstance(select, AuthoritySelectScreen)
        assert list(select.chosen) == ["gmp", "police_scotland", "wmp"]
        await pilot.press("ctrl+n")
        await wait_for(pilot, lambda: showing(pilot, FieldsDialog), "the fields")
        await pilot.press("ctrl+s")  # the default period
        await wait_for(pilot, lambda: showing(pilot, BatchPreviewScreen), "the preview")
        await settle(pilot)
        preview = pilot.app.screen
        assert isinstance(preview, BatchPreviewScreen) and preview.plan is not None
        assert [d.authority.id for d in preview.plan.drafts] == ["gmp", "police_scotland", "wmp"]
        await pilot.press("down")  # Police Scotland's letter, checked for Scotland
        await wait_for(
            pilot,
            lambda: "Dear Police Scotland," in text_of(preview.query_one("#preview-letter")),
            "Police Scotland's letter",
        )
        letter = text_of(preview.query_one("#preview-letter"))
        assert "Dear Police Scotland," in letter
        assert "the Freedom of Information (Scotland) Act 2002" in letter and "£600" in letter
        findings = text_of(preview.query_one("#preview-findings"))
        assert "ambiguous split year" in findings and "FD101" not in findings  # in words
        await pilot.press("p")  # pilot with the first two
        await wait_for(pilot, lambda: "Create 2 drafts" in screen_text(pilot), "two")
        await pilot.press("minus")
        await wait_for(pilot, lambda: "Create 1 draft " in screen_text(pilot), "one")
        assert "first 1" in screen_text(pilot)
        await pilot.press("plus")
        await wait_for(pilot, lambda: "Create 2 drafts" in screen_text(pilot), "two again")
        await pilot.press("c")
        await wait_for(pilot, lambda: showing(pilot, BatchSummaryScreen), "the summary")
        await wait_for(pilot, lambda: "2 drafts written" in screen_text(pilot), "the count")
        text = screen_text(pilot)
        assert "2 drafts written; 2 with warnings" in text
        assert "1 warning (ambiguous split year)" in text and "FD101" not in text
        assert "Greater Manchester Police" in text and "Police Scotland" in text
        assert "1 more authority held back" in text
        await pilot.press("h")
        await wait_for(pilot, lambda: showing(pilot, HomeScreen), "Home")
        table = pilot.app.screen.query_one(DraftsTable)
        await wait_for(pilot, lambda: len(table.draft_rows) == 2, "the two drafts listed")
        await settle(pilot)
        rows = table.draft_rows
        assert {r.batch for r in rows} == {"stop-and-search"} and len(rows) == 2
        assert "batch stop-and-search: 2 of 2 drafts" in screen_text(pilot)
    drafts = [DraftStore().load_path(s.path) for s in DraftStore().list()]
    assert sorted(d.authority for d in drafts) == ["gmp", "police_scotland"]
    assert {d.batch for d in drafts} == {"stop-and-search"}


async def open_checklist(pilot: Pilot[None]) -> AuthoritySelectScreen:
    """From Home, the batch's checklist for the only template."""
    return await open_from_home(pilot, ("b", "enter"), AuthoritySelectScreen, "the checklist")


async def test_enter_never_ticks_a_force_for_a_body_the_list_lacks() -> None:
    write_template("stop-and-search.md", BATCH)
    async with make_app(rules=split_year_only()).run_test(size=(80, 24)) as pilot:
        select = await open_checklist(pilot)
        # No listed body is clearly that: the force for the place is listed first (the
        # council is not listed), but enter alone does not tick it
        await tick(pilot, "Leeds")
        assert select.chosen == {}
        said = [n.message for n in pilot.app._notifications]
        assert any("No authority in foidraft's list is clearly" in m for m in said), said
        guess = select.matches[0].id
        assert guess == "west_yorkshire_police"
        await pilot.press("down", "up", "enter")  # chosen with the arrows: ticked
        assert list(select.chosen) == [guess]
        await tick(pilot, "west mids")  # clearly one force, as typed so far
        assert list(select.chosen) == [guess, "wmp"]


async def test_names_typed_one_after_another_tick_one_body_each() -> None:
    write_template("stop-and-search.md", BATCH)
    async with make_app(rules=split_year_only()).run_test(size=(100, 32)) as pilot:
        select = await open_checklist(pilot)
        for name in ("gmp", "Leeds City Council", "west mids"):  # typed, as a person would
            await type_text(pilot, name)
            await settle(pilot)
            await pilot.press("enter")
            await settle(pilot)
        assert [a.name for a in select.chosen.values()] == [
            "Greater Manchester Police", "Leeds City Council", "West Midlands Police"
        ]  # fmt: skip
        assert select.current_query() == ""


async def test_a_batch_can_go_to_a_body_the_list_lacks_by_its_full_name() -> None:
    write_template("stop-and-search.md", BATCH)
    async with make_app(rules=split_year_only()).run_test(size=(100, 32)) as pilot:
        select = await open_checklist(pilot)
        select.query_one("#select-query", Input).value = "Frome Town Council"
        # Offered first, not a listed council (the best guess); the search runs after
        # the typing stops, so a busy machine needs longer than one settle.
        unlisted = "Frome Town Council  not in foidraft's list"
        await wait_for(pilot, lambda: unlisted in screen_text(pilot), "the unlisted body")
        await pilot.press("enter")
        await tick(pilot, "gmp")
        assert [a.name for a in select.chosen.values()] == [
            "Frome Town Council", "Greater Manchester Police"
        ]  # fmt: skip
        await pilot.press("ctrl+n")
        await wait_for(pilot, lambda: showing(pilot, FieldsDialog), "the fields")
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: showing(pilot, BatchPreviewScreen), "the preview")
        await settle(pilot)
        await pilot.press("c")
        await wait_for(pilot, lambda: showing(pilot, BatchSummaryScreen), "the summary")
    drafts = [DraftStore().load_path(s.path) for s in DraftStore().list()]
    assert sorted(d.authority for d in drafts) == ["Frome Town Council", "gmp"]
    council = next(d for d in drafts if d.authority == "Frome Town Council")
    assert council.body.startswith("Dear Frome Town Council,")


async def test_authority_names_with_markup_are_shown_literally() -> None:
    write_template("stop-and-search.md", BATCH)
    save_profile(Profile(name="Sam Doe"))  # the name is asked before the first search
    app = make_app(directory=directory_with(EVIL), rules=split_year_only())
    async with app.run_test(size=(110, 32)) as pilot:
        await settle(pilot)
        await pilot.press("n")
        await wait_for(pilot, lambda: showing(pilot, AuthorityPickerScreen), "the picker")
        await settle(pilot)
        await type_text(pilot, "evil")
        await wait_for(pilot, lambda: EVIL.name in screen_text(pilot), "the name, literally")
        await pilot.press("escape")
        await wait_for(pilot, lambda: showing(pilot, HomeScreen), "Home")

        await pilot.press("b", "enter")
        await wait_for(pilot, lambda: showing(pilot, AuthoritySelectScreen), "the checklist")
        await settle(pilot)
        await tick(pilot, "evil")
        await wait_for(pilot, lambda: EVIL.name in screen_text(pilot), "the name, literally")
        await pilot.press("ctrl+n")
        await wait_for(pilot, lambda: showing(pilot, FieldsDialog), "the fields")
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: showing(pilot, BatchPreviewScreen), "the preview")
        await wait_for(pilot, lambda: EVIL.name in screen_text(pilot), "the name, literally")
        await pilot.press("c")
        await wait_for(pilot, lambda: showing(pilot, BatchSummaryScreen), "the summary")
        summary = pilot.app.screen.query_one(SummaryList)
        assert EVIL.name in str(summary.get_option_at_index(0).prompt)
        await wait_for(pilot, lambda: EVIL.name in screen_text(pilot), "the name, literally")
        await pilot.press("escape")
        await wait_for(pilot, lambda: showing(pilot, HomeScreen), "Home")
        await wait_for(pilot, lambda: EVIL.name in screen_text(pilot), "the name, literally")


async def test_a_batch_that_cannot_be_written_says_why_and_writes_nothing() -> None:
    write_template("wmp-only.md", BATCH.replace("Dear {authority.name},", "Dear WMP,"))
    async with make_app().run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("b", "enter")
        await wait_for(pilot, lambda: showing(pilot, AuthoritySelectScreen), "the checklist")
        await settle(pilot)
        await tick(pilot, "gmp")
        await pilot.press("ctrl+n")
        await wait_for(pilot, lambda: showing(pilot, FieldsDialog), "the fields")
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: showing(pilot, BatchPreviewScreen), "the preview")
        await settle(pilot)
        intro = text_of(pilot.app.screen.query_one("#preview-intro"))
        assert intro.startswith("Cannot write this batch:")
        assert "every authority would be addressed as West Midlands Police" in intro
        await pilot.press("c")
        await settle(pilot)
        assert showing(pilot, BatchPreviewScreen)
    assert DraftStore().list() == []


def test_a_batch_of_one_says_one_letter() -> None:
    from foidraft.tui.screens.batch_preview import letter_count

    assert (letter_count(1), letter_count(3)) == ("1 letter", "3 letters")  # not "1 letters"
