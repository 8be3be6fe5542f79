"""Writes that never leave a half-written file: temp file, fsync, rename, fsync the folder."""

from __future__ import annotations

import contextlib
import os
import tempfile

PRIVATE = 0o600
PRIVATE_DIR = 0o700


def write_temp(path: str | os.PathLike[str], data: bytes, mode: int = PRIVATE) -> str:
    """A complete, synced copy of ``data`` in a temp file beside ``path``; returns its name.

    Beside it because a rename is only atomic within a file system; ``mode`` is set
    before any data is written, so private drafts are never briefly world-readable.
    Nothing is left behind if writing fails.
    """
    folder, name = os.path.split(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
    try:
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return tmp


def atomic_write_bytes(path: str, data: bytes, mode: int = PRIVATE) -> None:
    """Replace ``path`` with ``data`` atomically; readers see the old file or the new one."""
    folder = os.path.dirname(os.path.abspath(path))
    make_private_dirs(folder)
    tmp = write_temp(path, data, mode)
    try:
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    fsync_dir(folder)


def write_cache_file(path: str, data: bytes) -> None:
    """Write a cache named ``NAME-FORMAT.marshal`` and remove the same cache's files of
    other formats: each upgrade changes the format, and old files would pile up."""
    atomic_write_bytes(path, data)
    folder, base = os.path.split(path)
    stem, _, _ = base.removesuffix(".marshal").rpartition("-")
    for name in os.listdir(folder or "."):
        if name == base or not (name.startswith(f"{stem}-") and name.endswith(".marshal")):
            continue
        if name.removeprefix(f"{stem}-").removesuffix(".marshal").isdigit():
            with contextlib.suppress(OSError):
                os.unlink(os.path.join(folder, name))


def atomic_write_text(path: str, text: str, mode: int = PRIVATE) -> None:
    atomic_write_bytes(path, text.encode("utf-8"), mode)


def make_private_dirs(folder: str | os.PathLike[str]) -> None:
    """Create ``folder`` and every missing folder above it, each 0700 whatever the umask
    (``os.makedirs`` applies its mode to the last one only; parents follow the umask)."""
    folder = os.path.abspath(folder)
    missing = []
    while not os.path.isdir(folder):
        missing.append(folder)
        parent = os.path.dirname(folder)
        if parent == folder:
            break
        folder = parent
    for path in reversed(missing):
        try:
            os.mkdir(path, PRIVATE_DIR)
        except FileExistsError:
            if not os.path.isdir(path):
                raise NotADirectoryError(20, "Not a directory", path) from None
            continue  # made meanwhile by someone else: theirs to keep
        os.chmod(path, PRIVATE_DIR)  # an odd umask can take even the owner's bits


def fsync_dir(folder: str | os.PathLike[str]) -> None:
    """Make renames in ``folder`` durable; not every platform lets a folder be opened."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
