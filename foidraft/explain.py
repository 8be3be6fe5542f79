"""A rule explained in words: why, evidence, an example that draws it and its rewordings.

Shared by ``foidraft explain`` and the editor's explain screen.
"""

from __future__ import annotations

import functools

from foidraft.text.wrap import wrap_line

TYPE_CHECKING = False
if TYPE_CHECKING:
    from foidraft.authorities.model import Authority
    from foidraft.rules.model import Rule


KIND_WORDS = {
    "ambiguous_period": "the period",
    "undefined_term": "what a word meant",
    "manual_review": "the cost of reading records",
    "too_broad": "a scope too broad to search",
    "unnamed_entities": "bodies not named",
    "opinion_or_question": "asking for opinions, not records",
    "personal_data": "personal data",
    "law_enforcement_sensitive": "law enforcement",
    "not_recorded_field": "something the records do not hold",
    "multiple_aggregated": "questions costed together",
    "format_or_validity": "the form of the request",
    "commercial_interests": "commercial interests",
    "other_exemption": "an exemption",
    "held_elsewhere": "information another body holds",
}


ACRONYMS = {"ncnd": "NCND", "foia": "FOIA", "foisa": "FOISA", "x": "X"}
# Names a requester reads with capitals ("Home Office codes to Scotland").
PROPER = {
    "england": "England", "english": "English", "scotland": "Scotland", "scottish": "Scottish",
    "wales": "Wales", "welsh": "Welsh", "ireland": "Ireland", "irish": "Irish",
}  # fmt: skip


def rule_words(rule: Rule | None, rule_id: str = "") -> str:
    """A rule as a requester reads it: its name in words ("ambiguous split year"), never
    its id; ``rule_id`` is the fallback for a rule no longer known."""
    return rule_id if rule is None else name_words(rule.name)


def name_words(name: str) -> str:
    """A rule's name ("ambiguous-split-year") in words, acronyms and names in capitals."""
    words = name.replace("home-office", "Home-Office").split("-")
    return " ".join(ACRONYMS.get(w) or PROPER.get(w, w) for w in words)


def track_record(rule: Rule) -> str:
    """The rule's measured figures in words, or '' when it has none.

    "Of 14 real requests with this wording, 11 were queried or refused over the cost of
    reading records, and 1 was answered in full."
    """
    m = rule.measured
    if not m or not m["requests"]:
        if rule.kind == "format_or_validity":
            return ""
        return (
            "No published request in foidraft's collection has this wording yet, so how "
            "often it draws a query is not known; it is shown as advice."
        )
    n, hit, answered = m["requests"], m["same_kind"], m["answered"]
    kinds = (rule.kind, *rule.also_kinds)  # a rule's record counts each kind it names
    about = " or ".join(KIND_WORDS.get(k, k.replace("_", " ")) for k in kinds)
    noun = "request" if n == 1 else "requests"
    text = f"Of {n} real {noun} with this wording, {hit} {'was' if hit == 1 else 'were'} "
    text += f"queried or refused over {about}"
    if answered:
        text += f", and {answered} {'was' if answered == 1 else 'were'} answered in full"
    return text + "."


OTHER_BODIES = "councils, NHS bodies, departments and other bodies that are not the police"


def body_record(rule: Rule) -> str:
    """How loud the rule is for bodies other than the police, and why, in words ('' for a
    rule that only applies to police bodies, or that has no record of its own there)."""
    if rule.body_neutral:
        why = " ".join(rule.body_neutral.split())
        return f"It is {_as_words(rule.severity)} for every kind of body alike. {why}"
    m = rule.measured_non_police
    if m is None:
        return ""
    n, hit, answered = m["requests"], m["same_kind"], m["answered"]
    severity = rule.non_police_severity or rule.severity
    if not n:
        record = "no published request to such a body has this wording yet"
    else:
        record = f"of {n} real {'request' if n == 1 else 'requests'} to them with this wording, "
        record += f"{hit} {'was' if hit == 1 else 'were'} queried or refused for this reason"
        if answered:
            record += f" and {answered} {'was' if answered == 1 else 'were'} answered in full"
    return f"For {OTHER_BODIES} it is {_as_words(severity)}: {record}."


def _as_words(severity: str) -> str:
    return {"error": "an error", "warning": "a warning"}.get(severity, "advice, not a warning")


def _wrap(text: str, indent: str = "  ", width: int = 88) -> str:
    """Paragraphs filled to ``width``; 0 leaves each on one line, for a window that wraps
    text to its own width (the app's)."""
    paras = [" ".join(p.split()) for p in text.split("\n\n") if p.strip()]
    if width <= 0:
        return "\n\n".join(indent + p for p in paras)
    rest = " " * len(indent)
    return "\n\n".join("\n".join(wrap_line(indent + p, width, rest)) for p in paras)


def explain_text(rule: Rule, width: int = 88, authority: Authority | None = None) -> str:
    """``foidraft explain``'s text; ``width`` 0 leaves the wrapping to the window. For an
    ``authority`` under FOISA, the sections cited are FOISA's (foidraft.rules.counterparts)."""
    wrap = functools.partial(_wrap, width=width)
    from foidraft.lint.api import check
    from foidraft.report import describe_suggestion
    from foidraft.rules.counterparts import for_authority
    from foidraft.rules.model import RuleSet

    split = rule.non_police_severity
    severity = rule.severity if split is None else f"{rule.severity}; {split} for other bodies"
    # Its name in words first, as the editor says it; the id last, for `--ignore` and `i`.
    title = name_words(rule.name)
    out = [
        f"{title[:1].upper()}{title[1:]}  ({rule.kind.replace('_', ' ')}, {severity}; {rule.id})",
        "",
    ]
    out += ["Why", wrap(for_authority(rule.why, authority, beside=True)), ""]
    record = track_record(rule)
    bodies = body_record(rule)
    if record or bodies:
        out += ["On real requests", wrap("\n\n".join(t for t in (record, bodies) if t)), ""]
    if rule.known_problems:
        out += ["Known problems", wrap(rule.known_problems), ""]
    out += ["Evidence"]
    for ev in rule.evidence:
        out.append(f"  - {ev['title']}")  # the case's id is for contributors, not shown
        if ev.get("quote"):
            out.append(wrap(f"“{ev['quote']}”", "      "))
        out.append(f"    {ev['url']}")
    bad = rule.examples["bad"][0]
    only = RuleSet([rule])
    # Checked as a letter to ``authority``: its regime's numbers and words in the message
    # (the example's own words quoted as written) and only the rewordings offered there.
    found = [f for f in check(bad, authority, ruleset=only) if f.rule == rule.id]
    out += ["", "Example that draws this advice", wrap(bad, "  ✗ ")]
    if found:
        f = found[0]
        out.append(f"  → {f.message}")
        out += ["", "Suggested rewordings (for that example)"]
        for i, s in enumerate(f.suggestions, 1):
            out.append(wrap(f"{i}. {describe_suggestion(s, bad)}", "  "))
    elif authority is not None and not rule.applies_to.matches(authority):
        out.append(f"  → not given for a letter to {authority.name}")
    out += ["", "Wording that avoids it"]
    out += [wrap(good, "  ✓ ") for good in rule.examples["good"]]
    scope = []
    if rule.applies_to.regimes:
        scope.append("regimes: " + ", ".join(sorted(rule.applies_to.regimes)))
    if rule.applies_to.authority_types:
        scope.append("authorities: " + ", ".join(sorted(rule.applies_to.authority_types)))
    if scope:
        out += ["", "Applies to " + "; ".join(scope)]
    out += ["", f"Silence it on one line with <!-- foidraft: ignore {rule.id} -->"]
    return "\n".join(out)
