"""A rule explained in words: why, evidence, an example that draws it and its rewordings.

Shared by ``foidraft explain`` and the editor's explain screen.
"""

from __future__ import annotations

import textwrap

TYPE_CHECKING = False
if TYPE_CHECKING:
    from foidraft.rules.model import Rule


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
