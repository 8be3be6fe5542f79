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
from foidraft.drafts import Profile, save_profile
from foidraft.tui.help import HelpScreen
from foidraft.tui.keymap import KEYS, current_keys, unknown_binding_ids
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


def all_bindings() -> list[Binding]:
    """Every Binding declared by a class in foidraft.tui."""
    import importlib
    import pkgutil

    import foidraft.tui

    found: list[Binding] = []
    for info in pkgutil.walk_packages(foidraft.tui.__path__, "foidraft.tui."):
        module = importlib.import_module(info.name)
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ == module.__name__:
                found += [b for b in cls.__dict__.get("BINDINGS", []) if isinstance(b, Binding)]
    return found


def test_every_binding_comes_from_the_one_table_and_every_entry_is_used() -> None:
    bindings = all_bindings()
    assert len(bindings) > 80
    for binding in bindings:
        assert binding.id in KEYS, binding
        key = KEYS[binding.id]
        assert (binding.key, binding.description, binding.show) == (
            key.keys,
            key.description,
            key.show,
        )
        scope, _, name = binding.id.partition(".")
        assert scope and name and name == name.lower() and "_" not in name
    assert {b.id for b in bindings} == set(KEYS)


def test_the_export_keys_follow_the_formats_table() -> None:
    from foidraft.export import FORMATS
    from foidraft.tui.export_rows import export_rows
    from foidraft.tui.keymap import EXPORT_VERBS, export_binding_id

    expected = {export_binding_id(v, f.name) for f in FORMATS for v in EXPORT_VERBS[f.kind]}
    exports = {k for k in KEYS if k.startswith("export.")}
    assert expected == exports - {"export.choose", "export.batch-folder", "export.close"}
    rows = export_rows()
    assert [r.binding_id for r in rows[:-1]] == [
        export_binding_id(v, f.name) for f in FORMATS for v in EXPORT_VERBS[f.kind]
    ]
    assert len({r.key for r in rows}) == len(rows)  # one key each


def test_a_typo_in_keys_is_reported_and_a_renamed_id_still_applies() -> None:
    assert unknown_binding_ids({"editor.export": "ctrl+x", "editor.exprot": "f2"}) == [
        "editor.exprot"
    ]
    keys, notes = current_keys({"export.copy-text": "c", "dialog.close": "q"})
    assert keys == {"export.copy-txt": "c", "dialog.close": "q"}
    assert len(notes) == 1 and "export.copy-txt" in notes[0]
    assert unknown_binding_ids({"export.copy-text": "c"}) == []


async def test_f1_shows_help_for_the_focused_widget_and_its_keys() -> None:
    write_draft("one-0001.md", "A draft")
    save_profile(Profile(name="Sam Doe"))  # "n" goes straight to the search
    async with make_app().run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        await pilot.press("f1")
        await pilot.pause()
        screen = pilot.app.screen
        assert isinstance(screen, HelpScreen)
        assert "Your drafts" in screen.query_one(Markdown).source
        text = screen_text(pilot)
        assert "home.new-request" in text and "Reply" in text
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
            "draft: new request",
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
    save_profile(Profile(name="Sam Doe"))  # ctrl+n goes straight to the search
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
        foidraft.tui.screens.reply,
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
