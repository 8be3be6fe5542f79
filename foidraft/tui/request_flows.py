"""A new request: the steps, each a screen the requester answers.

The requester's name first (asked once, the first time: it signs every letter; asked
after the kind of request, it came over Home between that choice and the interview),
then the authority, the kind of request, and the interview or a blank letter. These run
inside the app's worker (they wait for each answer); the interview itself is the core's
``foidraft.interview``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from foidraft.authorities.names import in_running_text
from foidraft.errors import FoidraftError
from foidraft.tui.host import host
from foidraft.tui.type_ahead import HoldsTypeAhead

if TYPE_CHECKING:
    from textual.app import App

    from foidraft.authorities.model import Authority


async def new_request(app: App[Any], authority: Authority | None = None) -> None:
    """Escape on the kind of request goes back to the authority. Keys typed between two of
    its screens wait for the next one, never reaching the screen under them."""
    held = app.type_ahead if isinstance(app, HoldsTypeAhead) else None
    if held is not None:
        held.hold_between()
    try:
        await _new_request(app, authority)
    finally:
        if held is not None:
            held.end_between()


async def _new_request(app: App[Any], authority: Authority | None) -> None:
    from foidraft.tui.screens.authority_picker import AuthorityPickerScreen
    from foidraft.tui.screens.details import name_for_letter
    from foidraft.tui.screens.flow_picker import BLANK_LETTER, FlowPickerScreen
    from foidraft.tui.screens.interview import InterviewScreen

    name = await name_for_letter(app, title="Before your first request: your name")
    fixed = authority is not None
    query = ""
    while True:
        if not fixed:
            picker = AuthorityPickerScreen(query=query)
            authority = await app.push_screen_wait(picker)
            query = picker.query_text
        if authority is None:
            return
        flow = await app.push_screen_wait(FlowPickerScreen(authority))
        if flow is not None:
            break
        if fixed:
            return
    if flow == BLANK_LETTER:
        await blank_letter(app, authority, name)
        return
    assert not isinstance(flow, str)
    await app.push_screen(InterviewScreen(flow, authority, requester_name=name))  # on top now


async def look_up_authority(app: App[Any]) -> None:
    """Look an authority up (not yet to write to it); its details offer a request to it."""
    from foidraft.tui.screens.authority_picker import AuthorityDetailsDialog, AuthorityPickerScreen

    authority = await app.push_screen_wait(AuthorityPickerScreen(purpose="look-up"))
    if authority is None:
        return
    if await app.push_screen_wait(AuthorityDetailsDialog(authority)):
        host(app).start_request(authority)


# A title a requester to this kind of body might write (a council's is not stop and search).
TITLE_EXAMPLE = {"police": "Stop and search 2023", "nhs": "Agency nurse spending 2024/25",
                 "council": "Pothole compensation claims 2024/25"}  # fmt: skip
OTHER_EXAMPLE = "Agency staff spending 2024/25"


async def blank_letter(app: App[Any], authority: Authority, name: str) -> None:
    from foidraft.interview.compose import NAME_BLANK
    from foidraft.tui.screens.dialogs import TextInputDialog

    title = await app.push_screen_wait(
        TextInputDialog(
            "Title for the new draft",
            f"A blank letter to {in_running_text(authority.name)}.",
            placeholder=f"e.g. {TITLE_EXAMPLE.get(authority.type, OTHER_EXAMPLE)}",
            ok="Create",
        )
    )
    if not title:
        return
    body = f"Dear {authority.name},\n\n\n\nYours faithfully,\n\n{name or NAME_BLANK}\n"
    try:
        draft = host(app).store.create(title, body, authority.ref)
    except FoidraftError as exc:
        host(app).show_error(exc)
        return
    host(app).open_editor(draft, cursor=((2, 0), (2, 0)))  # typing starts under "Dear ...,"
