"""``foidraft check FILE...``: print findings; exit 0 (clean), 1 (warnings) or 2 (bad input)."""

from __future__ import annotations

from foidraft.cli.inputs import read_text
from foidraft.cli.output import prose_width, say
from foidraft.errors import FoidraftError
from foidraft.text.wrap import wrap_text

TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse


DESCRIPTION = (
    "Check FOI request letters for wording known to draw a clarification request, a section 12 "
    "cost refusal or a neither-confirm-nor-deny answer. FILE may be '-' for standard input. "
    "Exit status: 0 when nothing is at warning level or above, 1 when something is, 2 on bad "
    "usage or unreadable input."
)


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("files", nargs="+", metavar="FILE", help="letters to check ('-' for stdin)")
    p.add_argument("-f", "--format", choices=("text", "json"), default="text")
    p.add_argument(
        "-a", "--authority", metavar="NAME",
        help="who the letter is for (name, abbreviation or WhatDoTheyKnow slug), for "
        "authority-specific advice such as FOISA wording for Police Scotland",
    )  # fmt: skip
    p.add_argument(
        "--regime", choices=("foia", "foisa", "eir"), type=str.lower,
        help="the law the request is made under, when the authority's own is not right "
        "(foisa for Scottish bodies)",
    )  # fmt: skip
    p.add_argument(
        "--ignore", metavar="RULES", default="", help="comma-separated rule ids or names to skip"
    )
    p.add_argument("--no-suggestions", action="store_true", help="text output without rewordings")


# The options above, for quick_parse (argparse, gettext and shutil cost ~4 ms to import).
_VALUED = {"-f": "format", "--format": "format", "-a": "authority", "--authority": "authority",
           "--ignore": "ignore", "--regime": "regime"}  # fmt: skip
_CHOICES = {"format": ("text", "json"), "regime": ("foia", "foisa", "eir")}


def quick_parse(argv: list[str]) -> argparse.Namespace | None:
    """Parse `check`'s own options without argparse; None for anything unusual (help,
    mistakes), which argparse then handles with its usual messages. A test proves both
    parsers agree wherever this one answers."""
    values: dict[str, object] = {
        "command": "check", "files": [], "format": "text", "authority": None,
        "ignore": "", "no_suggestions": False, "regime": None,
    }  # fmt: skip
    files: list[str] = []
    i = 0
    options_done = False
    files_closed = False  # argparse takes the files as one run: more after an option is an error
    while i < len(argv):
        arg = argv[i]
        i += 1
        if options_done or arg == "-" or not arg.startswith("-"):
            if files_closed:
                return None
            files.append(arg)
            continue
        files_closed = bool(files)
        if arg == "--":
            options_done = True
            continue
        if arg == "--no-suggestions":
            values["no_suggestions"] = True
            continue
        name, eq, inline = arg.partition("=")
        key = _VALUED.get(name)
        if key is None or (eq and name.startswith("-") and not name.startswith("--")):
            return None  # unknown option, -h, or -f=x (which argparse reads differently)
        if eq:
            value = inline
        elif i < len(argv) and not argv[i].startswith("-"):
            value = argv[i]
            i += 1
        else:
            return None  # a missing value: argparse explains
        if key == "regime":
            value = value.lower()
        if key in _CHOICES and value not in _CHOICES[key]:
            return None
        values[key] = value
    if not files:
        return None
    values["files"] = files
    return _Options(values)  # type: ignore[return-value]


class _Options:
    """What argparse's Namespace holds, without argparse (or the types module)."""

    def __init__(self, values: dict[str, object]) -> None:
        self.__dict__.update(values)


def run(args: argparse.Namespace) -> int:
    import gc

    # The collector waits for the whole command, as it does during each check
    # (``foidraft.lint.engine.CollectionPaused``): loading the knowledge base and printing
    # made it run about six times, a twentieth of a one-page `foidraft check`, and a check
    # and its report leave no cycles for it to free (tests/test_check_cli.py).
    was = gc.isenabled()
    gc.disable()
    try:
        return _run(args)
    finally:
        if was:
            gc.enable()


def _run(args: argparse.Namespace) -> int:
    from foidraft import report
    from foidraft.cli.named import command_authority
    from foidraft.lint.api import check

    authority = command_authority(args.authority, args.regime)
    ignore = [r.strip() for r in args.ignore.split(",") if r.strip()]
    validate_rule_refs(ignore)
    colour = args.format == "text" and report.use_colour()
    width = prose_width()  # folded to a terminal; whole lines to a pipe, for tools
    counts: dict[str, int] = {}
    json_out: list[dict[str, object]] = []
    failed = False
    shown = 0
    for path in args.files:
        try:
            text = read_text(path)
            if not text.strip():  # "No problems found" would pass a file saved empty
                where = "standard input" if path == "-" else path
                raise FoidraftError(f"{where}: is empty: there is no letter to check")
        except FoidraftError as exc:
            say(f"foidraft: error: {exc}", err=True)
            failed = True
            continue
        shown += 1
        findings = check(text, authority, ignore=ignore)
        for f in findings:
            counts[f.severity] = counts.get(f.severity, 0) + 1
        if args.format == "json":
            json_out.extend(report.finding_json(path, f) for f in findings)
            continue
        if args.no_suggestions:
            for f in findings:
                f.suggestions = []
        block = report.format_text(path, findings, text, colour=colour, width=width)
        if block:
            print(block)
    if args.format == "json":
        import json

        print(json.dumps(json_out, ensure_ascii=False, indent=2))
    elif shown:
        print(wrap_text(report.summary(counts, shown), width))
    if failed:
        return 2
    return 1 if counts.get("warning") or counts.get("error") else 0


def validate_rule_refs(refs: list[str]) -> None:
    """A FoidraftError naming every id or name in ``refs`` that is no rule."""
    if not refs:
        return
    from foidraft.rules.registry import default_ruleset

    rules = default_ruleset()
    unknown = [r for r in refs if rules.get(r) is None]
    if unknown:
        raise FoidraftError(
            f"unknown rule(s): {', '.join(unknown)}", hint="`foidraft rules` lists them all"
        )
