"""Locks between foidraft processes, so two writers cannot lose each other's work.

A save compares the file with what was loaded and then renames a new one into place; two
processes doing that at once can both find the file unchanged and the second rename then
drops the first one's work. Holding :func:`held` (an exclusive ``flock`` on a lock file
beside the data) across the compare and the rename makes the pair atomic: the second
writer sees the first one's file and is told it changed.

Lock files are hidden (``.lock``-suffixed names starting with a dot), 0600, and never
deleted: deleting one while another process waits on it would let a third lock a new
file of the same name. Within one process the lock is re-entrant (a batch holds it while
saving drafts that take it again), and threads take turns.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
import time
from collections.abc import Iterator

from foidraft.errors import FoidraftError

TIMEOUT = 30.0  # seconds: a save takes milliseconds; this long means something is stuck
_POLL = 0.01
_guard = threading.Lock()
_held: dict[str, _Held] = {}


class _Held:
    __slots__ = ("depth", "fd", "owner")

    def __init__(self) -> None:
        self.owner = threading.RLock()
        self.fd = -1
        self.depth = 0


@contextlib.contextmanager
def held(path: str | os.PathLike[str], timeout: float = TIMEOUT) -> Iterator[None]:
    """Hold the lock file ``path`` (created 0600 if missing, its folder 0700); a
    FoidraftError when another process keeps it longer than ``timeout`` seconds."""
    key = os.path.abspath(path)
    with _guard:
        state = _held.setdefault(key, _Held())
    if not state.owner.acquire(timeout=timeout):
        raise _busy(key, timeout)
    try:
        if state.depth == 0:
            state.fd = _acquire(key, timeout)
        state.depth += 1
        try:
            yield
        finally:
            state.depth -= 1
            if state.depth == 0:
                fd, state.fd = state.fd, -1
                _release(fd)
    finally:
        state.owner.release()


def _acquire(path: str, timeout: float) -> int:
    from foidraft.atomic import make_private_dirs

    make_private_dirs(os.path.dirname(path))
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(path, flags, 0o600)
    deadline = time.monotonic() + timeout
    try:
        while not _try_lock(fd):
            if time.monotonic() > deadline:
                raise _busy(path, timeout)
            time.sleep(_POLL)
    except BaseException:
        os.close(fd)
        raise
    return fd


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _release(fd: int) -> None:
    if sys.platform == "win32":  # pragma: no cover
        import msvcrt

        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    os.close(fd)  # closing releases a flock


def _busy(path: str, timeout: float) -> FoidraftError:
    return FoidraftError(
        f"{os.path.dirname(path)}: another foidraft has been writing here for over "
        f"{timeout:g} seconds",
        hint="wait for it to finish, then try again",
    )
