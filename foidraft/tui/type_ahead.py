"""Keys typed while a screen is loading: held, then handled in the order typed once the
screen has its focus.

Textual sends a key to the focused widget, or to the screen itself when nothing has the
focus; a new screen gives its focus a moment after it is shown (``Widget.focus`` waits for
the app's queue), and the interview's question card is mounted after the screen, which
first gives the focus to the letter preview. Keys typed straight after the interview
opened were lost there. The app passes each key here first. It is held while the screen,
never focused yet, has something that can take the focus (or is not mounted yet), or
while the screen's own ``keys_ready()`` says no (the interview, until a question's field
has the focus). Held keys are handled as soon as a widget takes the focus, or after
``GRACE`` seconds for a screen that gives it to nothing. A screen that has had the focus
and lost it (its list emptied) is not loading: its keys are never held.

Keys typed in a burst are held the same way behind a key the focused widget does not take
itself (tab, enter on a button, a binding): Textual routes each key to the widget focused
when the app reads it, but such a key acts (tab moves the focus) only once it has bubbled
back up to the app. A reply pasted and at once tab, tab, a date: the box took seconds'
worth of paste in while the terminal sent the keys, so all of them were routed to the box
before the tabs had moved the focus, and the date landed at the end of the reply. The next
key now waits until that key has reached the app (``LOST`` seconds at most).

A screen that closes on a key can drop the keys typed after it until the next screen has
the focus (``drop_until_shown``): the interview's last enter, pressed twice or held down,
typed blank lines above "Dear" in the editor it opened.

Screens that a worker shows one after another (a new request: the search, the kind of
request, the interview) leave the screen under them on top between two of them. Keys typed
then are held (``hold_between``, until ``end_between``), never handed to that screen: "n"
and "gmp" in one burst searched for "mp", the "g" gone to Home, and the "n" of "knife"
typed as the interview opened started another request there.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any
from weakref import WeakSet

from textual import events
from textual.app import App
from textual.command import CommandList, CommandPalette
from textual.widgets import Button, Input
from textual.worker import Worker, WorkerState

if TYPE_CHECKING:
    from textual.dom import DOMNode
    from textual.screen import Screen
    from textual.timer import Timer

GRACE = 0.25  # seconds a key waits for a screen that never takes the focus
LOST = 1.0  # seconds keys wait behind one whose widget went away before handling it
READY = 10.0  # seconds keys wait for a screen whose keys_ready() says no, at most


class TypeAhead:
    """``handle`` processes one key as the app normally would."""

    def __init__(self, app: App[Any], handle: Callable[[events.Key], Awaitable[None]]) -> None:
        self.app, self.handle = app, handle
        self.held: list[events.Key] = []
        self._timer: Timer | None = None
        self._shown: WeakSet[Screen[Any]] = WeakSet()  # screens that have had the focus
        self._flying: object | None = None  # a key on its way up to the app's bindings
        self._lost: Timer | None = None
        self._leaving: Screen[Any] | None = None  # keys are dropped until another has loaded
        self._waits = 0  # GRACE periods waited so far for a screen not ready for keys
        self._between: Screen[Any] | None = None  # screens are being shown over this one
        self.running_command = False  # the palette closed on a command not yet run

    def hold_between(self) -> None:
        """Hold the keys typed while the screen now on top is on top, until
        ``end_between``: a worker is about to show screens over it, one after another."""
        self._between = self.app.screen

    def end_command(self) -> None:
        """The palette's command has run (and held keys itself if it shows screens)."""
        self.running_command = False
        if self.held:
            self.app.call_later(self.release)

    def end_between(self) -> None:
        """The screens are shown (or the worker gave up): the keys held go on."""
        self._between = None
        if self.held:
            self.app.call_later(self.release)

    def drop_until_shown(self) -> None:
        """Drop the keys held and those typed from now until a screen other than this one
        has the focus: they were meant for the screen being left, not the next one."""
        self.held.clear()
        self._leaving = self.app.screen

    def _dropping(self) -> bool:
        leaving = self._leaving
        if leaving is not None and (self.app.screen is leaving or self._loading()):
            return True  # the next screen, still loading, would take them
        self._leaving = None
        return False

    def _loading(self) -> bool:
        screen = self.app.screen
        if self.running_command or screen is self._between:
            return True  # the next screen of a sequence is on its way
        ready = getattr(screen, "keys_ready", None)  # a screen that knows better says
        if ready is not None and not ready():
            return True
        if screen.focused is not None or screen in self._shown:
            return False  # a screen that lost its focus (its list emptied) is not loading
        return not screen.is_mounted or bool(screen.focus_chain)

    def focused(self) -> None:
        """Something on the screen has the focus: it has loaded."""
        self._shown.add(self.app.screen)

    async def key(self, event: events.Key) -> None:
        """Handle ``event`` now, after any held keys, or hold it while the screen loads
        or a key before it is still on its way to the app."""
        if self._dropping():
            return
        if self._flying is not None:
            self.held.append(event)
            return
        if self._loading():
            self.held.append(event)
            if self._timer is None:
                self._timer = self.app.set_timer(GRACE, self._waited)
            return
        await self.release()
        if self.held:  # a held key opened another screen, which is loading in turn
            self.held.append(event)
        else:
            await self._route(event)

    async def _route(self, event: events.Key) -> None:
        """Handle ``event``; when the focused widget does not take it, follow it up to
        the app, holding the keys after it until it is there."""
        focused = self.app.focused
        if focused is not None and focused.check_consume_key(event.key, event.character):
            await self.handle(event)  # typed into the widget: the focus stays
            return
        start = focused or self.app.screen
        await self.handle(event)
        # Twice up the chain: what the key posted as it was handled (a list's enter, its
        # OptionSelected, which closes the screen) has bubbled up too before the next key.
        self._follow(list(start.ancestors_with_self) * 2)

    def _follow(self, chain: list[DOMNode]) -> None:
        """Wait for each node from the focused widget up to the app to handle what it
        had queued (the key, bubbling up behind it), then release the keys held."""
        flight = self._flying = object()
        self._lost = self.app.set_timer(LOST, lambda: self._landed(flight))

        def hop(at: int) -> None:
            for index in range(at, len(chain)):
                if chain[index].call_later(hop, index + 1):
                    return  # runs once that node has handled the key
            self._landed(flight)

        hop(0)

    def _landed(self, flight: object) -> None:
        if self._flying is not flight:
            return
        self._flying = None
        if self._lost is not None:
            self._lost.stop()
            self._lost = None
        if self.held:
            self.app.call_later(self.release)

    async def release(self) -> None:
        """Handle the held keys in the order typed, while the screen is ready for them (a
        held key may open another screen: the rest then wait for that one)."""
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        while self.held:
            if not self.app.screen_stack:
                return  # the app is closing: nothing to type into
            if self._flying is not None:
                return  # released again once that key has reached the app
            if self._loading():
                self._timer = self.app.set_timer(GRACE, self._waited)
                return
            self._waits = 0
            await self._route(self.held.pop(0))

    async def _waited(self) -> None:
        """The screen took no focus in time: its held keys go to it as it is, unless it
        says it is not ready for them yet (its list still being read), for ``READY`` seconds
        at most."""
        self._timer = None
        ready = getattr(self.app.screen, "keys_ready", None)
        waiting = self.running_command or self.app.screen is self._between
        waiting = waiting or (ready is not None and not ready())
        if waiting and self._waits < READY / GRACE:
            self._waits += 1
            self._timer = self.app.set_timer(GRACE, self._waited)
            return
        self._waits = 0
        self._shown.add(self.app.screen)
        if self.held and self._flying is None:
            await self._route(self.held.pop(0))
        await self.release()


class HoldingPalette(CommandPalette):
    """The command palette, saying when keys must wait (``keys_ready``): while it is still
    searching for what was typed (an enter then chose nothing, and the rest went into its
    search box), and once a command is chosen, until it has closed and run the command
    (ctrl+p, "new request", enter and a name at once: the name went into the closing
    palette's box, and the new request's name field showed its example)."""

    choosing = False

    def keys_ready(self) -> bool:
        if self.choosing:
            return False
        return not any(
            worker.node is self
            and worker.group == self._GATHER_COMMANDS_GROUP
            and worker.state in (WorkerState.PENDING, WorkerState.RUNNING)
            for worker in self.app.workers
        )

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """A search done: keys held for it go on now, not at the next look (``GRACE``)."""
        if event.worker.group != self._GATHER_COMMANDS_GROUP or not event.worker.is_finished:
            return
        if isinstance(self.app, HoldsTypeAhead) and self.app.type_ahead.held:
            self.app.call_later(self.app.type_ahead.release)

    def _action_command_list(self, action: str) -> None:
        if action == "select":
            listed = self.query_one(CommandList)
            at = listed.highlighted
            self.choosing = at is not None and not listed.get_option_at_index(at).disabled
        super()._action_command_list(action)

    def _select_or_command(self, event: Input.Submitted | Button.Pressed | None = None) -> None:
        # Closing on a command, which runs once the palette has gone (``call_later``):
        # keys wait for it, then for what it opens, not for the screen under the palette.
        closing = not self._list_visible and self._selected_command is not None
        held = self.app.type_ahead if closing and isinstance(self.app, HoldsTypeAhead) else None
        if held is not None:
            held.running_command = True
        super()._select_or_command(event)
        if held is not None:
            self.app.call_later(held.end_command)


class HoldsTypeAhead(App[Any]):
    """The app's part: every key typed passes through a :class:`TypeAhead`, and the
    command palette says when keys must wait (:class:`HoldingPalette`)."""

    def action_command_palette(self) -> None:
        if self.use_command_palette and not CommandPalette.is_open(self):
            self.push_screen(HoldingPalette(id="--command-palette"))

    _type_ahead: TypeAhead | None = None

    @property
    def type_ahead(self) -> TypeAhead:
        if self._type_ahead is None:
            self._type_ahead = TypeAhead(self, lambda key: App.on_event(self, key))
        return self._type_ahead

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key) and not event.is_forwarded:
            await self.type_ahead.key(event)
        else:
            await super().on_event(event)

    async def on_descendant_focus(self) -> None:
        if not self.screen_stack:
            return  # a focus handled as the app closes: no screen has loaded
        self.type_ahead.focused()
        await self.type_ahead.release()
