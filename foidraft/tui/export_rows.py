"""What the export menu offers: each format of ``foidraft.export.FORMATS`` with each verb
its kind allows (copy, open, save), and the batch export. The menu, its keys and help,
and the editor's palette all read :func:`export_rows`."""

from __future__ import annotations

from dataclasses import dataclass

from foidraft.export.formats import FORMATS
from foidraft.tui.keymap import EXPORT_VERBS, KEYS, export_binding_id

VERB_LABELS = {
    "copy": "Copy {title}",
    "open": "Open {title} in your browser",
    "save": "Save {title}…",
}
VERB_HELP = {
    "copy": "copies {title}",
    "open": "opens {title} in your web browser",
    "save": "saves {title}",
}


@dataclass(frozen=True)
class ExportRow:
    choice: str  # "copy-txt", …, "batch": what ExportScreen.action_export takes
    label: str
    help: str  # "copies the letter as plain text"
    binding_id: str

    @property
    def key(self) -> str:
        return KEYS[self.binding_id].keys


BATCH_ROW = ExportRow(
    "batch",
    "Export the whole batch to a folder…",
    "exports every letter of the batch to a folder (a draft written in a batch)",
    "export.batch-folder",
)


def export_rows(*, batch: bool = True) -> list[ExportRow]:
    rows = [
        ExportRow(
            f"{verb}-{fmt.name}",
            VERB_LABELS[verb].format(title=fmt.title),
            VERB_HELP[verb].format(title=fmt.title),
            export_binding_id(verb, fmt.name),
        )
        for fmt in FORMATS
        for verb in EXPORT_VERBS[fmt.kind]
    ]
    return [*rows, BATCH_ROW] if batch else rows


def export_help() -> str:
    """The export menu's F1 help, one line per row."""
    lines = "\n".join(f"- **{row.key}** {row.help}" for row in export_rows())
    return f"""
## Export

Get the letter out of foidraft to send it:

{lines}

The WhatDoTheyKnow link opens a new request to the authority with your title and letter
filled in (the site adds "Dear …" and signs with your account name). Copying works only
where the terminal lets programs set the clipboard, so the link is shown in full below
the choices: select it there (**F7** selects it all, **ctrl+c** copies the selection),
or run the command shown under it. **escape** closes.
"""
