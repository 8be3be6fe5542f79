"""Checking one letter again and again as it changes, reusing what did not change.

``Checker().check(text, authority)`` returns exactly what ``foidraft.check`` returns. Each
paragraph's findings and facts (``foidraft.lint.kept``) are kept, keyed by its text and
the (masked) text of the paragraphs its questions point back to, and reused while those
are unchanged; only paragraphs not seen before are read, in runs, each through a window
of the letter. A check then adds up what the paragraphs hold (``foidraft.lint.summing``):
counts, contexts over the whole letter, absences, the dataset each sentence counts,
repeated questions. The few rules that look across the letter in other ways (a
sign-off's name below it, definitions used elsewhere) run over the whole letter on every
check.

Where adding up could differ from reading the whole letter (a rule's cap reached, an
edge of the model reading), the whole letter is read, as ``foidraft.check`` does.
"""

from __future__ import annotations

from foidraft.authorities.context import context_fields
from foidraft.lint.api import default_config, resolve_authority
from foidraft.lint.document import Document, points_back
from foidraft.lint.engine import CollectionPaused, active_rules, findings_for
from foidraft.lint.kept import Kept, Plan, read_run
from foidraft.lint.merging import resolve
from foidraft.lint.summing import Sum
from foidraft.text.dates import Today
from foidraft.text.header import split_list

TYPE_CHECKING = False
if TYPE_CHECKING:
    import datetime as _dt
    from collections.abc import Iterable

    from foidraft.authorities.model import Authority
    from foidraft.config import Config
    from foidraft.lint.model import Finding
    from foidraft.rules.model import RuleSet

MAX_KEPT = 4000  # paragraphs kept at most: a long editing session must not grow without end
MAX_BACK = 6  # paragraphs a question may point back across (as the document's own chain)


class Checker:
    """A checker for one letter as it is edited (the editor's). Give it the rule set,
    config, ignored rules and kind of letter to use, or leave them to the defaults."""

    def __init__(
        self,
        ruleset: RuleSet | None = None,
        *,
        config: Config | None = None,
        ignore: Iterable[str] = (),
        today: _dt.date | None = None,
        letter: str = "",
    ) -> None:
        self._ruleset = ruleset
        self._letter = letter  # the kind of letter (foidraft.lint.letters); a header's wins
        self._config = config
        self._ignore = frozenset(ignore)
        self._today = today
        self._key: object = None
        self._kept: dict[tuple[str, ...], Kept] = {}

    def check(self, text: str, authority: Authority | str | None = None) -> list[Finding]:
        with CollectionPaused():
            return self._check(text, authority)

    def _check(self, text: str, authority: Authority | str | None) -> list[Finding]:
        from foidraft.lint.api import _header_authority

        ruleset = self._ruleset
        if ruleset is None:
            from foidraft.rules.registry import default_ruleset

            ruleset = default_ruleset()
        doc = Document(text)
        ignored = set(self._ignore)
        resolved = resolve_authority(authority)
        letter = self._letter
        if doc.header:
            ignored.update(split_list(doc.header.get("ignore", "")))
            if resolved is None and doc.header.get("authority"):
                resolved = _header_authority(doc.header["authority"])
            letter = doc.header.get("letter", letter)
        config = self._config if self._config is not None else default_config()
        day = self._today or Today()
        rules = active_rules(ruleset, authority=resolved, config=config, ignore=ignored,
                             letter=letter)  # fmt: skip
        key = (id(ruleset), id(config), _authority_key(resolved), frozenset(ignored),
               letter, day.year, day.month, day.day)  # fmt: skip
        if key != self._key:
            self._key, self._kept = key, {}
        doc.year = day.year
        sum_up = Sum(doc, Plan(rules), resolved, config, context_fields(resolved, day))
        kept = self._read(sum_up, _paragraphs(doc))
        found = sum_up.findings(kept) if kept is not None else None
        if found is None:  # a cap reached: read the whole letter, as foidraft.check does
            found = findings_for(doc, rules, authority=resolved, config=config, today=day)
        else:
            found += findings_for(doc, sum_up.plan.whole, authority=resolved, config=config,
                                  today=day, seen=sum_up.wide)  # fmt: skip
        return resolve(found, ruleset, doc)

    def _read(
        self, sum_up: Sum, paragraphs: list[tuple[int, int]]
    ) -> list[tuple[int, Kept]] | None:
        """Each paragraph's start and what it keeps: kept from before, or read now."""
        doc = sum_up.doc
        if len(paragraphs) > MAX_KEPT:
            return None
        firsts = [_chain_start(doc, paragraphs, n) for n in range(len(paragraphs))]
        keys = [
            (*(doc.masked[a:b] for a, b in paragraphs[firsts[n] : n + 1]), doc.text[a:b])
            for n, (a, b) in enumerate(paragraphs)
        ]
        out: list[Kept | None] = [self._kept.get(k) for k in keys]
        n = 0
        while n < len(paragraphs):
            if out[n] is not None:
                n += 1
                continue
            run = n
            while n < len(paragraphs) and out[n] is None:
                n += 1
            spans = paragraphs[run:n]
            kept, capped = read_run(doc, spans, paragraphs[firsts[run]][0], sum_up.plan,
                                    sum_up.authority, sum_up.base, sum_up.datasets())  # fmt: skip
            if capped:
                return None
            if len(self._kept) + len(kept) > MAX_KEPT:
                self._kept.clear()
            for i, k in enumerate(kept, start=run):
                out[i] = self._kept[keys[i]] = k
        return [(a, k) for (a, _b), k in zip(paragraphs, out, strict=True) if k is not None]


def _chain_start(doc: Document, paragraphs: list[tuple[int, int]], n: int) -> int:
    """The first paragraph that paragraph ``n``'s questions may point back to."""
    first = n
    while first > 0 and n - first < MAX_BACK and points_back(doc, *paragraphs[first]):
        first -= 1
    return first


def _paragraphs(doc: Document) -> list[tuple[int, int]]:
    starts = doc.paragraph_starts()
    return [
        (a, starts[i + 1] if i + 1 < len(starts) else len(doc.text)) for i, a in enumerate(starts)
    ]


def _authority_key(authority: Authority | None) -> object:
    if authority is None:
        return None
    return (authority.id, authority.type, authority.regime, authority.nation,
            authority.recording_standard, authority.cost_limit, authority.hourly_rate)  # fmt: skip
