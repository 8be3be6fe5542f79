"""The body a user names on the command line (``check``, ``drafts new``, ``new``): one
reading for every command, so a name that is refused by one is never read as a new body by
another."""

from __future__ import annotations

from foidraft.authorities.model import Authority
from foidraft.cli.output import say


def typed_authority(ref: str, regime: str | None = None) -> tuple[Authority, str | None]:
    """A listed body (id, name, abbreviation, slug or former name), or any other public body
    named in full ("Frome Town Council"), read from its name with a note of what was
    assumed. A single word that is none of these is a typo or a guess ("nosuchforce"), so
    it is an error saying how to find the body, never a body of its own: read as one, the
    letter's greeting would be flagged as written to someone else."""
    from foidraft.authorities.directory import load_directory
    from foidraft.authorities.former import known_name
    from foidraft.authorities.infer import resolve_any, with_regime

    name = " ".join(ref.split())
    directory = load_directory()
    if " " in name or known_name(name, directory) is not None:
        return resolve_any(name, regime, directory)
    body = directory.resolve(name)
    return (body if regime in (None, body.regime) else with_regime(body, regime)), None


def command_authority(name: str | None, regime: str | None) -> Authority | None:
    """The authority ``check``, ``fix`` and ``explain`` check for (``--authority``,
    ``--regime``); a body foidraft does not list, named in full, is read from its name, and
    a note on stderr says what was assumed."""
    law = regime.upper() if regime else None
    if not name:
        if law is None:
            return None
        from foidraft.authorities.infer import infer_authority

        return infer_authority("the authority", law)
    authority, note = typed_authority(name, law)
    if note:
        say(f"foidraft: note: {note}", err=True)
    return authority
