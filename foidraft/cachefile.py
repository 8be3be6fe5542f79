"""The compiled caches' files (rules, the model of what is recorded): sealed, and mapped.

A cache is never trusted: its file starts with a checksum (CRC-32 and length) of its
index, and the index holds a checksum of each 2 KB of the packed parts after it, checked
when a part is first read (``Parts``), so a damaged file (a bad disk block, a
half-copied folder) is never used. A check reads a few hundred KB of the 3.5 MB the two
caches hold: checking all of it at start cost about 1 ms of every `foidraft check`.
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

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable

CHECK_SIZE = 8
CHUNK = 2048  # bytes of parts per checksum: a part is a few KB, read whole
_SIZES = 8  # the payload's first bytes: the sizes of the index and of the checksums


class DamagedCache(ValueError):
    """A part of a cache that fails its checksum."""


class Parts:
    """A payload's packed parts, sliced as ``bytes`` are (``parts[a:b]``); each 2 KB is
    checked against its checksum when first read. A damaged part raises DamagedCache:
    ``rebuilt()`` then gives what the cache's loader builds afresh from its sources."""

    __slots__ = ("_checked", "_fresh", "_rebuild", "_sums", "_view")

    def __init__(self, view: memoryview, sums: memoryview | None) -> None:
        self._view = view
        self._sums = sums  # None: built in this process, nothing to check
        self._checked = bytearray(0 if sums is None else len(sums) // 4)
        self._rebuild: Callable[[], object] | None = None
        self._fresh: object = None

    def __len__(self) -> int:
        return len(self._view)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Parts) and self._view == other._view

    __hash__ = None  # type: ignore[assignment]

    def __getitem__(self, at: slice) -> memoryview:
        sums, checked, view = self._sums, self._checked, self._view
        if sums is not None and at.stop > at.start:
            for i in range(at.start // CHUNK, (at.stop - 1) // CHUNK + 1):
                if not checked[i]:
                    if zlib.crc32(view[i * CHUNK : (i + 1) * CHUNK]) != int.from_bytes(
                        sums[4 * i : 4 * i + 4], "big"
                    ):
                        raise DamagedCache("a part of a cache fails its checksum")
                    checked[i] = 1
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
    """A payload: the sizes of ``index`` (marshal) and of the parts' checksums, the index,
    the checksums, then ``parts`` one after another, which stay packed where they lie
    when the payload is read (``unbundle``)."""
    head = marshal.dumps(index)  # type: ignore[arg-type]
    body = b"".join(parts)
    sums = b"".join(
        (zlib.crc32(body[i : i + CHUNK]) & 0xFFFFFFFF).to_bytes(4, "big")
        for i in range(0, len(body), CHUNK)
    )
    sizes = len(head).to_bytes(4, "big") + len(sums).to_bytes(4, "big")
    return sizes + head + sums + body


def unbundle(payload: memoryview, *, checked: bool = True) -> tuple[object, Parts]:
    """The index of a payload made by ``bundle``, and its parts (offset 0 is the first's),
    each checked when first read unless the payload was built here (``checked`` False)."""
    size, n_sums = _sizes(payload)
    end = _SIZES + size
    sums = payload[end : end + n_sums] if checked else None
    return marshal.loads(payload[_SIZES:end]), Parts(payload[end + n_sums :], sums)


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
    if len(payload) < _SIZES or sum(_sizes(payload)) + _SIZES > len(payload):
        return None
    return payload if data[:CHECK_SIZE] == _check(payload) else None


def _sizes(payload: bytes | memoryview) -> tuple[int, int]:
    return int.from_bytes(payload[:4], "big"), int.from_bytes(payload[4:_SIZES], "big")


def _check(payload: bytes | memoryview) -> bytes:
    """CRC-32 of ``payload``'s sizes, index and checksums, and the length of all of it:
    what a damaged cache fails to match (each part is checked against its checksum)."""
    head = payload[: _SIZES + sum(_sizes(payload))]
    return (zlib.crc32(head) & 0xFFFFFFFF).to_bytes(4, "big") + (
        len(payload) & 0xFFFFFFFF
    ).to_bytes(4, "big")
