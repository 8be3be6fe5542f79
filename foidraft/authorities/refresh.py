"""Download WhatDoTheyKnow's list of public bodies into the cache, safely.

The list (``/body/all-authorities.csv``, see foidraft.authorities.wdtk) is streamed to a
temporary file beside the cache, checked (the expected columns, every row well formed, a
plausible number of rows), and only then renamed over the cached copy. Whatever goes
wrong (no network, a timeout, an error page, a cut-off or oversized download, a file
that is not the list) the previous copy stays exactly as it was, byte for byte, and
foidraft keeps using it, or the bundled police list when there is none.

Beside the copy, ``wdtk-all-authorities.meta.json`` records the ETag and Last-Modified
the server sent, when it was fetched and last checked, the row count, and the copy's
size and SHA-256. The metadata is written after the copy, and conditional headers are
only sent when its SHA-256 matches the copy, so a crash between the two writes costs
one full download, never a wrong "not modified".
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import hashlib
import json
import time
from dataclasses import dataclass, replace
from pathlib import Path

from foidraft.atomic import fsync_dir
from foidraft.authorities import wdtk
from foidraft.errors import FoidraftError
from foidraft.text.jsonsafe import loads

TYPE_CHECKING = False
if TYPE_CHECKING:
    import httpx

    from foidraft.net import Progress

CSV_PATH = "/body/all-authorities.csv"
META_NAME = "wdtk-all-authorities.meta.json"
MAX_BYTES = 200_000_000  # the real list is tens of MB; this only stops a runaway reply
MIN_ROWS = 1_000  # WhatDoTheyKnow lists tens of thousands of bodies
MAX_ROWS = 1_000_000
STALE_PART = 3600  # seconds before an abandoned partial download is cleared away
WHAT = "WhatDoTheyKnow's list of public bodies"


@dataclass(frozen=True)
class CacheInfo:
    """What is cached. ``consistent`` is False when the metadata does not describe the
    file (written by hand, or a crash between the two writes)."""

    path: str
    size: int
    rows: int
    fetched: str
    checked: str
    etag: str
    last_modified: str
    url: str
    consistent: bool


@dataclass(frozen=True)
class RefreshResult:
    changed: bool  # False: the server said 304 Not Modified and the copy was kept
    info: CacheInfo


def meta_file() -> Path:
    return Path(wdtk.cache_file()).with_name(META_NAME)


def cache_info() -> CacheInfo | None:
    """The cached copy, or None when there is none. Reads the file once to hash it."""
    path = wdtk.cache_file()
    try:
        size = Path(path).stat().st_size
        digest = _sha256(path)
    except OSError:
        return None
    meta = _read_meta()
    consistent = meta.get("sha256") == digest and meta.get("size") == size
    if not consistent:
        meta = {}
    return CacheInfo(
        path=path,
        size=size,
        rows=_int(meta.get("rows")),
        fetched=str(meta.get("fetched", "")),
        checked=str(meta.get("checked", "")),
        etag=str(meta.get("etag", "")),
        last_modified=str(meta.get("last_modified", "")),
        url=str(meta.get("url", "")),
        consistent=consistent,
    )


def refresh(
    *,
    client: httpx.Client | None = None,
    progress: Progress | None = None,
    force: bool = False,
    max_bytes: int | None = None,
    min_rows: int = MIN_ROWS,
) -> RefreshResult:
    """Download the list if it changed; NetworkError or FoidraftError if anything fails,
    with the cached copy untouched."""
    from foidraft import net

    folder = str(Path(wdtk.cache_file()).parent)
    _clear_abandoned(folder)
    before = cache_info()
    validators = None
    if before is not None and before.consistent and not force:
        validators = net.Validators(before.etag, before.last_modified)
    limit = MAX_BYTES if max_bytes is None else max_bytes
    own = client is None
    client = client or net.make_client()
    try:
        got = net.download(
            client,
            CSV_PATH,
            folder,
            max_bytes=limit,
            validators=validators,
            progress=progress,
            what=WHAT,
        )
    except OSError as exc:
        raise _disk_error(folder, exc) from None
    finally:
        if own:
            client.close()
    now = _now()
    if got.not_modified and before is not None and validators is not None:
        with contextlib.suppress(OSError):  # only the "last checked" time would be lost
            _write_meta({**_read_meta(), "checked": now})
        return RefreshResult(False, replace(before, checked=now))
    if got.not_modified:  # 304 to a request that was not conditional
        raise net.NetworkError(
            "bad_reply", f"{net.host_of(got.url)} said 'not modified' for {WHAT}"
        )
    try:
        rows = validate_csv(got.path, min_rows=min_rows)
        digest = _sha256(got.path)
        Path(got.path).replace(wdtk.cache_file())
    except OSError as exc:
        _unlink(got.path)
        raise _disk_error(folder, exc) from None
    except BaseException:
        _unlink(got.path)
        raise
    fsync_dir(folder)
    meta = {
        "version": 1,
        "url": got.url,
        "etag": got.etag,
        "last_modified": got.last_modified,
        "fetched": now,
        "checked": now,
        "rows": rows,
        "size": got.size,
        "sha256": digest,
    }
    try:
        _write_meta(meta)
    except OSError as exc:  # the new list is in place; without metadata, the next refresh
        raise _disk_error(folder, exc) from None  # simply downloads it again
    from foidraft.authorities.directory import clear_cache

    clear_cache()
    info = CacheInfo(
        wdtk.cache_file(), got.size, rows, now, now, got.etag, got.last_modified, got.url, True
    )
    return RefreshResult(True, info)


def validate_csv(path: str, *, min_rows: int = MIN_ROWS) -> int:
    """The number of bodies in a downloaded list, or a FoidraftError saying why it is not
    WhatDoTheyKnow's list."""
    hint = "the download was not the list foidraft expects; the cached copy was kept"
    wdtk.allow_long_fields()
    try:
        with open(path, newline="", encoding="utf-8-sig") as fh:
            reader = csv.reader(fh, strict=True)
            header = next(reader, None)
            if header is None:
                raise FoidraftError(f"{WHAT} was empty", hint=hint)
            missing = [c for c in wdtk.COLUMNS if c not in header]
            if missing:
                raise FoidraftError(f"{WHAT} lacks the column(s) {', '.join(missing)}", hint=hint)
            name, slug = header.index("Name"), header.index("URL name")
            rows = 0
            for row in reader:
                if not row:
                    continue
                if len(row) != len(header):
                    raise FoidraftError(
                        f"{WHAT}: line {reader.line_num} has {len(row)} fields, not {len(header)}",
                        hint=hint,
                    )
                if not row[name].strip() or not row[slug].strip():
                    raise FoidraftError(
                        f"{WHAT}: line {reader.line_num} has no name or URL name", hint=hint
                    )
                rows += 1
                if rows > MAX_ROWS:
                    raise FoidraftError(f"{WHAT} has over {MAX_ROWS:,} rows", hint=hint)
    except UnicodeDecodeError:
        raise FoidraftError(f"{WHAT} is not UTF-8 text", hint=hint) from None
    except csv.Error as exc:
        raise FoidraftError(f"{WHAT} is not well-formed CSV ({exc})", hint=hint) from None
    if rows < min_rows:
        raise FoidraftError(
            f"{WHAT} has only {rows:,} bodies (expected at least {min_rows:,})", hint=hint
        )
    return rows


def bundled_count() -> int:
    from foidraft import paths
    from foidraft.authorities.directory import BUNDLED, read_csv

    return len(read_csv(paths.package_data(BUNDLED)))


# -- helpers ---------------------------------------------------------------------------


def _now() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _int(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _read_meta() -> dict[str, object]:
    try:
        with open(meta_file(), encoding="utf-8") as fh:
            data = loads(fh.read())
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _write_meta(meta: dict[str, object]) -> None:
    from foidraft.atomic import atomic_write_text

    atomic_write_text(str(meta_file()), json.dumps(meta, indent=2, sort_keys=True) + "\n")


def _sha256(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _disk_error(folder: str, exc: OSError) -> FoidraftError:
    return FoidraftError(
        f"cannot save {WHAT} in {folder} ({exc.strerror or exc})",
        hint="check the free space and permissions of foidraft's cache folder",
    )


def _unlink(path: str) -> None:
    with contextlib.suppress(OSError):
        Path(path).unlink()


def _clear_abandoned(folder: str) -> None:
    """Partial downloads left by a killed refresh; recent ones may belong to a refresh
    running now in another terminal."""
    cutoff = time.time() - STALE_PART
    with contextlib.suppress(OSError):
        for part in Path(folder).glob(".download.*.part"):
            with contextlib.suppress(OSError):
                if part.stat().st_mtime < cutoff:
                    part.unlink()
