"""Digits typed while a button has the focus go in the screen's date field.

After "The reply gives no date: type the day it reached you under “received”", the focus
is already in that field, and a requester who pressed Tab first (as if to reach it from
the reply) landed on the buttons: the date typed next was lost, as a button takes no
digits. A date starts with a digit in every form foidraft reads (31/03/2024, 31 March
2024, 2024-03-31): the first one takes the requester back to the field, and the rest
follow it there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.widgets import Button

if TYPE_CHECKING:
    from textual import events
    from textual.widget import Widget
    from textual.widgets import Input

DIGITS = frozenset("0123456789")


def keep_digit(event: events.Key, focused: Widget | None, field: Input) -> None:
    """``event``, a digit typed on a button (``focused``), goes in ``field`` instead."""
    if not isinstance(focused, Button) or event.character not in DIGITS or not field.display:
        return
    event.stop()
    event.prevent_default()
    field.select_on_focus = False  # selected on focus, the digit would go with the next key
    field.focus()
    field.cursor_position = len(field.value)
    field.insert_text_at_cursor(event.character)
