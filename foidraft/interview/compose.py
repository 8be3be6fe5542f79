"""Compose the letter (and a title) from a flow's letter section and the answers so far.

Pure: the same flow, answers, authority, name and day always give the same text.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Collection, Mapping

from foidraft.authorities.context import context_fields
from foidraft.interview.answers import Answer
from foidraft.interview.conditions import authority_value, holds
from foidraft.interview.model import Flow, Item
from foidraft.interview.wording import answer_fields, choice_text, field_names, shape_fields
from foidraft.text.template import render, template_fields

TYPE_CHECKING = False
if TYPE_CHECKING:
    from foidraft.authorities.model import Authority

NAME_BLANK = "[your name]"
SINGLE = "in total"  # a period's {id.each} for one year, or one span of dates
TOTAL = re.compile(r"\btotal\b", re.IGNORECASE)


def render_once(text: str, fields: dict[str, str]) -> str:
    """``text`` rendered, without a period's ``{id.each}`` that reads "in total" where the
    sentence already asks for a total: "The total ... in the financial year 2023/24, in
    total." (for several years it reads "for each financial year", and stays)."""
    for name, _ in template_fields(text):
        if name.endswith(".each") and fields.get(name) == SINGLE:
            token = "{" + name + "}"
            rest = text.replace(f", {token}", "").replace(f" {token}", "")
            if rest != text and TOTAL.search(render(rest, fields)):
                text = rest
    return render(text, fields)


class _Context:
    """Field values for templates, and which fields must not appear (hidden or empty)."""

    def __init__(
        self,
        flow: Flow,
        answers: Mapping[str, Answer],
        visible: set[str],
        assumed: set[str],
        authority: Authority | None,
        requester_name: str,
        today: _dt.date,
    ) -> None:
        self.flow = flow
        self.answers = answers
        self.visible = visible
        self.authority = authority
        self.fields = context_fields(authority, today)
        self.fields["authority.addressee"] = authority.name if authority else "Sir or Madam"
        name = " ".join(requester_name.split())
        self.fields["requester.name"] = name or NAME_BLANK
        self.assumed = assumed
        self.absent: set[str] = set()
        self.blank: set[str] = set() if name else {"requester.name"}
        for q in flow.questions:
            names = field_names(q)
            if q.id not in visible or (q.id in answers and answers[q.id] is None):
                self.absent |= names
            elif q.id not in answers or q.id in assumed:
                self.fields.update(dict.fromkeys(names, q.blank))
                self.fields.update(shape_fields(q, answers.get(q.id)))
                self.blank |= names
            else:
                self.fields.update(answer_fields(q, answers[q.id]))
        self.numbers: dict[str, list[int]] = {}

    def lookup(self, key: str) -> object:
        if key.startswith("authority."):
            return authority_value(self.authority, key)
        return self.answers.get(key) if key in self.visible else None

    def wording(self, item: Item) -> str | None:
        """The item's template if it is to be shown, else None."""
        if not holds(item.when, self.lookup):
            return None
        text = next((v.text for v in item.variants if holds(v.when, self.lookup)), item.text)
        for name, _ in template_fields(text):
            if name in self.absent:
                return None
            if name.startswith("number.") and name not in self.fields:
                return None  # it cites a question that was left out
        if item.for_each and f"{item.for_each}.short" in self.absent:
            return None
        return text

    def picks(self, item: Item, count: int) -> list[str]:
        """The choice each rendered copy of a for_each item stands for ("" otherwise)."""
        picked = self.answers.get(item.for_each) if item.for_each else None
        if not isinstance(picked, tuple) or item.for_each in self.assumed or len(picked) != count:
            return [""] * count
        return list(picked)

    def render_item(self, item: Item) -> list[str]:
        text = self.wording(item)
        if text is None:
            return []
        if not item.for_each:
            return [render_once(text, self.fields)]
        question = self.flow.question(item.for_each)
        picked = self.answers.get(item.for_each)
        if item.for_each in self.assumed or not isinstance(picked, tuple):
            # Not answered yet: one line with the placeholder.
            return [render_once(text, {**self.fields, "each": question.blank,
                                       "each.short": question.blank})]  # fmt: skip
        out = []
        for value in picked:
            each = {
                "each": choice_text(question, value),
                "each.short": choice_text(question, value, short=True),
            }
            out.append(render_once(text, {**self.fields, **each}))
        return out


def compose_letter(
    flow: Flow,
    answers: Mapping[str, Answer],
    visible: set[str],
    *,
    assumed: Collection[str] = (),
    authority: Authority | None,
    requester_name: str,
    today: _dt.date,
) -> str:
    """The letter for ``answers`` to the ``visible`` questions.

    Questions in ``assumed`` have not been answered: their value in ``answers`` (the
    default, or missing) only decides which parts show, and their wording is the
    question's placeholder, so the preview has the shape of the finished letter.
    """
    ctx = _Context(flow, answers, visible, set(assumed), authority, requester_name, today)
    letter = flow.letter
    paragraphs = [render(letter.salutation, ctx.fields)]
    for item in letter.opening:
        paragraphs.extend(ctx.render_item(item))
    numbered: list[str] = []
    for item in letter.questions:
        texts = ctx.render_item(item)
        picks = ctx.picks(item, len(texts))
        for text, pick in zip(texts, picks, strict=True):
            numbered.append(text)
            if item.id:
                ctx.numbers.setdefault(item.id, []).append(len(numbered))
                if pick:
                    ctx.numbers[f"{item.id}:{pick}"] = [len(numbered)]
        if item.id and item.id in ctx.numbers:
            ctx.fields[f"number.{item.id}"] = str(ctx.numbers[item.id][0])
    paragraphs.extend(f"{n}. {text}" for n, text in enumerate(numbered, 1))
    fallback = _cost_fallback(ctx, len(numbered))
    if fallback:
        paragraphs.append(fallback)
    for item in letter.closing:
        paragraphs.extend(ctx.render_item(item))
    paragraphs.append(render(letter.sign_off, ctx.fields))
    return "\n\n".join(p.strip() for p in paragraphs if p.strip()) + "\n"


def compose_title(
    flow: Flow,
    answers: Mapping[str, Answer],
    visible: set[str],
    *,
    assumed: Collection[str] = (),
    authority: Authority | None,
    today: _dt.date,
) -> str:
    """A title for the draft; the flow's own title until the answers it uses are given."""
    item = flow.letter.title
    if item is None:
        return flow.title
    ctx = _Context(flow, answers, visible, set(assumed), authority, "-", today)
    text = ctx.wording(item)
    if text is None or any(name in ctx.blank for name, _ in template_fields(text)):
        return flow.title
    title = _place_once(" ".join(render(text, ctx.fields).split()), str(ctx.fields.get("area", "")))
    return shorten_title(title[:1].upper() + title[1:]) if title else flow.title


def _place_once(title: str, place: str) -> str:
    """``title`` without its last "in <place>" when the topic said "in <place>" already
    ("Knife crime in Manchester: crimes recorded in Manchester" says it twice)."""
    name = re.escape(" ".join(place.split()))
    if not name:
        return title
    said = list(re.finditer(rf",?\s+(?:in|across|within)\s+(?:the\s+)?{name}(?!\w)", title, re.I))
    return title[: said[-1].start()] + title[said[-1].end() :] if len(said) >= 2 else title


TITLE_LIMIT = 200  # WhatDoTheyKnow refuses longer titles


def shorten_title(title: str, limit: int = TITLE_LIMIT) -> str:
    """``title`` cut at a word to at most ``limit`` characters, ending "…" when cut."""
    if len(title) <= limit:
        return title
    cut = title[: limit - 1]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:(-–") + "…"


def _cost_fallback(ctx: _Context, total: int) -> str:
    fallback = ctx.flow.letter.cost_fallback
    if fallback is None or not holds(fallback.when, ctx.lookup):
        return ""
    refs = fallback.drop
    if fallback.source:
        picked = ctx.answers.get(fallback.source) if fallback.source in ctx.visible else None
        refs = picked if isinstance(picked, tuple) and fallback.source not in ctx.assumed else ()
    dropped = sorted({n for ref in refs for n in ctx.numbers.get(ref, [])})
    kept = [n for n in range(1, total + 1) if n not in dropped]
    if not dropped or not kept:
        return ""
    fields = {**ctx.fields, "keep": question_numbers(kept), "drop": question_numbers(dropped)}
    return render(fallback.text, fields)


def question_numbers(numbers: list[int]) -> str:
    """[1] -> 'question 1'; [1, 2] -> 'questions 1 and 2'; [1, 2, 3, 5] -> 'questions 1 to 3
    and 5'."""
    runs: list[list[int]] = []
    for n in sorted(numbers):
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    parts: list[str] = []
    for run in runs:
        if len(run) >= 3:
            parts.append(f"{run[0]} to {run[-1]}")
        else:
            parts.extend(str(n) for n in run)
    noun = "question" if len(numbers) == 1 else "questions"
    if len(parts) == 1:
        return f"{noun} {parts[0]}"
    return f"{noun} " + ", ".join(parts[:-1]) + " and " + parts[-1]
