"""Drafts from templates, one or many: the steps, each a screen the requester answers.

These run inside the app's workers (they wait for each answer). The core does the work:
``draft_from_template`` fills a template in for one authority; the batch preview screen
plans and writes the batch with ``foidraft.batch``.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from foidraft.authorities.names import in_running_text
from foidraft.errors import FoidraftError
from foidraft.templates import MissingFieldsError, draft_from_template
from foidraft.tui.home_rows import template_label
from foidraft.tui.host import host
from foidraft.tui.notify import as_error

if TYPE_CHECKING:
    from textual.app import App

    from foidraft.authorities.model import Authority
    from foidraft.templates import Template

T = TypeVar("T")
NO_TEMPLATES = (
    "A template is a letter you reuse. Open a draft and choose “draft: save as template” "
    "(F4 in the editor): the authority's name, its Act and its cost limit become "
    "placeholders, so the same letter can go to any authority."
)


async def load_template(app: App[Any], path: Path) -> Template | None:
    try:
        return await asyncio.to_thread(host(app).templates.load, path)
    except (FoidraftError, OSError) as exc:
        host(app).show_error(as_error(exc))
        return None


def needs_authority(template: Template) -> bool:
    """Whether the requester must pick the authority: the letter has its placeholders,
    or the template names no authority of its own."""
    return not template.authority or any(n.startswith("authority.") for n in template.placeholders)


async def ask_values(
    app: App[Any],
    template: Template,
    attempt: Callable[[dict[str, str]], T],
    *,
    ok: str,
    why: str = "",
) -> tuple[dict[str, str], T] | None:
    """Ask for the template's own fields (defaults filled in) until ``attempt`` accepts
    them; None when the requester cancels or the template cannot be used."""
    values = {name: template.defaults.get(name, "") for name in template.fields}
    error, ask = "", bool(template.fields)
    while True:
        if ask:
            from foidraft.tui.screens.fields_dialog import FieldsDialog

            dialog = FieldsDialog(
                f"Fill in “{template.shown_title}”", template.fields, values, body=why, error=error,
                ok=ok,
            )  # fmt: skip
            answer = await app.push_screen_wait(dialog)
            if answer is None:
                return None
            values = answer
        try:
            return values, attempt(values)
        except MissingFieldsError as exc:
            if not any(name in template.fields for name in exc.missing):
                host(app).show_error(exc)
                return None
            error, ask = exc.message, True
        except FoidraftError as exc:
            host(app).show_error(exc)
            return None


async def new_draft_from_template(app: App[Any], path: Path) -> None:
    """Authority (when the template needs one), then the fields, then the editor."""
    from foidraft.tui.screens.authority_picker import AuthorityPickerScreen

    template = await load_template(app, path)
    if template is None:
        return
    authority: Authority | None = None
    if needs_authority(template):
        authority = await app.push_screen_wait(AuthorityPickerScreen())
        if authority is None:
            return
    why = f"For {in_running_text(authority.name)}." if authority else ""
    made = await ask_values(
        app,
        template,
        lambda values: draft_from_template(template, authority, values, today=host(app).today()),
        ok="Create draft",
        why=why,
    )
    if made is None:
        return
    draft = made[1]
    try:
        host(app).store.save(draft)
    except (FoidraftError, OSError) as exc:
        host(app).show_error(as_error(exc))
        return
    host(app).open_editor(draft)


async def choose_template(app: App[Any]) -> Path | None:
    from foidraft.tui.screens.dialogs import ChoiceDialog, MessageDialog

    try:
        found = [t for t in await asyncio.to_thread(host(app).templates.list) if not t.problem]
    except FoidraftError as exc:
        host(app).show_error(exc)
        return None
    if not found:
        await app.push_screen_wait(MessageDialog("No templates yet", NO_TEMPLATES))
        return None
    choices = [(str(t.path), template_label(t.title, t.fields, t.authority)) for t in found]
    chosen = await app.push_screen_wait(
        ChoiceDialog("Which template goes to every authority?", choices)
    )
    return Path(chosen) if chosen else None


async def new_batch(app: App[Any], path: Path | None = None) -> None:
    """Template, authorities, fields, preview (pilot or all), then the summary."""
    from foidraft.tui.screens.authority_select import AuthoritySelectScreen
    from foidraft.tui.screens.batch_preview import BatchPreviewScreen
    from foidraft.tui.screens.batch_summary import BatchSummaryScreen

    path = path or await choose_template(app)
    template = await load_template(app, path) if path else None
    if template is None:
        return
    authorities = await app.push_screen_wait(AuthoritySelectScreen(template.shown_title))
    if not authorities:
        return
    first = authorities[0]
    made = await ask_values(
        app,
        template,
        lambda values: template.render(first, values, today=host(app).today()),
        ok="Preview",
        why=f"The same values go into all {len(authorities)} letters.",
    )
    if made is None:
        return
    shell = host(app)
    preview = BatchPreviewScreen(
        template, authorities, made[0], shell.store, today=shell.today(), rules=shell.rules
    )
    outcome = await app.push_screen_wait(preview)
    if outcome is not None:
        app.push_screen(BatchSummaryScreen(*outcome))
