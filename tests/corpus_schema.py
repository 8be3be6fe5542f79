"""Validate a real-outcome corpus file (JSON lines): ``python -m tests.corpus_schema FILE...``.

Each line is one real request, copied verbatim from where it was published, with how the
authority really answered. The checks: every key present and of the right type, values
from the fixed vocabularies, trigger phrases found in the request, no URL twice, and no
request sent twice to the same authority (the same words may go to several forces: that
is a round robin, and each copy is kept).
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from foidraft.rules.vocabulary import KINDS as RULE_KINDS

AUTHORITY_TYPES = {"police", "council", "nhs", "central_government", "education", "other"}
JURISDICTIONS = {"FOIA", "FOISA", "EIR"}
OUTCOMES = {"clarification", "s12", "ncnd_or_exempt", "not_held", "answered"}
# The rule kinds a published answer can show, plus "other" for exemptions no rule kind names
# (commercial interests and the rest are filed under "other", as is information another
# body holds; a letter's form never shows).
FILED_AS_OTHER = {"format_or_validity", "commercial_interests", "other_exemption", "held_elsewhere"}
KINDS = (set(RULE_KINDS) - FILED_AS_OTHER) | {"other"}
REQUIRED: dict[str, type | tuple[type, ...]] = {
    "id": str,
    "url": str,
    "authority": str,
    "authority_type": str,
    "jurisdiction": str,
    "request": str,
    "outcome": str,
    "partial": bool,
    "authority_reason": str,
    "trigger_phrases": list,
    "trigger_kinds": list,
}
# shared_page: the URL is a thread or a log page that holds several requests (the seed's
# first and refined requests, a council log listing a month's requests); each is a case.
OPTIONAL: dict[str, type | tuple[type, ...]] = {
    "response": str,
    "round_robin": str,
    "shared_page": bool,
}
ID_RE = re.compile(r"[a-z0-9][a-z0-9-]{2,120}")


def normalise_request(text: str) -> str:
    """The request's words, case and spacing folded, for spotting the same request twice."""
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def canonical_url(url: str) -> str:
    """The URL with tracking parameters (utm_*), a trailing slash, a leading "www." and
    WhatDoTheyKnow's Welsh-language path ("/cy/request/...") taken off: pages that differ
    only in their query (TfL's ?referenceId=...) are different pages."""
    from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

    parts = urlsplit(url.strip())
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if not k.startswith("utm_")]  # fmt: skip
    host = parts.netloc.lower().removeprefix("www.")
    path = parts.path.rstrip("/")
    if host == "whatdotheyknow.com" and path.startswith("/cy/"):
        path = path[len("/cy") :]
    return urlunsplit((parts.scheme.lower(), host, path, urlencode(query), ""))


def problems(case: dict[str, Any]) -> list[str]:
    out: list[str] = []
    for key, kind in REQUIRED.items():
        if key not in case:
            out.append(f"missing key {key!r}")
        elif not isinstance(case[key], kind):
            out.append(f"{key!r} should be {kind}")
    for key in case:
        if key not in REQUIRED and key not in OPTIONAL:
            out.append(f"unknown key {key!r}")
    if out:
        return out
    if not ID_RE.fullmatch(case["id"]):
        out.append(f"id {case['id']!r}: lower-case letters, digits and hyphens")
    if not case["url"].startswith(("http://", "https://")):
        out.append("url must be http(s)")
    if case["authority_type"] not in AUTHORITY_TYPES:
        out.append(f"authority_type {case['authority_type']!r} not in {sorted(AUTHORITY_TYPES)}")
    if case["jurisdiction"] not in JURISDICTIONS:
        out.append(f"jurisdiction {case['jurisdiction']!r} not in {sorted(JURISDICTIONS)}")
    if case["outcome"] not in OUTCOMES:
        out.append(f"outcome {case['outcome']!r} not in {sorted(OUTCOMES)}")
    if len(case["request"].strip()) < 20:
        out.append("request is too short to be the requester's words")
    bad_kinds = set(case["trigger_kinds"]) - KINDS
    if bad_kinds:
        out.append(f"unknown trigger kinds {sorted(bad_kinds)}")
    if case["outcome"] == "answered":
        if case["trigger_kinds"] or case["trigger_phrases"]:
            out.append("an answered request has no trigger phrases or kinds")
        if case["partial"]:
            out.append("an answered request is not partial (use the outcome of the part refused)")
    elif not case["trigger_kinds"]:
        out.append("a bounced request needs at least one trigger kind ('other' if none fits)")
    lowered = " ".join(case["request"].lower().split())  # as published, line breaks aside
    for phrase in case["trigger_phrases"]:
        if not isinstance(phrase, str) or " ".join(phrase.lower().split()) not in lowered:
            out.append(f"trigger phrase {phrase!r} is not in the request")
    return out


def validate(lines: Iterable[tuple[str, int, str]]) -> list[str]:
    """Problems as 'file:line: what', over every line of every file given."""
    errors: list[str] = []
    seen_urls: dict[str, str] = {}
    shared: dict[str, bool] = {}  # a URL every case so far marks as a shared page
    seen_ids: dict[str, str] = {}
    seen_requests: dict[tuple[str, str], str] = {}
    for name, number, line in lines:
        where = f"{name}:{number}"
        if not line.strip():
            continue
        try:
            case = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{where}: not JSON ({exc.msg})")
            continue
        if not isinstance(case, dict):
            errors.append(f"{where}: not a JSON object")
            continue
        found = problems(case)
        errors.extend(f"{where}: {p}" for p in found)
        if found:
            continue
        url = canonical_url(case["url"])
        if url in seen_urls and not (case.get("shared_page") and shared.get(url)):
            errors.append(f"{where}: duplicate url, first at {seen_urls[url]}")
        seen_urls.setdefault(url, where)
        shared[url] = bool(case.get("shared_page")) and shared.get(url, True)
        if case["id"] in seen_ids:
            errors.append(f"{where}: duplicate id, first at {seen_ids[case['id']]}")
        seen_ids[case["id"]] = where
        request_key = (case["authority"].lower(), normalise_request(case["request"]))
        if request_key in seen_requests:
            errors.append(
                f"{where}: the same request to the same authority as {seen_requests[request_key]}"
            )
        seen_requests.setdefault(request_key, where)
    return errors


def _lines(paths: list[Path]) -> Iterable[tuple[str, int, str]]:
    for path in paths:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            yield str(path), number, line


def main(argv: list[str]) -> int:
    if not argv:
        print("usage: python -m tests.corpus_schema FILE [FILE...]", file=sys.stderr)
        return 2
    errors = validate(_lines([Path(a) for a in argv]))
    for error in errors:
        print(error)
    print(f"{len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
