"""Rewordings that compose: apply the first rewording of every finding until none is left,
then check the letter that results.

    python -m tests.composition            # figures over every bounced request and the seed
    python -m tests.composition --show ID  # one letter before and after, with its defects
    python -m tests.composition --list     # the training letters not well formed
    python -m tests.composition --added    # findings the re-check raises on words a
                                           # rewording added, by rule pressed and raised

A requester who trusts foidraft presses F8 and 1 on each finding in turn. Whatever the
order, the letter left at the end must be well formed: no question emptied or repeated, no
dangling punctuation, no gap left to fill without a finding saying so, no rewording that
says something its own rule's message calls wrong, and every question still asks for
something. Golden files for the seed's three letters sit in tests/golden/composition/.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from foidraft.authorities.model import Authority
from foidraft.lint.api import check
from foidraft.lint.fixes import apply_edits
from foidraft.lint.model import Finding

SEEDS = Path(__file__).parent / "data"
GOLDEN = Path(__file__).parent / "golden" / "composition"
MAX_STEPS = 60

# A question: a numbered or lettered item, or a paragraph.
ITEM_RE = re.compile(r"(?m)^[ \t]*(?:\(?\d{1,2}[a-z]?[.)]|\(?[a-z][.)]|Q\d+[.:)]?|[-*•])[ \t]+")
DANGLING_RE = re.compile(
    r"[:;,]\s*[,.;:]|,\s*,|\(\s*\)|\s+[,.;:](?=\s|$)|\b(?:the|a|an|of|by|for|to)\s*[.?!]"
)
EMPTY_ASK_RE = re.compile(
    r"\b(?:the\s+number|how\s+many|a\s+breakdown|the\s+names?)\s*(?:of\s*)?[.?!]", re.IGNORECASE
)
VERBISH_RE = re.compile(
    r"\b(?:provide|give|send|tell|list|state|confirm|disclose|supply|share|how|what|which|"
    r"who|whether|when|where|number|numbers|copy|copies|figures?|details?|breakdown|total|"
    r"is|are|was|were|do|does|did|has|have|had|can|could|would|will|please|any|documents?|"
    r"records?|crimes?|offences?|of\s+(?:these|"
    r"those|which|whom))\b",
    re.IGNORECASE,
)
HOLE_RE = re.compile(r"\[\[[^\]]*\]\]")
# A sub-item that is only a period ("ii) the financial year 1 April 2012 to 31 March 2013").
PERIOD_ITEM_RE = re.compile(
    r"(?:[ivx]+\)\s*)?(?:the\s+)?(?:financial|calendar)\s+years?\b[^?]{0,400}$|[\d/ –-]+$",
    re.IGNORECASE | re.DOTALL,
)


@dataclass
class Outcome:
    name: str
    before: str
    after: str
    steps: int
    applied: list[str] = field(default_factory=list)
    defects: list[str] = field(default_factory=list)
    left: list[Finding] = field(default_factory=list)


def fill(hole: str) -> str:
    """What a requester types when the app asks for a gap: the example the gap gives, or
    a short answer of the kind it asks for."""
    inner = hole[2:-2]
    example = re.search(r"\be\.g\.?\s*(.+)$", inner)
    if example:
        return example.group(1).strip()
    if "group" in inner or "organisation" in inner:
        return "Group A, Group B and Group C"
    if "date" in inner:
        return "31 March 2024" if "end" in inner else "1 April 2023"
    return "the ones I list here"


def compose(
    text: str, authority: Authority | None, reactions: list[tuple[str, str]] | None = None
) -> tuple[str, list[str], list[Finding]]:
    """Press 1 on the first finding that has a rewording, re-check, repeat. A rewording
    that leaves a gap is filled at once, as the app asks for it. ``reactions`` collects,
    for each rewording that only adds words, the (rule pressed, rule raised) of every
    finding the re-check raises on those words: a rewording must leave words the checker
    is quiet on (FD706's "information supplied by, or relating to, a security body" drew
    FD314)."""
    applied: list[str] = []
    seen: set[str] = set()
    added: tuple[str, int, int] | None = None  # the last addition: its rule and span
    for _ in range(MAX_STEPS):
        findings = check(text, authority)
        if added is not None and reactions is not None:
            rule, a, b = added
            reactions += [(rule, f.rule) for f in findings if f.start < b and f.end > a]
        target = next((f for f in findings if any(s.edits for s in f.suggestions)), None)
        if target is None:
            return text, applied, findings
        suggestion = next(s for s in target.suggestions if s.edits)
        holes_before = len(HOLE_RE.findall(text))
        new = apply_edits(text, list(suggestion.edits))
        added = None
        if len(HOLE_RE.findall(new)) > holes_before:
            new = HOLE_RE.sub(lambda m: fill(m.group(0)), new)
        elif len(suggestion.edits) == 1 and suggestion.edits[0].start == suggestion.edits[0].end:
            edit = suggestion.edits[0]
            added = (target.rule, edit.start, edit.start + len(edit.replacement))
        applied.append(f"{target.rule} {suggestion.title!r} on {target.match!r}")
        if new in seen or new == text:
            applied.append("(stopped: the rewording brought back an earlier letter)")
            return new, applied, check(new, authority)
        seen.add(text)
        text = new
    applied.append(f"(stopped after {MAX_STEPS} rewordings)")
    return text, applied, check(text, authority)


SALUTATION_RE = re.compile(
    r"^(?:dear\b|yours\b|kind\s+regards|regards|many\s+thanks|thank\s+you|best\s+wishes|"
    r"foi\s+request\s+reference|re:|subject:|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}\s*$)",
    re.IGNORECASE,
)


def questions(text: str) -> list[str]:
    """The letter's questions: its numbered items, or else the paragraphs that are not a
    greeting, a sign-off or a name."""
    body = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    numbered: list[str] = []
    for para in body:
        starts = [m.start() for m in ITEM_RE.finditer(para)]
        for i, s in enumerate(starts):
            end = starts[i + 1] if i + 1 < len(starts) else len(para)
            numbered.append(para[s:end].strip())
    if numbered:
        return numbered
    return [p for p in body if not SALUTATION_RE.match(p)]


def _asked(text: str) -> list[str]:
    """The questions, less their numbers; sub-items that only give a period left out."""
    asked = [ITEM_RE.sub("", q, count=1).strip() for q in questions(text)]
    return [q for q in asked if not PERIOD_ITEM_RE.match(q)]


def _repeats(questions: list[str]) -> int:
    """How many questions repeat one asked before them."""
    return len(questions) - len(set(questions))


def _alike_before(q: str, asked: list[str], normal_before: list[str]) -> bool:
    """Whether the questions now repeating ``q`` were already one question repeated in the
    letter as written (matched by position, the rewording having kept their number)."""
    normal = [re.sub(r"\W+", " ", a.lower()).strip() for a in asked]
    if len(normal) != len(normal_before):
        return False
    return len({normal_before[i] for i, a in enumerate(normal) if a == q}) == 1


def defects(before: str, after: str, left: list[Finding], authority: Authority | None) -> list[str]:
    """What the rewordings broke: each check counts only what the original letter did not
    already have (a list of breakdown headings was never a list of questions)."""
    out: list[str] = []
    asked = _asked(after)
    was = _asked(before)
    idle_before = {q for q in was if not VERBISH_RE.search(q)}
    # A question that asked for nothing as written, reworded further on (a period made
    # exact), is still the requester's own: known by how it starts.
    idle_heads = {q[:30] for q in idle_before}
    for n, q in enumerate(asked):
        counterpart = was[n] if len(was) == len(asked) else None
        if not q:
            out.append("an empty question")
        elif VERBISH_RE.search(q) or q in idle_before or q[:30] in idle_heads:
            continue
        elif counterpart is None or VERBISH_RE.search(counterpart):
            out.append(f"a question that asks for nothing: {q[:60]!r}")
    normal = [re.sub(r"\W+", " ", q.lower()).strip() for q in asked if len(q) > 30]
    normal_before = [re.sub(r"\W+", " ", q.lower()).strip() for q in was]
    # A letter that already asked a question twice (a request printed again after its
    # clarification, or the same short bullets under each of its questions) may have both
    # copies reworded alike: only new repeats count.
    if _repeats(normal) > _repeats([q for q in normal_before if len(q) > 30]):
        for q in {q for q in normal if normal.count(q) > max(1, normal_before.count(q))}:
            if not _alike_before(q, asked, normal_before):
                out.append(f"a question asked twice: {q[:60]!r}")
    if len(DANGLING_RE.findall(after)) > len(DANGLING_RE.findall(before)):
        for m in DANGLING_RE.finditer(after):
            out.append(f"dangling punctuation: {after[max(0, m.start() - 20) : m.end() + 5]!r}")
    if len(EMPTY_ASK_RE.findall(after)) > len(EMPTY_ASK_RE.findall(before)):
        for m in EMPTY_ASK_RE.finditer(after):
            out.append(
                f"an ask with nothing asked for: {after[max(0, m.start() - 30) : m.end()]!r}"
            )
    flagged = {(f.start, f.end) for f in left if f.rule == "FD903"}
    for m in HOLE_RE.finditer(after):
        if not any(a <= m.start() < b for a, b in flagged):
            out.append(f"a gap to fill that nothing flags: {m.group(0)!r}")
    out += _contradictions(after, authority)
    return out


# What a rewording must never leave: each names a rule's own message.
_ARRESTS_WITH_FLAG = re.compile(
    r"\barrests?\b[^.?!\n]{0,200}\bonline\s+crime\s+flag\b", re.IGNORECASE
)
_PEOPLE_UNDER_CODES = re.compile(
    r"\b(?:individuals|people|persons|suspects|offenders)\s+recorded\s+under\s+(?:Home\s+Office\s+)?offence\s+codes?\b",
    re.IGNORECASE,
)
_ENGLISH_TERMS = re.compile(
    r"\bHome\s+Office\s+(?:offence\s+codes?|online\s+crime\s+flag|outcome\s+types?)\b|"
    r"\bHome\s+Office\s+Counting\s+Rules\b",
    re.IGNORECASE,
)


def _contradictions(text: str, authority: Authority | None) -> list[str]:
    out = []
    for m in _ARRESTS_WITH_FLAG.finditer(text):
        out.append(f"the online crime flag put on a count of arrests: {m.group(0)[:70]!r}")
    for m in _PEOPLE_UNDER_CODES.finditer(text):
        out.append(f"people said to be recorded under offence codes: {m.group(0)!r}")
    if authority is not None and authority.regime == "FOISA":
        for m in _ENGLISH_TERMS.finditer(text):
            out.append(f"English recording terms in a letter to a Scottish body: {m.group(0)!r}")
    return out


def run_case(name: str, text: str, authority: Authority | None) -> Outcome:
    after, applied, left = compose(text, authority)
    found = defects(text, after, left, authority)
    if applied and applied[-1].startswith("(stopped after"):
        # A rewording the re-check offers again and again (an addition said twice, three
        # times...): pressing 1 should leave a letter with nothing more to press.
        found.append(f"rewordings that never run out: {applied[-2]}")
    return Outcome(name, text, after, len(applied), applied, found, left)


def cases(part: str | None = None) -> list[tuple[str, str, Authority | None]]:
    from tests.corpus import authority_for, load_cases

    out: list[tuple[str, str, Authority | None]] = []
    for case in load_cases(part):
        if case["outcome"] != "answered":
            out.append((case["id"], case["request"], authority_for(case)))
    return out


def _readable() -> set[str]:
    """The letters a person tuning rewordings may read: the seed's and the training
    part's. Validation letters are counted, never named or shown."""
    return {name for name, _, _ in seed_letters() + cases("training")}


def seed_letters() -> list[tuple[str, str, Authority | None]]:
    """The seed's three letters: as first sent, as refined, and the questions behind
    West Midlands Police's public interest test 349A/22."""
    from foidraft.authorities.infer import resolve_any

    wmp = resolve_any("West Midlands Police")[0]
    return [
        (name, (SEEDS / f"seed-{name}.txt").read_text(encoding="utf-8"), wmp)
        for name in ("first-request", "refined-request", "policy-questions")
    ]


def figures(outcomes: list[Outcome]) -> dict[str, Any]:
    kinds: dict[str, int] = {}
    for o in outcomes:
        for d in {d.split(":")[0] for d in o.defects}:
            kinds[d] = kinds.get(d, 0) + 1
    return {
        "letters": len(outcomes),
        "well_formed": sum(not o.defects for o in outcomes),
        "defects": dict(sorted(kinds.items(), key=lambda kv: -kv[1])),
    }


def _main(argv: list[str]) -> int:
    import os
    import tempfile

    os.environ.setdefault("FOIDRAFT_HOME", tempfile.mkdtemp(prefix="foidraft-compose-"))
    all_cases = seed_letters() + cases()
    if "--golden" in argv:  # rewrite the seed's golden files (read them before committing)
        GOLDEN.mkdir(parents=True, exist_ok=True)
        for name, text, authority in seed_letters():
            (GOLDEN / f"{name}.txt").write_text(compose(text, authority)[0], encoding="utf-8")
        return 0
    if "--show" in argv:
        wanted = argv[argv.index("--show") + 1]
        if wanted not in _readable():
            print(f"{wanted}: not a training letter (validation letters are never shown)")
            return 2
        for name, text, authority in all_cases:
            if name == wanted:
                o = run_case(name, text, authority)
                print(o.before, "\n----- after", o.steps, "rewordings -----\n", o.after, sep="")
                print("\n".join(["applied:", *o.applied, "defects:", *o.defects]))
        return 0
    if "--added" in argv:  # counted over every letter, by rule only: no letter is named
        reactions: list[tuple[str, str]] = []
        for _name, text, authority in all_cases:
            compose(text, authority, reactions)
        pairs: dict[tuple[str, str], int] = {}
        for pair in reactions:
            pairs[pair] = pairs.get(pair, 0) + 1
        print(f"letters tried: {len(all_cases)}; findings on words a rewording added: "
              f"{len(reactions)}")  # fmt: skip
        for (pressed, raised), n in sorted(pairs.items(), key=lambda kv: -kv[1]):
            print(f"  {n:4}  {pressed} added words that {raised} reacts to")
        return 0
    outcomes = [run_case(*c) for c in all_cases]
    result = figures(outcomes)
    print(f"letters tried: {result['letters']}; well formed: {result['well_formed']}")
    for kind, n in result["defects"].items():
        print(f"  {n:4}  {kind}")
    if "--list" in argv:
        readable = _readable()
        hidden = sum(bool(o.defects) and o.name not in readable for o in outcomes)
        for o in outcomes:
            if o.defects and o.name in readable:
                print(o.name, "|", "; ".join(o.defects)[:300])
        if hidden:
            print(f"{hidden} validation letter(s) not well formed (never named)")
    return 0


if __name__ == "__main__":
    import sys

    raise SystemExit(_main(sys.argv[1:]))
