"""What a first-time requester tripped on before sending, walked from the README in tmux at
80x24 and 120x40: each test failed before its fix."""

from __future__ import annotations

from textual.widgets import Input, OptionList

from foidraft.drafts import DraftStore, Profile, save_profile
from foidraft.tui.draft_keeper import DraftKeeper
from tests.tui.shell_harness import make_app, settle, type_text
from tests.tui.test_editor_keeper_scheduler import LETTER, KeeperScreen
from tests.tui.test_shell_interview import start_interview, to_offences


async def test_typing_in_a_long_list_searches_it() -> None:
    """The offences list says "Type to search" but has the focus: letters typed there went
    nowhere. They go to the search box now, and space still ticks in the list."""
    save_profile(Profile(name="Sam Doe"))
    async with make_app().run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await start_interview(pilot, "west mids", "crime-statistics")
        card = await to_offences(pilot)
        ticks = card.query_one("#answer", OptionList)
        assert pilot.app.screen.focused is ticks
        await type_text(pilot, "shop lifting")
        await settle(pilot)
        assert card.query_one("#search", Input).value == "shop lifting"
        assert ticks.option_count >= 1
        await pilot.press("enter")  # from the search box to the list
        await pilot.press("space")  # a tick, not a search
        await settle(pilot)
        assert card.query_one("#search", Input).value == "shop lifting"
        assert "46" in card.value()  # type: ignore[operator]


def test_a_file_changed_on_disk_is_explained_in_the_dialogs_own_words() -> None:
    """The dialog said "save again with force to overwrite them", the command line's hint:
    there is no "force" in the app, only the choices listed under it."""
    bodies: list[str] = []

    class Screen(KeeperScreen):
        def ask_about_conflict(self, body: str, choices: list[tuple[str, str]]) -> None:
            bodies.append(body)

    store = DraftStore()
    draft = store.create("Arrests", LETTER)
    screen = Screen(text=LETTER)
    keeper = DraftKeeper(screen, store, draft, clock=lambda: screen.now)
    keeper.loaded(LETTER)
    assert draft.path is not None
    draft.path.write_text(draft.path.read_text().replace("A B", "C D"))
    screen.text = "M" + LETTER
    keeper.changed(screen.text)
    screen.wind(1.0)
    assert len(bodies) == 1
    assert "force" not in bodies[0]
    assert draft.path.name in bodies[0] and "another program" in bodies[0]
