"""The user's settings file (``config.toml`` in the config folder).

    [rules]
    disable = ["FD305", "decoy-tactics"]     # by id or name
    [rules.severity]
    FD101 = "error"                          # info, warning or error

    [keys]
    "editor.apply-suggestion" = "ctrl+r"     # rebind a key by its binding id

Unknown sections or keys are errors that name the file and the key: a typo should not
silently switch advice off.
"""

from __future__ import annotations

import os

from foidraft.errors import FoidraftError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from foidraft.rules.model import Rule

SEVERITIES = ("info", "warning", "error")
SECTIONS: dict[str, set[str]] = {
    "rules": {"disable", "severity"},
    "app": {"theme", "autosave_seconds"},
    "keys": set(),  # binding id -> keys, applied by the app; any id allowed
}


class Config:
    __slots__ = ("app", "disabled", "keys", "path", "severity")

    def __init__(
        self,
        *,
        disabled: frozenset[str] = frozenset(),
        severity: dict[str, str] | None = None,
        app: dict[str, object] | None = None,
        keys: dict[str, str] | None = None,
        path: str | None = None,
    ) -> None:
        self.disabled = disabled
        self.severity = severity or {}
        self.app = app or {}
        self.keys = keys or {}
        self.path = path

    def is_disabled(self, rule: Rule) -> bool:
        return rule.id in self.disabled or rule.name in self.disabled

    def severity_for(self, rule: Rule) -> str:
        return self.severity.get(rule.id) or self.severity.get(rule.name) or rule.severity


def load_config(path: str | None = None) -> Config:
    """Read the config file; a missing file is an empty config."""
    if path is None:
        from foidraft import paths

        path = paths.config_file()
    if not os.path.exists(path):
        return Config(path=path)
    import tomllib

    try:
        with open(path, "rb") as fh:
            raw = tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise FoidraftError(f"{path}: cannot read the config file: {exc}") from None
    return parse_config(raw, path)


def parse_config(raw: dict[str, object], path: str) -> Config:
    def bad(key: str, why: str) -> FoidraftError:
        return FoidraftError(f"{path}: {key}: {why}", hint="see README.md, 'Configuration'")

    for section, value in raw.items():
        if section not in SECTIONS:
            raise bad(section, f"unknown section; expected one of {', '.join(SECTIONS)}")
        if not isinstance(value, dict):
            raise bad(section, "expected a [section] table")
        allowed = SECTIONS[section]
        for key in value:
            if allowed and key not in allowed:
                raise bad(
                    f"{section}.{key}", f"unknown key; expected one of {', '.join(sorted(allowed))}"
                )
    rules = raw.get("rules", {})
    assert isinstance(rules, dict)
    disable = rules.get("disable", [])
    if not isinstance(disable, list) or not all(isinstance(x, str) for x in disable):
        raise bad("rules.disable", "expected a list of rule ids or names")
    severity = rules.get("severity", {})
    if not isinstance(severity, dict):
        raise bad("rules.severity", "expected a table of rule = severity")
    for ref, level in severity.items():
        if level not in SEVERITIES:
            raise bad(f"rules.severity.{ref}", f"expected one of {', '.join(SEVERITIES)}")
    keys = raw.get("keys", {})
    app = raw.get("app", {})
    assert isinstance(keys, dict) and isinstance(app, dict)
    return Config(
        disabled=frozenset(disable),
        severity=dict(severity),
        app=dict(app),
        keys={k: str(v) for k, v in keys.items()},
        path=path,
    )
