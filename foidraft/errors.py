"""Errors a user can act on. The CLI prints them as one line (plus a hint), never a traceback."""

from __future__ import annotations


class FoidraftError(Exception):
    """Something the user can fix: bad input, a missing file, a malformed config."""

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return self.message if not self.hint else f"{self.message} ({self.hint})"


class RuleProblem:
    """One problem in a rule file, located by file, line, rule and field."""

    __slots__ = ("field", "file", "line", "message", "rule")

    def __init__(
        self, file: str, line: int | None, rule: str | None, field: str | None, message: str
    ) -> None:
        self.file = file
        self.line = line
        self.rule = rule
        self.field = field
        self.message = message

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        parts = [where]
        if self.rule:
            parts.append(f"rule {self.rule}")
        if self.field:
            parts.append(f"field '{self.field}'")
        return ": ".join(parts) + f": {self.message}"


class RuleFileError(FoidraftError):
    """A rule file failed validation; carries every problem found, not just the first."""

    def __init__(self, problems: list[RuleProblem]) -> None:
        self.problems = problems
        head = str(problems[0]) if problems else "invalid rule file"
        more = f" (and {len(problems) - 1} more problem(s))" if len(problems) > 1 else ""
        super().__init__(
            head + more, hint="fix the rule file, then run `foidraft rules` to check it"
        )

    def details(self) -> str:
        return "\n".join(str(p) for p in self.problems)
