"""Key bindings a user can rebind, and checking ``[keys]`` and ``[app] theme`` in config.toml.

Every ``Binding`` in the app has an id, "<scope>.<action>" in kebab-case; config.toml maps
ids to keys and ``App.set_keymap`` applies them:

    [keys]
    "home.new-request" = "ctrl+n"
    "interview.back" = "alt+left,ctrl+b"

``BINDING_IDS`` lists the ids of the app shell and ``EDITOR_BINDING_IDS`` the editor's
(tests check both against the classes); an id in ``[keys]`` with a known scope but no
binding is reported as a likely typo.
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
        # templates, batches, exports, learning from replies, similar requests
        "home.new-batch",
        "home.press-new-batch",
        "home.filter-batch",
        "home.clear-filter",
        "home.export",
        "template.save",
        "template.cancel",
        "fields.accept",
        "fields.cancel",
        "select.tick",
        "select.next",
        "select.cancel",
        "select.next-match",
        "select.previous-match",
        "batch.create",
        "batch.toggle-pilot",
        "batch.pilot-more",
        "batch.pilot-fewer",
        "batch.back",
        "batch.open",
        "batch.show-on-home",
        "batch.export",
        "batch.close",
        "export.choose",
        "export.copy-text",
        "export.copy-wdtk",
        "export.open-wdtk",
        "export.copy-mailto",
        "export.save-eml",
        "export.batch-folder",
        "export.close",
        "learn.continue",
        "learn.cancel",
        "home.read-reply",
        "reply.continue",
        "reply.cancel",
        "similar.copy-link",
        "similar.open",
        "similar.retry",
        "similar.close",
    }
)
EDITOR_BINDING_IDS = frozenset(
    {
        "editor.save",
        "editor.open-external",
        "editor.set-status",
        "editor.next-finding",
        "editor.prev-finding",
        "editor.toggle-findings",
        "editor.undo",
        "editor.back",
        "editor.dialog-cancel",
        "editor.dialog-close",
        *(f"editor.apply-{n}" for n in range(1, 10)),
        "editor.apply-first",
        "editor.ignore-rule",
        "editor.unignore-rule",
        "editor.explain",
        "editor.save-as-template",
        "editor.export",
        "editor.find-similar",
    }
)
KNOWN_IDS = BINDING_IDS | EDITOR_BINDING_IDS
SCOPES = frozenset(binding_id.split(".")[0] for binding_id in KNOWN_IDS)
DARK_DEFAULT = "textual-dark"
LIGHT_DEFAULT = "textual-light"


def unknown_binding_ids(keys: Mapping[str, str]) -> list[str]:
    """Ids in ``[keys]`` that name one of our scopes but no binding: most likely typos."""
    return sorted(k for k in keys if k.split(".")[0] in SCOPES and k not in KNOWN_IDS)


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
