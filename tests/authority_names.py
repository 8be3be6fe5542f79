"""Names of bodies as requesters, WhatDoTheyKnow and disclosure logs write them, resolved as
``foidraft check --authority NAME`` resolves them: which land on a body of another type,
nation or law than the one meant.

    python -m tests.authority_names          # counts, then each suspect name once

Names come from the ``authority`` field of the stored cases (never their requests), the
research list of police bodies, and ``tests/data/authority_names.txt`` (names as written on
WhatDoTheyKnow body pages and in logs, each with what it means). A name is suspect when:
- its case records another type of body or another law than it resolves to ("police"
  against anything else, FOIA against FOISA: the advice changes);
- it resolves to a listed body of another type or nation than its own words say, and
  nothing explains why (a note naming the successor does);
- it is read from its words when a listed body of the same kind has every word of it
  ("Cumbria Police and Crime Commissioner", the Cumbria Police, Fire and Crime
  Commissioner) or once the forms logs add ("Chief Constable of", "(FOI)") are taken off.
"""

from __future__ import annotations

import csv
import json
import os
import tempfile
from collections import Counter
from pathlib import Path

DATA = Path(__file__).parent / "data"
SOURCES = [DATA / "dev.jsonl", DATA / "outcomes.jsonl", DATA / "replies.jsonl"]
RESEARCH = Path(__file__).parents[1].parent / "shared" / "research" / "police_forces.csv"
LISTED = DATA / "authority_names.txt"


def gathered() -> dict[str, set[tuple[str, str]]]:
    """Each name with the (type, law) its cases record ("" when a case records none)."""
    names: dict[str, set[tuple[str, str]]] = {}
    for path in [*SOURCES, *sorted((DATA / "collect").glob("*.jsonl"))]:
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            case = json.loads(line)
            name = case.get("authority")
            if name:
                law = case.get("jurisdiction") or case.get("regime") or ""
                names.setdefault(name, set()).add((case.get("authority_type") or "", law))
    for research in (RESEARCH, Path("/work/shared/research/police_forces.csv")):
        if research.exists():
            with research.open(newline="", encoding="utf-8") as fh:
                for row in csv.DictReader(fh):
                    names.setdefault(row["name"], set())
            break
    if LISTED.exists():
        for line in LISTED.read_text(encoding="utf-8").splitlines():
            name, _, meant = line.partition("|")
            if name.strip() and not name.startswith("#"):
                kind, _, law = meant.strip().partition(" ")
                names.setdefault(name.strip(), set()).add((kind, law.strip()))
    return names


def suspects(names: dict[str, set[tuple[str, str]]]) -> tuple[Counter[str], list[str]]:
    from foidraft.authorities.directory import load_directory
    from foidraft.authorities.infer import infer_nation, infer_type, resolve_any
    from foidraft.authorities.search import names_every_word
    from foidraft.errors import FoidraftError
    from foidraft.rules.model import POLICE_TYPES as POLICE  # what police advice goes to

    directory = load_directory()
    counts: Counter[str] = Counter()
    lines: list[str] = []
    for name in sorted(names):
        counts["names"] += 1
        try:
            body, note = resolve_any(name, directory=directory)
        except FoidraftError as err:
            counts["refused"] += 1
            lines.append(f"refused    {name!r}: {err}")
            continue
        read = "inferred" in body.tags
        counts["read from words" if read else "listed"] += 1
        got = f"{body.id} ({body.type}, {body.nation}, {body.regime})"
        why = []
        for kind, law in names[name]:
            if kind and (kind in POLICE) != (body.type in POLICE):
                why.append(f"recorded {kind}")
            if law in ("FOIA", "FOISA") and body.regime in ("FOIA", "FOISA") and law != body.regime:
                why.append(f"recorded {law}")
        kind, nation = infer_type(name), infer_nation(name)
        if not read and note is None and not directory.exact(name):  # a near match
            if kind not in ("other", body.type) and body.type != "other":
                why.append(f"its words say {kind}")
            if nation != "england" and body.nation not in (nation, "uk"):
                why.append(f"its words say {nation}")
            elif (
                nation == "england"
                and body.nation in ("scotland", "northern_ireland")
                and not names_every_word(name, body)
            ):
                why.append("its words name no Scottish or Northern Irish place")
        if read:
            near = [a for a in directory.spelt_like(name) if a.type == kind]
            near += [b for form in _forms(name) for b in directory.exact(form)]
            if near:
                why.append(f"a listed body fits: {near[0].id}")
        if why:
            counts["suspect"] += 1
            lines.append(f"suspect    {name!r} -> {got}: {'; '.join(sorted(set(why)))}")
        elif note and not read:
            lines.append(f"explained  {name!r} -> {got}: {note}")
    return counts, lines


def _forms(name: str) -> list[str]:
    try:  # absent before foidraft read these forms: then the check is skipped
        from foidraft.authorities.forms import plain_forms
    except ImportError:
        return []
    return plain_forms(name)


def main() -> None:
    with tempfile.TemporaryDirectory() as home:
        os.environ["FOIDRAFT_HOME"] = home  # the bundled list only, as a new user has it
        counts, lines = suspects(gathered())
    print(", ".join(f"{k}: {v}" for k, v in counts.items()))
    for line in lines:
        print(line)


if __name__ == "__main__":
    main()
