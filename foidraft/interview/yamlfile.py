"""Reading flow and list files: YAML with every node's line, duplicate keys refused."""

from __future__ import annotations

from pathlib import Path as FsPath
from typing import Any

from foidraft.errors import RuleFileError
from foidraft.interview.errors import FlowFileError, FlowProblem
from foidraft.validation import Path


def yaml_files(folder: str) -> list[str]:
    """The ``.yaml``/``.yml`` files directly in ``folder``, sorted (none if it is missing)."""
    where = FsPath(folder)
    if not where.is_dir():
        return []
    return sorted(str(p) for p in where.iterdir() if p.suffix in (".yaml", ".yml"))


def read_yaml(path: str) -> tuple[Any, dict[Path, int]]:
    """The file's data and the 1-based line of every path in it; FlowFileError if it cannot
    be read or parsed."""
    try:
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
    except (OSError, UnicodeDecodeError) as exc:
        problem = FlowProblem(path, None, None, None, None, f"cannot read: {exc}")
        raise FlowFileError([problem]) from None
    import yaml

    from foidraft.rules.loader import parse_yaml_with_lines

    try:
        data, _ = parse_yaml_with_lines(text, path)
    except RuleFileError as exc:  # YAML syntax or a duplicate key, located by line
        raise FlowFileError(
            [FlowProblem(p.file, p.line, None, None, p.field, p.message) for p in exc.problems]
        ) from None
    lines: dict[Path, int] = {}
    node = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    if node is not None:
        _index_lines(node, (), lines)
    return data, lines


def _index_lines(node: Any, path: Path, lines: dict[Path, int]) -> None:
    """Map each path to its line: a key's own line (not its value's, which for a block may
    start on the next line), so ``closings:`` is reported where it is written."""
    import yaml

    lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            sub = (*path, str(key_node.value))
            lines[sub] = key_node.start_mark.line + 1
            _index_lines(value_node, sub, lines)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _index_lines(item, (*path, i), lines)
