"""``foidraft explain RULE``: the message, why, evidence, examples and rewordings."""

from __future__ import annotations

from foidraft.cli.output import say
from foidraft.errors import FoidraftError

TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse

    from foidraft.authorities.model import Authority
    from foidraft.rules.model import Rule

DESCRIPTION = "Explain a rule by id (FD101) or name (ambiguous-split-year)."


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("rule", metavar="RULE", help="rule id or name")
    p.add_argument("-f", "--format", choices=("text", "json"), default="text")
    p.add_argument(
        "-a", "--authority", metavar="NAME",
        help="who the letter is for: a body under the Scottish Act (Police Scotland) is "
        "told FOISA's section numbers",
    )  # fmt: skip


def run(args: argparse.Namespace) -> int:
    from foidraft.explain import explain_text
    from foidraft.rules.registry import default_ruleset

    rules = default_ruleset()
    rule = rules.get(args.rule)
    if rule is None:
        import difflib

        refs = [r.id for r in rules] + [r.name for r in rules]
        close = difflib.get_close_matches(args.rule, refs, n=3)
        if not close:  # a word of a rule's name: "online" for online-not-a-field
            word = "-".join(args.rule.casefold().split())
            close = [f"{r.id} ({r.name})" for r in rules if word and word in r.name][:3]
        hint = f"did you mean {', '.join(close)}?" if close else "`foidraft rules` lists them all"
        raise FoidraftError(f"no rule {args.rule!r}", hint=hint)
    authority = None
    if getattr(args, "authority", None):
        from foidraft.cli.named import command_authority

        authority = command_authority(args.authority, None)
    if args.format == "json":
        import json

        print(json.dumps(rule_json(rule, authority), ensure_ascii=False, indent=2))
    else:
        from foidraft.cli.output import prose_width

        width = prose_width()  # a terminal's width; piped, the 88 columns it always had
        say(explain_text(rule, width=width or 88, authority=authority), wrap=True)
    return 0


def rule_json(rule: Rule, authority: Authority | None = None) -> dict[str, object]:
    from foidraft.rules.counterparts import for_authority

    return {
        "id": rule.id,
        "name": rule.name,
        "kind": rule.kind,
        "severity": rule.severity,
        "check": rule.check,
        "message": for_authority(rule.message, authority),
        "why": for_authority(" ".join(rule.why.split()), authority, beside=True),
        "evidence": rule.evidence,
        "suggestions": [
            {"title": s.title, "op": s.op, "template": s.template} for s in rule.suggestions
        ],
        "examples": rule.examples,
        "origin": rule.origin,
        "measured": rule.measured,
        # Loudness for bodies other than the police (see `foidraft explain`).
        "non_police_severity": rule.non_police_severity or rule.severity,
        "measured_non_police": rule.measured_non_police,
        "body_neutral": " ".join(rule.body_neutral.split()) if rule.body_neutral else None,
    }
