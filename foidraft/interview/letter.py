"""Turn a flow's ``letter`` section into a :class:`Letter`, checking templates and references."""

from __future__ import annotations

from foidraft.authorities.context import CONTEXT_FIELDS
from foidraft.interview.model import (
    DEFAULT_COST_TEXT,
    DEFAULT_SALUTATION,
    DEFAULT_SIGN_OFF,
    CostFallback,
    Item,
    Letter,
    Question,
    Variant,
)
from foidraft.interview.schema import QUESTION_ID_RE, FlowValidator
from foidraft.interview.wording import field_names
from foidraft.validation import Path

LETTER_KEYS = ("title", "salutation", "opening", "questions", "closing", "cost_fallback",
               "sign_off")  # fmt: skip
ITEM_KEYS = ("id", "text", "when", "for_each", "variants")
OWN_FIELDS = frozenset({"authority.addressee", "requester.name"})


def read_letter(
    v: FlowValidator, raw: object, path: Path, questions: dict[str, Question]
) -> Letter:
    v.question = None
    data = v.mapping(raw, path, LETTER_KEYS)
    v.require(data, ("questions",), path)
    base = set(CONTEXT_FIELDS) | OWN_FIELDS
    for q in questions.values():
        base |= field_names(q)
    reader = _ItemReader(v, questions, base)
    title = reader.item(data["title"], (*path, "title")) if "title" in data else None
    opening = reader.section(data.get("opening", []), (*path, "opening"), numbered=False)
    numbered = reader.section(data.get("questions", []), (*path, "questions"), numbered=True)
    if "questions" in data and not numbered:
        v.problem((*path, "questions"), "a letter needs at least one numbered question")
    closing = reader.section(data.get("closing", []), (*path, "closing"), numbered=False)
    fallback = None
    if "cost_fallback" in data:
        fallback = reader.cost_fallback(data["cost_fallback"], (*path, "cost_fallback"))
    salutation = v.text(data.get("salutation", DEFAULT_SALUTATION), (*path, "salutation"))
    sign_off = v.text(data.get("sign_off", DEFAULT_SIGN_OFF), (*path, "sign_off"))
    v.template(salutation, (*path, "salutation"), base)
    v.template(sign_off, (*path, "sign_off"), base)
    return Letter(salutation, opening, numbered, closing, fallback, sign_off, title)


class _ItemReader:
    def __init__(self, v: FlowValidator, questions: dict[str, Question], base: set[str]) -> None:
        self.v = v
        self.questions = questions
        self.base = base
        self.ids: set[str] = set()
        self.numbered: list[str] = []  # ids of numbered items that `{number.x}` may cite
        self.repeated: set[str] = set()  # numbered for_each items (several numbers each)
        self.for_each_of: dict[str, str] = {}  # numbered for_each item -> its question
        self.in_questions = False

    def section(self, raw: object, path: Path, *, numbered: bool) -> tuple[Item, ...]:
        self.in_questions = numbered
        items = [self.item(entry, (*path, i)) for i, entry in enumerate(self.v.items(raw, path))]
        self.in_questions = False
        return tuple(i for i in items if i is not None)

    def item(self, raw: object, path: Path) -> Item | None:
        v = self.v
        data: dict[str, object] = (
            {"text": raw} if isinstance(raw, str) else v.mapping(raw, path, ITEM_KEYS)
        )
        if not data:
            return None
        v.require(data, ("text",), path)
        item_id = v.text(data.get("id", ""), (*path, "id"), allow_empty=True)
        if item_id and not QUESTION_ID_RE.match(item_id):
            v.problem((*path, "id"), "expected lower case letters, digits and _")
        if item_id in self.ids:
            v.problem((*path, "id"), f"duplicate item id '{item_id}'")
        for_each = None
        if "for_each" in data:
            for_each = v.text(data["for_each"], (*path, "for_each"))
            question = self.questions.get(for_each)
            if question is None or question.type != "multi-choice":
                v.problem((*path, "for_each"), f"'{for_each}' is not a multi-choice question")
        fields = self.base | {f"number.{n}" for n in self.numbered}
        if for_each:
            fields |= {"each", "each.short"}
        text = v.text(data.get("text", ""), (*path, "text"))
        v.template(text, (*path, "text"), fields)
        when = None
        if "when" in data:
            when = v.condition(data["when"], (*path, "when"), self.questions, set())
        variants = []
        for i, entry in enumerate(v.items(data.get("variants", []), (*path, "variants"))):
            sub = (*path, "variants", i)
            vdata = v.mapping(entry, sub, ("when", "text"))
            v.require(vdata, ("when", "text"), sub)
            vtext = v.text(vdata.get("text", ""), (*sub, "text"))
            v.template(vtext, (*sub, "text"), fields)
            vwhen = v.condition(vdata.get("when"), (*sub, "when"), self.questions, set())
            if vwhen is not None:
                variants.append(Variant(vwhen, vtext))
        self._cites_numbers(text, [x.text for x in variants], path)
        if item_id:
            self.ids.add(item_id)
            if self.in_questions:
                self.numbered.append(item_id)
                if for_each:
                    self.repeated.add(item_id)
                    self.for_each_of[item_id] = for_each
        return Item(text, item_id, when, for_each, tuple(variants))

    def _droppable(self, value: str) -> bool:
        """A numbered item id, or ``item:choice`` for one pick of a for_each item."""
        if value in self.numbered:
            return True
        item, _, pick = value.partition(":")
        question = self.questions.get(self.for_each_of.get(item, ""))
        return question is not None and question.choice(pick) is not None

    def _cites_numbers(self, text: str, more: list[str], path: Path) -> None:
        from foidraft.text.template import template_fields

        for template in (text, *more):
            for name, _ in template_fields(template):
                if name.startswith("number.") and name[7:] in self.repeated:
                    self.v.problem(
                        (*path, "text"), f"{{{name}}} has several numbers (it is for_each)"
                    )

    def cost_fallback(self, raw: object, path: Path) -> CostFallback | None:
        """``drop: [ids]`` (fixed), or ``from: question`` (a multi-choice whose values are
        the ids of numbered items, or an ``alone`` choice such as "none"): the requester
        decides what goes first."""
        v = self.v
        data = v.mapping(raw, path, ("drop", "from", "when", "text"))
        if ("drop" in data) == ("from" in data):
            v.problem(path, "give either `drop` (item ids) or `from` (the question that asks)")
        drop = []
        for i, ref in enumerate(v.items(data.get("drop", []), (*path, "drop"))):
            name = v.text(ref, (*path, "drop", i))
            if name not in self.numbered:
                v.problem((*path, "drop", i), f"no numbered question has id '{name}'")
            drop.append(name)
        source = ""
        if "from" in data:
            source = v.text(data["from"], (*path, "from"))
            question = self.questions.get(source)
            if question is None or question.type != "multi-choice":
                v.problem((*path, "from"), f"'{source}' is not a multi-choice question")
            else:
                for c in question.choices:
                    if not c.alone and not self._droppable(c.value):
                        v.problem((*path, "from"), f"choice '{c.value}' of '{source}' is not "
                                  "the id of a numbered question")  # fmt: skip
        text = v.text(data.get("text", DEFAULT_COST_TEXT), (*path, "text"))
        v.template(text, (*path, "text"), self.base | {"keep", "drop"})
        when = None
        if "when" in data:
            when = v.condition(data["when"], (*path, "when"), self.questions, set())
        return CostFallback(tuple(drop), text, when, source)
