"""A real HTTP server on 127.0.0.1 for the network tests: never the internet.

Tests declare what each path answers (:class:`Reply`, or a function of the request that
returns one) and read back what the server saw (:attr:`LocalServer.seen`). Replies can
misbehave on purpose: delay before answering (a timeout), promise more bytes than they
send and hang up (a truncated body), send no Content-Length (length unknown until the
connection closes), or answer 304 to a matching If-None-Match / If-Modified-Since.

Use it with ``pytest_plugins = ["tests.http_fixtures"]`` and the ``wdtk_server`` fixture,
which also points FOIDRAFT_WDTK_URL at it and shortens the read timeout.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

TIMEOUT = 0.5  # seconds: the client's read timeout in these tests


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    # Content-Length to announce: None for len(body), -1 to send none (the body then ends
    # when the connection closes). Larger than the body: the rest never comes.
    content_length: int | None = None
    delay: float = 0.0  # seconds to wait before answering (released at teardown)
    etag: str = ""
    last_modified: str = ""


@dataclass(frozen=True)
class Seen:
    path: str
    headers: dict[str, str]


Route = Reply | Callable[[Seen], Reply]


class LocalServer:
    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.seen: list[Seen] = []
        self.stop = threading.Event()
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.owner = self
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self._thread.start()

    def serve(self, path: str, reply: Route) -> None:
        """Answer GET ``path`` (without the query string) with ``reply``."""
        self.routes[path] = reply

    def serve_prefix(self, prefix: str, reply: Callable[[Seen], Reply]) -> None:
        self.routes[prefix + "*"] = reply

    def requests_to(self, path: str) -> list[Seen]:
        return [s for s in self.seen if s.path.split("?", 1)[0] == path]

    def close(self) -> None:
        self.stop.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def _route(self, seen: Seen) -> Reply:
        path = seen.path.split("?", 1)[0]
        found = self.routes.get(path)
        if found is None:
            found = next(
                (r for p, r in self.routes.items() if p.endswith("*") and path.startswith(p[:-1])),
                Reply(404, b"not found"),
            )
        return found(seen) if callable(found) else found


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    owner: LocalServer

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that hung up (a timeout test) is expected, not a failure


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def do_GET(self) -> None:
        owner = self.server.owner
        seen = Seen(self.path, {k.lower(): v for k, v in self.headers.items()})
        owner.seen.append(seen)
        reply = owner._route(seen)
        if reply.delay and owner.stop.wait(reply.delay):
            return
        self.close_connection = True
        if _not_modified(reply, seen.headers):
            self.send_response(304)
            self._validators(reply)
            self.send_header("Connection", "close")
            self.end_headers()
            return
        self.send_response(reply.status)
        self._validators(reply)
        for name, value in reply.headers.items():
            self.send_header(name, value)
        length = len(reply.body) if reply.content_length is None else reply.content_length
        if length >= 0:
            self.send_header("Content-Length", str(length))
        self.send_header("Connection", "close")
        self.end_headers()
        try:
            for start in range(0, len(reply.body), 16384):
                self.wfile.write(reply.body[start : start + 16384])
            self.wfile.flush()
        except OSError:
            pass  # the client gave up (a size cap): nothing more to send

    def _validators(self, reply: Reply) -> None:
        if reply.etag:
            self.send_header("ETag", reply.etag)
        if reply.last_modified:
            self.send_header("Last-Modified", reply.last_modified)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


def _not_modified(reply: Reply, headers: dict[str, str]) -> bool:
    if reply.status != 200:
        return False
    if "if-none-match" in headers:  # RFC 9110 13.1.3: then If-Modified-Since is ignored
        return bool(reply.etag) and headers["if-none-match"] == reply.etag
    return bool(reply.last_modified) and headers.get("if-modified-since") == reply.last_modified


def closed_port_url() -> str:
    """An address on 127.0.0.1 where nothing listens: connections are refused."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}"


@pytest.fixture
def local_server() -> Iterator[LocalServer]:
    server = LocalServer()
    yield server
    server.close()


@pytest.fixture
def wdtk_server(local_server: LocalServer, monkeypatch: pytest.MonkeyPatch) -> LocalServer:
    """The local server as WhatDoTheyKnow, with a short read timeout."""
    from foidraft.net import client

    monkeypatch.setenv("FOIDRAFT_WDTK_URL", local_server.url)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")  # a proxy in the environment must not see it
    monkeypatch.setattr(client, "READ_TIMEOUT", TIMEOUT)
    monkeypatch.setattr(client, "CONNECT_TIMEOUT", 2.0)
    return local_server
