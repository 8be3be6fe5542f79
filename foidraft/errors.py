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


# What to do about the usual I/O failures (errno name -> hint). Writes are atomic, so a
# failed one leaves every file as it was.
_OS_HINTS = {
    "ENOSPC": "the disk is full: free some space and try again; nothing was changed",
    "EDQUOT": "your disk quota is used up: free some space; nothing was changed",
    "EFBIG": "the file is larger than this system allows (ulimit -f); nothing was changed",
    "EROFS": "that file system is read-only; nothing was changed",
    "EACCES": "check the folder's permissions (ls -ld), or set FOIDRAFT_HOME to a folder "
    "you can write",
    "EPERM": "check the folder's permissions (ls -ld), or set FOIDRAFT_HOME to a folder "
    "you can write",
    "ENOTDIR": "a file stands where foidraft expects a folder; move it away, or set "
    "FOIDRAFT_HOME (`foidraft locate` shows the folders)",
    "EISDIR": "a folder stands where foidraft expects a file",
    "ENOENT": "check the path",
}


def os_error(exc: OSError) -> FoidraftError:
    """An OSError as one line a user can act on: the file, what went wrong, what to do."""
    import errno

    what = exc.strerror or type(exc).__name__
    where = exc.filename if exc.filename is not None else ""
    if exc.filename2 is not None:
        where = f"{where} -> {exc.filename2}"
    message = f"{where}: {what}" if where else what
    name = errno.errorcode.get(exc.errno or 0, "")
    return FoidraftError(message[:500], hint=_OS_HINTS.get(name))
