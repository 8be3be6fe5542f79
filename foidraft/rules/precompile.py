"""Compiled regex programs kept in the rules cache, so `foidraft check` skips compiling.

Compiling the knowledge base's few hundred regexes costs ~40 ms per process, most of a
one-page check. The regex compiler's output (a list of integers for the ``_sre`` engine)
is computed once when the rule file is validated, stored in the marshal cache next to the
rules, and handed straight to ``_sre.compile``. The cache key includes the Python version
and the engine's magic number (ENGINE_KEY), so a program is only ever used by the engine
that made it; anything unexpected falls back to ``re.compile``, which gives the same
pattern (tests/test_engine_properties.py checks that for every bundled pattern). The
program is re's own, but for long alternations grouped by first letter
(``foidraft.rules.branches``): the same matches, found sooner (tests/test_branches.py).
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import sys

TYPE_CHECKING = False
if TYPE_CHECKING:
    import re

ENGINE_KEY = [list(sys.version_info[:3]), _sre.MAGIC, _sre.CODESIZE]
# The code is stored packed (bytes load from marshal ~30x faster than a list of ints),
# and unpacked with memoryview: the array module imports collections (~1 ms at start-up).
_TYPECODE = next(
    (t for t in "ILH" if memoryview(bytes(8)).cast(t).itemsize == _sre.CODESIZE),  # type: ignore[call-overload]
    "",
)

# [flags, packed code, groups - 1, groupindex, indexgroup]: the arguments of _sre.compile
Program = list[object]


def program(regex: str, flags: int) -> Program | None:
    """What ``re.compile(regex, flags)`` hands to the engine, as marshal-able data."""
    try:
        from array import array
        from re import _compiler, _parser  # type: ignore[attr-defined]

        from foidraft.rules.branches import group_alternations

        parsed = _parser.parse(regex, flags)
        groupindex = dict(parsed.state.groupdict)
        group_alternations(parsed, parsed.state.flags)  # the same matches, found sooner
        code = array(_TYPECODE, _compiler._code(parsed, flags)).tobytes()
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        return [
            int(flags | parsed.state.flags),
            code,
            parsed.state.groups - 1,
            groupindex,
            indexgroup,
        ]
    except Exception:  # private API: never let an optimisation break loading
        return None


def compile_program(regex: str, prog: Program | None, flags: int) -> re.Pattern[str]:
    """The compiled pattern, from ``prog`` when it can be used, else by ``re.compile``."""
    if prog is not None:
        try:
            final_flags, packed, groups, groupindex, indexgroup = prog
            code = memoryview(packed).cast(_TYPECODE)  # type: ignore[arg-type, call-overload]
            return _sre.compile(  # type: ignore[no-any-return]
                regex,
                final_flags,
                code.tolist(),
                groups,
                groupindex,
                tuple(indexgroup),  # type: ignore[arg-type]
            )
        except Exception:
            pass
    import re

    return re.compile(regex, flags)
