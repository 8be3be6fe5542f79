"""YAML from users' files, read safely: no aliases, bounded nesting.

Rule files, flows and the personal ``rules.yaml`` are plain data: nothing in them needs
YAML's anchors and aliases, and an alias is how a small file becomes an exponential one
(``a: &a [x, x]``, ``b: &b [*a, *a]``, ... nine levels take gigabytes) or a cycle
(``rules: &x [*x]``) that recursive code never leaves. So the file's events are read
first, in one pass, and the first alias (or nesting deeper than :data:`MAX_DEPTH`) is
refused with its line, before anything is built from them.
"""

from __future__ import annotations

from typing import Any

MAX_DEPTH = 50  # a rule file nests about six levels


class UnsafeYaml(ValueError):
    """The file uses an alias or nests too deeply; ``line`` is 1-based (None if unknown)."""

    def __init__(self, line: int | None, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


def loader_class() -> Any:
    import yaml

    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def check_plain(text: str) -> None:
    """Raise UnsafeYaml at the first alias or too-deep nesting in ``text``; YAML syntax
    errors are left for the real load to report."""
    import yaml

    depth = 0
    try:
        for event in yaml.parse(text, Loader=loader_class()):
            if isinstance(event, yaml.AliasEvent):
                raise UnsafeYaml(
                    _line(event),
                    f"uses the alias '*{event.anchor}'; write the value out in full "
                    "(foidraft's files do not use YAML anchors and aliases)",
                )
            if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                depth += 1
                if depth > MAX_DEPTH:
                    raise UnsafeYaml(_line(event), f"nested more than {MAX_DEPTH} levels deep")
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                depth -= 1
    except yaml.YAMLError:
        return


def safe_load(text: str) -> Any:
    """``yaml.safe_load`` for users' files: UnsafeYaml for aliases and deep nesting."""
    import yaml

    check_plain(text)
    return yaml.load(text, Loader=loader_class())


def _line(event: Any) -> int | None:
    mark = getattr(event, "start_mark", None)
    return mark.line + 1 if mark is not None else None
