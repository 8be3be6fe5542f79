"""``foidraft details``: the requester's name and email, as the app keeps them.

The app asks for them where they are first needed (the name for a letter's sign-off, the
email for an ``.eml`` file's From line) and keeps them in ``profile.json``; this shows
and sets the same file. The email is optional: requests sent through WhatDoTheyKnow go
from the site's own address.
"""

from __future__ import annotations

from foidraft.cli.output import say

TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse

DESCRIPTION = (
    "Show or set your name (it signs your letters) and email address (the From line of an "
    "exported .eml; optional, and not needed for WhatDoTheyKnow). The app asks for them "
    "the first time it needs them and keeps them in the same private file."
)
NO_EMAIL = "(none: an .eml has no From line and your mail program fills it in)"


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("--name", metavar="NAME", help="your real name, as letters are signed")
    p.add_argument("--email", metavar="ADDRESS", help='your email address ("" removes it)')


def run(args: argparse.Namespace) -> int:
    from foidraft.drafts.profile import load_profile, profile_path, save_profile

    profile = load_profile()
    if args.name is not None or args.email is not None:
        if args.name is not None:
            profile.name = args.name
        if args.email is not None:
            profile.email, profile.email_asked = args.email, True
        save_profile(profile)  # a bad address: one line, nothing written
    say(f"name      {profile.name or '(none: letters are signed [your name] to fill in)'}")
    say(f"email     {profile.email or NO_EMAIL}")
    say(f"kept in   {profile_path()}")
    return 0
