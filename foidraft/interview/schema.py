"""Field-by-field checks for flow files, collecting every problem with file, line, flow,
question and field (the rule loader's approach, with the flow's own vocabulary)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from foidraft.interview.conditions import (
    AUTHORITY_KEYS,
    OPERATORS,
    AllOf,
    AnyOf,
    Condition,
    Not,
    Test,
)
from foidraft.interview.errors import FlowProblem
from foidraft.interview.model import Question
from foidraft.interview.period import KINDS
from foidraft.text.template import FILTERS, template_fields
from foidraft.validation import FieldChecks, Path, close_match, path_text

FORMAT_VERSION = 1  # of flow files and choice list files
FLOW_ID_RE = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
QUESTION_ID_RE = re.compile(r"^[a-z][a-z0-9_]*$")


class FlowValidator(FieldChecks):
    """Collects problems while one file's plain data becomes a flow."""

    def __init__(self, file: str, line_of: Callable[[Path], int | None]) -> None:
        self.file = file
        self.line_of = line_of
        self.problems: list[FlowProblem] = []
        self.flow: str | None = None
        self.question: str | None = None

    @classmethod
    def for_lines(cls, file: str, lines: dict[Path, int]) -> FlowValidator:
        """A validator for a file read with ``lines`` (a path's line is its own, or its
        nearest parent's)."""

        def line_of(p: Path) -> int | None:
            while p and p not in lines:
                p = p[:-1]
            return lines.get(p)

        return cls(file, line_of)

    def problem(self, path: Path, message: str) -> None:
        self.problems.append(
            FlowProblem(
                self.file,
                self.line_of(path),
                self.flow,
                self.question,
                field_name(path) or None,
                message,
            )
        )

    # -- scalars -------------------------------------------------------------------------
    def boolean(self, value: object, path: Path, default: bool) -> bool:
        if value is None:
            return default
        if not isinstance(value, bool):
            self.problem(path, "expected true or false")
            return default
        return value

    def whole(self, value: object, path: Path, *, low: int = 0) -> int | None:
        if value is None:
            return None
        if not isinstance(value, int) or isinstance(value, bool) or value < low:
            self.problem(path, f"expected a whole number from {low}")
            return None
        return value

    def require(self, raw: dict[str, object], keys: Iterable[str], path: Path) -> None:
        for key in keys:
            if key not in raw:
                self.problem(path, f"missing required field '{key}'")

    # -- conditions ----------------------------------------------------------------------
    def condition(
        self, value: object, path: Path, questions: dict[str, Question], later: set[str]
    ) -> Condition | None:
        """Parse a ``show_if``/``when``; ``later`` holds ids it may not reference."""
        if not isinstance(value, dict) or not value:
            self.problem(path, "expected a mapping of conditions, e.g. {unit: crimes}")
            return None
        parts: list[Condition] = []
        for key, raw in value.items():
            sub = (*path, str(key))
            if key in ("any", "all"):
                options = self.items(raw, sub, min_items=1)
                found = [
                    self.condition(o, (*sub, i), questions, later) for i, o in enumerate(options)
                ]
                kept = tuple(c for c in found if c is not None)
                parts.append(AnyOf(kept) if key == "any" else AllOf(kept))
            elif key == "not":
                inner = self.condition(raw, sub, questions, later)
                if inner is not None:
                    parts.append(Not(inner))
            else:
                parts.extend(self._tests(str(key), raw, sub, questions, later))
        return parts[0] if len(parts) == 1 else AllOf(tuple(parts))

    def _tests(
        self, key: str, raw: object, path: Path, questions: dict[str, Question], later: set[str]
    ) -> list[Condition]:
        if key in later:
            self.problem(path, f"'{key}' is not asked before this question")
            return []
        if key not in questions and key not in AUTHORITY_KEYS:
            known = [*questions, *AUTHORITY_KEYS]
            self.problem(path, f"no question '{key}'{close_match(key, set(known))}")
            return []
        # `{unit: crimes}` is shorthand for `{unit: {is: crimes}}`; report it as written.
        ops = raw if isinstance(raw, dict) else {"is": raw}
        out: list[Condition] = []
        for op, operand in ops.items():
            where = (*path, str(op)) if isinstance(raw, dict) else path
            if op not in OPERATORS:
                hint = close_match(str(op), set(OPERATORS))
                self.problem(where, f"unknown test{hint}")
                continue
            test = self._operand(key, str(op), operand, where, questions)
            if test is not None:
                out.append(Not(test) if op == "not" else test)
        return out

    def _operand(
        self, key: str, op: str, operand: object, path: Path, questions: dict[str, Question]
    ) -> Test | None:
        if op == "answered":
            if not isinstance(operand, bool):
                self.problem(path, "expected true or false")
                return None
            return Test(key, "answered", (operand,))
        question = questions.get(key)
        if op in ("min", "max"):
            if question is None or question.type not in ("number", "multi-choice"):
                self.problem(path, "min and max test numbers or multi-choice answers")
                return None
            limit = self.whole(operand, path)
            return None if limit is None else Test(key, op, (limit,))
        values = operand if isinstance(operand, list) else [operand]
        if not values:
            self.problem(path, "give at least one value")
            return None
        allowed = self._allowed_values(key, question, path)
        if allowed is None:
            return None
        shown = ", ".join(str(a).lower() if isinstance(a, bool) else str(a) for a in allowed)
        for v in values:
            if v not in allowed:
                self.problem(path, f"{v!r} is not a possible answer here ({shown})")
        return Test(key, "is", tuple(values))

    def _allowed_values(
        self, key: str, question: Question | None, path: Path
    ) -> tuple[object, ...] | None:
        if question is None:
            return AUTHORITY_KEYS[key]
        if question.is_choice:
            scot = question.scotland.choices if question.scotland else ()
            return tuple(dict.fromkeys(c.value for c in (*question.choices, *scot)))
        if question.type == "yes-no":
            return (True, False)
        if question.type == "period":
            return (*KINDS, "academic")  # academic: dates that are whole academic years
        if question.type == "number":
            self.problem(path, "test a number with min or max")
            return None
        self.problem(path, f"a {question.type} answer can only be tested with `answered`")
        return None

    # -- templates -----------------------------------------------------------------------
    def template(self, template: str, path: Path, fields: set[str]) -> set[str]:
        """Check a template's fields and filters; return the fields it uses."""
        used = set()
        for name, filters in template_fields(template):
            used.add(name)
            if name not in fields:
                self.problem(path, f"unknown template field {{{name}}}{close_match(name, fields)}")
            for f in filters:
                if f not in FILTERS:
                    self.problem(path, f"unknown template filter |{f}")
        return used


def field_name(path: Path) -> str:
    """The field as the author wrote it, relative to the question it belongs to."""
    parts = list(path)
    if parts[:1] == ["flow"]:
        parts = parts[1:]
    if len(parts) >= 2 and parts[0] == "questions" and isinstance(parts[1], int):
        parts = parts[2:]
    return path_text(parts)
