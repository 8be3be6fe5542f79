"""The compiled caches' files (rules, the model of what is recorded): sealed, and mapped.

A cache is never trusted: its file starts with a checksum (CRC-32 and length) of its
index and of the checksum of each packed part after it, which is checked when the part
is first read (``Parts``), so a damaged file (a bad disk block, a half-copied folder) is
never used. A check reads under a third of the 3.5 MB the two caches hold: checking all
of it at start cost about 0.9 ms of every `foidraft check`.
A cache is mapped rather than read where the system allows: reading megabytes into fresh
memory costs a millisecond and more, and a check unpacks only the few parts it uses. A
cache is replaced by renaming a new file over it (``foidraft.atomic``), which leaves a
mapped one as it was; on Windows a mapped file cannot be replaced, so it is read.
"""

from __future__ import annotations

import marshal
import mmap
import sys
import zlib
from _bisect import bisect_right  # bisect.py only adds an import

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable

CHECK_SIZE = 8
_SIZES = 8  # the payload's first bytes: the size of the index and the number of parts


class DamagedCache(ValueError):
    """A part of a cache that fails its checksum."""


class Parts:
    """A payload's packed parts, sliced as ``bytes`` are (``parts[a:b]``, a part or a run of
    them); each part is checked against its checksum when first read. A damaged part
    raises DamagedCache: ``rebuilt()`` then gives what the cache's loader builds afresh
    from its sources."""

    __slots__ = ("_checked", "_ends", "_fresh", "_rebuild", "_sums", "_view")

    def __init__(self, view: memoryview, ends: list[int], sums: list[int] | None) -> None:
        self._view = view
        self._ends = ends  # where each part ends
        self._sums = sums  # None: built in this process, nothing to check
        self._checked = bytearray(len(ends))
        self._rebuild: Callable[[], object] | None = None
        self._fresh: object = None

    def __len__(self) -> int:
        return len(self._view)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Parts) and self._view == other._view

    __hash__ = None  # type: ignore[assignment]

    def __getitem__(self, at: slice) -> memoryview:
        sums, view = self._sums, self._view
        if sums is not None:
            ends, checked = self._ends, self._checked
            i = bisect_right(ends, at.start)  # the part holding the slice's start
            a = ends[i - 1] if i else 0
            while a < at.stop and i < len(ends):
                b = ends[i]
                if not checked[i]:
                    if zlib.crc32(view[a:b]) != sums[i]:
                        raise DamagedCache("a part of a cache fails its checksum")
                    checked[i] = 1
                a, i = b, i + 1
        return view[at]

    def on_damage(self, rebuild: Callable[[], object]) -> None:
        """What ``rebuilt`` calls: the cache's loader, building it again from the sources
        (and writing it, so the next process reads a sound one)."""
        self._rebuild = rebuild

    def rebuilt(self) -> object:
        """The data the loader builds from the sources (once per process)."""
        if self._fresh is None:
            if self._rebuild is None:
                raise DamagedCache("a damaged cache with nothing to rebuild it")
            self._fresh = self._rebuild()
        return self._fresh


def bundle(index: object, parts: list[bytes]) -> bytes:
    """A payload: the size of ``index`` (marshal) and the number of parts, the index, where
    each part ends and its checksum, then ``parts`` one after another, which stay packed
    where they lie when the payload is read (``unbundle``). A part is read whole."""
    head = marshal.dumps(index)  # type: ignore[arg-type]
    ends, sums, at = [], [], 0
    for part in parts:
        at += len(part)
        ends.append(at.to_bytes(4, sys.byteorder))  # as ``cast("I")`` reads them back
        sums.append((zlib.crc32(part) & 0xFFFFFFFF).to_bytes(4, sys.byteorder))
    sizes = len(head).to_bytes(4, "big") + len(parts).to_bytes(4, "big")
    return sizes + head + b"".join(ends) + b"".join(sums) + b"".join(parts)


def unbundle(payload: memoryview, *, checked: bool = True) -> tuple[object, Parts]:
    """The index of a payload made by ``bundle``, and its parts (offset 0 is the first's),
    each checked when first read unless the payload was built here (``checked`` False)."""
    size, n = _sizes(payload)
    at = _SIZES + size
    ends = payload[at : at + 4 * n].cast("I").tolist() if n else []
    sums = payload[at + 4 * n : at + 8 * n].cast("I").tolist() if checked and n else None
    return marshal.loads(payload[_SIZES : _SIZES + size]), Parts(payload[at + 8 * n :], ends, sums)


def seal(payload: bytes) -> bytes:
    """What a cache file holds: the checksum of ``payload``'s index, then ``payload``."""
    return _check(payload) + payload


def unsealed(path: str) -> memoryview | None:
    """The payload of the cache file ``path``, or None when its index fails its checksum
    (its parts are checked as they are read: ``Parts``). The map lives as long as the
    payload (or a part of it) does. OSError when it cannot be read."""
    with open(path, "rb") as fh:
        if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
            data: bytes | mmap.mmap = fh.read()  # marshal.load on a file reads piecemeal
        else:
            data = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
    payload = memoryview(data)[CHECK_SIZE:]  # not a copy of a megabyte and more
    if len(payload) < _SIZES or _checked_size(payload) > len(payload):
        return None
    return payload if data[:CHECK_SIZE] == _check(payload) else None


def _sizes(payload: bytes | memoryview) -> tuple[int, int]:
    """The size of the index and the number of parts."""
    return int.from_bytes(payload[:4], "big"), int.from_bytes(payload[4:_SIZES], "big")


def _checked_size(payload: bytes | memoryview) -> int:
    """How much of ``payload`` its seal covers: the sizes, the index, the parts' ends and
    checksums."""
    size, n = _sizes(payload)
    return _SIZES + size + 8 * n


def _check(payload: bytes | memoryview) -> bytes:
    """CRC-32 of what ``payload``'s seal covers (``_checked_size``), and the length of all
    of it: what a damaged cache fails to match (each part has its own checksum)."""
    head = payload[: _checked_size(payload)]
    return (zlib.crc32(head) & 0xFFFFFFFF).to_bytes(4, "big") + (
        len(payload) & 0xFFFFFFFF
    ).to_bytes(4, "big")
