"""The letter as it is sent: no draft header, no foidraft markers; and the part of it that
goes between WhatDoTheyKnow's own greeting and sign-off."""

from __future__ import annotations

import re

from foidraft.text.header import split_header
from foidraft.text.signoff import SIGN_OFF_RE

# Any foidraft marker (ignore, and whatever comes later), with the spaces before it.
MARKER_RE = re.compile(r"[ \t]*<!--\s*foidraft:[^>]*?-->", re.IGNORECASE)
MARKER_LINE_RE = re.compile(r"^[ \t]*(?:<!--\s*foidraft:[^>]*?-->[ \t]*)+\n", re.I | re.M)
SALUTATION_RE = re.compile(r"\A\s*Dear\b[^\n]*\n", re.IGNORECASE)
SIGNATURE_LINES = 8  # name, address, email: what may follow a sign-off


def plain_text(text: str) -> str:
    """``text`` (a draft file's text, or just its letter) ready to send: the header and
    ``<!-- foidraft: ... -->`` markers removed (a line holding only markers goes
    entirely), line endings made ``\\n``, and one final line break."""
    _, start = split_header(text.removeprefix("\ufeff"))
    body = text.removeprefix("\ufeff")[start:].replace("\r\n", "\n").replace("\r", "\n")
    body = MARKER_LINE_RE.sub("", body + "\n")
    body = MARKER_RE.sub("", body)
    return body.strip("\n") + "\n"


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
