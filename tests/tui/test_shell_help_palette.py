"""F1 help, the command palette, rebinding keys and the theme from config.toml."""

from __future__ import annotations

import inspect

from textual.binding import Binding
from textual.command import CommandList, CommandPalette
from textual.widgets import Input, Markdown

import foidraft.tui.help
import foidraft.tui.screens.authority_picker
import foidraft.tui.screens.authority_select
import foidraft.tui.screens.batch_preview
import foidraft.tui.screens.batch_summary
import foidraft.tui.screens.dialogs
import foidraft.tui.screens.editor
import foidraft.tui.screens.editor_dialogs
import foidraft.tui.screens.export_menu
import foidraft.tui.screens.fields_dialog
import foidraft.tui.screens.flow_picker
import foidraft.tui.screens.home
import foidraft.tui.screens.interview
import foidraft.tui.screens.learn
import foidraft.tui.screens.reply
import foidraft.tui.screens.similar
import foidraft.tui.screens.template_save
import foidraft.tui.screens.trash
import foidraft.tui.widgets.answer_fields
import foidraft.tui.widgets.drafts_table
import foidraft.tui.widgets.findings
import foidraft.tui.widgets.home_widgets
from foidraft.config import Config
from foidraft.tui import app as app_module
from foidraft.tui.help import HelpScreen
from foidraft.tui.keymap import BINDING_IDS, EDITOR_BINDING_IDS, unknown_binding_ids
from foidraft.tui.screens.authority_picker import AuthorityPickerScreen
from foidraft.tui.screens.dialogs import MessageDialog
from foidraft.tui.screens.trash import TrashScreen
from tests.tui.shell_harness import (
    make_app,
    screen_text,
    settle,
    showing,
    type_text,
    wait_for,
    write_draft,
)

SHELL_MODULES = (
    app_module,
    foidraft.tui.help,
    foidraft.tui.screens.authority_picker,
    foidraft.tui.screens.authority_select,
    foidraft.tui.screens.batch_preview,
    foidraft.tui.screens.batch_summary,
    foidraft.tui.screens.dialogs,
    foidraft.tui.screens.export_menu,
    foidraft.tui.screens.fields_dialog,
    foidraft.tui.screens.flow_picker,
    foidraft.tui.screens.home,
    foidraft.tui.screens.interview,
    foidraft.tui.screens.learn,
    foidraft.tui.screens.reply,
    foidraft.tui.screens.similar,
    foidraft.tui.screens.template_save,
    foidraft.tui.screens.trash,
    foidraft.tui.widgets.answer_fields,
    foidraft.tui.widgets.drafts_table,
    foidraft.tui.widgets.home_widgets,
)
EDITOR_MODULES = (
    foidraft.tui.screens.editor,
    foidraft.tui.screens.editor_dialogs,
    foidraft.tui.widgets.findings,
)


def shell_bindings(modules: tuple[object, ...] = SHELL_MODULES) -> list[Binding]:
    found: list[Binding] = []
    for module in modules:
        assert inspect.ismodule(module)
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ == module.__name__:
                found += [b for b in cls.__dict__.get("BINDINGS", []) if isinstance(b, Binding)]
    return found


def test_every_shell_binding_has_a_scoped_kebab_case_id_listed_in_the_keymap() -> None:
    bindings = shell_bindings()
    ids = {b.id for b in bindings}
    assert None not in ids, [b.key for b in bindings if b.id is None]
    assert ids == BINDING_IDS
    for binding_id in ids:
        assert binding_id is not None
        scope, _, name = binding_id.partition(".")
        assert scope and name and name == name.lower() and "_" not in name


def test_the_editors_bindings_have_ids_a_config_file_can_name() -> None:
    ids = {b.id for b in shell_bindings(EDITOR_MODULES)}
    assert None not in ids
    assert ids == EDITOR_BINDING_IDS
    assert unknown_binding_ids({"editor.export": "ctrl+x", "editor.exprot": "f2"}) == [
        "editor.exprot"
    ]


async def test_f1_shows_help_for_the_focused_widget_and_its_keys() -> None:
    write_draft("one-0001.md", "A draft")
    async with make_app().run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        await pilot.press("f1")
        await pilot.pause()
        screen = pilot.app.screen
        assert isinstance(screen, HelpScreen)
        assert "Your drafts" in screen.query_one(Markdown).source
        text = screen_text(pilot)
        assert "home.new-request" in text and "Rename" in text
        await pilot.press("escape")
        await pilot.pause()
        assert not showing(pilot, HelpScreen)

        pilot.app.screen.query_one("#new-request").focus()
        await pilot.press("f1")
        await pilot.pause()
        assert "## New request" in pilot.app.screen.query_one(Markdown).source
        await pilot.press("f1")  # F1 again closes it
        await pilot.pause()
        assert not showing(pilot, HelpScreen)

        await pilot.press("n")
        await settle(pilot)
        await pilot.press("f1")
        await pilot.pause()
        help_screen = pilot.app.screen
        assert isinstance(help_screen, HelpScreen)
        assert "GMP" in help_screen.query_one(Markdown).source
        assert "picker.cancel" in screen_text(pilot)


async def test_help_is_readable_in_light_and_at_80_by_24() -> None:
    async with make_app(config=Config(app={"theme": "textual-light"})).run_test(
        size=(80, 24)
    ) as pilot:
        await settle(pilot)
        await pilot.press("f1")
        await pilot.pause()
        assert pilot.app.theme == "textual-light"
        text = screen_text(pilot)
        assert "Home" in text and "Keys you can use here" in text


async def palette_prompts(pilot: object) -> list[str]:
    from textual.pilot import Pilot

    assert isinstance(pilot, Pilot)
    palette = pilot.app.screen
    assert isinstance(palette, CommandPalette)
    await settle(pilot)
    options = palette.query_one(CommandList)
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


async def test_palette_lists_namespaced_commands_and_titles_literally() -> None:
    write_draft("odd-0001.md", "[bold]Odd[/] title")
    async with make_app().run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        prompts = await palette_prompts(pilot)
        labels = [p.split("\n")[0] for p in prompts]
        for expected in (
            "draft: new",
            "draft: open [bold]Odd[/] title",
            "draft: rename",
            "draft: duplicate",
            "draft: delete",
            "draft: show trash",
            "authority: search",
            "view: toggle light/dark",
            "app: help",
            "app: quit",
        ):
            assert expected in labels
        assert all(":" in label for label in labels)

        await type_text(pilot, "toggle light")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert pilot.app.theme == "textual-light"

        await pilot.press("ctrl+p")
        await pilot.pause()
        await type_text(pilot, "show trash")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert showing(pilot, TrashScreen)


async def test_palette_authority_search_shows_details() -> None:
    async with make_app().run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await type_text(pilot, "authority: search")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert showing(pilot, AuthorityPickerScreen)
        await type_text(pilot, "PSNI")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        text = screen_text(pilot)
        assert "Police Service of Northern Ireland" in text and "cost limit" in text


async def test_keys_are_rebound_from_config_and_typos_are_reported() -> None:
    config = Config(keys={"home.new-request": "ctrl+n", "home.new-reqest": "m"})
    async with make_app(config=config).run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        messages = [n.message for n in pilot.app._notifications]
        assert any("home.new-reqest" in m for m in messages)
        assert "^n New" in screen_text(pilot)
        await pilot.press("n")
        await settle(pilot)
        assert not showing(pilot, AuthorityPickerScreen)
        await pilot.press("ctrl+n")
        await settle(pilot)
        assert showing(pilot, AuthorityPickerScreen)
        assert isinstance(pilot.app.screen.focused, Input)


async def test_an_unknown_theme_is_reported_and_the_default_kept() -> None:
    async with make_app(config=Config(app={"theme": "no-such-theme"})).run_test() as pilot:
        await settle(pilot)
        assert pilot.app.theme == "textual-dark"
        messages = [n.message for n in pilot.app._notifications]
        assert any("no-such-theme" in m for m in messages)


async def test_palette_offers_batches_and_exports_and_shows_one_batch() -> None:
    write_draft("gmp-0001.md", "Tasers (GMP)", authority="gmp", extra={"batch": "tasers"})
    write_draft("wmp-0002.md", "Tasers (WMP)", authority="wmp", extra={"batch": "tasers"})
    write_draft("own-0003.md", "Something else", authority="wmp")
    async with make_app().run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        assert "Batch" in screen_text(pilot)  # the column tells the drafts apart
        await pilot.press("ctrl+p")
        await pilot.pause()
        labels = [p.split("\n")[0] for p in await palette_prompts(pilot)]
        for expected in (
            "batch: new batch from template …",
            "batch: show tasers only",
            "batch: export tasers to a folder …",
            "export: letter, link or email file …",
        ):
            assert expected in labels
        await type_text(pilot, "show tasers only")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        text = screen_text(pilot)
        assert "batch tasers: 2 of 3 drafts" in text and "Something else" not in text
        await pilot.press("escape")  # every draft again
        await settle(pilot)
        assert "Something else" in screen_text(pilot)


async def test_a_batch_without_templates_says_how_to_make_one() -> None:
    async with make_app().run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("b")
        await wait_for(pilot, lambda: showing(pilot, MessageDialog), "the explanation")
        assert "save as template" in screen_text(pilot)


def test_new_screens_and_their_focusable_widgets_have_f1_help() -> None:
    from textual.screen import Screen
    from textual.widget import Widget

    new = (
        foidraft.tui.screens.authority_select,
        foidraft.tui.screens.batch_preview,
        foidraft.tui.screens.batch_summary,
        foidraft.tui.screens.export_menu,
        foidraft.tui.screens.fields_dialog,
        foidraft.tui.screens.learn,
        foidraft.tui.screens.similar,
        foidraft.tui.screens.template_save,
        foidraft.tui.widgets.home_widgets,
    )
    checked = 0
    for module in new:
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != module.__name__ or not issubclass(cls, Widget):
                continue
            if issubclass(cls, Screen) or cls.can_focus:
                assert getattr(cls, "HELP", None), cls.__name__
                checked += 1
    assert checked >= 20
