"""The letter as it is sent: no draft header, no foidraft markers; and the part of it that
goes between WhatDoTheyKnow's own greeting and sign-off."""

from __future__ import annotations

import re

from foidraft.text.header import split_header
from foidraft.text.markers import find_markers
from foidraft.text.signoff import SIGN_OFF_RE

SALUTATION_RE = re.compile(r"\A\s*Dear\b[^\n]*\n", re.IGNORECASE)
SIGNATURE_LINES = 8  # name, address, email: what may follow a sign-off


def plain_text(text: str) -> str:
    """``text`` (a draft file's text, or just its letter) ready to send: the header and
    ``<!-- foidraft: ... -->`` markers removed (a line holding only markers goes
    entirely), line endings made ``\\n``, and one final line break."""
    _, start = split_header(text.removeprefix("\ufeff"))
    body = text.removeprefix("\ufeff")[start:].replace("\r\n", "\n").replace("\r", "\n")
    return strip_markers(body + "\n").strip("\n") + "\n"


def strip_markers(text: str) -> str:
    """``text`` without foidraft markers (any kind: ignore, and whatever comes later): a
    line holding only markers and spaces goes with its line break, any other marker with
    the spaces before it. Linear time (foidraft.text.markers); a regex with a leading
    ``[ \t]*`` is tried at every space of a long run."""
    if "<!--" not in text:
        return text
    markers = {start: end for start, end, _ in find_markers(text)}
    if not markers:
        return text
    out: list[str] = []
    pos = 0  # text before pos is decided
    for start in sorted(markers):
        if start < pos:
            continue  # inside a line already dropped
        line_start = text.rfind("\n", 0, start) + 1
        if line_start >= pos and not text[line_start:start].strip(" \t"):
            line_end = _markers_only_line(text, start, markers)
            if line_end is not None:
                out.append(text[pos:line_start])
                pos = line_end
                continue
        cut = start
        while cut > pos and text[cut - 1] in " \t":
            cut -= 1
        out.append(text[pos:cut])
        pos = markers[start]
    out.append(text[pos:])
    return "".join(out)


def _markers_only_line(text: str, at: int, markers: dict[int, int]) -> int | None:
    """Where the line ends (after its line break) when from ``at`` it holds only markers
    and spaces; None otherwise."""
    pos = at
    while pos in markers:
        pos = markers[pos]
        while pos < len(text) and text[pos] in " \t":
            pos += 1
    return pos + 1 if text.startswith("\n", pos) else None


def split_letter(text: str) -> tuple[str, str, str]:
    """(salutation, middle, sign-off) of a plain-text letter. The salutation is an
    opening "Dear ..." line; the sign-off runs from the last "Yours faithfully" (or
    "Kind regards", ...) line to the end, if only a signature follows it."""
    salutation = ""
    m = SALUTATION_RE.match(text)
    if m:
        salutation, text = m.group(0).strip(), text[m.end() :]
    sign_off = ""
    matches = list(SIGN_OFF_RE.finditer(text))
    last = matches[-1] if matches else None
    if last is not None:
        after = [line for line in text[last.end() :].split("\n") if line.strip()]
        if len(after) <= SIGNATURE_LINES:
            sign_off, text = text[last.start() :].strip(), text[: last.start()]
    return salutation, text.strip("\n"), sign_off


def wdtk_letter(text: str) -> str:
    """What goes in WhatDoTheyKnow's ``default_letter``: the letter without its greeting
    and sign-off, which the site writes itself ("Dear <authority>," and "Yours
    faithfully," with the account holder's name)."""
    return split_letter(plain_text(text))[1] + "\n"
