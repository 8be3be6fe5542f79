"""foidraft: draft UK Freedom of Information requests that do not bounce.

The package root stays import-light so that ``foidraft check`` starts fast: public names
are resolved on first use.
"""

from __future__ import annotations

from foidraft.version import __version__

TYPE_CHECKING = False
if TYPE_CHECKING:
    from foidraft.authorities.model import Authority
    from foidraft.lint.checker import Checker
    from foidraft.lint.model import Finding

__all__ = ["Checker", "__version__", "check"]


def __getattr__(name: str) -> object:
    """``foidraft.Checker``, imported on first use (the root stays import-light)."""
    if name == "Checker":
        from foidraft.lint.checker import Checker

        return Checker
    raise AttributeError(f"module 'foidraft' has no attribute {name!r}")


def check(
    text: str, authority: Authority | str | None = None, *, letter: str | None = None
) -> list[Finding]:
    """Lint ``text`` against the knowledge base and return its findings, in text order.

    ``authority`` may be an :class:`Authority`, or a name, abbreviation or
    WhatDoTheyKnow slug from the bundled directory; it switches on authority-specific
    advice (FOISA wording and the Scottish cost limit for Police Scotland, for example).
    ``letter`` ("review", "chaser", "complaint" or "thanks"; by default a draft header's ``letter``)
    checks a letter that asks for nothing new only for a letter's form.
    Pure after the first call, which loads the rules.
    """
    from foidraft.lint.api import check as _check

    return _check(text, authority=authority, letter=letter)
