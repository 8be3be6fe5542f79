"""Telling the requester what happened: errors, the clipboard, the browser.

Works on any App (the editor also runs inside a plain test app), and always literally:
messages quote titles, names and paths.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from foidraft.errors import FoidraftError

if TYPE_CHECKING:
    from textual.app import App

CLIPBOARD_CAVEAT = (
    "if your terminal allows it: some terminals ignore a program's request to set the "
    "clipboard, so paste it somewhere to be sure"
)


def as_error(exc: BaseException) -> FoidraftError:
    """Any failure as a FoidraftError to show: a disk error's message, or (for a bug
    such as a faulty rule) its type and message, never a traceback."""
    if isinstance(exc, FoidraftError):
        return exc
    if isinstance(exc, OSError):
        return FoidraftError(str(exc))
    return FoidraftError(f"{type(exc).__name__}: {exc}", hint="your drafts are safe")


def error_text(error: FoidraftError | str) -> str:
    """A FoidraftError's message, then its hint on a line of its own."""
    text = error if isinstance(error, str) else error.message
    if isinstance(error, FoidraftError) and error.hint:
        text += f"\n{error.hint}"
    return text


def notify_error(app: App[Any], error: FoidraftError | str, title: str = "Problem") -> None:
    """A FoidraftError (message, then hint) as an error notification."""
    app.notify(error_text(error), title=title, severity="error", markup=False, timeout=10)


def copy_text(app: App[Any], text: str, what: str) -> None:
    """Put ``text`` on the clipboard (terminal permitting) and say so honestly."""
    app.copy_to_clipboard(text)
    app.notify(f"Copied {what} ({CLIPBOARD_CAVEAT}).", title="Copied", markup=False, timeout=6)


def browser_problem(url: str) -> str | None:
    """Open ``url`` in a graphical web browser; why it could not be, or None.

    Call from a worker thread: starting a browser can take a while. A text-mode browser
    (lynx, w3m, or a $BROWSER command) is never started: it would take over this
    terminal, so the requester is told to copy the link instead.
    """
    import webbrowser

    try:
        browser = webbrowser.get()
    except webbrowser.Error:
        return "no web browser was found"
    if type(browser) is webbrowser.GenericBrowser:
        return "the only browser found would run inside this terminal"
    try:
        opened = browser.open(url, new=2)
    except (webbrowser.Error, OSError) as exc:
        return f"the browser did not start ({exc})"
    return None if opened else "the browser did not start"


def open_in_browser(app: App[Any], url: str) -> None:
    """Open ``url`` without ever blocking the screen; report if it could not be."""

    def work() -> None:
        problem = browser_problem(url)
        if problem is None:
            app.call_from_thread(app.notify, "Opened in your web browser.", timeout=4)
        else:
            message = f"Could not open the link: {problem}. Copy the link instead."
            app.call_from_thread(notify_error, app, message, "Browser")

    app.run_worker(work, thread=True, group="browser", exit_on_error=False)
