"""Regexes compiled on first use: `foidraft check` should not pay for ones it never needs."""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    import re
    from collections.abc import Callable

# The flags of ``re`` as plain numbers (the values ``re`` gives them), so that a module can
# declare its regexes without importing ``re`` (and the enum, functools and collections
# modules ``re`` imports): `foidraft check` never needs ``re`` itself when its compiled
# regexes come from the cache (foidraft.rules.regex_cache), which saves ~5 ms a run.
IGNORECASE = 2
MULTILINE = 8
DOTALL = 16


def _re_compile(pattern: str, flags: int) -> re.Pattern[str]:
    import re

    return re.compile(pattern, flags)


# How a LazyRegex is compiled: re.compile, or what ``use_compiler`` installs (the rules'
# cache keeps compiled programs for these regexes too: foidraft.rules.regex_cache).
_compile: Callable[[str, int], re.Pattern[str]] = _re_compile


def use_compiler(compile_regex: Callable[[str, int], re.Pattern[str]]) -> None:
    """Compile every LazyRegex from now on with ``compile_regex(pattern, flags)``, which
    must give what ``re.compile`` gives."""
    global _compile
    _compile = compile_regex


class LazyRegex:
    """Stands in for ``re.compile(pattern, flags)`` until a method is first called."""

    __slots__ = ("_compiled", "_flags", "_pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._pattern = pattern
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = _compile(self._pattern, self._flags)
        return self._compiled

    def finditer(self, string: str, pos: int = 0, endpos: int = 2**63 - 1):  # type: ignore[no-untyped-def]
        return self.compiled.finditer(string, pos, endpos)

    def search(self, string: str, pos: int = 0, endpos: int = 2**63 - 1) -> re.Match[str] | None:
        return self.compiled.search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = 2**63 - 1) -> re.Match[str] | None:
        return self.compiled.match(string, pos, endpos)

    def sub(self, repl, string: str, count: int = 0) -> str:  # type: ignore[no-untyped-def]
        return self.compiled.sub(repl, string, count)

    def findall(self, string: str, pos: int = 0, endpos: int = 2**63 - 1) -> list[str]:
        return self.compiled.findall(string, pos, endpos)

    def split(self, string: str, maxsplit: int = 0) -> list[str]:
        return self.compiled.split(string, maxsplit)
