"""The requester's details, asked for once and remembered: ``<data dir>/profile.json``.

FOI requests must carry the requester's real name and an address for the reply (an
email address will do); the postal address is optional. The file is private (0600) and
written atomically; fields foidraft does not know are kept.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from foidraft import paths
from foidraft.atomic import atomic_write_text
from foidraft.drafts import files
from foidraft.drafts.header import clean_value
from foidraft.errors import FoidraftError
from foidraft.text.jsonsafe import loads

PROFILE_VERSION = 1
FIELDS = ("name", "email", "address")
ASKED = ("email_asked", "name_asked")  # questions answered once, kept only when true


@dataclass
class Profile:
    name: str = ""
    email: str = ""
    address: str = ""  # postal address, one line per line of the address
    # Asked once for an email (the app's first .eml): an empty answer is not asked again.
    email_asked: bool = False
    # Asked for a name (first thing in a new request, or for a reply's next letter) and
    # "Not now" answered: not asked again; letters keep a gap for it, flagged before sending.
    name_asked: bool = False
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def has_name(self) -> bool:
        """False until the requester has given a name (the app asks once)."""
        return bool(self.name.strip())


def name_problem(name: str) -> str:
    """Why ``name`` cannot sign a letter ("" when it can). Brackets and braces are how a
    letter marks a gap to fill ("[your full name]") or a template field, so a name written
    with them would be flagged as missing in every letter it signs."""
    if any(ch in name for ch in "[]{}"):
        return (
            "A name cannot contain [ ] { }: in a letter they mark a gap still to fill in. "
            "Type your name as it should appear under your letters."
        )
    return ""


def profile_path() -> Path:
    return Path(paths.data_dir()) / "profile.json"


def load_profile(path: Path | None = None) -> Profile:
    """The saved profile; an empty one when there is none yet.

    A damaged file is an error rather than an empty profile, so that the next save does
    not silently replace what the user typed.
    """
    path = path or profile_path()
    if not path.exists():
        return Profile()
    try:
        data = loads(files.decode(files.read_bytes(path), str(path)))
    except FoidraftError as exc:
        raise _damaged(path, exc.message.removeprefix(f"{path}: ")) from None
    except ValueError as exc:
        raise _damaged(path, f"not valid JSON ({exc})") from None
    if not isinstance(data, dict):
        raise _damaged(path, "not a JSON object")
    values: dict[str, str] = {}
    for key in FIELDS:
        value = data.get(key, "")
        if not isinstance(value, str):
            raise _damaged(path, f"'{key}' is not text")
        values[key] = value
    asked = {key: data.get(key, False) for key in ASKED}
    for key, value in asked.items():
        if not isinstance(value, bool):
            raise _damaged(path, f"'{key}' is not true or false")
    extra = {k: v for k, v in data.items() if k not in (*FIELDS, *ASKED, "version")}
    # A hand-edited file is cleaned as the app cleans what it saves: a name or email with
    # a line break could otherwise start a header of its own in an exported email.
    lines = values["address"].replace("\r\n", "\n").split("\n")
    values["address"] = "\n".join(clean_value(line) for line in lines if clean_value(line))
    return Profile(
        name=clean_value(values["name"]),
        email=clean_value(values["email"]),
        address=values["address"],
        email_asked=asked["email_asked"],
        name_asked=asked["name_asked"],
        extra=extra,
    )


def looks_like_email(text: str) -> bool:
    """Whether ``text`` may be an email address: one word with an "@" inside it."""
    return bool(text) and " " not in text and "@" in text.strip("@")


def email_from_environment() -> str:
    """The address the system gives programs that send mail (``$EMAIL``, which git and
    mail programs read too), offered as the answer to the email question; "" when unset
    or not an address."""
    import os

    given = clean_value(os.environ.get("EMAIL", ""))
    return given if looks_like_email(given) else ""


def save_profile(profile: Profile, path: Path | None = None) -> None:
    """Check and write the profile (0600, atomic); a bad email is a FoidraftError."""
    path = path or profile_path()
    profile.name = clean_value(profile.name)
    profile.email = clean_value(profile.email)
    lines = profile.address.replace("\r\n", "\n").split("\n")
    profile.address = "\n".join(clean_value(line) for line in lines if clean_value(line))
    if name_problem(profile.name):
        raise FoidraftError(name_problem(profile.name), hint="nothing was saved")
    if not looks_like_email(profile.email) and profile.email:
        raise FoidraftError(
            f"'{profile.email}' does not look like an email address",
            hint="authorities reply by email; leave it empty to add it later",
        )
    data: dict[str, object] = {"version": PROFILE_VERSION}
    data.update(profile.extra)
    data.update(name=profile.name, email=profile.email, address=profile.address)
    data.update({key: True for key in ASKED if getattr(profile, key)})
    files.private_dir(path.parent)
    atomic_write_text(str(path), json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _damaged(path: Path, why: str) -> FoidraftError:
    return FoidraftError(
        f"{path}: {why}", hint="fix or delete the file; foidraft will ask for your details again"
    )
