"""Choice lists for flows: the files in ``prompts/lists/`` (their format is described in
``foidraft.interview.loader``) and the lists built from the model of what is recorded,
which are the one source of those choices."""

from __future__ import annotations

from typing import Any

from foidraft.interview.choices import model_choices, read_choices
from foidraft.interview.errors import FlowFileError, FlowProblem
from foidraft.interview.model import Choice
from foidraft.interview.schema import FLOW_ID_RE, FORMAT_VERSION, FlowValidator
from foidraft.interview.yamlfile import read_yaml, yaml_files
from foidraft.validation import Path

LIST_KEYS = ("version", "id", "title", "choices")


def model_lists() -> dict[str, tuple[Choice, ...]]:
    """The lists built from the model of what is recorded (offence codes, flags, outcome
    types, breakdowns): the one source of those choices."""
    from foidraft.recorded.offences import load_offences

    return {name: model_choices(raw) for name, raw in load_offences().choice_lists().items()}


def load_lists(folder: str) -> dict[str, tuple[Choice, ...]]:
    """Choice lists by id from ``folder`` (missing folder: none). A list may not take the
    name of one the model of what is recorded provides."""
    out: dict[str, tuple[Choice, ...]] = {}
    reserved = set(model_lists())
    problems: list[FlowProblem] = []
    for path in yaml_files(folder):
        try:
            data, lines = read_yaml(path)
            list_id, choices = _validate_list(data, lines, path)
        except FlowFileError as exc:
            problems.extend(exc.flow_problems)
            continue
        if list_id in out or list_id in reserved:
            why = (
                "comes from the model of what is recorded"
                if list_id in reserved
                else ("is a duplicate")
            )
            problems.append(FlowProblem(path, lines.get(("id",)), None, None, "id",
                                        f"list id '{list_id}' {why}"))  # fmt: skip
        out[list_id] = choices
    if problems:
        raise FlowFileError(problems)
    return out


def _validate_list(data: Any, lines: dict[Path, int], path: str) -> tuple[str, tuple[Choice, ...]]:
    v = FlowValidator.for_lines(path, lines)
    raw = v.mapping(data, (), LIST_KEYS)
    if data is not None and isinstance(data, dict):
        v.require(raw, ("version", "id", "choices"), ())
        if raw.get("version") != FORMAT_VERSION:
            v.problem(("version",), f"expected `version: {FORMAT_VERSION}`")
    list_id = v.text(raw.get("id", ""), ("id",))
    if list_id and not FLOW_ID_RE.match(list_id):
        v.problem(("id",), "expected kebab-case, e.g. hocr-offences")
    v.text(raw.get("title", "-"), ("title",))
    choices = read_choices(v, raw.get("choices", []), ("choices",))
    if v.problems:
        raise FlowFileError(v.problems)
    return list_id, choices
