"""Turn a rule's suggestion specs into concrete edits for one match."""

from __future__ import annotations

from foidraft.lint.document import Document
from foidraft.lint.model import ADVICE, CHOICE, SAFE, Edit, Suggestion
from foidraft.rules.counterparts import template_for
from foidraft.rules.model import Context, Rule, SuggestionSpec
from foidraft.text.bullets import BULLET_CHARS
from foidraft.text.lazyre import LazyRegex
from foidraft.text.template import render, template_fields

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable

    from foidraft.authorities.model import Authority

# A sentence's closing marks: an addition goes before them, but after a closing quote or
# bracket, so it never lands inside a quotation or another addition.
TAIL_PUNCTUATION = frozenset(".?!:;,")
# The rewordings that add words at the end of the question or sentence holding the match.
ADDED_AT_END = ("question_end", "sentence_end")


def build_suggestions(
    rule: Rule,
    doc: Document,
    start: int,
    end: int,
    fields: dict[str, str],
    authority: Authority | None,
    fuzzy: bool,
    letter_wide: Callable[[Context], bool] | None = None,
) -> list[Suggestion]:
    """The rule's rewordings for the match at [start, end). ``letter_wide`` answers for
    the contexts over the whole letter when the caller already knows (the Checker)."""
    specs = [
        s
        for s in rule.suggestions
        if s.applies_to.matches(authority) and _offered(s, doc, start, letter_wide)
    ]
    editable = [s for s in specs if s.op != "advice"]
    out = []
    for spec in specs:
        # In the numbering the authority answers under, as the message is ("FOISA s34")
        title = render(template_for(spec.title, authority), fields)
        template = render(template_for(spec.template, authority), fields)
        if spec.op == "advice":
            out.append(Suggestion(title, (), ADVICE, advice=template))
            continue
        if _unfilled(spec.template, fields):
            continue  # "their number of ." for a match without the part the text names
        edits = _edits(spec.op, template, doc, start, end)
        if not edits:
            continue  # nothing sound to offer here (the letter's only question, say)
        safe = spec.safe and not fuzzy and len(editable) == 1
        out.append(Suggestion(title, edits, SAFE if safe else CHOICE))
    return out


def _unfilled(template: str, fields: dict[str, str]) -> bool:
    """Whether a field the new words take from the match is empty here: a pattern's
    alternative without the group ("home address", no ``what``) cannot fill "number of
    {what}", and a rewording with a hole the user was not told of is not a better letter."""
    return "{" in template and any(not fields.get(name) for name, _ in template_fields(template))


def _offered(
    spec: SuggestionSpec,
    doc: Document,
    start: int,
    letter_wide: Callable[[Context], bool] | None,
) -> bool:
    if not spec.requires and not spec.unless:
        return True
    from foidraft.lint.matching import first_hit

    def holds(ctx: Context) -> bool:
        if letter_wide is not None and ctx.scope == "document":
            return letter_wide(ctx)
        a, b = doc.bounds(start, ctx.scope)
        return any(first_hit(p, doc, a, b) for p in ctx.patterns)

    return all(holds(c) for c in spec.requires) and not any(holds(c) for c in spec.unless)


def _edits(op: str, text: str, doc: Document, start: int, end: int) -> tuple[Edit, ...]:
    if op == "delete_question":
        from foidraft.lint.questions import delete_question

        found = delete_question(doc, start)
        return tuple(Edit(s, e, r) for s, e, r in found) if found else ()
    if op in ADDED_AT_END:
        a, cut = _end_of(op, doc, start)
        return () if _added_already(doc.text, a, cut, text) else (Edit(cut, cut, text),)
    return (_edit(op, text, doc, start, end),)


def _end_of(op: str, doc: Document, start: int) -> tuple[int, int]:
    """Where the question (``question_end``) or sentence (``sentence_end``) holding
    ``start`` begins, and where an addition to it goes: before its closing marks."""
    if op == "question_end":
        from foidraft.lint.questions import item_bounds

        a, b = item_bounds(doc, start)
    else:
        a, b = doc.bounds(start, "sentence")
    return a, _before_tail(doc.text, a, b)


def carries_addition(rule: Rule, doc: Document, start: int) -> bool:
    """Whether the letter already carries, at the end of the question or sentence holding
    ``start``, the words one of the rule's rewordings adds there: pressed (or written by
    hand), its condition answers the finding ("only if your system records this as a
    searchable field ..."), so a re-check no longer raises it."""
    for spec in rule.suggestions:
        if "{" in spec.template or spec.op not in ADDED_AT_END:
            continue  # words taken from the match: nothing fixed to look for
        words = _ADDED.get(spec.template)
        if words is None:  # a rule's own words: a few dozen in the knowledge base
            words = _ADDED[spec.template] = _normal(spec.template)
        if not words:
            continue
        a, cut = _end_of(spec.op, doc, start)
        # The words near one end, kept with the letter: its findings share their questions.
        near: dict[tuple[int, int], str] = doc.derived.setdefault("added_near", {})  # type: ignore[assignment]
        around = near.get((a, cut))
        if around is None:
            around = near[(a, cut)] = _near(doc.text, a, cut)
        if words in around:
            return True
    return False


_ADDED: dict[str, str] = {}  # a rewording's fixed words -> as _normal gives them


# How far from a question's or sentence's end an addition is looked for: the additions
# rules make there are a line or two each, and a few may follow one another.
_ADDED_REACH = 1000
# What may follow the end of a sentence before its additions: the closing marks, then the
# additions themselves, each in brackets (" (only if your system records this ...)").
_ASIDES_AFTER = LazyRegex(r"[.?!:;,\"'”’)\]]*(?:[^\S\n]*\([^()\n]{0,600}\))*")


def _added_already(source: str, start: int, cut: int, text: str) -> bool:
    """Whether the words a rewording would add at ``cut`` are already there, just before it
    or in the brackets that follow the sentence's end (pressed before, or written by hand):
    adding them again would say it twice, and a re-check would offer it for ever. Looked
    for within a bounded reach, so a long paragraph costs no more than a short one."""
    words = _normal(text)
    return bool(words) and words in _near(source, start, cut)


def _normal(text: str) -> str:
    """An addition's words as looked for: spaces made one, outer brackets off, lower case."""
    return " ".join(text.split()).strip(" ()").lower()


def _near(source: str, start: int, cut: int) -> str:
    """The words just before ``cut`` (no further back than ``start``) and in the brackets
    after it, spaces made one and in lower case: where an addition is looked for."""
    before = source[max(start, cut - _ADDED_REACH) : cut]
    after = _ASIDES_AFTER.match(source, cut, cut + _ADDED_REACH)
    near = before + (after.group(0) if after else "")
    return " ".join(near.split()).lower()


def _edit(op: str, text: str, doc: Document, start: int, end: int) -> Edit:
    source = doc.text
    if op == "replace":
        text = _match_case(source[start:end], text)
        if source[max(0, start - 4) : start].lower() == "the " and text.lower().startswith("the "):
            text = text[4:]  # "the the outcome type": the letter already has its article
        return Edit(start, end, text)
    if op == "insert_before":
        return Edit(start, start, text)
    if op == "insert_after":
        return Edit(end, end, text)
    if op == "delete":
        item = _bare_item(source, doc, start, end)
        if item is not None:
            return Edit(*item, "")
        a, b = start, end
        if a > 0 and b < len(source) and source[a - 1] + source[b] in ("()", "[]"):
            a, b = a - 1, b + 1  # "colluding (or similar) over": the brackets go with it
        if a > 0 and source[a - 1] in " \t" and (b >= len(source) or not source[b].isalnum()):
            a -= 1  # take the space before, so no double space is left behind
        elif b < len(source) and source[b] in " \t":
            b += 1
        return Edit(a, b, "")
    # append: a new paragraph before the sign-off, or at the end of the letter
    at = doc.sign_off_offset()
    if at is not None and at > start:
        return Edit(at, at, text.rstrip("\n") + "\n\n")
    pad = "" if source.endswith("\n\n") else ("\n" if source.endswith("\n") else "\n\n")
    return Edit(len(source), len(source), pad + text.rstrip("\n") + "\n")


_LEFTOVER_WORDS = frozenset({"the", "a", "an", "of", "and", "or", "any", "all", "your", "their"})


def _bare_item(source: str, doc: Document, start: int, end: int) -> tuple[int, int] | None:
    """The whole line of a list item that removing [start, end) would leave with nothing
    but its marker and small words ("- The"), so the item goes too."""
    a, b = doc.line_bounds(start)
    if end > b or b - a > 300:  # a list item is one short line
        return None
    rest = source[a:start] + source[end:b]
    words = [w.lower() for w in rest.replace("-", " ").split() if any(c.isalnum() for c in w)]
    marker = rest.lstrip()[:1] in BULLET_CHARS or rest.lstrip()[:2].rstrip(".)").isdigit()
    if not marker or any(w not in _LEFTOVER_WORDS and not w.rstrip(".)").isdigit() for w in words):
        return None
    return a, min(b + 1, len(source))


def _before_tail(source: str, start: int, end: int) -> int:
    """Where the sentence's closing punctuation and spaces begin (a scan from the end:
    a regex anchored with ``$`` would be tried at every position of a long sentence)."""
    cut = end
    while cut > start and (source[cut - 1].isspace() or source[cut - 1] in TAIL_PUNCTUATION):
        cut -= 1
    return cut


def _match_case(original: str, replacement: str) -> str:
    """Keep a capital at the start of a sentence when the rewording starts in lower case."""
    if original[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement
