"""The overall deadline on top of the per-read timeouts: a server that sends a byte a
second never times out a read, so without it a download could last for ever."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Iterator
from typing import TypeVar

from foidraft.net.client import NetworkError, host_of

TYPE_CHECKING = False
if TYPE_CHECKING:
    import httpx

# Seconds for a whole download (the authority list: megabytes), and for a whole search
# (several small requests). Past it the transfer is abandoned and discarded. Read when a
# request starts, as ``timing.DOWNLOAD_DEADLINE``, so tests can shorten them.
DOWNLOAD_DEADLINE = 600.0
SEARCH_DEADLINE = 60.0

T = TypeVar("T")

_local = threading.local()


@contextlib.contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Every request made in this block (in this thread) must be done within ``seconds``
    of its start, all together; a nested deadline can only shorten it."""
    outer = getattr(_local, "deadline", None)
    mine = (time.monotonic() + seconds, seconds)
    _local.deadline = mine if outer is None or mine[0] < outer[0] else outer
    try:
        yield
    finally:
        _local.deadline = outer


@contextlib.contextmanager
def default_deadline(seconds: float) -> Iterator[None]:
    """``deadline(seconds)`` unless the caller has set one already."""
    if getattr(_local, "deadline", None) is not None:
        yield
        return
    with deadline(seconds):
        yield


def bounded(run: Callable[[threading.Event], T], client: httpx.Client, what: str) -> T:
    """``run(cancelled)`` in a helper thread, given until the current :func:`deadline`;
    past it, the transfer is abandoned (told through ``cancelled``, and the client closed
    so its connection drops) and a "timeout" NetworkError raised. A thread, because a
    server that dribbles its headers is stuck inside httpx, where no check can run."""
    until, seconds = getattr(_local, "deadline", None) or (0.0, 0.0)
    remaining = until - time.monotonic()
    if remaining <= 0:
        raise _overdue(client, what, seconds)
    cancelled = threading.Event()
    results: list[T] = []
    errors: list[BaseException] = []

    def work() -> None:
        try:
            results.append(run(cancelled))
        except BaseException as exc:  # handed to the waiting thread
            errors.append(exc)

    worker = threading.Thread(target=work, name="foidraft-download", daemon=True)
    worker.start()
    worker.join(remaining)
    if worker.is_alive():
        cancelled.set()
        with contextlib.suppress(Exception):
            client.close()  # drops the connection, so the helper stops soon
        raise _overdue(client, what, seconds)
    if errors:
        raise errors[0]
    return results[0]


def _overdue(client: httpx.Client, what: str, seconds: float) -> NetworkError:
    host = host_of(str(client.base_url))
    return NetworkError(
        "timeout",
        f"{what} from {host} took longer than {seconds:g} seconds; stopped and discarded it",
        hint="the connection may be very slow, or the server stuck; try again later",
    )
