"""Every HTTP request foidraft makes goes through here.

foidraft only uses the network when the user asks (``foidraft authorities refresh``,
``foidraft similar``), never on the ``foidraft check`` path and never at import time:
httpx itself is imported inside the functions that need it.

What this module guarantees to its callers:

* a User-Agent that names foidraft, and connect/read timeouts on every request;
* an overall deadline on top (:func:`deadline`; by default :data:`DOWNLOAD_DEADLINE` per
  download and :data:`SEARCH_DEADLINE` per request): a server that sends a byte a second
  never times out a read, so without it a download could last for ever;
* downloads are streamed to a temporary file with a hard size cap; past the cap the
  transfer is aborted and the partial file deleted;
* every failure (offline, DNS, timeout, HTTP error status, too large, cut short, not the
  expected kind of reply) is a :class:`NetworkError`: one line a user can act on, a hint,
  and a ``kind`` the app can branch on. No httpx exception escapes.

The WhatDoTheyKnow address is ``FOIDRAFT_WDTK_URL`` (default https://www.whatdotheyknow.com)
so tests can point it at a server on 127.0.0.1.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, TypeVar

from foidraft.errors import FoidraftError

TYPE_CHECKING = False
if TYPE_CHECKING:
    import httpx

ENV_BASE_URL = "FOIDRAFT_WDTK_URL"
DEFAULT_BASE_URL = "https://www.whatdotheyknow.com"
PROJECT_URL = "https://github.com/foidraft/foidraft"
# Seconds. Read is per network read, not for the whole transfer, so a large download on a
# slow line is fine as long as bytes keep arriving.
CONNECT_TIMEOUT = 10.0
READ_TIMEOUT = 30.0
# Seconds for a whole download (the authority list: megabytes), and for a whole search
# (several small requests). Past it the transfer is abandoned and discarded.
DOWNLOAD_DEADLINE = 600.0
SEARCH_DEADLINE = 60.0
CHUNK = 64 * 1024
CHECK_LINE = "check your internet connection; foidraft works offline with what it has"
LATER = "try again later"

# (bytes so far, total bytes if the server said)
Progress = Callable[[int, int | None], None]
T = TypeVar("T")


class NetworkError(FoidraftError):
    """A request that failed. ``kind`` is one of: offline, timeout, status, too_large,
    truncated, bad_reply, config."""

    def __init__(self, kind: str, message: str, hint: str | None = None) -> None:
        super().__init__(message, hint=hint)
        self.kind = kind


def user_agent() -> str:
    from foidraft.version import __version__

    return f"foidraft/{__version__} (+{PROJECT_URL})"


def wdtk_base_url() -> str:
    """WhatDoTheyKnow's address, without a trailing slash."""
    raw = os.environ.get(ENV_BASE_URL, "").strip() or DEFAULT_BASE_URL
    scheme, sep, rest = raw.partition("://")
    bad = NetworkError(
        "config",
        f"{ENV_BASE_URL} is not an http(s) address: {raw!r}",
        hint=f"unset it to use {DEFAULT_BASE_URL}",
    )
    if not sep or scheme.lower() not in ("http", "https") or not rest.strip("/"):
        raise bad
    from urllib.parse import urlsplit

    try:  # "http://[::1" and the like: a host httpx could not even parse
        host = urlsplit(raw).hostname
        port = urlsplit(raw).port
    except ValueError:
        raise bad from None
    if not host or any(ch.isspace() or ord(ch) < 32 for ch in raw) or (port == 0):
        raise bad
    return raw.rstrip("/")


def host_of(url: str) -> str:
    return url.partition("://")[2].split("/", 1)[0] or url


def make_client(
    *,
    base_url: str | None = None,
    connect_timeout: float | None = None,
    read_timeout: float | None = None,
) -> httpx.Client:
    """A client for WhatDoTheyKnow (or ``base_url``): our User-Agent, timeouts, redirects
    followed. Close it (``with make_client() as client:``)."""
    import httpx

    connect = CONNECT_TIMEOUT if connect_timeout is None else connect_timeout
    read = READ_TIMEOUT if read_timeout is None else read_timeout
    base = base_url or wdtk_base_url()
    try:
        return httpx.Client(
            base_url=base,
            headers={"User-Agent": user_agent()},
            timeout=httpx.Timeout(connect=connect, read=read, write=read, pool=connect),
            follow_redirects=True,
        )
    except (httpx.InvalidURL, ValueError, TypeError):
        raise NetworkError(
            "config", f"not a usable address: {base!r}", hint=f"check {ENV_BASE_URL}"
        ) from None


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


def _bounded(run: Callable[[threading.Event], T], client: httpx.Client, what: str) -> T:
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
            _mapped(client, path, what),
            client.stream("GET", path, headers=headers) as response,
        ):
            return _receive(response, fh, tmp, max_bytes, progress, what, cancelled)

    try:
        with _default_deadline(DOWNLOAD_DEADLINE):
            fetched = _bounded(transfer, client, what)
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
        with _mapped(client, path, what), client.stream("GET", path, headers=headers) as reply:
            return b"".join(_body(reply, max_bytes, what))

    with _default_deadline(SEARCH_DEADLINE):
        return _bounded(fetch, client, what)


@contextlib.contextmanager
def _default_deadline(seconds: float) -> Iterator[None]:
    """``deadline(seconds)`` unless the caller has set one already."""
    if getattr(_local, "deadline", None) is not None:
        yield
        return
    with deadline(seconds):
        yield


def _body(response: httpx.Response, max_bytes: int, what: str) -> Iterator[bytes]:
    """The body of a successful reply, chunk by chunk, within ``max_bytes``, complete."""
    _check_status(response, what)
    total = _content_length(response)
    if total is not None and total > max_bytes:
        raise _too_large(what, str(response.url), max_bytes)
    size = 0
    for chunk in response.iter_bytes(CHUNK):
        size += len(chunk)
        if size > max_bytes:  # decoded bytes, so a compression bomb stops too
            raise _too_large(what, str(response.url), max_bytes)
        yield chunk
    _check_complete(response, total, what)


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


# -- helpers ---------------------------------------------------------------------------


def _content_length(response: httpx.Response) -> int | None:
    value = response.headers.get("Content-Length", "")
    return int(value) if value.isdigit() else None


def _check_status(response: httpx.Response, what: str) -> None:
    code = response.status_code
    if 200 <= code < 300:
        return
    host = host_of(str(response.url))
    said = f"{code} {response.reason_phrase}".strip()
    if code == 429:
        hint = "WhatDoTheyKnow is asking for fewer requests; wait a while and try again"
    elif code >= 500:
        hint = "WhatDoTheyKnow may be busy or down; try again later"
    elif os.environ.get(ENV_BASE_URL):
        hint = f"check {ENV_BASE_URL}, or unset it to use {DEFAULT_BASE_URL}"
    else:
        hint = "WhatDoTheyKnow may have moved it; try again later"
    raise NetworkError("status", f"{host} answered {said} for {what}", hint=hint)


def _check_complete(response: httpx.Response, total: int | None, what: str) -> None:
    # h11 already refuses a short body; this also covers transports that do not.
    got = response.num_bytes_downloaded
    if total is not None and got != total:
        raise _truncated(what, host_of(str(response.url)), f"got {got:,} of {total:,} bytes")


def _too_large(what: str, url: str, max_bytes: int) -> NetworkError:
    return NetworkError(
        "too_large",
        f"{what} from {host_of(url)} is larger than the {_size(max_bytes)} limit; "
        "stopped and discarded it",
        hint="this is not expected; try again later",
    )


def _truncated(what: str, host: str, detail: str) -> NetworkError:
    return NetworkError(
        "truncated",
        f"{what} from {host} was cut short ({detail}); discarded it",
        hint="the connection dropped; try again",
    )


def _size(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB" if n >= 1_000_000 else f"{n / 1000:.0f} kB"


@contextlib.contextmanager
def _mapped(client: httpx.Client, path: str, what: str) -> Iterator[None]:
    """Turn httpx's exceptions into NetworkErrors with a one-line message."""
    import httpx

    host = host_of(str(client.base_url))
    try:
        yield
    except httpx.ConnectTimeout:
        raise NetworkError("timeout", f"timed out connecting to {host}", CHECK_LINE) from None
    except httpx.TimeoutException:
        raise NetworkError(
            "timeout", f"{host} stopped responding while sending {what}", LATER
        ) from None
    except httpx.ConnectError as exc:
        raise NetworkError("offline", f"cannot reach {host} ({_reason(exc)})", CHECK_LINE) from None
    except httpx.RemoteProtocolError as exc:
        if "peer closed" in str(exc) or "incomplete" in str(exc):
            raise _truncated(what, host, _reason(exc)) from None
        raise NetworkError(
            "bad_reply", f"{host} sent a malformed reply ({_reason(exc)})", LATER
        ) from None
    except httpx.TooManyRedirects:
        raise NetworkError(
            "bad_reply", f"{host} redirected too many times for {what}", LATER
        ) from None
    except (httpx.UnsupportedProtocol, httpx.InvalidURL):
        message = f"cannot request {path!r} from {host}: not a usable address"
        raise NetworkError("config", message, hint=f"check {ENV_BASE_URL}") from None
    except httpx.HTTPError as exc:  # ReadError, WriteError, DecodingError, ProxyError...
        message = f"the connection to {host} failed ({_reason(exc)})"
        raise NetworkError("offline", message, hint="try again") from None


def _reason(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 120 else text[:117] + "..."
