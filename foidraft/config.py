"""The user's settings file (``config.toml`` in the config folder).

    [rules]
    disable = ["FD305", "decoy-tactics"]     # by id or name
    [rules.severity]
    FD101 = "error"                          # info, warning or error

    [app]
    theme = "textual-light"
    autosave_seconds = 2                     # the editor saves this long after typing stops

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
    from foidraft.authorities.model import Authority
    from foidraft.rules.model import Rule

SEVERITIES = ("info", "warning", "error")
MAX_BYTES = 1024 * 1024  # a config file is a few lines
AUTOSAVE_DEFAULT = 1.0  # seconds after the last keystroke
AUTOSAVE_RANGE = (0.2, 600)
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

    @property
    def autosave_seconds(self) -> float:
        """How long after typing stops the editor saves (``[app] autosave_seconds``)."""
        value = self.app.get("autosave_seconds", AUTOSAVE_DEFAULT)
        return float(value) if isinstance(value, (int, float)) else AUTOSAVE_DEFAULT

    def severity_for(self, rule: Rule, authority: Authority | None = None) -> str:
        """The user's own severity for the rule, else the rule's for this authority."""
        own = self.severity.get(rule.id) or self.severity.get(rule.name)
        return own or rule.severity_for(authority)


def load_config(path: str | None = None) -> Config:
    """Read the config file; a missing file is an empty config."""
    if path is None:
        from foidraft import paths

        path = paths.config_file()
    if not os.path.exists(path):
        return Config(path=path)
    import tomllib

    hint = "fix it in a text editor (it is TOML), or move it away to use the defaults"
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except OSError as exc:
        raise FoidraftError(f"{path}: cannot read the config file: {exc.strerror}") from None
    if len(data) > MAX_BYTES:
        raise FoidraftError(
            f"{path}: cannot read the config file: larger than {MAX_BYTES // 1024} kB"
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise FoidraftError(
            f"{path}:{line}: cannot read the config file: not UTF-8 text", hint=hint
        ) from None
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise FoidraftError(f"{path}: cannot read the config file: {exc}", hint=hint) from None
    except RecursionError:  # tomllib recurses once per nested array or table
        raise FoidraftError(
            f"{path}: cannot read the config file: nested too deeply", hint=hint
        ) from None
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
    autosave = app.get("autosave_seconds", AUTOSAVE_DEFAULT)
    if (
        not isinstance(autosave, (int, float))
        or isinstance(autosave, bool)
        or not AUTOSAVE_RANGE[0] <= autosave <= AUTOSAVE_RANGE[1]
    ):
        raise bad(
            "app.autosave_seconds",
            f"expected a number of seconds from {AUTOSAVE_RANGE[0]} to {AUTOSAVE_RANGE[1]}",
        )
    return Config(
        disabled=frozenset(disable),
        severity=dict(severity),
        app=dict(app),
        keys={k: str(v) for k, v in keys.items()},
        path=path,
    )
