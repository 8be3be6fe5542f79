"""Validate a corpus of real replies (JSON lines): ``python -m tests.replies_schema FILE...``."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

KINDS = {
    "acknowledgement",
    "clarification_request",
    "extension",
    "answered",
    "partly_answered",
    "refused_cost",
    "refused_exempt",
    "ncnd",
    "not_held",
    "already_published",
    "future_publication",
    "vexatious_or_repeated",
    "fees_notice",
    "review_outcome",
}
REGIMES = {"FOIA", "FOISA", "EIR"}
REQUIRED = {
    "id": str,
    "url": str,
    "authority": str,
    "regime": str,
    "text": str,
    "kind": str,
    "ncnd": bool,
    "sections": list,
}
OPTIONAL = {"request": str, "questions": dict, "dates": list, "notes": str}
SECTION_RE = re.compile(
    r"s\d{1,2}[A-Z]?(\(\d+[A-Z]?\))?(\([a-z]{1,4}\))?(\((i|ii|iii|iv|v|vi)\))?"
    r"|FOISA s\d{1,2}[A-Z]?(\(\d+[A-Z]?\))?(\([a-z]{1,4}\))?(\((i|ii|iii|iv|v|vi)\))?"
    r"|EIR (12|13|14)(\(\d\)(\([a-k]\))?)?"
    r"|EIR (6|10|11)(\(\d\)(\([a-k]\))?)?"  # the Environmental Information (Scotland) Regulations
)
DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")


def problems(reply: dict[str, Any]) -> list[str]:
    out = [f"missing key {k!r}" for k in REQUIRED if k not in reply]
    out += [f"unknown key {k!r}" for k in reply if k not in REQUIRED and k not in OPTIONAL]
    for key, kind in {**REQUIRED, **OPTIONAL}.items():
        if key in reply and not isinstance(reply[key], kind):
            out.append(f"{key!r} should be {kind.__name__}")
    if out:
        return out
    if reply["kind"] not in KINDS:
        out.append(f"kind {reply['kind']!r} not in {sorted(KINDS)}")
    if reply["regime"] not in REGIMES:
        out.append(f"regime {reply['regime']!r} not in {sorted(REGIMES)}")
    if len(reply["text"].strip()) < 40:
        out.append("text too short to be a reply")
    for section in reply["sections"]:
        if not isinstance(section, str) or not SECTION_RE.fullmatch(section):
            out.append(
                f"section {section!r} is not normalised (s31(1)(a), FOISA s17, EIR 12(4)(b))"
            )
    for section in reply.get("questions", {}):
        if section not in reply["sections"]:
            out.append(f"questions names {section!r}, which is not in sections")
    for date in reply.get("dates", []):
        if not isinstance(date, str) or not DATE_RE.fullmatch(date):
            out.append(f"date {date!r} is not YYYY-MM-DD")
    return out


def main(argv: list[str]) -> int:
    errors: list[str] = []
    seen: dict[str, str] = {}
    for name in argv:
        for number, line in enumerate(Path(name).read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            where = f"{name}:{number}"
            try:
                reply = json.loads(line)
            except json.JSONDecodeError as exc:
                errors.append(f"{where}: not JSON ({exc.msg})")
                continue
            errors += [f"{where}: {p}" for p in problems(reply)]
            key = str(reply.get("id"))
            if key in seen:
                errors.append(f"{where}: duplicate id, first at {seen[key]}")
            seen[key] = where
    for error in errors:
        print(error)
    print(f"{len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
