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
from foidraft.tui.notify import as_error, error_text

if TYPE_CHECKING:
    from textual.app import App

    from foidraft.authorities.model import Authority
    from foidraft.drafts import Draft, DraftStore, Profile
    from foidraft.export import BatchExport, ExportFormat


def load_profile_quietly() -> Profile | None:
    """The requester's details for an email's From line; None when unreadable."""
    from foidraft.drafts import load_profile

    try:
        return load_profile()
    except FoidraftError:
        return None


def default_path(draft: Draft, fmt: ExportFormat) -> Path:
    stem = draft.path.stem if draft.path else "letter"
    return Path(paths.exports_dir()) / f"{stem}.{fmt.name}"


def eml_words(authority: Authority | None, profile: Profile | None) -> str:
    """What the .eml will hold, in the app's words (the format's own description names a
    command, and details the app never asks for)."""
    to = (
        f"addressed to {authority.email}"
        if authority and authority.email
        else "add the authority's FOI email address in your mail program"
    )
    sender = (
        f"from {profile.email}"
        if profile and profile.email
        else "your mail program sends it from your own address"
    )
    return f"An email your mail program opens, ready to send: {to}; {sender}"


async def save_file(
    app: App[Any],
    draft: Draft,
    fmt: ExportFormat,
    authority: Authority | None,
    profile: Profile | None,
) -> Path | None:
    """Ask where (default under the data folder), confirm replacing, write the file."""
    from foidraft.export import save_export
    from foidraft.tui.screens.details import email_for_eml
    from foidraft.tui.screens.dialogs import ConfirmDialog
    from foidraft.tui.screens.save_path_dialog import SavePathDialog

    if fmt.name == "eml":
        profile = await email_for_eml(app, profile)  # its From line: asked once
    body = (
        eml_words(authority, profile)
        if fmt.name == "eml"
        else fmt.description[0].upper() + fmt.description[1:]
    )
    answer, problem = str(default_path(draft, fmt)), ""
    while True:  # a place that cannot be written is asked again, with what was typed
        ask = SavePathDialog(
            f"Save {fmt.title}", f"{body}. Save it where?", value=answer, ok="Save", error=problem
        )
        given: str | None = await app.push_screen_wait(ask)
        if not given:
            return None
        answer = given
        path = Path(answer).expanduser()
        if path.exists() and not path.is_dir():
            replace = ConfirmDialog(f"Replace {path.name}?", str(path), yes="Replace")
            if not await app.push_screen_wait(replace):
                return None
        try:
            data = fmt.render(draft, authority, profile)
            written = await asyncio.to_thread(save_export, path, data)
        except (FoidraftError, OSError) as exc:
            problem = error_text(as_error(exc))
            continue
        app.notify(str(written), title="Saved", markup=False, timeout=8)  # not "Saved" twice
        return written


def _export_batch(store: DraftStore, batch_id: str, folder: Path, fmt: str) -> BatchExport:
    from foidraft.authorities.directory import load_directory
    from foidraft.export import export_batch

    directory = load_directory()
    return export_batch(
        store, batch_id, folder, fmt=fmt, lookup=directory.find, profile=load_profile_quietly()
    )


async def export_batch_to_folder(app: App[Any], store: DraftStore, batch_id: str) -> bool:
    """Ask the format and the folder, then write one file per authority and the index.
    False when the requester stopped before anything was written."""
    from foidraft.export import FORMATS
    from foidraft.tui.screens.dialogs import ChoiceDialog
    from foidraft.tui.screens.save_path_dialog import SavePathDialog

    choices = [(f.name, f.batch) for f in FORMATS if f.batch]
    # The screen behind names the batch by its title; its id reads like a file name.
    fmt = await app.push_screen_wait(ChoiceDialog("Export this batch's letters as", choices))
    if not fmt:
        return False
    if fmt == "eml":  # their From line: asked once, before the first .eml, as for one draft
        from foidraft.tui.screens.details import email_for_eml

        await email_for_eml(app, await asyncio.to_thread(load_profile_quietly))
    answer, problem = str(Path(paths.exports_dir()) / batch_id), ""
    while True:  # a folder that cannot be made is asked again, with what was typed
        ask = SavePathDialog(
            "Export to which folder?",
            "One file per authority, plus index.csv and index.md listing each authority's "
            "WhatDoTheyKnow link. Files of the same names there are replaced.",
            value=answer,
            ok="Export",
            error=problem,
        )
        given: str | None = await app.push_screen_wait(ask)
        if not given:
            return False
        answer = given
        try:
            done = await asyncio.to_thread(
                _export_batch, store, batch_id, Path(answer).expanduser(), fmt
            )
            break
        except (FoidraftError, OSError) as exc:
            problem = error_text(as_error(exc))
    count = len(done.files)
    shortened = len(done.shortened)
    note = (
        f" {shortened} title{'s' if shortened != 1 else ''} too long for WhatDoTheyKnow: "
        "the links carry them shortened, as index.md shows."
        if shortened
        else ""
    )
    if done.to_fix:
        names = ", ".join(done.to_fix)
        note += (
            f" Fix before sending: foidraft flags errors in {names}; open each draft to see them."
        )
    for name, where in done.elsewhere.items():  # written for one force's area
        note += f" {name} {where}: change it before sending."
    app.notify(
        f"{count} file{'s' if count != 1 else ''} and index.csv, index.md in {done.folder}." + note,
        title="Batch exported",
        severity="warning" if done.to_fix or done.elsewhere else "information",
        markup=False,
        timeout=10,
    )
    return True
