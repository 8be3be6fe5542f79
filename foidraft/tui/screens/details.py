"""The requester's details: the name asked once, before the first letter is signed (first
thing when a new request starts, or at a reply's next letter), the email asked once,
before the first ``.eml`` (its From line), and name and email changed at any time from
the palette ("you: your name and email"). Both are kept in profile.json
(``foidraft.drafts.profile``), which ``foidraft details`` shows and sets too. The email
is optional: a requester who sends through WhatDoTheyKnow, or would rather not give one,
leaves it empty and is not asked again.

These run inside a worker (they wait for the requester's answers).
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any

from foidraft.drafts.profile import name_problem
from foidraft.errors import FoidraftError
from foidraft.tui.host import host
from foidraft.tui.notify import error_text

if TYPE_CHECKING:
    from textual.app import App

    from foidraft.drafts import Profile

NAME_WHY = (
    "An FOI request must give your real name: foidraft signs your letters with it and "
    "keeps it on this computer (profile.json in your data folder)."
)
# Asked before a letter is written: the requester may say no for now, and is not asked again.
NAME_LATER = (
    "It is asked once. “Not now” leaves a gap for your name at the end of each letter, to "
    "fill in before you send it. Set it later: ctrl+p, “your details”."
)
EMAIL_WHY = (
    "Optional. It becomes the From line of the emails foidraft saves (.eml), so your mail "
    "program sends them from it. Leave it empty if you send through WhatDoTheyKnow or "
    "would rather your mail program chose. Change it later: ctrl+p, “your details”."
)
# Asked in the middle of saving a first .eml: says why now, that it is asked once, and
# what skipping does, so the question is not a surprise.
EMAIL_FIRST_TITLE = "Your email address (optional, asked once)"
EMAIL_FIRST = (
    "Before your first .eml: it becomes the From line of the email files foidraft saves, "
    "so your mail program sends them from it. “Skip” saves this one without it (your mail "
    "program fills it in, or you send through WhatDoTheyKnow). Kept with your name "
    "(profile.json); change it later: ctrl+p, “your details”."
)
EMAIL_FROM_ENVIRONMENT = " Filled in from your system's EMAIL setting: Save keeps it."


async def email_for_eml(app: App[Any], profile: Profile | None) -> Profile | None:
    """``profile`` with the email asked for, the first time an ``.eml`` is saved without
    one; an empty answer or escape goes on without it (and is not asked again)."""
    from foidraft.drafts.profile import email_from_environment

    if profile is None or profile.email or profile.email_asked:
        return profile
    profile.email_asked = True  # kept whatever the answer: not asked again
    offered = email_from_environment()
    why = EMAIL_FIRST + (EMAIL_FROM_ENVIRONMENT if offered else "")
    await _save_email(app, profile, EMAIL_FIRST_TITLE, cancel="Skip", why=why, offered=offered)
    return profile


async def name_for_letter(app: App[Any], *, title: str = "Your name") -> str:
    """The name that signs a letter: the profile's, else asked for (and saved). "Not
    now" leaves the letter a gap for it and is remembered: the name is not asked for
    again, as the email is asked once (a request without it says so before sending)."""
    from foidraft.drafts import load_profile, save_profile
    from foidraft.tui.screens.dialogs import TextInputDialog

    try:
        profile = await asyncio.to_thread(load_profile)
    except FoidraftError as exc:  # a damaged profile: never overwrite it
        host(app).show_error(exc)
        return ""
    if profile.has_name or profile.name_asked:
        return profile.name
    name = await app.push_screen_wait(
        TextInputDialog(
            title, f"{NAME_WHY} {NAME_LATER}", placeholder="e.g. Jo Bloggs", ok="Save",
            cancel="Not now", check=name_problem,
        )
    )  # fmt: skip
    if name:
        profile.name = name
    else:
        profile.name_asked = True  # "Not now": not asked again
    try:
        await asyncio.to_thread(save_profile, profile)
    except FoidraftError as exc:
        host(app).show_error(exc)
    return profile.name


def start_editing(app: object) -> None:
    """The palette's "you: your details" (a worker: it waits for answers)."""
    from textual.app import App

    assert isinstance(app, App)  # the palette's host is the app
    app.run_worker(edit_details(app), group="details", exclusive=True)


async def edit_details(app: App[Any]) -> None:
    from foidraft.drafts import load_profile
    from foidraft.tui.screens.dialogs import TextInputDialog

    try:
        profile = await asyncio.to_thread(load_profile)
    except FoidraftError as exc:  # a damaged profile: never overwrite it
        host(app).show_error(exc)
        return
    name = await app.push_screen_wait(
        TextInputDialog(
            "Your name",
            NAME_WHY,
            value=profile.name,
            placeholder="e.g. Jo Bloggs",
            ok="Next",
            check=name_problem,
        )
    )
    if name is None:
        return
    profile.name, profile.email_asked = name, True
    if await _save_email(app, profile, "Your email address"):
        app.notify("Your details are saved.", title="Saved", markup=False)


async def _save_email(
    app: App[Any],
    profile: Profile,
    title: str,
    *,
    cancel: str = "Cancel",
    why: str = EMAIL_WHY,
    offered: str = "",
) -> bool:
    """Ask for the email (``profile``'s as the start, else ``offered``) and save the
    profile; a bad address is asked again with why. False when nothing was saved.
    ``cancel``: the other button's words ("Skip" where escape goes on without an email)."""
    from foidraft.drafts import save_profile
    from foidraft.tui.screens.dialogs import TextInputDialog

    before = profile.email
    answer = before or offered
    problem = ""
    while True:
        given = await app.push_screen_wait(
            TextInputDialog(
                title, why, value=answer, placeholder="e.g. jo@example.org",
                ok="Save", allow_empty=True, error=problem, cancel=cancel,
            )
        )  # fmt: skip
        if given is None and not before:
            given = ""  # escape: go on without one
        if given is None:
            return False
        profile.email = answer = given
        try:
            await asyncio.to_thread(save_profile, profile)
            return True
        except FoidraftError as exc:
            profile.email, problem = before, error_text(exc)
