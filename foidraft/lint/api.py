"""The public entry point: ``foidraft.check(text, authority=None)``."""

from __future__ import annotations

from foidraft.lint.document import Document
from foidraft.lint.engine import CollectionPaused, lint
from foidraft.lint.model import Finding
from foidraft.text.header import split_list

TYPE_CHECKING = False
if TYPE_CHECKING:
    import datetime as _dt
    from collections.abc import Iterable

    from foidraft.authorities.model import Authority
    from foidraft.config import Config
    from foidraft.rules.model import RuleSet

_config: Config | None = None
_config_read = False  # looked once per process, like the rules: check() stays pure after


def default_config() -> Config | None:
    """The user's config.toml, or None when there is none (then the config module, and its
    TOML parser, are never imported)."""
    global _config, _config_read
    if not _config_read:
        import os

        from foidraft import paths

        path = paths.config_file()
        if os.path.exists(path):
            from foidraft.config import load_config

            _config = load_config(path)
        _config_read = True
    return _config


def forget_config() -> None:
    """Read config.toml again on the next check (tests, and after the app changes it)."""
    global _config, _config_read
    _config, _config_read = None, False


def resolve_authority(authority: Authority | str | None) -> Authority | None:
    """An Authority as given, or the body a name means: from the directory, or else read
    from the name's own words (a council, an NHS body, a Scottish body...)."""
    if authority is None or not isinstance(authority, str):
        return authority
    from foidraft.authorities.infer import resolve_any

    return resolve_any(authority)[0]


def check(
    text: str,
    authority: Authority | str | None = None,
    *,
    ruleset: RuleSet | None = None,
    config: Config | None = None,
    ignore: Iterable[str] = (),
    today: _dt.date | None = None,
    letter: str | None = None,
) -> list[Finding]:
    """Findings for ``text``. A draft header's ``authority``, ``ignore`` and ``letter``
    apply too; ``letter`` (review, chaser, complaint: see foidraft.lint.letters) leaves
    only the rules about a letter's form."""
    if ruleset is None:  # first: loading it also readies the cache of compiled regexes
        from foidraft.rules.registry import default_ruleset

        ruleset = default_ruleset()
    doc = Document(text)
    ignored = set(ignore)
    resolved = resolve_authority(authority)
    if doc.header:
        ignored.update(split_list(doc.header.get("ignore", "")))
        if resolved is None and doc.header.get("authority"):
            resolved = _header_authority(doc.header["authority"])
        if resolved is None and doc.header.get("regime"):  # read from the authority's reply
            from foidraft.authorities.infer import regime_only

            resolved = regime_only(doc.header["regime"])
        if letter is None:
            letter = doc.header.get("letter", "")
    config = config if config is not None else default_config()
    with CollectionPaused():
        return lint(doc, ruleset, authority=resolved, config=config, ignore=ignored,
                    today=today, letter=letter or "")  # fmt: skip


def _header_authority(ref: str) -> Authority | None:
    """A draft's own authority; one foidraft does not know just means no authority advice."""
    from foidraft.errors import FoidraftError

    try:
        return resolve_authority(ref)
    except FoidraftError:
        return None
