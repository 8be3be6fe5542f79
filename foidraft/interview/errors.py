"""Problems in a flow file, located by file, line, flow, question and field.

``FlowProblem`` and ``FlowFileError`` have the shape of the rule file's ``RuleProblem`` and
``RuleFileError`` (and subclass them), so the command line prints every problem, one per
line, exactly as it does for a broken rule file.
"""

from __future__ import annotations

from foidraft.errors import RuleFileError, RuleProblem


class FlowProblem(RuleProblem):
    """One problem in a flow or list file."""

    __slots__ = ("flow", "question")

    def __init__(
        self,
        file: str,
        line: int | None,
        flow: str | None,
        question: str | None,
        field: str | None,
        message: str,
    ) -> None:
        super().__init__(file, line, None, field, message)
        self.flow = flow
        self.question = question

    def __str__(self) -> str:
        parts = [self.file if self.line is None else f"{self.file}:{self.line}"]
        if self.flow:
            parts.append(f"flow {self.flow}")
        if self.question:
            parts.append(f"question {self.question}")
        if self.field:
            parts.append(f"field '{self.field}'")
        return ": ".join(parts) + f": {self.message}"


class FlowFileError(RuleFileError):
    """A flow (or choice list) file failed validation; carries every problem found."""

    def __init__(self, problems: list[FlowProblem]) -> None:
        super().__init__(list(problems))
        self.hint = "fix the flow file, then run `foidraft flows --file PATH` to check it"

    @property
    def flow_problems(self) -> list[FlowProblem]:
        return [p for p in self.problems if isinstance(p, FlowProblem)]
