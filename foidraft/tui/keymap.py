"""Key bindings a user can rebind, and checking ``[keys]`` and ``[app] theme`` in config.toml.

Every ``Binding`` in the app has an id, "<scope>.<action>" in kebab-case; config.toml maps
ids to keys and ``App.set_keymap`` applies them:

    [keys]
    "home.new-request" = "ctrl+n"
    "interview.back" = "alt+left,ctrl+b"

``BINDING_IDS`` lists the ids of the app shell (a test checks it against the classes); the
editor screen's ids ("editor.*") belong to the editor and are not checked here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

BINDING_IDS = frozenset(
    {
        "app.quit",
        "app.help",
        "app.command-palette",
        "home.new-request",
        "home.open",
        "home.rename",
        "home.duplicate",
        "home.delete",
        "home.trash",
        "home.refresh",
        "home.press-new-request",
        "interview.next",
        "interview.back",
        "interview.cancel",
        "interview.toggle-preview",
        "interview.tick",
        "picker.choose",
        "picker.cancel",
        "picker.next-match",
        "picker.previous-match",
        "flows.start",
        "flows.cancel",
        "trash.restore",
        "trash.purge",
        "trash.close",
        "dialog.confirm",
        "dialog.cancel",
        "dialog.close",
        "help.close",
    }
)
SCOPES = frozenset(binding_id.split(".")[0] for binding_id in BINDING_IDS)
DARK_DEFAULT = "textual-dark"
LIGHT_DEFAULT = "textual-light"


def unknown_binding_ids(keys: Mapping[str, str]) -> list[str]:
    """Ids in ``[keys]`` that name one of our scopes but no binding: most likely typos."""
    return sorted(k for k in keys if k.split(".")[0] in SCOPES and k not in BINDING_IDS)


def theme_problem(theme: object, available: Iterable[str]) -> str | None:
    """Why ``[app] theme`` cannot be used, or None when it can (or is unset)."""
    if theme is None:
        return None
    names = sorted(available)
    if not isinstance(theme, str) or theme not in names:
        return f"[app] theme {theme!r} is not a theme foidraft knows; try one of: " + ", ".join(
            names
        )
    return None


def toggled_theme(dark: bool) -> str:
    """The theme "view: toggle light/dark" switches to from a dark or light one."""
    return LIGHT_DEFAULT if dark else DARK_DEFAULT
