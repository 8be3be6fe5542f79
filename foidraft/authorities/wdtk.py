"""WhatDoTheyKnow's list of every body it knows (tens of thousands), when a copy is cached.

The download is not written yet; when it is, it should save WhatDoTheyKnow's
``all-authorities.csv`` (columns ``Name, Short name, URL name, Tags, Home page,
Publication scheme, Disclosure log, Notes, ...``) as :func:`cache_file` and call
``directory.clear_cache()``. The directory then reads it lazily, only when a look-up needs
more than the bundled police list, and bundled entries always win over these rows.

What WhatDoTheyKnow does not say (regime, nation, cost limit) gets a cautious default and
a note that says so.
"""

from __future__ import annotations

import csv
import os

from foidraft import paths
from foidraft.authorities.model import Authority

CACHE_NAME = "wdtk-all-authorities.csv"
NOTE = (
    "From WhatDoTheyKnow's list: the law, nation and cost limit shown are defaults, not "
    "checked for this body."
)
NOT_FOI_NOTE = "WhatDoTheyKnow marks this body as not subject to FOI."
# Alaveteli tags: bodies no longer running, and bodies FOI does not (or no longer) apply to.
SKIP_TAGS = frozenset({"defunct"})
NOT_FOI_TAGS = frozenset({"foi_no", "not_apply"})
SCOTTISH_TAGS = frozenset({"scotland", "scottish", "foisa"})


def cache_file() -> str:
    return os.path.join(paths.cache_dir(), CACHE_NAME)  # noqa: PTH118


def state_key() -> tuple[str, int]:
    path = cache_file()
    try:
        return (path, os.stat(path).st_mtime_ns)  # noqa: PTH116
    except OSError:
        return (path, -1)


def read_wdtk_csv(path: str) -> list[Authority]:
    """Authorities from a WhatDoTheyKnow ``all-authorities.csv``; unreadable rows are skipped
    (the list is a cache, and a bad row must not stop ``foidraft check``)."""
    try:
        with open(path, newline="", encoding="utf-8") as fh:
            return [a for a in map(_from_row, csv.DictReader(fh)) if a is not None]
    except (OSError, UnicodeDecodeError, csv.Error):
        return []


def _from_row(row: dict[str, str]) -> Authority | None:
    slug = (row.get("URL name") or "").strip()
    name = (row.get("Name") or "").strip()
    tags = tuple((row.get("Tags") or "").split())
    bare = {tag.split(":", 1)[0].lower() for tag in tags}
    if not slug or not name or bare & SKIP_TAGS:
        return None
    scottish = bool(bare & SCOTTISH_TAGS)
    regime = "" if bare & NOT_FOI_TAGS else ("FOISA" if scottish else "FOIA")
    short = (row.get("Short name") or "").strip()
    return Authority(
        id=slug,
        name=name,
        short_name=short,
        aliases=(short,) if short else (),
        type="other",
        nation="scotland" if scottish else "uk",
        regime=regime,
        cost_limit=600 if scottish else 450,
        hourly_rate=15 if scottish else 25,
        wdtk_slug=slug,
        home_page=(row.get("Home page") or "").strip(),
        disclosure_log=(row.get("Disclosure log") or "").strip(),
        tags=("wdtk", *tags),
        notes=NOTE if regime else NOT_FOI_NOTE,
    )
