"""config.toml's settings put on the app: its ``[keys]`` (only keys Textual can deliver;
an unknown binding id is reported) and its theme. Each problem comes back as a line the
app shows once Home is up; none stops it starting."""

from __future__ import annotations

from typing import TYPE_CHECKING

from foidraft.tui import keymap

if TYPE_CHECKING:
    from textual.app import App

    from foidraft.config import Config


def apply_settings(app: App[None], config: Config) -> list[str]:
    """Set ``app``'s keys and theme from ``config``; the problems found, to show."""
    from foidraft.tui.key_strings import usable_keys

    keys, notes = keymap.current_keys(config.keys)
    keys, unusable = usable_keys(keys)
    problems = notes + unusable
    if keys:
        app.set_keymap(keys)
        palette_key = keys.get("app.command-palette")
        if palette_key:  # the footer shows the palette key it finds under this name
            app.COMMAND_PALETTE_BINDING = palette_key.split(",")[0].strip()  # type: ignore[misc]
    unknown = keymap.unknown_binding_ids(config.keys)
    if unknown:
        problems.append("config.toml [keys]: no key binding has the id " + ", ".join(unknown))
    theme = config.app.get("theme")
    problem = keymap.theme_problem(theme, app.available_themes)
    if problem:
        problems.append(problem)
    elif isinstance(theme, str):
        app.theme = theme
    return problems
