"""Read a rule file and validate it strictly (unknown keys, bad regexes, duplicate ids).

Only called when the compiled cache is missing or stale, so importing YAML here does not
slow down ``foidraft check``.
"""

from __future__ import annotations

import re
from typing import Any

from foidraft.authorities.context import CONTEXT_FIELDS
from foidraft.errors import RuleFileError, RuleProblem
from foidraft.rules.heads import head_literals
from foidraft.rules.literals import required_literals
from foidraft.rules.precompile import program
from foidraft.rules.schema import Validator
from foidraft.rules.vocabulary import (
    CHECKS,
    ID_RE,
    KINDS,
    MEASURED_KEYS,
    MODEL_CHECKS,
    MODEL_FIELDS,
    NAME_RE,
    REQUIRED_RULE_KEYS,
    RULE_KEYS,
    SEVERITIES,
)
from foidraft.validation import Path

FORMAT_VERSION = 1


def read_yaml_with_lines(path: str) -> tuple[Any, dict[Path, int]]:
    """A data file's YAML and its lines (as parse_yaml_with_lines); a file that cannot be
    read is a RuleFileError naming it."""
    try:
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleFileError([RuleProblem(path, None, None, None, f"cannot read: {exc}")]) from None
    return parse_yaml_with_lines(text, path)


def parse_yaml_with_lines(text: str, file: str) -> tuple[Any, dict[Path, int]]:
    """Parse YAML and map every node's path to its 1-based line; duplicate keys are errors,
    and so are aliases and deep nesting (foidraft.text.safe_yaml)."""
    import yaml

    from foidraft.text.safe_yaml import UnsafeYaml, check_plain, loader_class

    try:
        check_plain(text)
    except UnsafeYaml as exc:
        raise RuleFileError([RuleProblem(file, exc.line, None, None, exc.message)]) from None
    loader = loader_class()(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc)
        error = RuleProblem(file, line, None, None, f"not valid YAML: {problem}")
        raise RuleFileError([error]) from None
    finally:
        loader.dispose()
    lines: dict[Path, int] = {}
    duplicates: list[RuleProblem] = []
    if node is not None:
        _index(node, (), lines, duplicates, file)
    if duplicates:
        raise RuleFileError(duplicates)
    return data, lines


def _index(
    node: Any, path: Path, lines: dict[Path, int], dups: list[RuleProblem], file: str
) -> None:
    import yaml

    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key_node, value_node in node.value:
            key = str(key_node.value)
            if key in seen:
                dups.append(
                    RuleProblem(file, key_node.start_mark.line + 1, None, key, "duplicate key")
                )
            seen.add(key)
            lines[(*path, key)] = key_node.start_mark.line + 1
            _index(value_node, (*path, key), lines, dups, file)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _index(item, (*path, i), lines, dups, file)


def load_rule_file(path: str, *, origin: str = "bundled") -> list[dict[str, Any]]:
    """Load and validate one rule file; raise RuleFileError listing every problem."""
    display = path
    try:
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleFileError(
            [RuleProblem(display, None, None, None, f"cannot read: {exc}")]
        ) from None
    data, lines = parse_yaml_with_lines(text, display)
    return validate_rule_data(data, lines, display, origin=origin)


def validate_rule_data(
    data: Any, lines: dict[Path, int], file: str, *, origin: str = "bundled"
) -> list[dict[str, Any]]:
    def line_of(path: Path) -> int | None:
        while path and path not in lines:
            path = path[:-1]
        return lines.get(path)

    v = Validator(file, line_of)
    if not isinstance(data, dict):
        v.problem((), "expected a mapping with `version` and `rules`")
        raise RuleFileError(v.problems)
    v.mapping(data, (), {"version", "rules"})
    if data.get("version") != FORMAT_VERSION:
        v.problem(("version",), f"expected `version: {FORMAT_VERSION}`")
    raw_rules = data.get("rules")
    if not isinstance(raw_rules, list):
        v.problem(("rules",), "expected a list of rules")
        raise RuleFileError(v.problems)

    rules = [_validate_rule(v, raw, ("rules", i), origin) for i, raw in enumerate(raw_rules)]
    _check_references(v, rules)
    if v.problems:
        raise RuleFileError(v.problems)
    return rules


def _validate_rule(v: Validator, raw: Any, path: Path, origin: str) -> dict[str, Any]:
    v.rule_label = None
    if isinstance(raw, dict):
        rid, name = raw.get("id"), raw.get("name")
        v.rule_label = f"{rid} ({name})" if rid and name else str(rid or name or f"#{path[-1]}")
    raw = v.mapping(raw, path, RULE_KEYS)
    model_rule = raw.get("check") == "model"
    for key in REQUIRED_RULE_KEYS:
        if key not in raw and not (model_rule and key == "patterns"):
            v.problem(path, f"missing required field '{key}'")
    rule: dict[str, Any] = {"origin": origin, "line": v.line_of(path) or 0}
    rid = v.text(raw.get("id", ""), (*path, "id"))
    if rid and not ID_RE.match(rid):
        v.problem((*path, "id"), "expected two to four capitals and three digits, e.g. FD101")
    name = v.text(raw.get("name", ""), (*path, "name"))
    if name and not NAME_RE.match(name):
        v.problem((*path, "name"), "expected kebab-case, e.g. ambiguous-split-year")
    rule.update(
        id=rid,
        name=name,
        kind=v.choice(raw.get("kind"), (*path, "kind"), KINDS),
        severity=v.choice(raw.get("severity"), (*path, "severity"), SEVERITIES),
        why=v.text(raw.get("why", ""), (*path, "why")),
        check=v.choice(raw.get("check", "existence"), (*path, "check"), CHECKS),
        status=v.choice(raw.get("status", "active"), (*path, "status"), ("active", "deprecated")),
    )
    rule["evidence"] = v.evidence(raw.get("evidence"), (*path, "evidence"))
    v.lists = v.word_lists(raw["lists"], (*path, "lists")) if "lists" in raw else {}
    if model_rule:
        rule["model"] = v.choice(raw.get("model"), (*path, "model"), MODEL_CHECKS)
        if "patterns" in raw:
            v.problem((*path, "patterns"), "model rules take their words from the model")
        rule["patterns"] = []
    else:
        if "model" in raw:
            v.problem((*path, "model"), "only `check: model` rules take `model`")
        rule["patterns"] = v.patterns(raw.get("patterns"), (*path, "patterns"))
    groups = {g for p in rule["patterns"] for g in p["groups"]}
    fields = set(CONTEXT_FIELDS) | groups | {"match", "count", "max"}
    if model_rule:
        fields |= set(MODEL_FIELDS[rule["model"]])
    if "measured" in raw:
        rule["measured"] = _measured(v, raw["measured"], (*path, "measured"))
    _by_body(v, raw, rule, path)
    if "known_problems" in raw:
        rule["known_problems"] = v.text(raw["known_problems"], (*path, "known_problems"))
    rule["message"] = v.text(raw.get("message", ""), (*path, "message"))
    v.template(rule["message"], (*path, "message"), fields)
    if "short" in raw:
        rule["short"] = short_message(v, raw["short"], rule["message"], (*path, "short"))
    for key in ("requires", "unless"):  # one context, or a list, each with its own scope
        if key in raw:
            rule[key] = _contexts(v, raw[key], (*path, key))
    if "anchor" in raw:
        if rule["check"] != "absence":
            v.problem((*path, "anchor"), "only absence rules take an anchor")
        rule["anchor"] = v.patterns(raw["anchor"], (*path, "anchor"))
    if rule["check"] == "occurrence":
        limit = raw.get("max")
        if not isinstance(limit, int) or isinstance(limit, bool) or limit < 1:
            v.problem((*path, "max"), "occurrence rules need `max`, a whole number from 1")
            limit = 1
        rule["max"] = limit
    elif "max" in raw:
        v.problem((*path, "max"), "only occurrence rules take `max`")
    if "applies_to" in raw:
        rule["applies_to"] = v.applies_to(raw["applies_to"], (*path, "applies_to"))
    suggestions = raw.get("suggestions")
    if not isinstance(suggestions, list) or not suggestions:
        v.problem((*path, "suggestions"), "give at least one suggested rewording")
        suggestions = []
    rule["suggestions"] = [
        v.suggestion(s, (*path, "suggestions", i), fields) for i, s in enumerate(suggestions)
    ]
    if suggestions and all(s["op"] == "advice" for s in rule["suggestions"]):
        v.problem((*path, "suggestions"), "at least one suggestion must be an edit, not advice")
    rule["examples"] = v.examples(raw.get("examples"), (*path, "examples"))
    rule["supersedes"] = v.text_list(raw.get("supersedes", []), (*path, "supersedes"))
    rule["tags"] = v.text_list(raw.get("tags", []), (*path, "tags"))
    for plist in _pattern_lists(rule):
        for p in plist:
            p["literals"], p["literals_ws"] = required_literals(p["regex"])
            p.update(head_literals(p["regex"]))
            # A fuzzy pattern's own regex too: it runs on drafts without a near miss.
            flags = 0 if p.get("case_sensitive") else re.IGNORECASE
            p["program"] = program(p["regex"], flags)
    return rule


def _measured(v: Validator, given: Any, path: Path) -> dict[str, int]:
    """How the rule fares on the training corpus: requests it fires on, how many of them
    were queried or refused for a reason of its kind, and how many were answered in full."""
    raw = v.mapping(given, path, set(MEASURED_KEYS))
    out: dict[str, int] = {}
    for key in MEASURED_KEYS:
        value = raw.get(key)
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            v.problem((*path, key), "expected a whole number from 0")
            value = 0
        out[key] = value
    if out["same_kind"] + out["answered"] > out["requests"]:
        v.problem(path, "same_kind and answered cannot add up to more than requests")
    return out


def _by_body(v: Validator, raw: dict[str, Any], rule: dict[str, Any], path: Path) -> None:
    """Loudness by kind of body: the rule's record on requests to bodies other than the
    police, the severity it earns there, or why its mechanism holds for any body alike."""
    if "measured_non_police" in raw:
        key = "measured_non_police"
        rule[key] = _measured(v, raw[key], (*path, key))
    if "non_police_severity" in raw:
        key = "non_police_severity"
        rule[key] = v.choice(raw[key], (*path, key), SEVERITIES)
    if "also_kinds" in raw:  # a second problem the same words draw (the message says both)
        key = "also_kinds"
        items = v.items(raw[key], (*path, key), min_items=1)
        also = [v.choice(k, (*path, key, i), KINDS) for i, k in enumerate(items)]
        if rule["kind"] in also or len(set(also)) < len(also):
            v.problem((*path, key), "name each other kind once, and not the rule's own kind")
        rule[key] = also
    if "body_neutral" in raw:
        rule["body_neutral"] = v.text(raw["body_neutral"], (*path, "body_neutral"))
        if "non_police_severity" in raw:
            v.problem(
                (*path, "non_police_severity"),
                "a body-neutral rule has one severity for every body; drop one of the two",
            )


def _contexts(v: Validator, given: Any, path: Path) -> list[dict[str, Any]]:
    if not isinstance(given, list):
        return [v.context(given, path)]
    if not given:
        v.problem(path, "give at least one context")
    return [v.context(item, (*path, i)) for i, item in enumerate(given)]


def _pattern_lists(rule: dict[str, Any]) -> list[list[dict[str, Any]]]:
    out = [rule["patterns"]]
    for key in ("requires", "unless"):
        for context in rule.get(key, ()):
            out.append(context["patterns"])
    if "anchor" in rule:
        out.append(rule["anchor"])
    for suggestion in rule["suggestions"]:
        for key in ("requires", "unless"):
            for context in suggestion.get(key, ()):
                out.append(context["patterns"])
    return out


def _check_references(v: Validator, rules: list[dict[str, Any]]) -> None:
    seen_ids: dict[str, int] = {}
    seen_names: dict[str, int] = {}
    for i, rule in enumerate(rules):
        v.rule_label = f"{rule['id']} ({rule['name']})"
        for key, seen in (("id", seen_ids), ("name", seen_names)):
            value = rule[key]
            if value in seen:
                first = seen[value] + 1
                v.problem(("rules", i, key), f"duplicate {key}: also used by rule #{first}")
            seen.setdefault(value, i)
    for i, rule in enumerate(rules):
        v.rule_label = f"{rule['id']} ({rule['name']})"
        for j, ref in enumerate(rule["supersedes"]):
            if ref not in seen_ids:
                v.problem(("rules", i, "supersedes", j), f"no rule has id {ref!r}")


SHORT_MOST = 120  # characters of a short message's template: a line or two of the pane


def short_message(v: Validator, value: object, message: str, path: Path) -> str:
    """A message's short form, for a pane with little room (the full one stays on e). It
    is rendered from the fields read back out of the full message, so it may use only the
    fields the message gives unfiltered."""
    from foidraft.text.template import template_fields

    short = v.text(value, path)
    given = {name for name, filters in template_fields(message) if not filters}
    v.template(short, path, given)
    if len(short) > SHORT_MOST or len(short) >= len(message):
        v.problem(path, f"a short message has at most {SHORT_MOST} characters and is shorter "
                  "than the message")  # fmt: skip
    return short
