"""Every key binding in the app, declared once, and checking ``[keys]`` and ``[app] theme``
in config.toml.

:data:`KEYS` maps each binding id ("<scope>.<action>", kebab-case) to its default keys,
its footer label and its tooltip; a screen or widget takes its ``BINDINGS`` from here with
:func:`bindings`, naming only the action its class runs. config.toml maps ids to keys
and ``App.set_keymap`` applies them:

    [keys]
    "home.new-request" = "ctrl+n"
    "interview.back" = "alt+left,ctrl+b"

An id in ``[keys]`` with a known scope but no binding is reported as a likely typo; an id
that was renamed is applied under its new name, with a note saying so.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

TYPE_CHECKING = False
if TYPE_CHECKING:
    from textual.binding import BindingType
    from textual.screen import Screen


@dataclass(frozen=True)
class Key:
    keys: str
    description: str
    tooltip: str = ""
    show: bool = True
    priority: bool = False
    key_display: str | None = None
    drop: int = 0  # a footer too short for every key leaves out the highest first
    aside: bool = False  # not in the footer, but on the screen's own keys line (AsideKeys)


NEXT_ANSWER = "Accept this answer and go to the next question"
EXPORT_TIP = "Copy the letter or its WhatDoTheyKnow link, or save an email file"

KEYS: dict[str, Key] = {
    "app.quit": Key("ctrl+q", "Quit", priority=True),
    "app.help": Key("f1", "Help"),
    "app.command-palette": Key(
        "ctrl+p", "Commands", "Every command foidraft offers, by name", show=False, priority=True
    ),
    "help.close": Key("escape,f1,q", "Close help"),
    "dialog.cancel": Key("escape", "Cancel"),
    "dialog.confirm": Key("y", "Yes"),
    "dialog.no": Key("n", "No"),
    "dialog.close": Key("escape,enter", "Close"),
    # Home. The footer holds about 50 columns beside Quit, Help and Commands at 80: it
    # shows what a requester reaches for (open, start, reply, export, batch, delete);
    # the keys marked aside are on the Drafts heading's line, and all are in F1.
    "home.new-request": Key("n", "New", "Start a new request"),
    "home.open": Key("enter", "Open"),
    # DataTable's home and end scroll sideways; with hundreds of drafts they go to the
    # first and last (ctrl+home and ctrl+end rarely reach the app through tmux or ssh).
    "home.first-draft": Key("home", "First draft", show=False),
    "home.last-draft": Key("end", "Last draft", show=False),
    "home.read-reply": Key(
        "p", "Reply", "Paste the authority's reply: see what it means, get the next letter"
    ),
    "home.export": Key("e", "Export", EXPORT_TIP),
    "home.new-batch": Key("b", "Batch", "One request to many authorities, from a template", drop=1),
    "home.rename": Key("r", "Rename", show=False, aside=True),
    "home.duplicate": Key("d", "Copy", "Duplicate the draft", show=False, aside=True),
    "home.delete": Key("delete,x", "Delete"),
    "home.trash": Key("t", "Trash", "The drafts you deleted, to restore", show=False, aside=True),
    "home.filter-batch": Key(
        "f", "One batch", "List only the drafts of one batch", show=False, aside=True
    ),
    "home.clear-filter": Key("escape", "All", "Show every draft"),
    "home.refresh": Key("f5,ctrl+r", "Refresh", show=False, aside=True),
    "home.sort-due": Key(
        "s", "Sort", "Soonest due first, or last changed first", show=False, aside=True
    ),
    "home.use-template": Key("enter", "New draft", "Start a draft from this template"),
    "home.press-new-request": Key("enter,space", "Start", show=False),
    "home.press-new-batch": Key("enter,space", "Start", show=False),
    # The interview and choosing an authority
    "interview.next": Key("enter", "Next", NEXT_ANSWER),
    # Back is a button on the screen too: a narrow footer leaves its key out first.
    "interview.back": Key("alt+left,ctrl+b", "Back", key_display="alt+←", drop=1),
    "interview.cancel": Key("escape", "Leave"),
    "interview.toggle-preview": Key("ctrl+l", "Letter"),
    "interview.tick": Key("space", "Tick", "Tick or untick the highlighted option"),
    "picker.choose": Key("enter", "Choose"),
    "picker.cancel": Key("escape", "Back"),
    "picker.next-match": Key("down", "Next match", show=False),
    "picker.previous-match": Key("up", "Previous match", show=False),
    "flows.start": Key("enter", "Start"),
    "flows.cancel": Key("escape", "Back"),
    "trash.restore": Key("enter,r", "Restore"),
    "trash.purge": Key("delete", "Delete for good"),
    "trash.close": Key("escape", "Back"),
    # Templates and batches
    "template.save": Key("ctrl+s", "Save template"),
    "template.cancel": Key("escape", "Cancel"),
    "fields.accept": Key("ctrl+s", "Go ahead"),
    "fields.cancel": Key("escape", "Cancel"),
    "select.tick": Key("enter", "Tick"),
    # In the list, as in the interview's: space ticks the highlighted authority and enter
    # goes on (enter there had ticked the first one, highlighted but never chosen).
    "select.list-tick": Key("space", "Tick", "Tick or untick the highlighted authority"),
    "select.list-next": Key("enter", "Next", "Go on with the ticked authorities"),
    "select.next": Key("ctrl+n", "Next"),
    "select.cancel": Key("escape", "Back"),
    "select.next-match": Key("down", "Next match", show=False),
    "select.previous-match": Key("up", "Previous match", show=False),
    "batch.create": Key("c", "Create drafts"),
    "batch.toggle-pilot": Key("p", "Pilot on/off"),
    "batch.pilot-more": Key("plus", "Pilot: one more", show=False),
    "batch.pilot-fewer": Key("minus", "Pilot: one fewer", show=False),
    "batch.back": Key("escape", "Back"),
    "batch.open": Key("enter", "Open"),
    "batch.show-on-home": Key("h", "Show on Home"),
    "batch.export": Key("x", "Export"),
    "batch.close": Key("escape", "Home"),
    # Exports: one per way the menu offers a format of foidraft.export.FORMATS (the
    # verbs are EXPORT_VERBS; tests hold the two together)
    "export.choose": Key("enter", "Export"),
    "export.copy-txt": Key("t", "Copy text", show=False),
    "export.copy-wdtk": Key("w", "Copy link", show=False),
    "export.open-wdtk": Key("o", "Open link", show=False),
    "export.copy-mailto": Key("m", "Copy mailto", show=False),
    "export.save-eml": Key("s", "Save .eml", show=False),
    "export.batch-folder": Key("b", "Batch", show=False),
    "export.close": Key("escape", "Close"),
    "learn.continue": Key("ctrl+s", "Go on"),
    "learn.cancel": Key("escape", "Cancel"),
    "reply.continue": Key("ctrl+s", "Go on"),
    "reply.cancel": Key("escape", "Close"),
    "reply.more": Key("pagedown", "More", "Scroll down what the reply means"),
    "reply.less": Key("pageup", "Back up", "Scroll up what the reply means", show=False),
    "reply.tick": Key("space", "Tick", "Tick or untick the review ground with the focus"),
    "similar.copy-link": Key("enter", "Copy link"),
    "similar.open": Key("o", "Open in browser"),
    "similar.retry": Key("r", "Ask again"),
    "similar.close": Key("escape", "Close"),
    # The editor. Its footer at 80 columns holds Export and the finding keys; saving is
    # automatic (the head says "saved"), so Save and the outside editor are in F1.
    "editor.export": Key("ctrl+o", "Export", EXPORT_TIP),
    "editor.save": Key("ctrl+s", "Save", "Save the draft now", show=False),
    "editor.open-external": Key(
        "ctrl+e",
        "Editor",
        "Open the draft in your own text editor ($EDITOR)",
        show=False,
        priority=True,  # TextArea has ctrl+e for "end of line"
    ),
    "editor.set-status": Key("ctrl+t", "Status", "Ready, sent…", drop=2),
    "editor.next-finding": Key("f8", "Next", "Next finding"),
    "editor.prev-finding": Key("shift+f8", "Prev", show=False),
    "editor.toggle-findings": Key("f9", "Findings", drop=1),
    "editor.undo": Key("ctrl+z", "Undo", show=False),
    "editor.letter-start": Key("ctrl+home", "Start of letter", show=False),
    "editor.letter-end": Key("ctrl+end", "End of letter", show=False),
    "editor.save-as-template": Key(
        "f4", "Save as template", "Reuse this letter for other authorities", show=False
    ),
    "editor.find-similar": Key(
        "f3",
        "Similar requests",
        "Earlier requests like this one on WhatDoTheyKnow (uses the network)",
        show=False,
    ),
    "editor.back": Key("escape", "Back", "Save and go back (from the findings: to the letter)"),
    "editor.apply-1": Key(
        "1", "Apply", "Apply the numbered rewording (enter: the first)", key_display="1-9"
    ),
    **{f"editor.apply-{n}": Key(str(n), f"Apply {n}", show=False) for n in range(2, 10)},
    "editor.apply-first": Key("enter", "Apply first", show=False),
    "editor.ignore-rule": Key("i", "Ignore", "Ignore this rule for this draft"),
    "editor.unignore-rule": Key("u", "Un-ignore", show=False),
    "editor.explain": Key("e", "Explain", show=False),
    "editor.fill-hole": Key("enter", "Fill in", "Put your words in place of the placeholder"),
    "editor.leave-hole": Key("escape", "Later", "Leave the placeholder to fill in later"),
}
# How the export menu offers each kind of format (foidraft.export.formats.Kind).
EXPORT_VERBS: dict[str, tuple[str, ...]] = {
    "text": ("copy",),
    "file": ("save",),
    "web-link": ("copy", "open"),
    "mail-link": ("copy",),
}
RENAMED = {
    "export.copy-text": "export.copy-txt",  # one name per format: txt
    "editor.dialog-cancel": "dialog.cancel",  # one dialog base
    "editor.dialog-close": "dialog.close",
}
SCOPES = frozenset(binding_id.split(".")[0] for binding_id in KEYS)
DARK_DEFAULT = "textual-dark"
LIGHT_DEFAULT = "textual-light"


def bindings(*uses: tuple[str, str]) -> list[BindingType]:
    """``Binding``s for (id, action) pairs, with the keys and labels of :data:`KEYS`."""
    from textual.binding import Binding

    out: list[BindingType] = []
    for binding_id, action in uses:
        key = KEYS[binding_id]
        out.append(
            Binding(
                key.keys,
                action,
                key.description,
                show=key.show,
                key_display=key.key_display,
                priority=key.priority,
                tooltip=key.tooltip,
                id=binding_id,
            )
        )
    return out


def shown_key(screen: Screen[Any], binding_id: str) -> str:
    """The key ``binding_id`` has on ``screen`` now (config.toml's ``[keys]`` applied), as
    the footer shows it; its first default key when it is not active there."""
    for active in screen.active_bindings.values():
        if active.binding.id == binding_id:
            return screen.app.get_key_display(active.binding)
    return KEYS[binding_id].keys.split(",")[0]


def export_binding_id(verb: str, fmt: str) -> str:
    return f"export.{verb}-{fmt}"


def unknown_binding_ids(keys: Mapping[str, str]) -> list[str]:
    """Ids in ``[keys]`` that name one of our scopes but no binding: most likely typos."""
    return sorted(
        k for k in keys if k.split(".")[0] in SCOPES and k not in KEYS and k not in RENAMED
    )


def current_keys(keys: Mapping[str, str]) -> tuple[dict[str, str], list[str]]:
    """``[keys]`` with renamed ids under their new names, and a note for each."""
    out = {k: v for k, v in keys.items() if k not in RENAMED}
    notes = []
    for old, value in keys.items():
        new = RENAMED.get(old)
        if new is not None:
            notes.append(f'config.toml [keys]: "{old}" is now called "{new}"; using it as that')
            out.setdefault(new, value)  # the new name wins when both are given
    return out, notes


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
