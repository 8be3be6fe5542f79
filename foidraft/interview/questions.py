"""Turn one question's YAML into a :class:`Question`, checking every field."""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import replace

from foidraft.errors import FoidraftError
from foidraft.interview.answers import DATE_DEFAULTS, normalise
from foidraft.interview.choices import question_choices, read_not_offered
from foidraft.interview.model import CHOICE_TYPES, QUESTION_TYPES, Choice, Question
from foidraft.interview.period import KINDS
from foidraft.interview.schema import QUESTION_ID_RE, FlowValidator
from foidraft.interview.whys import read_whys
from foidraft.validation import Path

COMMON_KEYS = ("id", "prompt", "why", "type", "required", "default", "example", "show_if",
               "placeholder", "not_offered", "scotland", "non_police", "unsure",
               "whys")  # fmt: skip
TYPE_KEYS: dict[str, tuple[str, ...]] = {
    "choice": ("choices", "choices_from", "only", "other", "other_text", "other_codes", "place",
               "suggest", "suggest_from", "other_example", "default_from"),
    "multi-choice": ("choices", "choices_from", "only", "other", "other_text", "other_codes",
                     "lead", "min", "max", "suggest", "suggest_from", "other_example"),
    "text": ("min_length", "max_length", "pattern", "pattern_message", "place", "examples"),
    "number": ("min", "max"),
    "yes-no": ("suggest", "suggest_from"),
    "period": ("kinds", "open_end", "retention_note", "default_from", "examples"),
    "date": (),
}  # fmt: skip
# What a question's `scotland:` may change: its words, and (for lists) the list itself.
SCOTLAND_KEYS = ("prompt", "why", "placeholder", "other", "other_text", "other_example",
                 "lead", "choices", "choices_from", "only", "not_offered", "default",
                 "example")  # fmt: skip
# What `non_police:` may change for a body that is not a police force (a council, an NHS
# trust, a university): the same, and what "I don't know" becomes in the letter. Its
# choices keep the question's values (the letter's conditions test them), in other words.
NON_POLICE_KEYS = (*SCOTLAND_KEYS, "unsure")
SUGGESTERS = (
    "offences", "flags", "only_flagged", "absence_reasons", "incident_categories", "staff_topic",
    "service_unit",
)  # fmt: skip
RESERVED_IDS = frozenset(
    {"authority", "requester", "number", "each", "keep", "drop", "today", "any", "all", "not",
     "last_year", "last_fy", "last_3_fy", "last_5_fy", "last_3_cy", "last_5_cy"}
)  # fmt: skip
# Defaults are checked against this day: a default must make sense on any day it is used.
CHECK_DAY = _dt.date(2100, 6, 1)


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
    if "whys" in data:
        fields["whys"] = read_whys(v, data["whys"], (*path, "whys"), earlier, later)
    if "not_offered" in data:
        fields["not_offered"] = read_not_offered(v, data["not_offered"], (*path, "not_offered"))
    for key in ("unsure", "other_text", "other_example", "lead"):
        if key in data:
            fields[key] = " ".join(v.text(data[key], (*path, key)).split())
    for key in ("other_codes", "place", "retention_note"):
        if key in data:
            fields[key] = v.boolean(data[key], (*path, key), key == "retention_note")
    if "suggest" in data or "suggest_from" in data:
        _suggestion(v, data, path, earlier, fields)
    if "default_from" in data:
        source = v.text(data["default_from"], (*path, "default_from"))
        if source not in earlier or earlier[source].type != "text":
            v.problem((*path, "default_from"), f"'{source}' is not an earlier text question")
        if kind == "choice" and not (fields.get("place") and "other" in data):
            # A choice takes from earlier words only a place they name, typed as its other.
            v.problem((*path, "default_from"), "a choice reads a place: give place and other")
        fields["default_from"] = source
    if kind in CHOICE_TYPES:
        fields["choices"] = question_choices(v, data, path, lists, earlier)
        if "other" in data:
            fields["other"] = v.text(data["other"], (*path, "other"))
        if "other_example" in data and "other" not in data:
            v.problem((*path, "other_example"), "other_example needs `other` (free text)")
        if "other_text" in data and "{text}" not in str(data["other_text"]):
            v.problem((*path, "other_text"), "other_text needs {text} where the typed words go")
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
    _screen_fields(v, question, path)
    low, high = question.min, question.max
    if low is not None and high is not None and low > high:
        v.problem((*path, "min"), "min is larger than max")
    for key in ("default", "example"):
        if key in data:
            _check_default(v, question, data[key], (*path, key))
    question = _with_defaults(question, data)
    if "examples" in data:
        question = replace(question, examples=_examples(v, question, data, path))
    if "scotland" in data:
        scot = _variant(v, data, path, earlier, later, lists, "scotland")
        question = replace(question, scotland=scot) if scot else question
    if "non_police" in data:
        other = _variant(v, data, path, earlier, later, lists, "non_police")
        if other is not None:
            _same_values(v, question, other, (*path, "non_police"))
            question = replace(question, non_police=other)
    return question


def _variant(
    v: FlowValidator,
    data: dict[str, object],
    path: Path,
    earlier: dict[str, Question],
    later: set[str],
    lists: dict[str, tuple[Choice, ...]],
    key: str,
) -> Question | None:
    """The question as Scottish bodies (``scotland:``) or bodies that are not police
    (``non_police:``) are asked it: the variant changes its words (and for lists, the
    list), everything else is shared. A ``non_police:`` question keeps any ``scotland:``
    of its own, applied over it for a Scottish body."""
    allowed = SCOTLAND_KEYS if key == "scotland" else NON_POLICE_KEYS
    over = v.mapping(data[key], (*path, key), allowed)
    drop = ("scotland", "non_police") if key == "scotland" else ("non_police",)
    merged = {k: x for k, x in data.items() if k not in drop}
    if "choices" in over or "choices_from" in over:
        for name in ("choices", "choices_from", "only"):
            merged.pop(name, None)
    merged.update((k, x) for k, x in over.items() if k in allowed)  # others: said above
    saved = v.question
    where = path if key == "scotland" else (*path, key)  # lines of the variant's own fields
    variant = read_question(v, merged, where, earlier, later, lists)
    v.question = saved
    return variant


def _same_values(v: FlowValidator, base: Question, other: Question, path: Path) -> None:
    """A variant's choices are the question's own, in other words: the letter's conditions
    and the cost fallback test their values."""
    values = {c.value for c in base.choices}
    for i, c in enumerate(other.choices):
        if c.value not in values:
            v.problem((*path, "choices", i), f"{c.value!r} is not one of the question's values")


def _suggestion(
    v: FlowValidator,
    data: dict[str, object],
    path: Path,
    earlier: dict[str, Question],
    fields: dict[str, object],
) -> None:
    kind = v.text(data.get("suggest", ""), (*path, "suggest"))
    if kind not in SUGGESTERS:
        v.problem((*path, "suggest"), f"{kind!r} is not one of: {', '.join(SUGGESTERS)}")
    source = v.text(data.get("suggest_from", ""), (*path, "suggest_from"))
    if source not in earlier or earlier[source].type != "text":
        v.problem((*path, "suggest_from"), f"'{source}' is not an earlier text question")
    fields["suggest"], fields["suggest_from"] = kind, source


def _screen_fields(v: FlowValidator, q: Question, path: Path) -> None:
    """Texts a requester reads may use only ``{law.*}`` fields (see regime.py)."""
    from foidraft.interview.regime import LAW_FIELDS
    from foidraft.text.template import template_fields

    texts = [("prompt", q.prompt), ("why", q.why), ("placeholder", q.placeholder),
             ("other", q.other or "")]  # fmt: skip
    texts += [("choices", f"{c.label} {c.hint}") for c in q.choices]
    texts += [("not_offered", f"{n.label} {n.why}") for n in q.not_offered]
    texts += [("whys", w.text) for w in q.whys]
    for key, text in texts:
        try:
            names = [name for name, _ in template_fields(text)]
        except ValueError as exc:
            v.problem((*path, key), f"bad field in text: {exc}")
            continue
        for name in names:
            if name not in LAW_FIELDS:
                known = ", ".join(sorted(LAW_FIELDS))
                v.problem((*path, key), f"unknown field {{{name}}} (screens may use: {known})")


def _label(raw: object, path: Path) -> str:
    qid = raw.get("id") if isinstance(raw, dict) else None
    return str(qid) if isinstance(qid, str) and qid else f"#{path[-1]}"


def _misplaced(v: FlowValidator, data: dict[str, object], path: Path, kind: str) -> None:
    """A key that belongs to another type of question (``choices`` on a text question)."""
    for key in data:
        owners = [t for t, keys in TYPE_KEYS.items() if key in keys]
        if owners and kind not in owners:
            v.problem((*path, key), f"only {' and '.join(owners)} questions take '{key}'")


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


def _examples(
    v: FlowValidator, q: Question, data: dict[str, object], path: Path
) -> tuple[tuple[str, str], ...]:
    """``examples: {nhs: maternity care, ...}``: one per kind of body, each an answer the
    question accepts; ``example`` stays for the kinds not named."""
    from foidraft.authorities.model import TYPES

    where = (*path, "examples")
    found = v.mapping(data["examples"], where, TYPES)
    if "example" not in data:
        v.problem(where, "examples needs `example` for the kinds of body it does not name")
    for kind, text in found.items():
        _check_default(v, q, text, (*where, kind))
    return tuple((str(k), str(x)) for k, x in found.items())


def _with_defaults(q: Question, data: dict[str, object]) -> Question:
    from dataclasses import replace

    return replace(q, default=data.get("default"), example=data.get("example"))
