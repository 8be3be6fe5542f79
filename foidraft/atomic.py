"""Writes that never leave a half-written file: temp file, fsync, rename, fsync the folder."""

from __future__ import annotations

import contextlib
import os
import tempfile

PRIVATE = 0o600


def atomic_write_bytes(path: str, data: bytes, mode: int = PRIVATE) -> None:
    """Replace ``path`` with ``data`` atomically; readers see the old file or the new one.

    The temp file is created in the same folder (rename is only atomic within a file
    system) with ``mode`` set before any data is written, so private drafts are never
    briefly world-readable.
    """
    folder = os.path.dirname(os.path.abspath(path))
    os.makedirs(folder, mode=0o700, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{os.path.basename(path)}.", suffix=".tmp", dir=folder)
    try:
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    fsync_dir(folder)


def atomic_write_text(path: str, text: str, mode: int = PRIVATE) -> None:
    atomic_write_bytes(path, text.encode("utf-8"), mode)


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
