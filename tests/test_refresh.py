"""`foidraft authorities refresh` against a real HTTP server on 127.0.0.1.

The promises under test: a good download is validated and cached with its metadata; a
second refresh revalidates (If-None-Match / If-Modified-Since) and a 304 keeps the copy;
every failure leaves the cache byte-for-byte as it was (or absent), says so in one line,
exits 1, and foidraft falls back on the previous copy or the bundled list.
"""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from foidraft import paths
from foidraft.authorities import refresh, wdtk
from foidraft.authorities.directory import load_directory, read_csv
from foidraft.cli import main
from foidraft.net import NetworkError
from tests.http_fixtures import LocalServer, Reply, closed_port_url, local_server, wdtk_server

# The bodies in the bundled list, as the messages count them.
BUNDLED = len(read_csv(paths.package_data("authorities.csv")))

__all__ = ["local_server", "wdtk_server"]  # fixtures used by name below

CSV_PATH = "/body/all-authorities.csv"
ETAG = '"v1-abc"'
LAST_MODIFIED = "Mon, 02 Jun 2025 10:00:00 GMT"
FILLER = 1_200  # parish councils, to pass the "sane number of rows" check
HEADER = ["Internal ID", *wdtk.COLUMNS]


def body_row(n: int, name: str, slug: str, tags: str = "", notes: str = "") -> list[str]:
    row = dict.fromkeys(HEADER, "")
    row.update({"Internal ID": str(n), "Name": name, "URL name": slug, "Tags": tags})
    row.update({"Notes": notes, "Version": "1", "Created at": "2008-01-01 00:00:00 UTC"})
    return [row[c] for c in HEADER]


def make_csv(extra: int = 0, header: list[str] | None = None) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header or HEADER)
    writer.writerows([
        body_row(1, "Kent County Council", "kent_county_council", "local_council kent"),
        body_row(2, "Leeds Teaching Hospitals NHS Trust", "leeds_th", "nhs nhstrust"),
        body_row(3, "Something Else Entirely", "gmp", "police police_force"),
        body_row(4, "Abolished Quango", "old_quango", "defunct endpb"),
        body_row(5, "Environment Board", "env_board", "eir_only"),
        body_row(6, "Lothian Valuation Joint Board", "lothian_vjb", "vjb"),
        body_row(7, "Quoted, \"Awkward\" Body", "awkward", "other", "<p>Line one,\nline two</p>"),
    ])  # fmt: skip
    for n in range(FILLER + extra):
        writer.writerow(
            body_row(100 + n, f"Example Parish Council {n}", f"epc_{n}", "parish_council")
        )
    return out.getvalue().encode("utf-8")


GOOD = make_csv()
GOOD_ROWS = 7 + FILLER


def serve_good(server: LocalServer, body: bytes = GOOD, etag: str = ETAG) -> None:
    server.serve(
        CSV_PATH,
        Reply(
            body=body,
            headers={"Content-Type": "text/csv; charset=utf-8"},
            etag=etag,
            last_modified=LAST_MODIFIED,
        ),
    )


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def cache_bytes() -> tuple[bytes, bytes]:
    return Path(wdtk.cache_file()).read_bytes(), refresh.meta_file().read_bytes()


def leftovers() -> list[str]:
    folder = Path(wdtk.cache_file()).parent
    return [p.name for p in folder.glob(".download.*")] if folder.exists() else []


# --- success, revalidation -------------------------------------------------------------


def test_refresh_downloads_validates_and_caches(
    wdtk_server: LocalServer, capsys: pytest.CaptureFixture[str]
) -> None:
    serve_good(wdtk_server)
    code, out, err = run_cli(capsys, "authorities", "refresh")
    assert code == 0, err
    assert f"{GOOD_ROWS:,} bodies" in out
    assert Path(wdtk.cache_file()).read_bytes() == GOOD
    meta = json.loads(refresh.meta_file().read_text(encoding="utf-8"))
    assert (meta["etag"], meta["last_modified"], meta["rows"]) == (ETAG, LAST_MODIFIED, GOOD_ROWS)
    assert meta["fetched"].endswith("Z") and meta["url"] == wdtk_server.url + CSV_PATH
    (seen,) = wdtk_server.requests_to(CSV_PATH)
    assert seen.headers["user-agent"] == "foidraft/0.1.0 (+https://github.com/foidraft/foidraft)"
    assert "if-none-match" not in seen.headers
    assert err.strip() == f"foidraft: received {len(GOOD) / 1e6:.1f} MB"  # not a TTY: one line
    assert leftovers() == []


def test_refreshed_bodies_are_searchable_and_bundled_entries_win(
    wdtk_server: LocalServer, capsys: pytest.CaptureFixture[str]
) -> None:
    serve_good(wdtk_server)
    assert run_cli(capsys, "authorities", "refresh")[0] == 0
    d = load_directory()
    kent = d.resolve("Kent County Council")
    assert (kent.id, kent.type, kent.regime) == ("kent_county_council", "council", "FOIA")
    assert d.search("leeds teaching hospitals")[0][0].type == "nhs"
    gmp = d.get("gmp")
    assert gmp is not None and gmp.name == "Greater Manchester Police" and gmp.type == "police"
    assert d.get("old_quango") is None
    assert d.get("env_board").regime == "EIR"  # type: ignore[union-attr]
    vjb = d.get("lothian_vjb")
    assert vjb is not None and (vjb.regime, vjb.nation, vjb.cost_limit) == (
        "FOISA",
        "scotland",
        600,
    )
    assert d.get("awkward").name == 'Quoted, "Awkward" Body'  # type: ignore[union-attr]
    code, out, _ = run_cli(capsys, "authorities", "search", "kent", "county", "council")
    assert code == 0 and out.splitlines()[0].split()[1] == "kent_county_council"


def test_a_second_refresh_revalidates_and_a_304_keeps_the_cache(
    wdtk_server: LocalServer, capsys: pytest.CaptureFixture[str]
) -> None:
    serve_good(wdtk_server)
    assert run_cli(capsys, "authorities", "refresh")[0] == 0
    csv_before = Path(wdtk.cache_file()).read_bytes()
    mtime_before = Path(wdtk.cache_file()).stat().st_mtime_ns
    code, out, _ = run_cli(capsys, "authorities", "refresh")
    assert code == 0 and "has not changed" in out and f"{GOOD_ROWS:,} bodies" in out
    second = wdtk_server.requests_to(CSV_PATH)[1]
    assert second.headers["if-none-match"] == ETAG
    assert second.headers["if-modified-since"] == LAST_MODIFIED
    assert Path(wdtk.cache_file()).read_bytes() == csv_before
    assert Path(wdtk.cache_file()).stat().st_mtime_ns == mtime_before
    meta = json.loads(refresh.meta_file().read_text(encoding="utf-8"))
    assert meta["etag"] == ETAG and meta["rows"] == GOOD_ROWS


def test_a_changed_list_replaces_the_cache(
    wdtk_server: LocalServer, capsys: pytest.CaptureFixture[str]
) -> None:
    serve_good(wdtk_server)
    assert run_cli(capsys, "authorities", "refresh")[0] == 0
    newer = make_csv(extra=5)
    serve_good(wdtk_server, newer, etag='"v2"')
    code, out, _ = run_cli(capsys, "authorities", "refresh")
    assert code == 0 and f"{GOOD_ROWS + 5:,} bodies" in out
    assert wdtk_server.requests_to(CSV_PATH)[1].headers["if-none-match"] == ETAG
    assert Path(wdtk.cache_file()).read_bytes() == newer
    assert json.loads(refresh.meta_file().read_text(encoding="utf-8"))["etag"] == '"v2"'


def test_force_and_a_tampered_copy_skip_the_conditional_request(
    wdtk_server: LocalServer, capsys: pytest.CaptureFixture[str]
) -> None:
    serve_good(wdtk_server)
    assert run_cli(capsys, "authorities", "refresh")[0] == 0
    assert run_cli(capsys, "authorities", "refresh", "--force")[0] == 0
    with Path(wdtk.cache_file()).open("ab") as fh:
        fh.write(b"tampered\n")
    assert run_cli(capsys, "authorities", "refresh")[0] == 0
    _, forced, after_tamper = wdtk_server.requests_to(CSV_PATH)
    assert "if-none-match" not in forced.headers
    assert "if-none-match" not in after_tamper.headers
    assert Path(wdtk.cache_file()).read_bytes() == GOOD


def test_progress_callback_sees_every_byte(wdtk_server: LocalServer) -> None:
    serve_good(wdtk_server)
    calls: list[tuple[int, int | None]] = []
    result = refresh.refresh(progress=lambda done, total: calls.append((done, total)))
    assert result.changed and result.info.rows == GOOD_ROWS
    assert calls and calls[-1] == (len(GOOD), len(GOOD))
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


def test_the_progress_bar_draws_on_a_terminal() -> None:
    from foidraft.cli.authorities import _Bar

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    screen = Terminal()
    bar = _Bar(screen)
    bar(500_000, 2_000_000)
    bar(2_000_000, 2_000_000)
    bar.finish()
    drawn = screen.getvalue()
    assert "\r  [#######                       ] 0.5 MB of 2.0 MB" in drawn
    assert drawn.endswith("[" + "#" * 30 + "] 2.0 MB of 2.0 MB   \n")


# --- failures never touch the cache ------------------------------------------------------

FAILURES = {
    "server error": (Reply(500, b"oops"), "answered 500 Internal Server Error"),
    "not found": (Reply(404, b"gone"), "answered 404 Not Found"),
    "slow": (Reply(body=GOOD, delay=30), "stopped responding"),
    "truncated": (Reply(body=GOOD[:5000], content_length=len(GOOD)), "was cut short"),
    "oversized": (Reply(body=GOOD + GOOD), "larger than the"),
    "oversized, length unknown": (Reply(body=GOOD + GOOD, content_length=-1), "larger than"),
    "error page with 200": (Reply(body=b"<html>Sign in to Wi-Fi</html>"), "lacks the column"),
    "wrong columns": (Reply(body=make_csv(header=["Name", "Tags", *HEADER[5:]])), "lacks"),
    "short row": (Reply(body=GOOD + b"just,three,fields\n"), "has 3 fields, not 12"),
    "bad quoting": (Reply(body=GOOD + b'1,"unterminated\n'), "not well-formed CSV"),
    "not utf-8": (Reply(body=GOOD.replace(b"Kent", b"K\xe9nt")), "not UTF-8"),
    "too few rows": (Reply(body=GOOD[: GOOD.index(b"\n100,")] + b"\n"), "has only 7 bodies"),
    "empty": (Reply(body=b""), "was empty"),
}


@pytest.fixture
def small_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(refresh, "MAX_BYTES", len(GOOD) + 1000)


@pytest.mark.parametrize("case", list(FAILURES))
def test_a_failed_refresh_keeps_the_previous_cache_byte_for_byte(
    case: str,
    wdtk_server: LocalServer,
    small_cap: None,
    capsys: pytest.CaptureFixture[str],
) -> None:
    serve_good(wdtk_server)
    assert run_cli(capsys, "authorities", "refresh")[0] == 0
    before = cache_bytes()
    reply, message = FAILURES[case]
    wdtk_server.serve(CSV_PATH, reply)
    code, out, err = run_cli(capsys, "authorities", "refresh", "--force")
    assert code == 1 and out == ""
    assert message in err
    assert f"still using the list downloaded on {json.loads(before[1])['fetched'][:10]}" in err
    assert f"({GOOD_ROWS:,} bodies)" in err
    assert "Traceback" not in err
    assert cache_bytes() == before
    assert leftovers() == []
    assert load_directory().get("kent_county_council") is not None


@pytest.mark.parametrize("case", ["server error", "truncated", "wrong columns"])
def test_a_failed_first_refresh_falls_back_on_the_bundled_list(
    case: str, wdtk_server: LocalServer, capsys: pytest.CaptureFixture[str]
) -> None:
    wdtk_server.serve(CSV_PATH, FAILURES[case][0])
    code, _, err = run_cli(capsys, "authorities", "refresh")
    assert code == 1 and FAILURES[case][1] in err
    assert f"using the bundled list of {BUNDLED} police forces and commissioners" in err
    assert not Path(wdtk.cache_file()).exists() and not refresh.meta_file().exists()
    assert leftovers() == []
    assert load_directory().resolve("GMP").name == "Greater Manchester Police"


def test_offline_is_a_clear_one_line_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("FOIDRAFT_WDTK_URL", closed_port_url())
    code, _, err = run_cli(capsys, "authorities", "refresh")
    lines = err.splitlines()
    assert code == 1 and lines[0].startswith("foidraft: error: cannot reach 127.0.0.1:")
    assert lines[1].startswith("  hint: check your internet connection")
    assert "bundled list" in lines[2] and len(lines) == 3
    with pytest.raises(NetworkError) as caught:
        refresh.refresh()
    assert caught.value.kind == "offline"


def test_a_bad_base_url_is_reported_not_raised(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("FOIDRAFT_WDTK_URL", "ftp://example.org")
    code, _, err = run_cli(capsys, "authorities", "refresh")
    assert code == 2 and "FOIDRAFT_WDTK_URL is not an http(s) address" in err  # bad usage


def test_an_unwritable_cache_folder_is_a_clear_error(
    wdtk_server: LocalServer, foidraft_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    foidraft_home.mkdir(parents=True)
    (foidraft_home / "cache").write_text("a file where the cache folder should be\n")
    serve_good(wdtk_server)
    code, _, err = run_cli(capsys, "authorities", "refresh")
    assert code == 1 and "foidraft: error: cannot save WhatDoTheyKnow's list" in err
    assert "hint: check the free space and permissions" in err and "Traceback" not in err
    assert "bundled list" in err


def test_an_abandoned_partial_download_is_cleared(wdtk_server: LocalServer) -> None:
    folder = Path(wdtk.cache_file()).parent
    folder.mkdir(parents=True)
    old = folder / ".download.abc.part"
    old.write_bytes(b"half")
    os.utime(old, (1, 1))
    serve_good(wdtk_server)
    refresh.refresh()
    assert leftovers() == []


# --- status ------------------------------------------------------------------------------


def test_status_without_a_cache(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "authorities", "refresh", "--status")
    assert code == 0 and "No WhatDoTheyKnow list is cached" in out and f"{BUNDLED} police" in out
    code, out, _ = run_cli(capsys, "authorities", "refresh", "--status", "--json")
    assert code == 0 and json.loads(out) is None


def test_status_after_a_refresh(
    wdtk_server: LocalServer, capsys: pytest.CaptureFixture[str]
) -> None:
    serve_good(wdtk_server)
    run_cli(capsys, "authorities", "refresh")
    code, out, _ = run_cli(capsys, "authorities", "refresh", "--status")
    assert code == 0
    assert f"bodies:        {GOOD_ROWS:,}" in out and f"ETag:          {ETAG}" in out
    assert "downloaded:" in out and " UTC" in out
    code, out, _ = run_cli(capsys, "authorities", "refresh", "--status", "--json")
    data = json.loads(out)
    assert (data["rows"], data["etag"], data["consistent"]) == (GOOD_ROWS, ETAG, True)
    assert len(wdtk_server.requests_to(CSV_PATH)) == 1  # --status never uses the network


# --- the check path stays offline and import-light ---------------------------------------


def test_check_with_a_refreshed_body_imports_no_network_code(
    wdtk_server: LocalServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    serve_good(wdtk_server)
    assert run_cli(capsys, "authorities", "refresh")[0] == 0
    letter = tmp_path / "letter.txt"
    letter.write_text("Please provide the number of complaints received in 2023.\n", "utf-8")
    code = (
        "import sys, contextlib, io\n"
        "from foidraft.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    rc = main(['check', '--authority', 'Kent County Council', {str(letter)!r}])\n"
        "print(rc)\n"
        "print('\\n'.join(sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=os.environ
    ).stdout.split()
    assert out[0] in ("0", "1")  # ran: findings or none
    loaded = set(out[1:])
    for module in ("httpx", "foidraft.net", "foidraft.authorities.refresh", "foidraft.similar"):
        assert module not in loaded, module
    assert "foidraft.authorities.wdtk" in loaded  # the refreshed list was read
    assert len(wdtk_server.requests_to(CSV_PATH)) == 1
