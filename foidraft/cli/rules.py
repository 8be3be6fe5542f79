"""``foidraft rules``: list the knowledge base, or validate a rule file."""

from __future__ import annotations

from foidraft.cli.output import say

TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse

    from foidraft.rules.model import Rule

DESCRIPTION = (
    "List every rule: id, severity, kind, and its record on real published requests (how "
    "many it fires on, how many of those were queried or refused for its kind of reason, "
    "how many were answered in full), then its severity for bodies other than the police "
    "(councils, NHS bodies, departments...) with its record on requests to them ('any' when "
    "its reason holds for every body alike, '-' when it applies to police bodies only), then "
    "its name. With --file, validate a rule file and list its rules; problems are reported "
    "with file, line, rule and field."
)


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("--file", metavar="PATH", help="validate this rule file instead")
    p.add_argument("--kind", metavar="KIND", help="only rules of this kind")
    p.add_argument("-f", "--format", choices=("text", "json"), default="text")


def run(args: argparse.Namespace) -> int:
    from foidraft.rules.registry import default_ruleset, ruleset_from_file

    rules = ruleset_from_file(args.file) if args.file else default_ruleset()
    selected = [r for r in rules if not args.kind or r.kind == args.kind]
    if args.format == "json":
        import json

        from foidraft.cli.explain import rule_json

        print(json.dumps([rule_json(r) for r in selected], ensure_ascii=False, indent=2))
        return 0
    from foidraft.cli.output import prose_width

    width = prose_width()
    figures_head = f"{'fires':>5} {'right':>5} {'answered':>8}  {'others':<8} {'record':>8}"
    longest = max((len(r.name) + len(r.origin) + 4 for r in selected), default=0)
    # Too wide for the terminal (at 80 columns the figures and the kind fill the line):
    # the kind and the name go on a line under each rule's figures. Piped, one line each.
    under = bool(width) and 7 + 9 + 27 + len(figures_head) + 2 + longest > width
    if under:
        say(f"{'rule':5}  {'severity':<8} {figures_head}\n{'':7}{'kind':<25}  name")
    else:
        say(f"{'rule':5}  {'severity':<8} {'kind':<25}  {figures_head}  name")
    for r in selected:
        origin = "" if r.origin == "bundled" else f"  [{r.origin}]"
        m = r.measured or {"requests": 0, "same_kind": 0, "answered": 0}
        figures = f"{m['requests']:5} {m['same_kind']:5} {m['answered']:8}  {_others(r)}"
        if under:
            say(f"{r.id}  {r.severity:<7}  {figures}\n{'':7}{r.kind:<25}  {r.name}{origin}")
        else:
            say(f"{r.id}  {r.severity:<7}  {r.kind:<25}  {figures}  {r.name}{origin}")
    say(f"{len(selected)} rule{'s' if len(selected) != 1 else ''}.")
    import textwrap

    say(textwrap.fill(KEY, width or 88))
    return 0


# The columns in words, under the table: a requester reads the list without --help.
KEY = (
    "fires: real published requests it finds; right: of those, queried or refused for its "
    "kind of reason; answered: answered in full. others: its severity for councils, NHS "
    "bodies and departments, and its record on requests to them (fires/right/answered; "
    "'any': its reason holds for every body; '-': police bodies only). "
    "`foidraft explain ID` says why."
)


def _others(rule: Rule) -> str:
    """The severity for bodies other than the police and the record behind it."""
    m = rule.measured_non_police
    if rule.body_neutral:
        return f"{rule.severity:<8} {'any':>8}"
    if m is None:
        return f"{'-':<8} {'-':>8}"
    record = f"{m['requests']}/{m['same_kind']}/{m['answered']}"
    return f"{rule.non_police_severity or rule.severity:<8} {record:>8}"
