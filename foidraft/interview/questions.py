"""Turn one question's YAML into a :class:`Question`, checking every field."""

from __future__ import annotations

import datetime as _dt
import re

from foidraft.errors import FoidraftError
from foidraft.interview.answers import DATE_DEFAULTS, normalise
from foidraft.interview.model import CHOICE_TYPES, QUESTION_TYPES, Choice, NotOffered, Question
from foidraft.interview.period import KINDS
from foidraft.interview.schema import QUESTION_ID_RE, FlowValidator
from foidraft.validation import Path

COMMON_KEYS = ("id", "prompt", "why", "type", "required", "default", "example", "show_if",
               "placeholder", "not_offered")  # fmt: skip
TYPE_KEYS: dict[str, tuple[str, ...]] = {
    "choice": ("choices", "choices_from", "only", "other"),
    "multi-choice": ("choices", "choices_from", "only", "other", "min", "max"),
    "text": ("min_length", "max_length", "pattern", "pattern_message"),
    "number": ("min", "max"),
    "yes-no": (),
    "period": ("kinds", "open_end"),
    "date": (),
}
CHOICE_KEYS = ("value", "label", "hint", "text", "short")
RESERVED_IDS = frozenset(
    {"authority", "requester", "number", "each", "keep", "drop", "today", "any", "all", "not",
     "last_year", "last_fy", "last_3_fy", "last_5_fy", "last_3_cy", "last_5_cy"}
)  # fmt: skip
# Defaults are checked against this day: a default must make sense on any day it is used.
CHECK_DAY = _dt.date(2100, 6, 1)


def read_choices(v: FlowValidator, raw: object, path: Path) -> tuple[Choice, ...]:
    """A list of choices (in a question or a list file); values must be unique."""
    out: list[Choice] = []
    seen: set[str] = set()
    for i, item in enumerate(v.items(raw, path, min_items=1)):
        sub = (*path, i)
        data = v.mapping(item, sub, CHOICE_KEYS)
        if not data:
            continue
        v.require(data, ("value", "label"), sub)
        value = v.text(data["value"], (*sub, "value")) if "value" in data else ""
        if value and value in seen:
            v.problem((*sub, "value"), f"duplicate choice value {value!r}")
        seen.add(value)
        # Missing keys were reported once above; defaults must not add a second problem.
        label = v.text(data["label"], (*sub, "label")) if "label" in data else value
        text = v.text(data["text"], (*sub, "text")) if "text" in data else label
        short = v.text(data["short"], (*sub, "short")) if "short" in data else text
        hint = v.text(data.get("hint", ""), (*sub, "hint"), allow_empty=True)
        out.append(Choice(value=value, label=label, hint=hint, text=text, short=short))
    return tuple(out)


def read_question(
    v: FlowValidator,
    raw: object,
    path: Path,
    earlier: dict[str, Question],
    later: set[str],
    lists: dict[str, tuple[Choice, ...]],
) -> Question | None:
    v.question = _label(raw, path)
    if not isinstance(raw, dict):
        v.problem(path, "expected a mapping with id, prompt, why and type")
        return None
    kind = raw.get("type")
    if kind not in QUESTION_TYPES:
        v.problem((*path, "type"), f"{kind!r} is not one of: {', '.join(QUESTION_TYPES)}")
        kind = "text"
    every = {key for keys in TYPE_KEYS.values() for key in keys}
    data = v.mapping(raw, path, {*COMMON_KEYS, *every})
    _misplaced(v, data, path, str(kind))
    v.require(data, ("id", "prompt", "why", "type"), path)
    qid = v.text(data.get("id", ""), (*path, "id"))
    if qid and not QUESTION_ID_RE.match(qid):
        v.problem((*path, "id"), "expected lower case letters, digits and _, e.g. date_basis")
    elif qid in RESERVED_IDS:
        v.problem((*path, "id"), f"'{qid}' is reserved for the letter's own fields")
    fields: dict[str, object] = {
        "id": qid,
        "type": kind,
        "prompt": v.text(data.get("prompt", ""), (*path, "prompt")),
        "why": v.text(data.get("why", ""), (*path, "why")),
        "required": v.boolean(data.get("required"), (*path, "required"), True),
        "placeholder": v.text(
            data.get("placeholder", ""), (*path, "placeholder"), allow_empty=True
        ),
        "line": v.line_of(path) or 0,
    }
    if "show_if" in data:
        fields["show_if"] = v.condition(data["show_if"], (*path, "show_if"), earlier, later)
    if "not_offered" in data:
        fields["not_offered"] = _not_offered(v, data["not_offered"], (*path, "not_offered"))
    if kind in CHOICE_TYPES:
        fields["choices"] = _question_choices(v, data, path, lists)
        if "other" in data:
            fields["other"] = v.text(data["other"], (*path, "other"))
    if kind in ("multi-choice", "number"):
        fields["min"] = v.whole(data.get("min"), (*path, "min"))
        fields["max"] = v.whole(data.get("max"), (*path, "max"), low=1)
    if kind == "text":
        _text_limits(v, data, path, fields)
    if kind == "period":
        kinds = data.get("kinds", list(KINDS))
        items = v.items(kinds, (*path, "kinds"), min_items=1)
        for i, k in enumerate(items):
            if k not in KINDS:
                v.problem((*path, "kinds", i), f"{k!r} is not one of: {', '.join(KINDS)}")
        fields["kinds"] = tuple(str(k) for k in items if k in KINDS)
        fields["open_end"] = v.boolean(data.get("open_end"), (*path, "open_end"), True)
    question = Question(**fields)  # type: ignore[arg-type]
    low, high = question.min, question.max
    if low is not None and high is not None and low > high:
        v.problem((*path, "min"), "min is larger than max")
    for key in ("default", "example"):
        if key in data:
            _check_default(v, question, data[key], (*path, key))
    return _with_defaults(question, data)


def _label(raw: object, path: Path) -> str:
    qid = raw.get("id") if isinstance(raw, dict) else None
    return str(qid) if isinstance(qid, str) and qid else f"#{path[-1]}"


def _misplaced(v: FlowValidator, data: dict[str, object], path: Path, kind: str) -> None:
    """A key that belongs to another type of question (``choices`` on a text question)."""
    for key in data:
        owners = [t for t, keys in TYPE_KEYS.items() if key in keys]
        if owners and kind not in owners:
            v.problem((*path, key), f"only {' and '.join(owners)} questions take '{key}'")


def _question_choices(
    v: FlowValidator, data: dict[str, object], path: Path, lists: dict[str, tuple[Choice, ...]]
) -> tuple[Choice, ...]:
    has_local, has_list = "choices" in data, "choices_from" in data
    if has_local == has_list:
        v.problem(path, "give either `choices` or `choices_from` (a list in prompts/lists)")
        return ()
    if has_local:
        if "only" in data:
            v.problem((*path, "only"), "`only` picks from `choices_from`")
        return read_choices(v, data["choices"], (*path, "choices"))
    name = v.text(data["choices_from"], (*path, "choices_from"))
    if name not in lists:
        known = ", ".join(sorted(lists)) or "none"
        v.problem((*path, "choices_from"), f"no choice list '{name}' (known: {known})")
        return ()
    choices = lists[name]
    if "only" not in data:
        return choices
    wanted = v.items(data["only"], (*path, "only"), min_items=1)
    values = {c.value for c in choices}
    for i, w in enumerate(wanted):
        if w not in values:
            v.problem((*path, "only", i), f"{w!r} is not in the list '{name}'")
    return tuple(c for c in choices if c.value in wanted)


def _not_offered(v: FlowValidator, raw: object, path: Path) -> tuple[NotOffered, ...]:
    out = []
    for i, item in enumerate(v.items(raw, path, min_items=1)):
        data = v.mapping(item, (*path, i), ("label", "why"))
        v.require(data, ("label", "why"), (*path, i))
        label = v.text(data.get("label", ""), (*path, i, "label"))
        out.append(NotOffered(label, v.text(data.get("why", ""), (*path, i, "why"))))
    return tuple(out)


def _text_limits(
    v: FlowValidator, data: dict[str, object], path: Path, fields: dict[str, object]
) -> None:
    fields["min_length"] = v.whole(data.get("min_length"), (*path, "min_length"), low=1)
    fields["max_length"] = v.whole(data.get("max_length"), (*path, "max_length"), low=1)
    if "pattern" in data:
        pattern = v.text(data["pattern"], (*path, "pattern"))
        try:
            re.compile(pattern)
            fields["pattern"] = pattern
        except re.error as exc:
            v.problem((*path, "pattern"), f"bad regular expression: {exc}")
    if "pattern_message" in data:
        fields["pattern_message"] = v.text(data["pattern_message"], (*path, "pattern_message"))


def _check_default(v: FlowValidator, q: Question, spec: object, path: Path) -> None:
    """A default (or example) must be an answer the question itself would accept."""
    if q.type == "period" and isinstance(spec, dict) and "months" in spec:
        data = v.mapping(spec, path, ("kind", "months"))
        if data.get("kind") != "dates" or (q.kinds and "dates" not in q.kinds):
            v.problem((*path, "kind"), "a number of months needs `kind: dates`")
        months = data.get("months")
        if not isinstance(months, int) or isinstance(months, bool) or not 1 <= months <= 36:
            v.problem((*path, "months"), "expected a number of months from 1 to 36")
        return
    if q.type == "period" and isinstance(spec, dict) and "years" in spec:
        data = v.mapping(spec, path, ("kind", "years"))
        kind = data.get("kind")
        if kind not in ("financial", "calendar") or (q.kinds and kind not in q.kinds):
            allowed = [k for k in q.kinds if k != "dates"]
            v.problem((*path, "kind"), f"{kind!r} is not one of: {', '.join(allowed)}")
        years = data.get("years")
        if not isinstance(years, int) or isinstance(years, bool) or not 1 <= years <= 20:
            v.problem((*path, "years"), "expected a number of years from 1 to 20")
        return
    if q.type == "date" and spec in DATE_DEFAULTS:
        return
    if q.is_choice:
        values = spec if isinstance(spec, list) else [spec]
        if q.type == "choice" and isinstance(spec, list):
            v.problem(path, "a choice question takes one value, not a list")
            return
        known = [c.value for c in q.choices]
        for value in values:
            if value not in known:
                v.problem(path, f"{value!r} is not one of the choices ({', '.join(known)})")
        return
    try:
        normalise(q, spec, CHECK_DAY)
    except FoidraftError as exc:
        v.problem(path, f"not a valid answer: {exc.message}")


def _with_defaults(q: Question, data: dict[str, object]) -> Question:
    from dataclasses import replace

    return replace(q, default=data.get("default"), example=data.get("example"))
