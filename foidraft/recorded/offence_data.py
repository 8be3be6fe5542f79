"""What the offence model is made of: offences, flags and topics as plain immutable objects
(built by foidraft.recorded.offences_schema, used by foidraft.recorded.offences)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

FORMAT_VERSION = 1
CODE_RE = re.compile(r"^\d{1,3}(?:\.\d{1,2})?[A-Z]?(?:/\d{1,2})?$")
ALL = "all"
SCOTTISH_PREFIX = "scot:"


@dataclass(frozen=True, slots=True)
class Offence:
    code: str
    name: str
    group: str
    words: tuple[str, ...] = ()
    statute: str = ""
    note: str = ""
    parent: str = ""


@dataclass(frozen=True, slots=True)
class Flag:
    id: str
    name: str
    hint: str
    text: str
    short: str
    words: tuple[str, ...]
    on: tuple[str, ...] = ()
    also: tuple[str, ...] = ()
    strands: tuple[tuple[str, str], ...] = ()
    scotland: dict[str, Any] = field(default_factory=dict)
    ni_strands: tuple[tuple[str, str], ...] = ()  # the PSNI's, where they differ


@dataclass(frozen=True, slots=True)
class Topic:
    id: str
    name: str
    words: tuple[str, ...]
    offences: tuple[str, ...]
    flags: tuple[str, ...] = ()
    only_flagged: bool = False


@dataclass(frozen=True, slots=True)
class Suggestion:
    """What a requester's own words map to: codes (or "all"), flags, and whether only the
    flagged crimes are wanted; ``topics`` names what matched."""

    offences: tuple[str, ...] = ()
    flags: tuple[str, ...] = ()
    only_flagged: bool = False
    topics: tuple[str, ...] = ()
