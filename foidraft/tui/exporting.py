"""Exports that ask where to write: an ``.eml`` file for one draft, a folder for a batch.

Async steps run inside a worker (they wait for the requester's answers); the files are
made by ``foidraft.export`` in a thread. Default places are under the data folder's
``exports`` folder, shown in full so the requester knows where to look.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import TYPE_CHECKING, Any

from foidraft import paths
from foidraft.errors import FoidraftError
from foidraft.tui.notify import as_error, notify_error

if TYPE_CHECKING:
    from textual.app import App

    from foidraft.authorities.model import Authority
    from foidraft.drafts import Draft, DraftStore, Profile
    from foidraft.export import BatchExport

BATCH_FORMATS = [
    ("txt", "Plain text files (.txt): paste each into WhatDoTheyKnow or an email"),
    ("eml", "Email files (.eml): each opens in your mail program, ready to send"),
]


def load_profile_quietly() -> Profile | None:
    """The requester's details for an email's From line; None when unreadable."""
    from foidraft.drafts import load_profile

    try:
        return load_profile()
    except FoidraftError:
        return None


def default_eml_path(draft: Draft) -> Path:
    stem = draft.path.stem if draft.path else "letter"
    return Path(paths.exports_dir()) / f"{stem}.eml"


async def save_eml(
    app: App[Any], draft: Draft, authority: Authority | None, profile: Profile | None
) -> Path | None:
    """Ask where (default under the data folder), confirm replacing, write the file."""
    from foidraft.export import draft_eml, save_export
    from foidraft.tui.screens.dialogs import ConfirmDialog, TextInputDialog

    answer = await app.push_screen_wait(
        TextInputDialog(
            "Save as an email file (.eml)",
            "Your mail program opens it as a message ready to send"
            + ("." if authority and authority.email else "; add the authority's address.")
            + " Save it where?",
            value=str(default_eml_path(draft)),
            ok="Save",
        )
    )
    if not answer:
        return None
    path = Path(answer).expanduser()
    if path.exists() and not path.is_dir():
        replace = ConfirmDialog(f"Replace {path.name}?", str(path), yes="Replace")
        if not await app.push_screen_wait(replace):
            return None
    try:
        written = await asyncio.to_thread(save_export, path, draft_eml(draft, authority, profile))
    except (FoidraftError, OSError) as exc:
        notify_error(app, as_error(exc))
        return None
    app.notify(f"Saved {written}", title="Email file saved", markup=False, timeout=8)
    return written


def _export_batch(store: DraftStore, batch_id: str, folder: Path, fmt: str) -> BatchExport:
    from foidraft.authorities.directory import load_directory
    from foidraft.export import export_batch

    directory = load_directory()
    return export_batch(
        store, batch_id, folder, fmt=fmt, lookup=directory.get, profile=load_profile_quietly()
    )


async def export_batch_to_folder(app: App[Any], store: DraftStore, batch_id: str) -> None:
    """Ask the format and the folder, then write one file per authority and the index."""
    from foidraft.tui.screens.dialogs import TextInputDialog
    from foidraft.tui.screens.editor_dialogs import ChoiceDialog

    fmt = await app.push_screen_wait(ChoiceDialog(f"Export the batch {batch_id} as", BATCH_FORMATS))
    if not fmt:
        return
    answer = await app.push_screen_wait(
        TextInputDialog(
            "Export to which folder?",
            "One file per authority, plus index.csv and index.md listing each authority's "
            "WhatDoTheyKnow link. Files of the same names there are replaced.",
            value=str(Path(paths.exports_dir()) / batch_id),
            ok="Export",
        )
    )
    if not answer:
        return
    try:
        done = await asyncio.to_thread(
            _export_batch, store, batch_id, Path(answer).expanduser(), fmt
        )
    except (FoidraftError, OSError) as exc:
        notify_error(app, as_error(exc))
        return
    count = len(done.files)
    app.notify(
        f"{count} file{'s' if count != 1 else ''} and index.csv, index.md in {done.folder}",
        title="Batch exported",
        markup=False,
        timeout=10,
    )
