"""Where foidraft keeps things.

User folders follow platformdirs; ``FOIDRAFT_HOME`` puts them all under one folder
(``config/``, ``data/``, ``cache/``), which tests and portable installs use. Bundled data
(rules, flows, the authority directory) ships inside the package.

Paths are plain strings: this module is on the start-up path of ``foidraft check`` and
``pathlib`` costs several milliseconds to import. For the same reason, on Linux the common
XDG cases are answered without importing platformdirs (about 10 ms with its imports);
``tests/test_paths.py`` proves the answers are the ones platformdirs gives.
"""

from __future__ import annotations

import os
import sys

APP = "foidraft"
_PKG = os.path.dirname(os.path.abspath(__file__))


def _home(sub: str) -> str | None:
    home = os.environ.get("FOIDRAFT_HOME")
    return os.path.join(os.path.abspath(os.path.expanduser(home)), sub) if home else None


def _xdg_linux(var: str, default: str) -> str | None:
    """Linux's XDG answer (``$VAR/foidraft`` or ``~/<default>/foidraft``), or None if unsure."""
    if not sys.platform.startswith("linux"):
        return None
    value = os.environ.get(var, "")
    if os.path.isabs(value):
        return os.path.join(value, APP)
    home = os.environ.get("HOME", "")
    return os.path.join(home, default, APP) if os.path.isabs(home) else None


def config_dir() -> str:
    """User settings (``config.toml``) and personal rules (``rules.yaml``)."""
    found = _home("config") or _xdg_linux("XDG_CONFIG_HOME", ".config")
    if found:
        return found
    import platformdirs

    return platformdirs.user_config_dir(APP, appauthor=False)


def data_dir() -> str:
    """Drafts, templates, the trash and the requester's profile."""
    found = _home("data") or _xdg_linux("XDG_DATA_HOME", ".local/share")
    if found:
        return found
    import platformdirs

    return platformdirs.user_data_dir(APP, appauthor=False)


def cache_dir() -> str:
    """Things foidraft can rebuild: the compiled rules, downloaded authority lists."""
    found = _home("cache") or _xdg_linux("XDG_CACHE_HOME", ".cache")
    if found:
        return found
    import platformdirs

    return platformdirs.user_cache_dir(APP, appauthor=False)


def config_file() -> str:
    return os.path.join(config_dir(), "config.toml")


def user_rules_file() -> str:
    return os.path.join(config_dir(), "rules.yaml")


def drafts_dir() -> str:
    return os.path.join(data_dir(), "drafts")


def templates_dir() -> str:
    return os.path.join(data_dir(), "templates")


def trash_dir() -> str:
    return os.path.join(data_dir(), "trash")


def exports_dir() -> str:
    """Where the app offers to save exported letters (.eml files, batch folders)."""
    return os.path.join(data_dir(), "exports")


def bundled(name: str) -> str:
    """A file or folder shipped with foidraft.

    An installed wheel carries ``known_clarifications.yaml`` and ``prompts/`` under
    ``foidraft/_data``; a source checkout keeps them at the top of the repository.
    """
    packaged = os.path.join(_PKG, "_data", name)
    if os.path.exists(packaged):
        return packaged
    in_checkout = os.path.join(os.path.dirname(_PKG), name)
    if os.path.exists(in_checkout):
        return in_checkout
    return packaged


def bundled_rules_file() -> str:
    return bundled("known_clarifications.yaml")


def bundled_prompts_dir() -> str:
    return bundled("prompts")


def package_data(name: str) -> str:
    """Data that lives inside the package source (``foidraft/data``)."""
    return os.path.join(_PKG, "data", name)
