"""Who foidraft is and where it goes: the User-Agent, WhatDoTheyKnow's address, the
connect/read timeouts, and :class:`NetworkError`, the one exception the network raises."""

from __future__ import annotations

import os

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
