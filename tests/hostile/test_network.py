"""A hostile server on 127.0.0.1: one that sends a byte at a time (each read is quick, so
no read times out) is cut off by the overall deadline of a download or a search, leaving
nothing behind; a reply nested 100,000 deep is a bad reply, not a RecursionError."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from foidraft.authorities import refresh, wdtk
from foidraft.authorities.directory import load_directory
from foidraft.cli import main
from foidraft.net import NetworkError, client, timing
from foidraft.similar import lookup_similar
from tests.http_fixtures import LocalServer, Reply, local_server, wdtk_server

__all__ = ["local_server", "wdtk_server"]

GAP = 0.05  # seconds between bytes: far inside the read timeout
DEADLINE = 1.0


class Dribbler:
    """Answers every connection a byte at a time: the headers too (``slow_headers``) or
    only the body. Stops by itself after ``limit`` seconds per connection."""

    def __init__(self, *, slow_headers: bool, limit: float = 20.0) -> None:
        self.slow_headers = slow_headers
        self.limit = limit
        self.sent = 0
        self.cut_off = threading.Event()  # the client hung up before the end
        self.stop = threading.Event()
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        self.sock.settimeout(0.1)
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            except OSError:  # closed
                return
            threading.Thread(target=self._answer, args=(conn,), daemon=True).start()

    def _answer(self, conn: socket.socket) -> None:
        body = b"Name,Short name\n" * 500
        head = b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n" % len(body)
        with conn:
            conn.recv(65536)
            if not self.slow_headers:
                conn.sendall(head)
            started = time.monotonic()
            for byte in (head if self.slow_headers else b"") + body:
                if self.stop.is_set() or time.monotonic() - started > self.limit:
                    return
                try:
                    conn.sendall(bytes([byte]))
                except OSError:
                    self.cut_off.set()
                    return
                self.sent += 1
                time.sleep(GAP)

    def close(self) -> None:
        self.stop.set()
        self.thread.join(5)
        self.sock.close()


@pytest.fixture(params=[False, True], ids=["slow body", "slow headers"])
def dribbler(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[Dribbler]:
    server = Dribbler(slow_headers=request.param)
    monkeypatch.setenv("FOIDRAFT_WDTK_URL", server.url)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    monkeypatch.setattr(client, "READ_TIMEOUT", 0.5)
    monkeypatch.setattr(timing, "DOWNLOAD_DEADLINE", DEADLINE)
    monkeypatch.setattr(timing, "SEARCH_DEADLINE", DEADLINE)
    yield server
    server.close()


def test_a_download_has_an_overall_deadline(dribbler: Dribbler, foidraft_home: Path) -> None:
    with pytest.raises(NetworkError) as caught:
        refresh.refresh()
    assert caught.value.kind == "timeout"
    assert "took longer than" in caught.value.message
    assert not Path(wdtk.cache_file()).exists()
    cache = Path(wdtk.cache_file()).parent
    assert not cache.exists() or [p.name for p in cache.iterdir()] == []  # nothing partial
    assert dribbler.sent < 500 * 16  # it never got everything


def test_a_search_has_an_overall_deadline(
    dribbler: Dribbler, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(NetworkError) as caught:
        lookup_similar("Knife crime 2020", load_directory().resolve("gmp"))
    assert caught.value.kind == "timeout"
    code = main(["similar", "Knife crime 2020", "--authority", "gmp"])
    err = capsys.readouterr().err
    assert code == 1 and err.startswith("foidraft: error: ") and "took longer" in err


def test_deeply_nested_json_is_a_bad_reply(
    wdtk_server: LocalServer, capsys: pytest.CaptureFixture[str]
) -> None:
    wdtk_server.serve_prefix("/feed/search/", lambda seen: Reply(body=b"[" * 100_000))
    with pytest.raises(NetworkError) as caught:
        lookup_similar("Knife crime 2020", load_directory().resolve("gmp"))
    assert caught.value.kind == "bad_reply"
    deep_but_closed = b"[" * 500 + b"]" * 500  # parses, but deeper than any real reply
    wdtk_server.serve_prefix("/feed/search/", lambda seen: Reply(body=deep_but_closed))
    code = main(["similar", "Knife crime 2020", "--authority", "gmp"])
    err = capsys.readouterr().err
    assert code == 1 and err.startswith("foidraft: error: ") and "Traceback" not in err


@pytest.mark.parametrize("url", ["http://[::1", "ftp://example.org", "http://exa mple.org"])
def test_a_bad_wdtk_address_is_bad_usage(
    url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("FOIDRAFT_WDTK_URL", url)
    for argv in (["authorities", "refresh"], ["similar", "Knife crime", "--authority", "gmp"]):
        assert main(argv) == 2
        err = capsys.readouterr().err
        assert err.startswith("foidraft: error: FOIDRAFT_WDTK_URL is not an http(s) address")
