"""Turn a rule's suggestion specs into concrete edits for one match."""

from __future__ import annotations

from foidraft.lint.document import Document
from foidraft.lint.model import ADVICE, CHOICE, SAFE, Edit, Suggestion
from foidraft.rules.model import Rule
from foidraft.text.template import render

TYPE_CHECKING = False
if TYPE_CHECKING:
    from foidraft.authorities.model import Authority

TAIL_PUNCTUATION = frozenset(".?!:;,\"'”’)]")


def build_suggestions(
    rule: Rule,
    doc: Document,
    start: int,
    end: int,
    fields: dict[str, str],
    authority: Authority | None,
    fuzzy: bool,
) -> list[Suggestion]:
    specs = [s for s in rule.suggestions if s.applies_to.matches(authority)]
    editable = [s for s in specs if s.op != "advice"]
    out = []
    for spec in specs:
        title = render(spec.title, fields)
        if spec.op == "advice":
            out.append(Suggestion(title, (), ADVICE, advice=spec.template))
            continue
        edit = _edit(spec.op, render(spec.template, fields), doc, start, end)
        safe = spec.safe and not fuzzy and len(editable) == 1
        out.append(Suggestion(title, (edit,), SAFE if safe else CHOICE))
    return out


def _edit(op: str, text: str, doc: Document, start: int, end: int) -> Edit:
    source = doc.text
    if op == "replace":
        return Edit(start, end, _match_case(source[start:end], text))
    if op == "insert_before":
        return Edit(start, start, text)
    if op == "insert_after":
        return Edit(end, end, text)
    if op == "delete":
        a, b = start, end
        if a > 0 and source[a - 1] in " \t" and (b >= len(source) or not source[b].isalnum()):
            a -= 1  # take the space before, so no double space is left behind
        elif b < len(source) and source[b] in " \t":
            b += 1
        return Edit(a, b, "")
    if op == "sentence_end":
        s_start, s_end = doc.bounds(start, "sentence")
        cut = _before_tail(source, s_start, s_end)
        return Edit(cut, cut, text)
    # append: a new paragraph before the sign-off, or at the end of the letter
    at = doc.sign_off_offset()
    if at is not None and at > start:
        return Edit(at, at, text.rstrip("\n") + "\n\n")
    pad = "" if source.endswith("\n\n") else ("\n" if source.endswith("\n") else "\n\n")
    return Edit(len(source), len(source), pad + text.rstrip("\n") + "\n")


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
