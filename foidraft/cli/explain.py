"""``foidraft explain RULE``: the message, why, evidence, examples and rewordings."""

from __future__ import annotations

import textwrap

from foidraft.errors import FoidraftError

TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse

    from foidraft.rules.model import Rule

DESCRIPTION = "Explain a rule by id (FD101) or name (ambiguous-split-year)."


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("rule", metavar="RULE", help="rule id or name")
    p.add_argument("-f", "--format", choices=("text", "json"), default="text")


def run(args: argparse.Namespace) -> int:
    from foidraft.rules.registry import default_ruleset

    rules = default_ruleset()
    rule = rules.get(args.rule)
    if rule is None:
        import difflib

        refs = [r.id for r in rules] + [r.name for r in rules]
        close = difflib.get_close_matches(args.rule, refs, n=3)
        hint = f"did you mean {', '.join(close)}?" if close else "`foidraft rules` lists them all"
        raise FoidraftError(f"no rule {args.rule!r}", hint=hint)
    if args.format == "json":
        import json

        print(json.dumps(rule_json(rule), ensure_ascii=False, indent=2))
    else:
        print(explain_text(rule))
    return 0


def rule_json(rule: Rule) -> dict[str, object]:
    return {
        "id": rule.id,
        "name": rule.name,
        "kind": rule.kind,
        "severity": rule.severity,
        "check": rule.check,
        "message": rule.message,
        "why": " ".join(rule.why.split()),
        "evidence": rule.evidence,
        "suggestions": [
            {"title": s.title, "op": s.op, "template": s.template} for s in rule.suggestions
        ],
        "examples": rule.examples,
        "origin": rule.origin,
    }


def _wrap(text: str, indent: str = "  ") -> str:
    paras = [" ".join(p.split()) for p in text.split("\n\n") if p.strip()]
    rest = " " * len(indent)
    return "\n\n".join(
        textwrap.fill(p, 88, initial_indent=indent, subsequent_indent=rest) for p in paras
    )


def explain_text(rule: Rule) -> str:
    from foidraft.lint.api import check
    from foidraft.report import describe_suggestion
    from foidraft.rules.model import RuleSet

    out = [f"{rule.id}  {rule.name}  ({rule.kind.replace('_', ' ')}, {rule.severity})", ""]
    out += ["Why", _wrap(rule.why), "", "Evidence"]
    for ev in rule.evidence:
        line = f"  - {ev['title']}"
        if ev.get("case"):
            line += f" [{ev['case']}]"
        out.append(line)
        if ev.get("quote"):
            out.append(_wrap(f"“{ev['quote']}”", "      "))
        out.append(f"    {ev['url']}")
    bad = rule.examples["bad"][0]
    only = RuleSet([rule])
    found = [f for f in check(bad, ruleset=only) if f.rule == rule.id]
    out += ["", "Example that draws this advice", _wrap(bad, "  ✗ ")]
    if found:
        f = found[0]
        out.append(f"  → {f.message}")
        out += ["", "Suggested rewordings (for that example)"]
        for i, s in enumerate(f.suggestions, 1):
            out.append(_wrap(f"{i}. {describe_suggestion(s, bad)}", "  "))
    out += ["", "Wording that avoids it"]
    out += [_wrap(good, "  ✓ ") for good in rule.examples["good"]]
    scope = []
    if rule.applies_to.regimes:
        scope.append("regimes: " + ", ".join(sorted(rule.applies_to.regimes)))
    if rule.applies_to.authority_types:
        scope.append("authorities: " + ", ".join(sorted(rule.applies_to.authority_types)))
    if scope:
        out += ["", "Applies to " + "; ".join(scope)]
    out += ["", f"Silence it on one line with <!-- foidraft: ignore {rule.id} -->"]
    return "\n".join(out)
