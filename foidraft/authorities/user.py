"""Request addresses the user has supplied or confirmed, kept in ``authorities.json`` in the
config folder (private, written atomically).

    {"version": 1, "emails": {"gmp": {"email": "foi@example.police.uk", "confirmed": "2025-06-01"}}}

These are the only addresses foidraft treats as an authority's email: the bundled list's
addresses are unverified and stay in ``Authority.email_unverified``.
"""

from __future__ import annotations

import os

from foidraft import paths
from foidraft.errors import FoidraftError

FILE_NAME = "authorities.json"
VERSION = 1
MAX_EMAIL = 254  # RFC 5321 path limit
# The common "dot-atom" shapes of RFC 5322; quoted local parts are not worth supporting.
_LOCAL = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_DOMAIN = rf"(?:{_LABEL}\.)+[A-Za-z]{{2,63}}"
# `set-email` reads the file before it writes, so it cannot mend a broken one.
_HINT = (
    "fix the file, or delete it and record the addresses again with "
    "`foidraft authorities set-email`"
)


def user_file() -> str:
    return os.path.join(paths.config_dir(), FILE_NAME)  # noqa: PTH118


def state_key() -> tuple[str, int, int]:
    """Changes whenever the file does, so a cached directory knows to reload."""
    path = user_file()
    try:
        st = os.stat(path)  # noqa: PTH116
    except OSError:
        return (path, -1, -1)
    return (path, st.st_mtime_ns, st.st_size)


def load_entries(path: str | None = None) -> dict[str, dict[str, str]]:
    """Authority id -> {"email", "confirmed"}; a missing file is an empty mapping."""
    path = path or user_file()
    try:
        with open(path, encoding="utf-8") as fh:
            raw = fh.read()
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise FoidraftError(f"{path}: cannot read ({exc.strerror})") from None
    except UnicodeDecodeError as exc:
        raise FoidraftError(f"{path}: not UTF-8 text (byte {exc.start})", hint=_HINT) from None
    from foidraft.text.jsonsafe import loads

    try:
        data = loads(raw)
    except ValueError as exc:
        raise FoidraftError(f"{path}: not valid JSON ({exc})", hint=_HINT) from None
    emails = data.get("emails") if isinstance(data, dict) else None
    if not isinstance(emails, dict):
        raise FoidraftError(f"{path}: expected an object with an 'emails' mapping", hint=_HINT)
    out: dict[str, dict[str, str]] = {}
    for key, entry in emails.items():
        address = entry.get("email") if isinstance(entry, dict) else None
        if not isinstance(address, str) or not address:
            raise FoidraftError(f"{path}: entry {key!r} has no 'email'", hint=_HINT)
        try:  # an address edited by hand must not carry a line break into a header
            address = validate_email(address)
        except FoidraftError as exc:
            raise FoidraftError(f"{path}: entry {key!r}: {exc.message}", hint=_HINT) from None
        out[str(key)] = {"email": address, "confirmed": str(entry.get("confirmed", ""))}
    return out


def confirmed_emails() -> dict[str, str]:
    return {key: entry["email"] for key, entry in load_entries().items()}


def validate_email(text: str) -> str:
    """The address tidied (``mailto:`` and spaces removed, domain lower-cased), or a
    FoidraftError saying what is wrong with its shape. Whether it is the right address
    for the authority is for the user to confirm; foidraft cannot tell."""
    import re

    address = text.strip()
    if address.lower().startswith("mailto:"):
        address = address[7:].strip()
    hint = "give one address such as foi@example.police.uk"
    if not address or any(ch.isspace() for ch in address) or address.count("@") != 1:
        raise FoidraftError(f"{text!r} is not an email address", hint=hint)
    local, domain = address.split("@")
    if (
        len(address) > MAX_EMAIL
        or len(local) > 64
        or not re.fullmatch(_LOCAL, local)
        or not re.fullmatch(_DOMAIN, domain)
    ):
        raise FoidraftError(f"{text!r} is not an email address", hint=hint)
    return f"{local}@{domain.lower()}"


def save_email(authority_id: str, email: str | None, today: str) -> str:
    """Store (or with ``email=None`` forget) the address for ``authority_id``; returns the
    file written. ``today`` is an ISO date recorded as when the user confirmed it."""
    import json

    from foidraft import locks
    from foidraft.atomic import atomic_write_text

    path = user_file()
    # Read, change and write under one lock: two `set-email`s at once must both count.
    with locks.held(os.path.join(os.path.dirname(path), f".{FILE_NAME}.lock")):  # noqa: PTH118, PTH120
        entries = load_entries(path)
        if email is None:
            entries.pop(authority_id, None)
        else:
            entries[authority_id] = {"email": email, "confirmed": today}
        data = {"version": VERSION, "emails": dict(sorted(entries.items()))}
        atomic_write_text(path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    from foidraft.authorities.directory import clear_cache

    clear_cache()  # the file's mtime may not have moved on a coarse-grained file system
    return path
