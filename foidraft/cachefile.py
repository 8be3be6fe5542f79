"""The compiled caches' files (rules, the model of what is recorded): sealed, and mapped.

A cache is never trusted: its file starts with a checksum of the rest (CRC-32 and length),
so a damaged file (a bad disk block, a half-copied folder) is rebuilt rather than used.
It is mapped rather than read where the system allows: reading megabytes into fresh memory
costs a millisecond and more of every `foidraft check`, which unpacks only the few parts it
uses. A cache is replaced by renaming a new file over it (``foidraft.atomic``), which
leaves a mapped one as it was; on Windows a mapped file cannot be replaced, so it is read.
"""

from __future__ import annotations

import marshal
import mmap
import sys
import zlib

CHECK_SIZE = 8


def bundle(index: object, parts: list[bytes]) -> bytes:
    """A payload: the length of ``index``, ``index`` (marshal), then ``parts`` one after
    another, which stay packed where they lie when the payload is read (``unbundle``)."""
    head = marshal.dumps(index)  # type: ignore[arg-type]
    return len(head).to_bytes(4, "big") + head + b"".join(parts)


def unbundle(payload: memoryview) -> tuple[object, memoryview]:
    """The index of a payload made by ``bundle``, and its parts (offset 0 is the first's)."""
    size = int.from_bytes(payload[:4], "big")
    return marshal.loads(payload[4 : 4 + size]), payload[4 + size :]


def seal(payload: bytes) -> bytes:
    """What a cache file holds: the checksum of ``payload``, then ``payload``."""
    return _check(payload) + payload


def unsealed(path: str) -> memoryview | None:
    """The payload of the cache file ``path``, or None when it fails its checksum. The map
    lives as long as the payload (or a part of it) does. OSError when it cannot be read."""
    with open(path, "rb") as fh:
        if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
            data: bytes | mmap.mmap = fh.read()  # marshal.load on a file reads piecemeal
        else:
            data = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
    payload = memoryview(data)[CHECK_SIZE:]  # not a copy of a megabyte and more
    return payload if data[:CHECK_SIZE] == _check(payload) else None


def _check(payload: bytes | memoryview) -> bytes:
    """CRC-32 and length of ``payload``, 8 bytes: what a damaged cache fails to match."""
    return (zlib.crc32(payload) & 0xFFFFFFFF).to_bytes(4, "big") + (
        len(payload) & 0xFFFFFFFF
    ).to_bytes(4, "big")
