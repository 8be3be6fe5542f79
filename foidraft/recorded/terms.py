"""Recording terms said the way the authority records them.

A letter written for an English force asks for crimes "for Home Office offence codes 28E
(burglary residential) and 28F (...)", "the Home Office online crime flag" and "Home Office
outcome type 1 (charged or summonsed)". Police Scotland records crimes under the Scottish
Crime Recording Standard: crime names instead of codes, its own markers (and no online
one), detected or not instead of outcome types. A template carries the meaning of those
terms, so each letter of a batch is put in its authority's terms, in the words the
interview uses for that authority (foidraft/data/offences.yaml holds both).

Only what the model can say for certain is translated. Anything with no counterpart (the
online flag in Scotland, a Home Office code no Scottish crime name covers, a choice of
outcome types) becomes a ``[[gap]]`` saying why, for the requester to fill: the letter
never quietly asks for something the authority does not record.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from foidraft.recorded.offences import (
    OffenceModel,
    code_order,
    load_offences,
    sentence_case,
)

HOCR, SCRS = "hocr", "scrs"
STANDARD_NAMES = {
    HOCR: "the Home Office Counting Rules",
    SCRS: "the Scottish Crime Recording Standard",
}
# Every pattern here is a fixed phrase or a bounded list: linear on any letter.
_CODE = r"\d{1,3}(?:\.\d{1,2})?[A-Z]?(?:/\d{1,2})?\b"
_ITEM = rf"{_CODE}(?:\s*\([^()\n]{{0,80}}\))?"
_CODES_RE = re.compile(
    r"\b(?:under|for)\s+Home\s+Office\s+(?:offence\s+)?(?:codes?|class(?:es)?)\s+"
    rf"(?P<codes>{_ITEM}(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+){_ITEM}){{0,40}})"
)
_CODE_RE = re.compile(_CODE)
_SCOT_CRIMES_RE = re.compile(
    r"\bunder\s+the\s+Scottish\s+Crime\s+Recording\s+Standard\s+for\s+(?P<names>[^,.;\n]{1,300}?),"
    r"\s+using\s+the\s+crime\s+classifications?\s+you\s+record\s+(?:it|them)\s+under\b"
)


@dataclass(frozen=True)
class TermChange:
    """``before`` became ``after``; ``gap`` when the requester must say what they mean."""

    before: str
    after: str
    gap: bool = False


@dataclass(frozen=True)
class Localised:
    text: str
    changes: tuple[TermChange, ...] = ()

    @property
    def gaps(self) -> tuple[TermChange, ...]:
        return tuple(c for c in self.changes if c.gap)


def localise(text: str, standard: str | None, model: OffenceModel | None = None) -> Localised:
    """``text`` with its recording terms said as ``standard`` (``hocr`` or ``scrs``) says
    them; unchanged for any other standard (a council records no crimes)."""
    if standard not in (HOCR, SCRS):
        return Localised(text)
    model = model or load_offences()
    steps = _to_scotland(model) if standard == SCRS else _to_home_office(model)
    changes: list[TermChange] = []
    for pattern, replace in steps:
        text = _sub(pattern, replace, text, changes)
    return Localised(text, tuple(changes))


Step = tuple[re.Pattern[str], Callable[[re.Match[str]], TermChange]]


def _sub(
    pattern: re.Pattern[str],
    replace: Callable[[re.Match[str]], TermChange],
    text: str,
    changes: list[TermChange],
) -> str:
    def one(m: re.Match[str]) -> str:
        change = replace(m)
        changes.append(change)
        return change.after

    return pattern.sub(one, text)


def _phrases(*phrases: str) -> re.Pattern[str]:
    alternatives = sorted({p for p in phrases if p}, key=len, reverse=True)
    return re.compile("|".join(map(_phrase, alternatives)), re.IGNORECASE)


def _phrase(text: str) -> str:
    """``text`` with any spacing between its words, as whole words where it has them."""
    body = r"\s+".join(map(re.escape, text.split()))
    left = r"\b" if text[:1].isalnum() else ""
    right = r"\b" if text[-1:].isalnum() else ""
    return left + body + right


def _fixed(after: str) -> Callable[[re.Match[str]], TermChange]:
    return lambda m: TermChange(m.group(0), after)


def _gap(hint: str) -> Callable[[re.Match[str]], TermChange]:
    return lambda m: TermChange(m.group(0), f"[[{hint}]]", gap=True)


def _words(*phrases: str) -> set[str]:
    return {p.lower() for p in phrases}


# -- Home Office Counting Rules -> Scottish Crime Recording Standard --------------------------
def _to_scotland(model: OffenceModel) -> list[Step]:
    steps: list[Step] = [(_CODES_RE, lambda m: _scottish_crimes(m, model))]
    steps.append((_phrases("with figures for each offence code"),
                  _fixed("with figures for each classification")))  # fmt: skip
    for flag in model.flags:
        found = _phrases(flag.text, f"the {flag.name}", f"the Home Office {flag.name}")
        scot = flag.scotland
        if "not_held" in scot:
            reason = re.split(r"[:.;]\s", " ".join(str(scot["not_held"]).split()))[0]
            steps.append((found, _gap(f"{reason}: say what to count instead, or remove this")))
        elif "text" in scot:
            steps.append((found, _fixed(str(scot["text"]))))
    steps += [
        (_phrases("the number assigned each Home Office outcome type"),
         _outcome_table_to_scotland),
        (_phrases("assigned Home Office outcome type 1 (charged or summonsed)",
                  "assigned Home Office outcome type 1"), _fixed("detected (cleared up)")),
        (re.compile(r"\(\s*Home\s+Office\s+outcome\s+type\s+1\s*\)"),
         _fixed("(recorded as detected)")),
        (re.compile(r"\bHome\s+Office\s+outcome\s+types?\b(?:\s+\d{1,2}\b(?:\s*(?:,|and|or|to|-)\s*"
                    r"\d{1,2}\b){0,21})?(?:\s*\([^()\n]{0,80}\))?"),
         _gap("the outcomes you want, as Police Scotland records them: detected (cleared up) "
              "or not detected")),
        (_phrases(STANDARD_NAMES[HOCR]), _fixed(STANDARD_NAMES[SCRS])),
    ]  # fmt: skip
    return steps


def _outcome_table_to_scotland(m: re.Match[str]) -> TermChange:
    return TermChange(m.group(0), "the number detected (cleared up) and the number not detected")


def _scottish_crimes(m: re.Match[str], model: OffenceModel) -> TermChange:
    names: list[str] = []
    unmatched: list[str] = []
    for code in _CODE_RE.findall(m.group("codes")):
        offence = model.offence(code)
        found = _scottish_for(offence.name, offence.words, model) if offence else []
        if found:
            names += [n for n in found if n not in names]
        else:
            name = f"{code} ({sentence_case(offence.name)})" if offence else code
            unmatched.append(name)
    parts = list(names)
    if unmatched:
        parts.append(
            f"[[the crimes Police Scotland records for Home Office code {_and(unmatched)}, "
            "by their Scottish names]]"
        )
    # Plural as the interview says it: one crime name may span several classifications.
    after = (
        f"under {STANDARD_NAMES[SCRS]} for {_and(parts)}, using the crime "
        "classifications you record them under"
    )
    return TermChange(m.group(0), after, gap=bool(unmatched))


def _scottish_for(name: str, words: tuple[str, ...], model: OffenceModel) -> list[str]:
    """Scottish crime names sharing a name or a requester's word with the offence."""
    own = _words(name, *words)
    return [
        sentence_case(crime["name"])
        for _group, crimes in model.scottish
        for crime in crimes
        if own & _words(crime["name"], *crime["words"])
    ]


# -- Scottish Crime Recording Standard -> Home Office Counting Rules -------------------------
def _to_home_office(model: OffenceModel) -> list[Step]:
    steps: list[Step] = [(_SCOT_CRIMES_RE, lambda m: _home_office_codes(m, model))]
    steps.append((_phrases("with figures for each classification"),
                  _fixed("with figures for each offence code")))  # fmt: skip
    for flag in model.flags:
        scot_text = str(flag.scotland.get("text", ""))
        if scot_text:
            steps.append((_phrases(scot_text), _fixed(flag.text)))
    steps += [
        (_phrases("the number detected (cleared up) and the number not detected"),
         _fixed("the number assigned each Home Office outcome type (outcome types 1 to 22, "
                "and those with no outcome yet)")),
        (_phrases("detected (cleared up)"),
         _gap("the outcome types you want, e.g. assigned Home Office outcome type 1 "
              "(charged or summonsed)")),
        (_phrases(STANDARD_NAMES[SCRS]), _fixed(STANDARD_NAMES[HOCR])),
    ]  # fmt: skip
    return steps


def _home_office_codes(m: re.Match[str], model: OffenceModel) -> TermChange:
    names = m.group("names")
    codes: list[str] = []
    for _group, crimes in model.scottish:
        for crime in crimes:
            if sentence_case(crime["name"]).lower() not in names.lower():
                continue
            own = _words(crime["name"], *crime["words"])
            codes += [o.code for o in model.offences if own & _words(o.name, *o.words)]
    shown = sorted(list(dict.fromkeys(codes))[:6], key=code_order)
    example = f", e.g. {_and(shown)}" if codes else ""
    after = f"for Home Office offence codes [[the Home Office offence codes for {names}{example}]]"
    return TermChange(m.group(0), after, gap=True)


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
