"""``foidraft fix FILE``: apply safe rewordings, and the ones the user chose, atomically."""

from __future__ import annotations

import os

from foidraft.cli.inputs import STDIN, read_text
from foidraft.cli.output import say
from foidraft.errors import FoidraftError

TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse

DESCRIPTION = (
    "Apply suggested rewordings in place. Only 'safe' suggestions are applied on their own; "
    "where a finding offers alternatives (a financial or a calendar year?) or came from a "
    "fuzzy match, pick one with --choose RULE=N (N as numbered by `foidraft check`). The file "
    "is replaced atomically; --dry-run prints the diff and changes nothing."
)


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE", help="the letter to fix ('-': read stdin, print result)")
    p.add_argument("--dry-run", action="store_true", help="show the diff, change nothing")
    p.add_argument(
        "--choose", action="append", default=[], metavar="RULE=N",
        help="apply suggestion N of every finding of RULE (id or name); repeatable",
    )  # fmt: skip
    p.add_argument("-a", "--authority", metavar="NAME", help="who the letter is for")
    p.add_argument("--ignore", metavar="RULES", default="", help="comma-separated rules to skip")


def parse_choices(values: list[str]) -> dict[str, int]:
    from foidraft.rules.registry import default_ruleset

    rules = default_ruleset()
    out: dict[str, int] = {}
    for value in values:
        ref, sep, num = value.partition("=")
        if not sep or not num.strip().isdigit() or int(num) < 1:
            raise FoidraftError(f"--choose {value}: expected RULE=N, e.g. FD101=1")
        rule = rules.get(ref.strip())
        if rule is None:
            raise FoidraftError(
                f"--choose {value}: no rule {ref.strip()!r}", hint="see `foidraft rules`"
            )
        out[rule.id] = int(num)
    return out


def run(args: argparse.Namespace) -> int:
    from foidraft.cli.check import validate_rule_refs
    from foidraft.cli.named import command_authority
    from foidraft.lint.api import check
    from foidraft.lint.fixes import apply_edits, choose, unified_diff

    choices = parse_choices(args.choose)
    authority = command_authority(args.authority, None)  # as `check` reads it (cli/named.py)
    ignore = [r.strip() for r in args.ignore.split(",") if r.strip()]
    validate_rule_refs(ignore)
    before = read_text(args.file)
    findings = check(before, authority, ignore=ignore)
    chosen, pending = choose(findings, choices)
    after = apply_edits(before, [e for _, s in chosen for e in s.edits])
    if after != before and not args.dry_run:
        from foidraft.drafts.header import stamped

        after = stamped(after)  # a draft's `updated:`, as a save in the app sets it
    err = args.file == STDIN
    if args.file == STDIN:
        from foidraft.cli.output import write_data

        write_data(after.encode("utf-8"))
    elif args.dry_run:
        diff = unified_diff(before, after, args.file)
        if diff:
            say(diff, end="" if diff.endswith("\n") else "\n")
    elif after != before:
        from foidraft.atomic import atomic_write_text

        # A symlinked letter is fixed where it lives: replacing the link with a file
        # would leave the real letter unfixed.
        target = os.path.realpath(args.file)
        mode = os.stat(target).st_mode & 0o777
        atomic_write_text(target, after, mode=mode)
    verb = "would apply" if args.dry_run else "applied"
    say(f"{verb} {len(chosen)} suggestion{'s' if len(chosen) != 1 else ''}", err=err)
    for f, s in chosen:
        say(f"  {f.rule} at {f.line}:{f.column}: {s.title}", err=err)
    for f in pending:
        options = ", ".join(f"{i}={s.title}" for i, s in enumerate(f.suggestions, 1) if s.edits)
        say(
            f"  needs a choice: {f.rule} at {f.line}:{f.column} ({f.match!r}): "
            f"--choose {f.rule}=N where N is {options}",
            err=err,
        )
    remaining = check(after, authority, ignore=ignore)
    return 1 if any(f.severity in ("warning", "error") for f in remaining) else 0
