"""Every way a request can fail, as a :class:`NetworkError`: one line a user can act on, a
hint, and a ``kind`` the app can branch on. No httpx exception escapes :func:`mapped`."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator

from foidraft.net.client import DEFAULT_BASE_URL, ENV_BASE_URL, NetworkError, host_of

TYPE_CHECKING = False
if TYPE_CHECKING:
    import httpx

CHECK_LINE = "check your internet connection; foidraft works offline with what it has"
LATER = "try again later"


def check_status(response: httpx.Response, what: str) -> None:
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


def check_complete(response: httpx.Response, total: int | None, what: str) -> None:
    # h11 already refuses a short body; this also covers transports that do not.
    got = response.num_bytes_downloaded
    if total is not None and got != total:
        raise truncated(what, host_of(str(response.url)), f"got {got:,} of {total:,} bytes")


def too_large(what: str, url: str, max_bytes: int) -> NetworkError:
    return NetworkError(
        "too_large",
        f"{what} from {host_of(url)} is larger than the {_size(max_bytes)} limit; "
        "stopped and discarded it",
        hint="this is not expected; try again later",
    )


def truncated(what: str, host: str, detail: str) -> NetworkError:
    return NetworkError(
        "truncated",
        f"{what} from {host} was cut short ({detail}); discarded it",
        hint="the connection dropped; try again",
    )


def _size(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB" if n >= 1_000_000 else f"{n / 1000:.0f} kB"


@contextlib.contextmanager
def mapped(client: httpx.Client, path: str, what: str) -> Iterator[None]:
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
            raise truncated(what, host, _reason(exc)) from None
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
