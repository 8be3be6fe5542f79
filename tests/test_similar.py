"""Similar earlier requests (`foidraft similar`) against a real HTTP server on 127.0.0.1
that answers like WhatDoTheyKnow's search feed JSON (/feed/search/<query>.json)."""

from __future__ import annotations

import datetime as dt
import json
import urllib.parse
from collections.abc import Sequence
from pathlib import Path

import pytest

from foidraft import paths, similar
from foidraft.authorities.directory import load_directory
from foidraft.authorities.model import Authority
from foidraft.cli import main
from foidraft.drafts import DraftStore
from foidraft.errors import FoidraftError
from foidraft.net import NetworkError
from foidraft.similar import SimilarRequest, find_similar, lookup_similar
from tests.http_fixtures import LocalServer, Reply, Seen, local_server, wdtk_server

__all__ = ["local_server", "wdtk_server"]  # fixtures used by name below

FEED = "/feed/search/"
SCOPE = "requested_from:gmp variety:sent"


def event(
    url_title: str, title: str, *, body: str = "gmp", state: str = "successful"
) -> dict[str, object]:
    """One InfoRequestEvent as InfoRequestEvent#json_for_api(true) renders it."""
    return {
        "id": 1,
        "event_type": "sent",
        "created_at": "2021-03-04T10:00:00.000+00:00",
        "described_state": None,
        "snippet": "...",
        "info_request": {
            "id": 7,
            "url_title": url_title,
            "title": title,
            "created_at": "2021-03-04T10:00:00.000+00:00",
            "described_state": state,
            "display_status": state.replace("_", " ").capitalize() + ".",
        },
        "public_body": {"url_name": body, "name": "Greater Manchester Police"},
        "user": {"url_name": "someone"},
    }


ANY_WORD: list[object] = [
    event("knife_crime_statistics_2020", "Knife crime statistics 2020"),
    event("knife_crime_statistics_2020", "Knife crime statistics 2020"),  # a later event
    event("knife_crime_figures", "Knife crime figures 2018-2020", state="partially_successful"),
    event("parking_fines_stockport", "Parking fines in Stockport 2020", state="not_held"),
    event("elsewhere_knife_crime", "Knife crime 2020", body="west_midlands_police"),
    event("bad slug!", "Knife crime 2020"),
    {"info_request": "not an object"},
    "not an event",
    event("marked_up", "[b]Knife[/b] crime\x1b[31m 2020\x07"),
]


def feed_query(seen: Seen) -> str:
    raw = seen.path.split("?", 1)[0][len(FEED) :]
    assert raw.endswith(".json")
    return urllib.parse.unquote(raw[: -len(".json")])


def serve_feed(server: LocalServer, *, all_words: Sequence[object] = ()) -> None:
    """AND queries find ``all_words`` (default: nothing), OR queries find ANY_WORD."""

    def reply(seen: Seen) -> Reply:
        events = ANY_WORD if " OR " in feed_query(seen) else list(all_words)
        return Reply(body=json.dumps(events).encode(), headers={"Content-Type": "application/json"})

    server.serve_prefix(FEED, reply)


def gmp() -> Authority:
    return load_directory().resolve("gmp")


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_find_similar_queries_the_body_and_ranks_by_title(wdtk_server: LocalServer) -> None:
    serve_feed(wdtk_server)
    found = find_similar("Knife crime in 2020, please", gmp())
    queries = [feed_query(s) for s in wdtk_server.seen]
    assert queries == [f"{SCOPE} knife crime 2020", f"{SCOPE} (knife OR crime OR 2020)"]
    assert all(s.headers["accept"] == "application/json" for s in wdtk_server.seen)
    assert [r.url for r in found] == [
        f"{wdtk_server.url}/request/marked_up",
        f"{wdtk_server.url}/request/knife_crime_statistics_2020",
        f"{wdtk_server.url}/request/knife_crime_figures",
    ]
    best = found[1]
    assert best == SimilarRequest(
        title="Knife crime statistics 2020",
        url=f"{wdtk_server.url}/request/knife_crime_statistics_2020",
        status="successful",
        status_text="Successful.",
        date="2021-03-04",
        score=100.0,
    )
    # All three contain every word asked for (token_set_ratio 100); the closest wording
    # comes first.
    assert found[2].status == "partially_successful" and found[2].score == 100.0
    assert "parking_fines_stockport" not in {r.url.rsplit("/", 1)[1] for r in found}


def test_network_text_is_plain_data(wdtk_server: LocalServer) -> None:
    serve_feed(wdtk_server)
    (marked,) = [r for r in find_similar("knife crime 2020", gmp()) if "marked" in r.url]
    assert marked.title == "[b]Knife[/b] crime [31m 2020"  # no ESC or BEL; brackets kept as text
    assert not any(ord(ch) < 32 for ch in marked.title)


def test_a_precise_query_that_finds_enough_is_not_widened(wdtk_server: LocalServer) -> None:
    many = [event(f"knife_crime_{n}", f"Knife crime 2020 part {n}") for n in range(20)]
    serve_feed(wdtk_server, all_words=many)
    found = find_similar("knife crime 2020", gmp(), limit=3)
    assert len(wdtk_server.seen) == 1 and " OR " not in feed_query(wdtk_server.seen[0])
    assert len(found) == 3 and all(r.score == 100.0 for r in found)


def test_results_are_cached_for_a_day(wdtk_server: LocalServer) -> None:
    serve_feed(wdtk_server)
    first = lookup_similar("knife crime 2020", gmp())
    assert not first.from_cache and len(wdtk_server.seen) == 2
    again = lookup_similar("Knife crime, 2020", gmp())  # the same words
    assert again.from_cache and not again.stale and again.requests == first.requests
    assert len(wdtk_server.seen) == 2
    (cached,) = (Path(paths.cache_dir()) / "similar").glob("*.json")
    data = json.loads(cached.read_text(encoding="utf-8"))
    data["fetched"] = (dt.datetime.now(dt.UTC) - dt.timedelta(days=2)).isoformat()
    cached.write_text(json.dumps(data), encoding="utf-8")
    fresh = lookup_similar("knife crime 2020", gmp())
    assert not fresh.from_cache and len(wdtk_server.seen) == 4


def test_a_failed_lookup_falls_back_on_an_older_answer(wdtk_server: LocalServer) -> None:
    serve_feed(wdtk_server)
    first = lookup_similar("knife crime 2020", gmp())
    wdtk_server.serve_prefix(FEED, lambda seen: Reply(503, b"busy"))
    stale = lookup_similar("knife crime 2020", gmp(), use_cache=False)
    assert stale.stale and stale.from_cache and stale.requests == first.requests
    assert "answered 503 Service Unavailable" in stale.problem


@pytest.mark.parametrize(
    ("reply", "kind", "message"),
    [
        (Reply(500, b"oops"), "status", "answered 500"),
        (Reply(body=b"<html>not json</html>"), "bad_reply", "not JSON"),
        (Reply(body=b'{"not": "a list"}'), "bad_reply", "did not send a list"),
        (Reply(body=b"[]", delay=30), "timeout", "stopped responding"),
        (Reply(body=b"[" * 100, content_length=500), "truncated", "cut short"),
        (Reply(body=b"[" + b"0," * 3_000_000 + b"0]"), "too_large", "larger than"),
    ],
)
def test_failures_without_a_cache_are_network_errors(
    wdtk_server: LocalServer, reply: Reply, kind: str, message: str
) -> None:
    wdtk_server.serve_prefix(FEED, lambda seen: reply)
    with pytest.raises(NetworkError) as caught:
        lookup_similar("knife crime 2020", gmp())
    assert caught.value.kind == kind and message in caught.value.message
    assert not (Path(paths.cache_dir()) / "similar").exists()


def test_a_body_without_a_wdtk_page_or_a_title_without_words_is_refused() -> None:
    spa = load_directory().resolve("Scottish Police Authority", foi_only=False)
    with pytest.raises(FoidraftError, match="has no WhatDoTheyKnow page"):
        find_similar("knife crime", spa)
    with pytest.raises(FoidraftError, match="no words to search for"):
        find_similar("the request for information", gmp())


def test_search_words_drop_filler_and_operators() -> None:
    assert similar.search_words("Please provide the NUMBER of stop AND search OR NOT") == [
        "stop",
        "search",
    ]
    assert similar.search_words("Knife crime: 2019/20 & 2020-21 (knife)") == [
        "knife",
        "crime",
        "2019",
        "20",
        "2020",
        "21",
    ]


def test_importing_the_network_modules_does_not_import_httpx() -> None:
    import subprocess
    import sys

    code = (
        "import sys, foidraft.net, foidraft.similar, foidraft.authorities.refresh, "
        "foidraft.cli.similar, foidraft.cli.authorities\n"
        "print('httpx' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# --- CLI ---------------------------------------------------------------------------------


def test_cli_with_a_title_and_authority(
    wdtk_server: LocalServer, capsys: pytest.CaptureFixture[str]
) -> None:
    serve_feed(wdtk_server)
    code, out, _ = run_cli(capsys, "similar", "Knife crime 2020", "--authority", "GMP")
    assert code == 0
    assert out.splitlines()[0] == (
        "Earlier requests to Greater Manchester Police on WhatDoTheyKnow like 'Knife crime 2020':"
    )
    assert f"{wdtk_server.url}/request/knife_crime_statistics_2020" in out
    code, out, _ = run_cli(capsys, "similar", "Knife crime 2020", "--authority", "gmp", "--json")
    data = json.loads(out)
    assert (data["authority"], data["from_cache"], data["stale"]) == ("gmp", True, False)
    assert data["requests"][1]["status"] == "successful"


def test_cli_with_a_draft(wdtk_server: LocalServer, capsys: pytest.CaptureFixture[str]) -> None:
    serve_feed(wdtk_server)
    draft = DraftStore().create("Knife crime 2020", "Dear GMP,", authority="gmp")
    code, out, _ = run_cli(capsys, "similar", draft.name, "--json")
    assert code == 0 and json.loads(out)["title"] == "Knife crime 2020"
    assert feed_query(wdtk_server.seen[0]) == f"{SCOPE} knife crime 2020"


def test_cli_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_cli(capsys, "similar", "Knife crime 2020")
    assert code == 2 and "name the authority" in err
    draft = DraftStore().create("Stop and search 2023", "Dear Sir,")
    code, _, err = run_cli(capsys, "similar", draft.name)
    assert code == 2 and "has no authority" in err


def test_cli_network_failure_exits_1(
    wdtk_server: LocalServer, capsys: pytest.CaptureFixture[str]
) -> None:
    wdtk_server.serve_prefix(FEED, lambda seen: Reply(500, b"oops"))
    code, out, err = run_cli(capsys, "similar", "Knife crime", "--authority", "gmp")
    assert code == 1 and out == ""
    assert err.splitlines()[0].startswith("foidraft: error: 127.0.0.1:")
    assert "answered 500 Internal Server Error" in err and "Traceback" not in err
