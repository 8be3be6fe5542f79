"""Turning a clarification request into personal rules: one per term of the letter the
authority objected to that no rule flags yet."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from foidraft.drafts.files import slug
from foidraft.drafts.model import Draft
from foidraft.errors import FoidraftError
from foidraft.learn.cues import Cue, find_cues
from foidraft.learn.locate import Located, locate
from foidraft.rules.schema import phrase_regex
from foidraft.rules.vocabulary import URL_RE

TYPE_CHECKING = False
if TYPE_CHECKING:
    from foidraft.authorities.model import Authority
    from foidraft.config import Config
    from foidraft.rules.model import RuleSet

NAME_PREFIX = {
    "undefined_term": "unclear",
    "too_broad": "too-broad",
    "manual_review": "unsearchable",
    "ambiguous_period": "ambiguous-period",
    "unnamed_entities": "unnamed",
}
# The rule goes quiet once the sentence says what the term means (what its suggestion
# inserts, filled in).
DEFINED_RE = r"\bby\s+which\s+I\s+mean\b|\bmeaning\b|\bdefined\s+as\b|\bi\.e\.|\bthat\s+is,"
NEUTRAL = (
    "Please provide the number of crimes recorded in the financial year 1 April 2023 to "
    "31 March 2024.",
    "Please send me a copy of the policy that was in force on 1 January 2024.",
    "How many officers did the force employ on 31 March 2024?",
)
QUOTE_MAX = 220


@dataclass(frozen=True)
class Proposal:
    """A rule to add (``rule`` in rule-file form) and what it came from."""

    rule: dict[str, Any]
    cue: Cue
    where: Located

    @property
    def id(self) -> str:
        return str(self.rule["id"])


@dataclass(frozen=True)
class Passed:
    """A term the reply raised that gets no new rule, and why."""

    term: str
    reason: str


@dataclass(frozen=True)
class Lesson:
    proposals: list[Proposal] = field(default_factory=list)
    passed: list[Passed] = field(default_factory=list)


def propose_rules(
    draft: Draft,
    reply: str,
    *,
    authority: Authority | None,
    asked: dt.date,
    url: str | None = None,
    ruleset: RuleSet | None = None,
    config: Config | None = None,
    everywhere: bool = False,
) -> Lesson:
    """Rules for the terms of ``draft`` the ``reply`` objected to. Terms the letter does
    not use, wording the reply recommends, and wording a rule (bundled or the user's)
    already flags, are passed over with the reason. Each rule applies to ``authority``
    only, unless ``everywhere``. Ids continue the user range (U001, U002, ...)."""
    from foidraft.lint.api import check

    if ruleset is None:
        from foidraft.rules.registry import default_ruleset

        ruleset = default_ruleset()
    evidence_url = _evidence_url(url, authority)
    letter = draft.body
    findings = check(letter, authority, ruleset=ruleset, config=config, ignore=(), today=asked)
    phrases = {
        " ".join(p.source.split()).casefold(): rule.id
        for rule in ruleset
        for p in rule.patterns
        if rule.origin == "user" and p.type == "phrase"
    }
    ids = [r.id for r in ruleset]
    names = {r.name for r in ruleset}
    lesson = Lesson()
    recommended = _recommended_terms(reply)
    for cue in find_cues(reply, letter):
        label = cue.term or "the period"
        if cue.term and cue.term.casefold() in recommended:
            lesson.passed.append(Passed(label, "the reply recommends this wording"))
            continue
        where = locate(letter, cue)
        if where is None:
            lesson.passed.append(Passed(label, "not in your letter"))
            continue
        covered = phrases.get(where.text.casefold()) or next(
            (f.rule for f in findings if f.start < where.end and where.start < f.end), None
        )
        if covered is None:
            covered = next((p.id for p in lesson.proposals if _same(p, where)), None)
        if covered is not None:
            lesson.passed.append(Passed(where.text, f"already flagged by {covered}"))
            continue
        rule = build_rule(
            cue,
            where,
            draft,
            authority,
            asked,
            evidence_url,
            _next_id(ids),
            _free(names, cue, where),
            everywhere=everywhere,
        )
        ids.append(str(rule["id"]))
        names.add(str(rule["name"]))
        lesson.proposals.append(Proposal(rule, cue, where))
    return lesson


def build_rule(
    cue: Cue,
    where: Located,
    draft: Draft,
    authority: Authority | None,
    asked: dt.date,
    url: str,
    rule_id: str,
    name: str,
    *,
    everywhere: bool = False,
) -> dict[str, Any]:
    """The rule, in the form a rule file holds it (README: "The rule file"). It applies
    to ``authority`` alone unless ``everywhere``: one force's systems say nothing of
    another's."""
    who = authority.name if authority is not None else "The authority"
    said = _quote(cue.sentence)
    ref = f", reference {draft.reference}" if draft.reference else ""
    bad = where.sentence
    good = next(s for s in NEUTRAL if not re.search(phrase_regex(where.text), s, re.I))
    rule: dict[str, Any] = {
        "id": rule_id,
        "name": name,
        "kind": cue.kind,
        "severity": "warning",
        "message": (
            f"'{{match}}' drew a clarification request from {_braces(who)}: “{_braces(said)}”"
        ),
        "why": (
            f"{who} asked for clarification of this wording on {asked.isoformat()}, in reply "
            f"to the request “{draft.title}” ({draft.name or 'a draft'}{ref}). Its words: "
            f"“{said}” Wording an authority had to ask about once is likely to be asked about "
            "again: say exactly what you mean, in the terms its systems record."
        ),
        "evidence": [
            {
                "title": f"{who}, clarification request of {asked.isoformat()} ({draft.title})",
                "url": url,
                "quote": said,
            }
        ],
        "patterns": [{"phrase": where.text}],
        "suggestions": [
            {
                "title": "Say what you mean",
                "insert_after": " (by which I mean [[clarify what you mean by ‘{match}’]])",
            },
            {"title": _braces(f"{who} asked: “{said}”"), "advice": f"{who} asked: “{said}”"},
        ],
        "examples": {"bad": [bad], "good": [good]},
        "tags": ["learned", slug(who)],
    }
    if not re.search(DEFINED_RE, bad, re.IGNORECASE):
        rule["unless"] = {"scope": "sentence", "patterns": [{"regex": DEFINED_RE}]}
    if authority is not None and not everywhere:
        rule["applies_to"] = {"authorities": [authority.id]}
    return rule


def _recommended_terms(reply: str) -> set[str]:
    """Words the reply offers as better wording ("May I suggest you ask for all 'crimes
    recorded'"), quoted or not: never proposed as wording to avoid."""
    from foidraft.learn.cues import QUOTED_RE, clean_term, reply_sentences
    from foidraft.replies.points import recommends

    out: set[str] = set()
    for sentence in reply_sentences(reply):
        if not recommends(sentence):
            continue
        for m in QUOTED_RE.finditer(sentence):
            term = clean_term(next(g for g in m.groups() if g is not None))
            if term:
                out.add(term.casefold())
                out.update(w.casefold() for w in term.split() if len(w) > 3)
    return out


def _evidence_url(url: str | None, authority: Authority | None) -> str:
    """The request's own page if given; else the authority's disclosure log or site (the
    rule file requires an http(s) link for every piece of evidence)."""
    if url:
        if not URL_RE.match(url.strip()):
            raise FoidraftError(f"'{url}' is not an http(s) link", hint="paste the request's URL")
        return url.strip()
    if authority is not None:
        for found in (authority.disclosure_log, authority.home_page, authority.wdtk_url):
            if found and URL_RE.match(found):
                return found
    raise FoidraftError(
        "a rule needs a link to its evidence, and foidraft knows none for this authority",
        hint="give the request's WhatDoTheyKnow page (or the authority's site) with --url",
    )


def _next_id(ids: list[str]) -> str:
    used = [int(i[1:]) for i in ids if re.fullmatch(r"U\d{3}", i)]
    n = max(used, default=0) + 1
    if n > 999:
        raise FoidraftError("there is no free personal rule id (U001-U999 are all used)")
    return f"U{n:03d}"


def _free(names: set[str], cue: Cue, where: Located) -> str:
    base = f"{NAME_PREFIX.get(cue.kind, 'learned')}-{slug(where.text)}"
    name, n = base, 2
    while name in names:
        name, n = f"{base}-{n}", n + 1
    return name


def _same(proposal: Proposal, where: Located) -> bool:
    return proposal.where.text.casefold() == where.text.casefold()


def _quote(sentence: str) -> str:
    text = " ".join(sentence.split())
    return text if len(text) <= QUOTE_MAX else text[: QUOTE_MAX - 1].rstrip() + "…"


def _braces(text: str) -> str:
    """Rule messages and titles are templates: the authority's braces stay literal."""
    return text.replace("{", "{{").replace("}", "}}")
