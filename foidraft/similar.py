"""Earlier requests to the same authority with a similar title, from WhatDoTheyKnow.

If someone has already asked, their published answer may save a request. This is
opt-in and uses the network (foidraft.net): nothing calls it on the ``check`` path.

Where the answers come from. Alaveteli has no JSON search API as such: ``search_ahead``
renders HTML, and the search pages have no JSON view. Every Atom feed has a JSON twin
(TrackController#atom_feed_internal), including search feeds, so the lookup is
``GET /feed/search/<query>.json``: up to 25 matching InfoRequestEvents, newest first, each
carrying its request (``info_request``: title, url_title, created_at, described_state,
display_status) and body (``public_body.url_name``). The query is Xapian syntax:
``requested_from:<url_name> variety:sent`` keeps the initial requests to this body (the
terms TrackThing and InfoRequestEvent's index use), then the title's words, first all of
them, then, if that finds little, any of them (``OR``). The candidates are ranked here by
rapidfuzz's ``token_set_ratio`` on titles and weak ones dropped.

Answers are cached for a day under ``cache_dir()/similar``; when the network fails an
older cached answer is used and marked stale.

Everything in a result came from the network: it is plain data, never markup or
instructions. Titles are stripped of control characters here; the app must still show
them as Text (or escape them), never as markup.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import re
import urllib.parse
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from foidraft.authorities.wdtk import clean
from foidraft.errors import FoidraftError
from foidraft.text.jsonsafe import loads

TYPE_CHECKING = False
if TYPE_CHECKING:
    import httpx

    from foidraft.authorities.model import Authority

TTL = dt.timedelta(days=1)
MAX_BYTES = 5_000_000
MIN_SCORE = 60.0
MAX_WORDS = 8
MAX_TITLE = 300
# Words that say nothing about what was asked for. Lower-case, so Xapian never reads one
# as an operator (its AND, OR, NOT and NEAR are upper-case).
_STOP = (
    "a an and any are as at be by for from in into is it of on or per the their this to "
    "was were what when where which who with all how many much number numbers not near "
    "xor adj request requests information info foi freedom please details regarding re "
    "about copy copies provide held"
)
STOPWORDS = frozenset(_STOP.split())
_WORD = re.compile(r"[^\W_]+")
_SLUG = re.compile(r"[A-Za-z0-9_-]+")
_STATE = re.compile(r"[a-z_]+")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_FIELDS = ("title", "url", "status", "status_text", "date")  # a cached candidate


@dataclass(frozen=True)
class SimilarRequest:
    title: str
    url: str
    status: str  # Alaveteli's described_state, e.g. "successful", "not_held"
    status_text: str  # WhatDoTheyKnow's wording for it, e.g. "Successful."
    date: str  # YYYY-MM-DD the request was made
    score: float  # title similarity, 0-100


@dataclass(frozen=True)
class SimilarResult:
    requests: list[SimilarRequest]
    fetched: str  # when WhatDoTheyKnow was asked (ISO 8601 UTC)
    from_cache: bool
    stale: bool  # the network failed; this is an older cached answer
    problem: str = ""  # why the network failed, when stale


def find_similar(title: str, authority: Authority, *, limit: int = 5) -> list[SimilarRequest]:
    """Earlier requests to ``authority`` whose titles are like ``title``, best first."""
    return lookup_similar(title, authority, limit=limit).requests


def lookup_similar(
    title: str,
    authority: Authority,
    *,
    limit: int = 5,
    client: httpx.Client | None = None,
    use_cache: bool = True,
) -> SimilarResult:
    """As :func:`find_similar`, saying where the answer came from. NetworkError when
    WhatDoTheyKnow cannot be asked and nothing is cached."""
    from foidraft import net

    slug = authority.wdtk_slug
    if not slug or not _SLUG.fullmatch(slug):
        raise FoidraftError(
            f"{authority.name} has no WhatDoTheyKnow page to search",
            hint="pick another authority, or search whatdotheyknow.com yourself",
        )
    words = search_words(title)
    if not words:
        raise FoidraftError(f"{title!r} has no words to search for", hint="give a fuller title")
    base = net.wdtk_base_url()
    cache = _cache_path(base, slug, words)
    cached = _read_cache(cache)
    now = dt.datetime.now(dt.UTC)
    if use_cache and cached is not None and now - cached[0] < TTL:
        return _result(title, cached[1], limit, cached[0], from_cache=True)
    try:
        candidates = _fetch(client, slug, words, want=limit * 3)
    except net.NetworkError as exc:
        if cached is None:
            raise
        return _result(title, cached[1], limit, cached[0], from_cache=True, problem=str(exc))
    _write_cache(cache, now, candidates)
    return _result(title, candidates, limit, now, from_cache=False)


def search_words(title: str) -> list[str]:
    """The title's distinctive words, lower-case, in order, at most MAX_WORDS."""
    out: list[str] = []
    for word in _WORD.findall(title.lower()):
        if word not in STOPWORDS and (len(word) > 1 or word.isdigit()) and word not in out:
            out.append(word)
    return out[:MAX_WORDS]


def queries(slug: str, words: list[str]) -> list[str]:
    """Xapian queries for the feed, most precise first."""
    scope = f"requested_from:{slug} variety:sent"
    found = [f"{scope} {' '.join(words)}"]
    if len(words) > 1:
        found.append(f"{scope} ({' OR '.join(words)})")
    return found


def rank(title: str, candidates: list[dict[str, str]], limit: int) -> list[SimilarRequest]:
    """The candidates scored against ``title`` (token_set_ratio on their distinctive
    words), weak ones dropped, best first. token_set_ratio gives 100 whenever one title's
    words include the other's, so ties go to the closer wording overall, then the newer."""
    from rapidfuzz import fuzz

    mine = " ".join(search_words(title))
    scored: list[tuple[float, float, SimilarRequest]] = []
    for c in candidates:
        theirs = " ".join(search_words(c["title"]))
        if not mine or not theirs:
            continue
        score = fuzz.token_set_ratio(mine, theirs)
        if score >= MIN_SCORE:
            found = SimilarRequest(
                c["title"], c["url"], c["status"], c["status_text"], c["date"], round(score, 1)
            )
            scored.append((score, fuzz.token_sort_ratio(mine, theirs), found))
    scored.sort(key=lambda s: (-s[0], -s[1], _neg_date(s[2].date), s[2].url))
    return [found for _, _, found in scored[:limit]]


def parse_feed(data: object, slug: str, base: str) -> list[dict[str, str]]:
    """Requests from a search feed's JSON: events reduced to one entry per request to
    ``slug``; anything malformed is skipped, and a reply that is not a list is an error."""
    from foidraft.net import NetworkError

    if not isinstance(data, list):
        raise NetworkError("bad_reply", "WhatDoTheyKnow's search did not send a list")
    out: dict[str, dict[str, str]] = {}
    for event in data:
        if not isinstance(event, dict):
            continue
        request, body = event.get("info_request"), event.get("public_body")
        if not isinstance(request, dict):
            continue
        if isinstance(body, dict) and body.get("url_name") not in (None, slug):
            continue  # the query asked for this body only; be sure
        url_title = request.get("url_title")
        title = clean(str(request.get("title") or ""))[:MAX_TITLE]
        if not isinstance(url_title, str) or not _SLUG.fullmatch(url_title) or not title:
            continue
        state = str(request.get("described_state") or "")
        created = str(request.get("created_at") or "")[:10]
        out.setdefault(
            url_title,
            {
                "title": title,
                "url": f"{base}/request/{url_title}",
                "status": state if _STATE.fullmatch(state) else "",
                "status_text": clean(str(request.get("display_status") or ""))[:80],
                "date": created if _DATE.fullmatch(created) else "",
            },
        )
    return list(out.values())


# -- network and cache -----------------------------------------------------------------


def _fetch(
    client: httpx.Client | None, slug: str, words: list[str], want: int
) -> list[dict[str, str]]:
    from foidraft import net
    from foidraft.net import timing

    own = client is None
    client = client or net.make_client()
    try:
        base = str(client.base_url).rstrip("/")
        found: dict[str, dict[str, str]] = {}
        with net.deadline(timing.SEARCH_DEADLINE):  # one deadline for the whole search
            for query in queries(slug, words):
                path = "/feed/search/" + urllib.parse.quote(query, safe="") + ".json"
                data = net.get_json(
                    client, path, max_bytes=MAX_BYTES, what="WhatDoTheyKnow's search results"
                )
                for c in parse_feed(data, slug, base):
                    found.setdefault(c["url"], c)
                if len(found) >= want:
                    break
        return list(found.values())
    finally:
        if own:
            client.close()


def _result(
    title: str,
    candidates: list[dict[str, str]],
    limit: int,
    fetched: dt.datetime,
    *,
    from_cache: bool,
    problem: str = "",
) -> SimilarResult:
    return SimilarResult(
        requests=rank(title, candidates, limit),
        fetched=fetched.strftime("%Y-%m-%dT%H:%M:%SZ"),
        from_cache=from_cache,
        stale=bool(problem),
        problem=problem,
    )


def _cache_path(base: str, slug: str, words: list[str]) -> Path:
    from foidraft import paths

    key = hashlib.sha256("\n".join([base, slug, *words]).encode("utf-8")).hexdigest()[:32]
    return Path(paths.cache_dir()) / "similar" / f"{key}.json"


def _read_cache(path: Path) -> tuple[dt.datetime, list[dict[str, str]]] | None:
    try:
        data: Any = loads(path.read_text(encoding="utf-8"))
        fetched = dt.datetime.fromisoformat(data["fetched"])
        items = [{k: str(c[k]) for k in _FIELDS} for c in data["candidates"]]
    except (OSError, ValueError, KeyError, TypeError):
        return None  # no cache, or one foidraft cannot read: ask again
    return (fetched, items) if fetched.tzinfo is not None else None


def _write_cache(path: Path, when: dt.datetime, candidates: list[dict[str, str]]) -> None:
    from foidraft.atomic import atomic_write_text

    data = {"version": 1, "fetched": when.isoformat(), "candidates": candidates}
    with contextlib.suppress(OSError):  # an unwritable cache only costs a later lookup
        atomic_write_text(str(path), json.dumps(data, ensure_ascii=False) + "\n")
    _prune(path.parent, when)


def _prune(folder: Path, now: dt.datetime) -> None:
    """Answers a week old are never used again, even as a fallback."""
    cutoff = (now - 7 * TTL).timestamp()
    with contextlib.suppress(OSError):
        for old in folder.glob("*.json"):
            if old.stat().st_mtime < cutoff:
                old.unlink()


def _neg_date(date: str) -> str:
    # Newest first within equal scores: invert the digits so an ascending sort works.
    return date.translate(str.maketrans("0123456789", "9876543210"))
