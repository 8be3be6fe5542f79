"""Downloads and replies, bounded: streamed within a size cap and the overall deadline.

A download goes to a temporary file; past the cap the transfer is aborted and the partial
file deleted. A reply read into memory is refused past its cap too."""

from __future__ import annotations

import contextlib
import os
import tempfile
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from foidraft.net import timing
from foidraft.net.client import NetworkError, host_of
from foidraft.net.failures import check_complete, check_status, mapped, too_large
from foidraft.net.timing import bounded, default_deadline

TYPE_CHECKING = False
if TYPE_CHECKING:
    import httpx

CHUNK = 64 * 1024

# (bytes so far, total bytes if the server said)
Progress = Callable[[int, int | None], None]


@dataclass(frozen=True)
class Validators:
    """What a previous download said about itself, for a conditional request."""

    etag: str = ""
    last_modified: str = ""

    def headers(self) -> dict[str, str]:
        out: dict[str, str] = {}
        if self.etag:
            out["If-None-Match"] = self.etag
        if self.last_modified:
            out["If-Modified-Since"] = self.last_modified
        return out


@dataclass(frozen=True)
class Fetched:
    """A finished download. ``path`` is a temporary file the caller must move or delete;
    it is empty for 304 Not Modified."""

    status: int
    path: str
    size: int
    etag: str
    last_modified: str
    url: str

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def download(
    client: httpx.Client,
    path: str,
    dest_dir: str,
    *,
    max_bytes: int,
    validators: Validators | None = None,
    progress: Progress | None = None,
    what: str = "the download",
) -> Fetched:
    """GET ``path`` into a new temporary file in ``dest_dir``; NetworkError on any failure,
    in which case no file is left behind."""
    headers = validators.headers() if validators else {}
    from foidraft.atomic import make_private_dirs

    make_private_dirs(dest_dir)
    fd, tmp = tempfile.mkstemp(prefix=".download.", suffix=".part", dir=dest_dir)
    keep = False

    def transfer(cancelled: threading.Event) -> Fetched:
        with (
            os.fdopen(fd, "wb") as fh,
            mapped(client, path, what),
            client.stream("GET", path, headers=headers) as response,
        ):
            return _receive(response, fh, tmp, max_bytes, progress, what, cancelled)

    try:
        with default_deadline(timing.DOWNLOAD_DEADLINE):
            fetched = bounded(transfer, client, what)
        keep = not fetched.not_modified
        return fetched
    finally:
        if not keep:
            with contextlib.suppress(OSError):
                Path(tmp).unlink()


def _receive(
    response: httpx.Response,
    fh: BinaryIO,
    tmp: str,
    max_bytes: int,
    progress: Progress | None,
    what: str,
    cancelled: threading.Event | None = None,
) -> Fetched:
    url = str(response.url)
    etag = response.headers.get("ETag", "")
    last_modified = response.headers.get("Last-Modified", "")
    if response.status_code == 304:
        return Fetched(304, "", 0, etag, last_modified, url)
    size = 0
    for chunk in _body(response, max_bytes, what):
        if cancelled is not None and cancelled.is_set():
            raise NetworkError("timeout", f"{what} was abandoned")  # nobody waits for it
        fh.write(chunk)
        size += len(chunk)
        if progress is not None:
            progress(response.num_bytes_downloaded, _content_length(response))
    fh.flush()
    os.fsync(fh.fileno())
    return Fetched(response.status_code, tmp, size, etag, last_modified, url)


def get_bytes(
    client: httpx.Client, path: str, *, max_bytes: int, accept: str = "*/*", what: str = "the reply"
) -> bytes:
    """GET ``path`` into memory, refusing more than ``max_bytes``."""
    headers = {"Accept": accept}

    def fetch(cancelled: threading.Event) -> bytes:
        with mapped(client, path, what), client.stream("GET", path, headers=headers) as reply:
            return b"".join(_body(reply, max_bytes, what))

    with default_deadline(timing.SEARCH_DEADLINE):
        return bounded(fetch, client, what)


def _body(response: httpx.Response, max_bytes: int, what: str) -> Iterator[bytes]:
    """The body of a successful reply, chunk by chunk, within ``max_bytes``, complete."""
    check_status(response, what)
    total = _content_length(response)
    if total is not None and total > max_bytes:
        raise too_large(what, str(response.url), max_bytes)
    size = 0
    for chunk in response.iter_bytes(CHUNK):
        size += len(chunk)
        if size > max_bytes:  # decoded bytes, so a compression bomb stops too
            raise too_large(what, str(response.url), max_bytes)
        yield chunk
    check_complete(response, total, what)


def get_json(client: httpx.Client, path: str, *, max_bytes: int, what: str = "the reply") -> object:
    from foidraft.text.jsonsafe import loads

    data = get_bytes(client, path, max_bytes=max_bytes, accept="application/json", what=what)
    try:
        return loads(data)  # nesting bounded: a deep reply is bad, not a RecursionError
    except ValueError:
        host = host_of(str(client.base_url))
        raise NetworkError(
            "bad_reply",
            f"{host} sent something that is not JSON for {what}",
            hint="try again later; if it keeps happening, WhatDoTheyKnow may have changed",
        ) from None


def _content_length(response: httpx.Response) -> int | None:
    value = response.headers.get("Content-Length", "")
    return int(value) if value.isdigit() else None
