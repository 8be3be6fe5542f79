"""Adding rules to the user's rule file (``rules.yaml`` in the config folder) safely.

The new file is validated with the strict rule loader before it is written, and written
atomically, so a bad proposal can never break the knowledge base. The rules are appended
as text, which keeps the user's comments and layout; a file whose layout does not allow
that (a flow-style list) is rewritten from its data instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from foidraft.atomic import atomic_write_text
from foidraft.errors import FoidraftError, RuleFileError

COMMENT = (
    "# Your personal foidraft rules, merged over the bundled knowledge base by id.\n"
    '# Format: see README.md, "The rule file". `foidraft rules --file` validates it.\n'
)
HEADER = COMMENT + "version: 1\nrules:\n"


def rule_yaml(rule: dict[str, Any], indent: int = 2) -> str:
    """One rule as a YAML list item, indented to sit under ``rules:``."""
    import yaml

    text = yaml.safe_dump([rule], sort_keys=False, allow_unicode=True, width=88)
    pad = " " * indent
    return "".join(pad + line if line.strip() else line for line in text.splitlines(True))


def add_rules(rules: Sequence[dict[str, Any]], path: str | None = None) -> str:
    """Append ``rules`` to the user rule file (created if missing) and return its path.

    Raises FoidraftError, writing nothing, when the result would not load: a rule that
    fails validation, or a user file that was already broken.
    """
    from foidraft import locks, paths

    path = path or paths.user_rules_file()
    with locks.held(str(Path(path).with_name(f".{Path(path).name}.lock"))):
        old = _read(path)
        new = _appended(old, rules, path)
        atomic_write_text(path, new)
    try:
        from foidraft.rules.registry import default_ruleset

        default_ruleset(refresh=True)  # this process checks with the new rules from now on
    except RuleFileError as exc:
        _restore(path, old)
        raise FoidraftError(
            f"the rules would not load with the bundled ones: {exc.message}", hint=exc.hint
        ) from None
    return path


def _appended(old: str | None, rules: Sequence[dict[str, Any]], path: str) -> str:
    block = "".join(rule_yaml(r) for r in rules)
    ids = [r["id"] for r in rules]
    if old is None or not _has_rules_key(old):
        base = HEADER if old is None or not old.strip() else None
        if base is None:
            raise FoidraftError(f"{path}: not a rule file (no 'rules:')", hint="fix or move it")
        return _validated(base + block, path, [], ids)
    existing = _ids(old, path)
    candidate = old.rstrip("\n") + "\n" + block
    try:
        return _validated(candidate, path, existing, ids)
    except FoidraftError:
        pass  # a layout text cannot be appended to; rewrite it from the data
    import yaml

    from foidraft.text.safe_yaml import safe_load

    data = safe_load(old)  # _ids has read it through the strict loader: no aliases
    data["rules"] = [*(data.get("rules") or []), *rules]
    text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=88)
    return _validated(COMMENT + text, path, existing, ids)


def _validated(text: str, path: str, before: list[str], added: list[str]) -> str:
    from foidraft.rules.loader import parse_yaml_with_lines, validate_rule_data

    try:
        data, lines = parse_yaml_with_lines(text, path)
        rules = validate_rule_data(data, lines, path, origin="user")
    except RuleFileError as exc:
        raise FoidraftError(f"the new rule is not valid: {exc.message}") from None
    if [r["id"] for r in rules] != [*before, *added]:
        raise FoidraftError(f"{path}: the rule could not be added to the file's layout")
    return text


def _ids(text: str, path: str) -> list[str]:
    import yaml

    from foidraft.rules.loader import parse_yaml_with_lines, validate_rule_data
    from foidraft.text.safe_yaml import safe_load

    try:
        if (safe_load(text) or {}).get("rules", 0) is None:
            return []  # "rules:" with nothing under it yet
    except (yaml.YAMLError, ValueError, AttributeError):
        pass  # the strict loader below says what is wrong
    try:
        data, lines = parse_yaml_with_lines(text, path)
        return [r["id"] for r in validate_rule_data(data, lines, path, origin="user")]
    except RuleFileError as exc:
        raise FoidraftError(
            f"your rule file has problems, so nothing was added: {exc.message}",
            hint=f"fix it first; `foidraft rules --file {path}` lists them",
        ) from None


def _has_rules_key(text: str) -> bool:
    return any(line.startswith("rules:") for line in text.splitlines())


def _read(path: str) -> str | None:
    try:
        with open(path, encoding="utf-8") as fh:
            return fh.read()
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise FoidraftError(f"{path}: cannot read: {exc}") from None


def _restore(path: str, old: str | None) -> None:
    if old is None:
        Path(path).unlink(missing_ok=True)
    else:
        atomic_write_text(path, old)
