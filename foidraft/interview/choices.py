"""A question's choices: read from its YAML or a list file (``prompts/lists``), built from
the model of what is recorded, narrowed with ``only``; and the options a question says it
does not offer (``not_offered``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from foidraft.interview.model import Choice, Flow, NotOffered, Question
from foidraft.interview.schema import FlowValidator
from foidraft.validation import Path

CHOICE_KEYS = ("value", "label", "hint", "text", "short", "keywords", "when", "alone", "scotland")
SCOTTISH_WORDS = ("label", "hint", "text", "short")  # what a choice's `scotland:` may say


def read_choices(
    v: FlowValidator, raw: object, path: Path, earlier: dict[str, Question] | None = None
) -> tuple[Choice, ...]:
    """A list of choices (in a question or a list file); values must be unique. ``when`` on
    a choice (questions only) may cite earlier questions."""
    out: list[Choice] = []
    seen: set[str] = set()
    for i, item in enumerate(v.items(raw, path, min_items=1)):
        sub = (*path, i)
        data = v.mapping(item, sub, CHOICE_KEYS if earlier is not None else CHOICE_KEYS[:6])
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
        words = tuple(str(w) for w in v.items(data.get("keywords", []), (*sub, "keywords")))
        when = None
        if "when" in data and earlier is not None:
            when = v.condition(data["when"], (*sub, "when"), earlier, set())
        alone = v.boolean(data.get("alone"), (*sub, "alone"), False)
        choice = Choice(value=value, label=label, hint=hint, text=text, short=short,
                        keywords=words, when=when, alone=alone)  # fmt: skip
        if "scotland" in data and earlier is not None:  # its words for a Scottish body
            scot = v.mapping(data["scotland"], (*sub, "scotland"), SCOTTISH_WORDS)
            said = {k: v.text(x, (*sub, "scotland", k)) for k, x in scot.items()}
            if "label" in said and "text" not in data:  # the letter's words follow the label
                said.setdefault("text", said["label"])
            if "text" in said and "short" not in data:
                said.setdefault("short", said["text"])
            choice = replace(choice, scotland=replace(choice, **said))  # type: ignore[arg-type]
        out.append(choice)
    return tuple(out)


def model_choices(raw: list[dict[str, object]]) -> tuple[Choice, ...]:
    """Choices built from the model of what is recorded (already validated there)."""
    out = []
    for c in raw:
        value, label = str(c["value"]), str(c["label"])
        text = str(c.get("text") or label)
        base = Choice(
            value=value,
            label=label,
            hint=str(c.get("hint", "")),
            text=text,
            short=str(c.get("short") or text),
            keywords=tuple(str(w) for w in c.get("keywords", ()) or ()),  # type: ignore[attr-defined]
            parent=str(c.get("parent", "")),
            where=str(c.get("where", "")),
            reason=str(c.get("reason", "")),
        )
        scot = c.get("scotland")
        if isinstance(scot, dict) and scot:
            words = {k: str(scot[k]) for k in SCOTTISH_WORDS if k in scot}
            base = replace(base, scotland=replace(base, **words))  # type: ignore[arg-type]
        out.append(base)
    return tuple(out)


def question_choices(
    v: FlowValidator,
    data: dict[str, object],
    path: Path,
    lists: dict[str, tuple[Choice, ...]],
    earlier: dict[str, Question],
) -> tuple[Choice, ...]:
    has_local, has_list = "choices" in data, "choices_from" in data
    if has_local == has_list:
        v.problem(path, "give either `choices` or `choices_from` (a list in prompts/lists)")
        return ()
    if has_local:
        if "only" in data:
            v.problem((*path, "only"), "`only` picks from `choices_from`")
        return read_choices(v, data["choices"], (*path, "choices"), earlier)
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


def read_not_offered(v: FlowValidator, raw: object, path: Path) -> tuple[NotOffered, ...]:
    out = []
    for i, item in enumerate(v.items(raw, path, min_items=1)):
        data = v.mapping(item, (*path, i), ("label", "why"))
        v.require(data, ("label", "why"), (*path, i))
        label = v.text(data.get("label", ""), (*path, i, "label"))
        out.append(NotOffered(label, v.text(data.get("why", ""), (*path, i, "why"))))
    return tuple(out)


def typed_drop_choices(
    flow: Flow, question: Question, answer_of: Callable[[str], object]
) -> tuple[Choice, ...]:
    """For the question that says which part to drop at the cost limit: one choice per
    typed entry ("Risk assessment for X") of a question whose picks each become a numbered
    question, so a part the requester typed can be named as well as a listed one."""
    from foidraft.recorded.offences import sentence_case

    fallback = flow.letter.cost_fallback
    if fallback is None or fallback.source != question.id:
        return ()
    offered = {c.value for c in question.choices}
    out: list[Choice] = []
    for item in flow.letter.questions:
        picked = answer_of(item.for_each) if item.id and item.for_each else None
        if not isinstance(picked, tuple):
            continue
        source = flow.question(str(item.for_each))
        for value in picked:
            ref = f"{item.id}:{value}"
            if source.choice(value) is None and ref not in offered:
                offered.add(ref)
                out.append(Choice(value=ref, label=f"The {sentence_case(value)}"))  # "MAPPA" kept
    return tuple(out)


def repicked(question: Question, shown: Question, picks: object) -> object:
    """``picks`` (an answer to ``question``) as ``shown`` now offers its choices, after an
    earlier answer changed: a pick whose ``when`` no longer holds becomes the offered choice
    of the same label ("By outcome or decision" for referrals, not complaints: its examples
    follow what is counted), or goes when none is; None when nothing is left of it."""
    if not question.is_choice or not isinstance(picks, str | tuple):
        return picks
    offered = {c.value for c in shown.choices}
    by_label = {c.label: c.value for c in shown.choices}

    def one(value: str) -> str | None:
        choice = question.choice(value)
        if value in offered or choice is None:  # offered, or typed in the requester's words
            return value
        return by_label.get(choice.label)

    if isinstance(picks, str):
        return one(picks)
    kept = tuple(dict.fromkeys(v for v in map(one, picks) if v is not None))
    return kept if kept or not picks else None
