"""Every HTTP request foidraft makes goes through here.

foidraft only uses the network when the user asks (``foidraft authorities refresh``,
``foidraft similar``), never on the ``foidraft check`` path and never at import time:
httpx itself is imported inside the functions that need it.

What this package guarantees to its callers:

* a User-Agent that names foidraft, and connect/read timeouts on every request
  (:mod:`foidraft.net.client`);
* an overall deadline on top (:func:`deadline`; by default ``timing.DOWNLOAD_DEADLINE`` per
  download and ``timing.SEARCH_DEADLINE`` per request): a server that sends a byte a second
  never times out a read, so without it a download could last for ever
  (:mod:`foidraft.net.timing`);
* downloads are streamed to a temporary file with a hard size cap; past the cap the
  transfer is aborted and the partial file deleted (:mod:`foidraft.net.fetch`);
* every failure (offline, DNS, timeout, HTTP error status, too large, cut short, not the
  expected kind of reply) is a :class:`NetworkError`: one line a user can act on, a hint,
  and a ``kind`` the app can branch on. No httpx exception escapes
  (:mod:`foidraft.net.failures`).

The WhatDoTheyKnow address is ``FOIDRAFT_WDTK_URL`` (default https://www.whatdotheyknow.com)
so tests can point it at a server on 127.0.0.1. The time limits are module globals of
``client`` and ``timing``, read when a request starts; they are not re-exported here, so
there is one place to change them.
"""

from __future__ import annotations

from foidraft.net.client import NetworkError, host_of, make_client, wdtk_base_url
from foidraft.net.fetch import Fetched, Progress, Validators, download, get_bytes, get_json
from foidraft.net.timing import deadline

__all__ = [
    "Fetched",
    "NetworkError",
    "Progress",
    "Validators",
    "deadline",
    "download",
    "get_bytes",
    "get_json",
    "host_of",
    "make_client",
    "wdtk_base_url",
]
