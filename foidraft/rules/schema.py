"""What a rule file may contain, checked field by field.

Validation works on plain data (what YAML produced) and reports every problem with the
file, the line, the rule and the field, so a broken edit is easy to find. It returns
normalised plain data (dicts, lists, strings) that the cache can store with ``marshal``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from foidraft.errors import RuleProblem
from foidraft.rules.vocabulary import (
    APPLIES_KEYS,
    AUTHORITY_ID_RE,
    AUTHORITY_TYPES,
    CONTEXT_KEYS,
    EDIT_OPS,
    EVIDENCE_KEYS,
    LIST_REF_RE,
    NATIONS,
    PATTERN_KEYS,
    REGIMES,
    SCOPES,
    SUGGESTION_KEYS,
    URL_RE,
)
from foidraft.text.template import FILTERS, template_fields
from foidraft.text.words import phrase_pattern, words_regex
from foidraft.validation import FieldChecks, Path, path_text


class Validator(FieldChecks):
    """Collects problems while turning one file's plain data into normalised rules."""

    def __init__(self, file: str, line_of: Callable[[Path], int | None]) -> None:
        self.file = file
        self.line_of = line_of
        self.problems: list[RuleProblem] = []
        self.rule_label: str | None = None
        self.lists: dict[str, str] = {}  # the current rule's word lists, as regexes

    def problem(self, path: Path, message: str) -> None:
        field = _field_name(path)
        self.problems.append(
            RuleProblem(self.file, self.line_of(path), self.rule_label, field or None, message)
        )

    # -- scalars -------------------------------------------------------------------
    def choice(self, value: object, path: Path, options: tuple[str, ...]) -> str:
        if value not in options:
            self.problem(path, f"{value!r} is not one of: {', '.join(options)}")
            return options[0]
        return str(value)

    def text_list(self, value: object, path: Path, *, min_items: int = 0) -> list[str]:
        items = self.items(value, path, min_items=min_items)
        return [self.text(v, (*path, i)) for i, v in enumerate(items)]

    # -- composite fields ------------------------------------------------------------
    def pattern(self, value: object, path: Path) -> dict[str, object]:
        raw = self.mapping(value, path, PATTERN_KEYS)
        kinds = [k for k in ("regex", "phrase", "fuzzy", "words") if k in raw]
        if len(kinds) != 1:
            self.problem(path, "a pattern needs exactly one of: regex, phrase, fuzzy, words")
            return {"type": "phrase", "source": "", "regex": "(?!)", "groups": []}
        kind = kinds[0]
        regex: str | None = None  # set for words and regexes; phrases and fuzzy derive it
        if kind == "words":  # a word list: any of the phrases, with their plurals
            phrases = self.text_list(raw[kind], (*path, kind), min_items=1)
            source = "; ".join(phrases)
            kind, regex = "regex", words_regex(phrases) if phrases else "(?!)"
        elif kind == "regex":
            given = raw[kind]
            if isinstance(given, list):  # a long regex, written in parts
                source = "".join(self.text_list(given, (*path, kind), min_items=1))
            else:
                source = self.text(given, (*path, kind))
            regex = source = self.expand_lists(source, (*path, kind))
        else:
            source = self.text(raw[kind], (*path, kind))
        case_sensitive = raw.get("case_sensitive", False)
        if not isinstance(case_sensitive, bool):
            self.problem((*path, "case_sensitive"), "expected true or false")
            case_sensitive = False
        threshold = raw.get("threshold")
        if kind == "fuzzy":
            if threshold is None:
                threshold = 85
            if not isinstance(threshold, int | float) or not 50 <= threshold <= 100:
                self.problem((*path, "threshold"), "expected a number from 50 to 100")
                threshold = 85
        elif threshold is not None:
            self.problem((*path, "threshold"), "only fuzzy patterns take a threshold")
        if regex is None:
            regex = phrase_regex(source)
        flags = 0 if case_sensitive else re.IGNORECASE
        try:
            compiled = re.compile(regex, flags)
        except re.error as exc:
            self.problem((*path, kind), f"bad regular expression: {exc}")
            return {"type": kind, "source": source, "regex": "(?!)", "groups": []}
        group = raw.get("group")
        if group is not None and group not in compiled.groupindex:
            self.problem((*path, "group"), f"the regex has no group named {group!r}")
            group = None
        if compiled.match(""):
            self.problem((*path, kind), "the pattern matches empty text")
        where = self.where(raw.get("where"), (*path, "where"), set(compiled.groupindex))
        return {
            "where": where,
            "type": kind,
            "source": source,
            "regex": regex,
            "case_sensitive": case_sensitive,
            "threshold": threshold,
            "group": group,
            "groups": sorted(compiled.groupindex),
        }

    def where(self, value: object, path: Path, groups: set[str]) -> list[object] | None:
        if value is None:
            return None
        from foidraft.rules.predicates import PREDICATES, parse_where

        parsed = parse_where(value) if isinstance(value, str) else None
        if parsed is None:
            self.problem(path, "expected name(arg, ...), e.g. consecutive_years(y1, y2)")
            return None
        name, args = parsed
        if name not in PREDICATES:
            self.problem(path, f"unknown condition {name!r}; known: {', '.join(PREDICATES)}")
            return None
        if len(args) != PREDICATES[name][1]:
            self.problem(path, f"{name} takes {PREDICATES[name][1]} argument(s)")
            return None
        for arg in args:
            if not arg.isdigit() and arg not in groups:
                self.problem(path, f"the regex has no group named {arg!r}")
        return [name, list(args)]

    def expand_lists(self, regex: str, path: Path) -> str:
        """`{name}` in a regex becomes the rule's word list `name` as a group of phrases."""

        def sub(m: re.Match[str]) -> str:
            found = self.lists.get(m.group(1))
            if found is None:
                self.problem(path, f"no word list {m.group(1)!r} under the rule's `lists`")
                return "(?!)"
            return found

        return LIST_REF_RE.sub(sub, regex) if "{" in regex else regex

    def word_lists(self, value: object, path: Path) -> dict[str, str]:
        """A rule's `lists`: name -> phrases, each compiled to a group with plurals."""
        raw = self.mapping(value, path, set(value) if isinstance(value, dict) else set())
        out = {}
        for name, phrases in raw.items():
            if not LIST_REF_RE.fullmatch("{" + name + "}"):
                self.problem((*path, name), "list names are lower-case words joined by _")
            items = self.text_list(phrases, (*path, name), min_items=2)
            out[name] = (
                "(?:"
                + "|".join(
                    phrase_pattern(p.lower())
                    for p in sorted(set(items), key=lambda p: (-len(p), p))
                )
                + ")"
            )
        return out

    def patterns(self, value: object, path: Path) -> list[dict[str, object]]:
        if not isinstance(value, list) or not value:
            self.problem(path, "expected a non-empty list of patterns")
            return []
        return [self.pattern(v, (*path, i)) for i, v in enumerate(value)]

    def context(self, value: object, path: Path) -> dict[str, object]:
        raw = self.mapping(value, path, CONTEXT_KEYS)
        scope = self.choice(raw.get("scope", "sentence"), (*path, "scope"), SCOPES)
        return {"scope": scope, "patterns": self.patterns(raw.get("patterns"), (*path, "patterns"))}

    def applies_to(self, value: object, path: Path) -> dict[str, list[str]]:
        raw = self.mapping(value, path, APPLIES_KEYS)
        out: dict[str, list[str]] = {}
        for key, options in (
            ("regimes", REGIMES),
            ("authority_types", AUTHORITY_TYPES),
            ("nations", NATIONS),
        ):
            if key in raw:
                items = self.text_list(raw[key], (*path, key), min_items=1)
                out[key] = [self.choice(v, (*path, key, i), options) for i, v in enumerate(items)]
        if "authorities" in raw:  # directory ids: a rule learned from one authority's reply
            ids = self.text_list(raw["authorities"], (*path, "authorities"), min_items=1)
            for i, v in enumerate(ids):
                if not AUTHORITY_ID_RE.fullmatch(v):
                    self.problem((*path, "authorities", i), f"'{v}' is not an authority id")
            out["authorities"] = ids
        return out

    def evidence(self, value: object, path: Path) -> list[dict[str, str]]:
        if not isinstance(value, list) or not value:
            self.problem(path, "cite at least one real case or piece of guidance")
            return []
        out = []
        for i, item in enumerate(value):
            raw = self.mapping(item, (*path, i), EVIDENCE_KEYS)
            entry = {"title": self.text(raw.get("title"), (*path, i, "title"))}
            url = self.text(raw.get("url"), (*path, i, "url"))
            if url and not URL_RE.match(url):
                self.problem((*path, i, "url"), "expected an http(s) link")
            entry["url"] = url
            for key in ("case", "quote"):
                if key in raw:
                    entry[key] = self.text(raw[key], (*path, i, key))
            out.append(entry)
        return out

    def suggestion(self, value: object, path: Path, fields: set[str]) -> dict[str, object]:
        raw = self.mapping(value, path, SUGGESTION_KEYS)
        out: dict[str, object] = {"title": self.text(raw.get("title"), (*path, "title"))}
        ops = [k for k in EDIT_OPS if k in raw]
        if len(ops) > 1:
            self.problem(path, f"a suggestion takes one edit, got {', '.join(ops)}")
        if ops and "advice" in raw:
            self.problem(path, "a suggestion is either an edit or advice, not both")
        if ops:
            op = ops[0]
            if op in ("delete", "delete_question"):
                if raw[op] is not True:
                    self.problem((*path, op), f"write `{op}: true`")
                template = ""
            else:
                template = self.text(raw[op], (*path, op), allow_empty=False)
                self.template(template, (*path, op), fields)
            out["op"], out["template"] = op, template
        elif "advice" in raw:
            out["op"], out["template"] = "advice", self.text(raw["advice"], (*path, "advice"))
        else:
            self.problem(path, f"give one of: {', '.join(EDIT_OPS)}, advice")
            out["op"], out["template"] = "advice", ""
        # A rewording `foidraft fix` may apply unasked must say why that is safe.
        safe = raw.get("safe", False)
        if safe is True or (isinstance(safe, str) and not safe.strip()):
            self.problem((*path, "safe"), "say why it is safe: `safe: <the reason>`")
        elif not isinstance(safe, str) and safe is not False:
            self.problem((*path, "safe"), "expected the reason it is safe, or false")
        out["safe"] = isinstance(safe, str) and bool(safe.strip())
        if out["safe"]:
            out["safe_because"] = str(safe).strip()
        if "applies_to" in raw:
            out["applies_to"] = self.applies_to(raw["applies_to"], (*path, "applies_to"))
        for key in ("requires", "unless"):  # offered only where its result is true
            if key in raw:
                given = raw[key]
                contexts = given if isinstance(given, list) else [given]
                out[key] = [self.context(c, (*path, key, i)) for i, c in enumerate(contexts)]
        return out

    def template(self, template: str, path: Path, fields: set[str]) -> None:
        for name, filters in template_fields(template):
            if name not in fields:
                self.problem(path, f"unknown template field {{{name}}}")
            for f in filters:
                if f not in FILTERS:
                    self.problem(path, f"unknown template filter |{f}")

    def examples(self, value: object, path: Path) -> dict[str, list[str]]:
        raw = self.mapping(value, path, {"bad", "good"})
        return {
            "bad": self.text_list(raw.get("bad"), (*path, "bad"), min_items=1),
            "good": self.text_list(raw.get("good"), (*path, "good"), min_items=1),
        }


def phrase_regex(phrase: str) -> str:
    """A phrase matches its words in order, whole words only, any whitespace between them."""
    words = phrase.split()
    body = r"\s+".join(re.escape(w) for w in words)
    left = r"\b" if words and re.match(r"\w", words[0]) else ""
    right = r"\b" if words and re.search(r"\w$", words[-1]) else ""
    return left + body + right


def _field_name(path: Path) -> str:
    # Drop the leading ("rules", n) so the field reads as the rule author wrote it.
    return path_text(path[2:] if len(path) >= 2 and path[0] == "rules" else path)
