"""How findings are printed: ``file:line:col  RULE  severity  message`` or JSON.

The JSON schema (documented in README.md, "JSON output") is a flat list of findings, each
with the ``file`` it came from; version 1.
"""

from __future__ import annotations

import os
import sys

from foidraft.lint.merging import folded
from foidraft.lint.model import ADVICE, Finding, Suggestion
from foidraft.text.terminal import visible
from foidraft.text.wrap import wrap_line

JSON_VERSION = 1
_COLOURS = {"error": "\033[1;31m", "warning": "\033[33m", "info": "\033[36m"}
_DIM, _BOLD, _RESET = "\033[2m", "\033[1m", "\033[0m"


def use_colour(stream: object = None) -> bool:
    stream = stream or sys.stdout
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def describe_suggestion(s: Suggestion, source: str) -> str:
    """One line saying what applying ``s`` does to ``source``."""
    if s.is_advice:
        return f"{s.title}: {s.advice}" if s.advice else s.title
    parts = []
    for e in s.edits:
        old = " ".join(source[e.start : e.end].split())
        new = " ".join(e.replacement.split())
        if e.start == e.end:
            parts.append(f'add "{new}"')
        elif not e.replacement:
            parts.append(f'remove "{old}"')
        else:
            parts.append(f'"{new}"')
    return f"{s.title}: {'; '.join(parts)}"


def format_text(
    path: str, findings: list[Finding], source: str, *, colour: bool = False, width: int = 0
) -> str:
    """The findings as text for a terminal; the letter's own words are made visible and
    harmless (``foidraft.text.terminal``) before any colour is added. ``width`` folds each
    line to it (``foidraft.text.wrap``: quotations and the path kept whole), measured
    before the colour, which takes no room on the screen."""
    lines = []
    path = visible(path, one_line=True)
    for f in findings:
        head = f"{path}:{f.line}:{f.column}  {f.rule}  {f.severity}  {visible(f.message)}"
        first, *rest = wrap_line(head, width, keep=len(path))
        if colour:
            sev = f"{_COLOURS[f.severity]}{f.severity}{_RESET}"
            plain = f":{f.line}:{f.column}  {f.rule}  {f.severity}  "
            first = first.replace(
                plain, f":{f.line}:{f.column}  {_BOLD}{f.rule}{_RESET}  {sev}  ", 1
            )
        lines += [first, *rest]
        for g in folded(f):  # another rule on the same words: its reason, then all rewordings
            lines += wrap_line(f"    also {g.rule} {g.severity}: {visible(g.message)}", width)
        for i, s in enumerate(f.suggestions, 1):
            tag = "" if s.applicability != "safe" else " [safe]"
            parts = wrap_line(f"    {i}. {visible(describe_suggestion(s, source))}{tag}", width)
            dim = colour and s.applicability == ADVICE
            lines += [f"{_DIM}{part}{_RESET}" for part in parts] if dim else parts
    return "\n".join(lines)


def summary(counts: dict[str, int], files: int) -> str:
    total = sum(counts.values())
    if not total:
        return f"No problems found in {files} file{'s' if files != 1 else ''}."
    parts = [f"{n} {sev}{'s' if n != 1 and sev != 'info' else ''}"  # "3 info", not "infos"
             for sev in ("error", "warning", "info") if (n := counts.get(sev, 0))]  # fmt: skip
    return (
        f"{total} finding{'s' if total != 1 else ''} ({', '.join(parts)}) in {files} "
        f"file{'s' if files != 1 else ''}. `foidraft explain RULE` says why; "
        "`foidraft fix FILE` applies safe rewordings."
    )


def finding_json(path: str, f: Finding) -> dict[str, object]:
    out: dict[str, object] = {"file": path}
    out.update(f.to_dict())
    return out
