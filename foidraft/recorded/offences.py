"""The offences, flags, outcomes and breakdowns police record (foidraft/data/offences.yaml),
validated strictly and turned into the choice lists the scoping flows offer.

Every breakdown names a field of a dataset in recorded.yaml, and every flag, topic and
sub-code names offences that exist here, so a list the interview shows cannot drift from
the model of what is recorded. ``choice_lists()`` is the one place the interview's lists of
codes, flags, outcomes and breakdowns come from.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from foidraft import paths
from foidraft.recorded.offence_data import ALL, SCOTTISH_PREFIX, Flag, Offence, Suggestion, Topic
from foidraft.text.words import words_regex

# Plain names that keep their capital when they open a phrase inside a sentence.
_PROPER = ("Offender Management", "Domestic Abuse (Scotland)", "Home Office")
_CODE_PARTS = re.compile(r"\d+|[^\d]+")  # "71/17" -> "71", "/", "17" (code_order)


class OffenceModel:
    """The validated data, with the choice lists built from it."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.groups: dict[str, str] = data["groups"]
        self.offences: list[Offence] = data["offences"]
        self.flags: list[Flag] = data["flags"]
        self.topics: list[Topic] = data["topics"]
        self.outcomes: list[dict[str, str]] = data["outcomes"]
        self.breakdowns: dict[str, dict[str, Any]] = data["breakdowns"]
        self.scottish: list[tuple[str, list[dict[str, Any]]]] = data["scottish"]
        self.by_code = {o.code: o for o in self.offences}

    def offence(self, code: str) -> Offence | None:
        return self.by_code.get(code)

    def flag(self, flag_id: str) -> Flag | None:
        return next((f for f in self.flags if f.id == flag_id), None)

    def suggest(self, text: str, *, scotland: bool = False) -> Suggestion:
        """Codes, flags and topics the requester's words name (nothing if none)."""
        if not text.strip():
            return Suggestion()
        offences: list[str] = []
        flags: list[str] = []
        topics: list[str] = []
        only = False
        for topic in self.topics:
            if finds(topic.words, text):
                topics.append(topic.id)
                offences.extend(topic.offences)
                flags.extend(topic.flags)
                only = only or topic.only_flagged
        if not topics:
            for o in self.offences:
                if finds((o.name.lower(), *o.words), text):
                    offences.append(o.code)
            for f in self.flags:
                if finds(f.words, text):
                    flags.append(f.id)
        if scotland:
            offences = [
                SCOTTISH_PREFIX + c["id"]
                for _, crimes in self.scottish
                for c in crimes
                if finds((c["name"].lower(), *c["words"]), text)
            ]
            flags = [f for f in flags if not self._hidden_in_scotland(f)]
        return Suggestion(_unique(offences), _unique(flags), only and bool(flags), tuple(topics))

    def _hidden_in_scotland(self, flag_id: str) -> bool:
        flag = self.flag(flag_id)
        return flag is None or "not_held" in flag.scotland

    # -- choice lists ----------------------------------------------------------------------
    def choice_lists(self) -> dict[str, list[dict[str, Any]]]:
        """Plain choice data by list id, for the flow loader (see interview.questions)."""
        lists: dict[str, list[dict[str, Any]]] = {
            "hocr-offences": self._offence_choices(),
            "scottish-crimes": self._scottish_choices(),
            "crime-flags": self._flag_choices(),
            "hate-crime-strands": self._strand_choices(),
            "outcome-types": [_outcome_choice(o) for o in self.outcomes],
        }
        for name, spec in self.breakdowns.items():
            lists[name] = spec["choices"]
        return lists

    def _offence_choices(self) -> list[dict[str, Any]]:
        flag_words: dict[str, list[str]] = {}
        for f in self.flags:
            for code in (*f.on, *f.also):
                flag_words.setdefault(code, []).extend(f.words)
        out = [
            {
                "value": ALL,
                "label": "All recorded crime (every offence code)",
                "hint": "Every notifiable offence; use it with a flag (hate crime, domestic "
                "abuse) to count every flagged crime.",
                "text": "all notifiable offences (every Home Office offence code)",
                "short": "all recorded crime",
                "keywords": ["all crime", "all offences", "every offence", "total crime"],
            }
        ]
        for group_id, group_name in self.groups.items():
            for o in self.offences:
                if o.group != group_id:
                    continue
                hint = " ".join(x for x in (group_name + ".", o.statute, o.note) if x)
                out.append(
                    {
                        "value": o.code,
                        "label": f"{o.code}  {o.name}",
                        "hint": hint,
                        "text": f"{o.code} ({sentence_case(o.name)})",
                        "short": sentence_case(o.name),
                        "keywords": [*o.words, *flag_words.get(o.code, []), group_name.lower()],
                        "parent": o.parent,
                    }
                )
        return out

    def _scottish_choices(self) -> list[dict[str, Any]]:
        out = []
        for group, crimes in self.scottish:
            for c in crimes:
                out.append(
                    {
                        "value": SCOTTISH_PREFIX + c["id"],
                        "label": c["name"],
                        "hint": f"{group} (Scottish Crime Recording Standard).",
                        "text": sentence_case(c["name"]),
                        "short": sentence_case(c["name"]),
                        "keywords": [*c["words"], group.lower()],
                    }
                )
        return out

    def _flag_choices(self) -> list[dict[str, Any]]:
        out = []
        for f in self.flags:
            scot = dict(f.scotland)
            choice: dict[str, Any] = {
                "value": f.id,
                "label": f.name,
                "hint": f.hint,
                "text": f.text,
                "short": f.short,
                "keywords": list(f.words),
            }
            if "not_held" in scot:
                choice["where"] = "elsewhere"
                choice["reason"] = scot["not_held"]
            else:
                words = {"name": "label", "text": "text", "short": "short", "hint": "hint"}
                choice["scotland"] = {words[k]: scot[k] for k in words if k in scot}
            out.append(choice)
        return out

    def _strand_choices(self) -> list[dict[str, Any]]:
        flag = self.flag("hate_crime")
        if flag is None:
            return []
        home = dict(flag.strands)
        scot = dict(flag.scotland.get("strands", ()))
        ni = {sid: name for sid, name in flag.ni_strands if sid not in home and sid not in scot}
        out = []
        for sid, name in {**home, **scot, **ni}.items():
            choice: dict[str, Any] = {"value": sid, "label": name[:1].upper() + name[1:],
                                      "text": name, "short": name}  # fmt: skip
            if sid in ni:
                choice["where"] = "northern_ireland"  # the PSNI's sectarian motivation
            elif sid not in home:
                choice["where"] = "scotland"
                choice["reason"] = "Recorded as a statutory aggravation in Scotland only."
            elif scot and sid not in scot:
                choice["where"] = "elsewhere"
            out.append(choice)
        return out


def code_order(code: str) -> tuple[tuple[int, str], ...]:
    """A key that puts offence codes in the order a reader expects: by number, then letter
    or sub-code ("8N, 10D, 34A, 34B, 71/2, 71/17, 90"), whatever class they were ticked in."""
    return tuple(
        (int(part), "") if part.isdigit() else (-1, part.upper())
        for part in _CODE_PARTS.findall(code)
    )


def sentence_case(name: str) -> str:
    """'Sexual grooming' -> 'sexual grooming'; names and acronyms keep their capitals."""
    if name.startswith(_PROPER) or name[1:2].isupper():
        return name
    return name[:1].lower() + name[1:]


def _outcome_choice(o: dict[str, str]) -> dict[str, Any]:
    name = o["name"]
    return {
        "value": o["value"],
        "label": f"{o['value']}  {name}",
        "hint": o.get("hint", ""),
        "text": f"{o['value']} ({sentence_case(name)})",
        "short": sentence_case(name),
        "keywords": [],
    }


def _unique(items: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


@functools.lru_cache(maxsize=512)
def _phrase_regex(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(words_regex(list(words)), re.IGNORECASE)


def finds(words: tuple[str, ...], text: str) -> bool:
    """Whether any phrase of ``words`` is in ``text`` (word boundaries, plurals)."""
    return bool(words) and _phrase_regex(tuple(words)).search(text) is not None


# -- loading -------------------------------------------------------------------------------
def offences_file() -> str:
    return paths.package_data("offences.yaml")


@functools.lru_cache(maxsize=4)
def load_offences(path: str | None = None) -> OffenceModel:
    """The model in ``path`` (default: the bundled file), validated; RuleFileError lists
    every problem with file:line."""
    from foidraft.recorded.offences_schema import validate
    from foidraft.rules.loader import read_yaml_with_lines

    path = path or offences_file()
    data, lines = read_yaml_with_lines(path)
    return OffenceModel(validate(data, lines, path))
