"""Compiled programs for the engine's own regexes, kept in the user cache folder.

Besides the knowledge base's patterns (whose compiled form the rules' cache holds, see
``foidraft.rules.precompile``), a check uses a score of fixed regexes: sentence ends, list
items, questions that point back, template fields. Compiling them costs a few milliseconds
in every ``foidraft check``. ``install`` gives every ``LazyRegex`` their compiled programs
from a small cache file; a regex compiled without one is added to the file when the
process ends, so after the first runs nothing is compiled. The file is keyed like the
rules' cache (the engine's magic number, the Python version), so a program is only ever
used by the engine that made it.
"""

from __future__ import annotations

import marshal
import os

from foidraft.rules.precompile import ENGINE_KEY, Program, compile_program, program
from foidraft.text import lazyre
from foidraft.version import __version__

TYPE_CHECKING = False
if TYPE_CHECKING:
    import re

FORMAT = 2  # 2: alternations grouped by first letter (foidraft.rules.branches)
_installed = False


def install(cache_dir: str | None) -> None:
    """Compile LazyRegexes from the cache in ``cache_dir`` (once per process)."""
    global _installed
    if _installed or cache_dir is None:
        return
    _installed = True
    path = os.path.join(cache_dir, f"regexes-{FORMAT}.marshal")
    key = [FORMAT, __version__, ENGINE_KEY]
    known = _read(path, key)
    new: dict[tuple[str, int], Program] = {}

    def compile_regex(pattern: str, flags: int) -> re.Pattern[str]:
        prog = known.get((pattern, int(flags)))
        if prog is None:
            prog = program(pattern, flags)
            if prog is not None:
                if not new:
                    import atexit

                    atexit.register(_write, path, key, known, new)
                new[(pattern, int(flags))] = prog
        return compile_program(pattern, prog, flags)

    lazyre.use_compiler(compile_regex)


def _read(path: str, key: list[object]) -> dict[tuple[str, int], Program]:
    try:
        with open(path, "rb") as fh:
            stored = marshal.loads(fh.read())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if not isinstance(stored, dict) or stored.get("key") != key:
        return {}
    return {(p, f): prog for p, f, prog in stored.get("regexes", ())}


def _write(
    path: str,
    key: list[object],
    known: dict[tuple[str, int], Program],
    new: dict[tuple[str, int], Program],
) -> None:
    import contextlib

    from foidraft.atomic import write_cache_file

    regexes = [[p, f, prog] for (p, f), prog in {**known, **new}.items()]
    # A read-only cache folder (or anything odd) only costs speed, and must print nothing.
    with contextlib.suppress(OSError, ValueError, TypeError):
        write_cache_file(path, marshal.dumps({"key": key, "regexes": regexes}))
