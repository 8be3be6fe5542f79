"""Fuzzy authority search with rapidfuzz.

Every name, short name, alias and slug is processed once (``utils.default_process`` after
reading "&" as "and" and dropping "the") and scored with ``fuzz.WRatio``, which handles
both whole names ("police scotland") and parts of them ("greater manchester").

WRatio costs about 1 ms per thousand names, so a directory with WhatDoTheyKnow's full list
(50,000+ names) is not scored whole: a token index picks the names that share a word with
the query (the last word may be a prefix, still being typed; a misspelt word is matched to
close words in the vocabulary), and only those are scored.
"""

from __future__ import annotations

from bisect import bisect_left

from rapidfuzz import fuzz, process, utils

from foidraft.authorities.names import DROPPED

TYPE_CHECKING = False
if TYPE_CHECKING:
    from foidraft.authorities.model import Authority

# Words nearly every body's name shares: they say nothing about which one is meant.
GENERIC = frozenset(
    [
        "police",
        "constabulary",
        "force",
        "service",
        "commissioner",
        "commissioners",
        "crime",
        "fire",
        "and",
        "of",
        "for",
        "office",
        "council",
        "authority",
        "board",
    ]
)
COVERAGE_WEIGHT = 20.0  # of 100: for having every distinctive word of the query
SHORT = 4  # characters: an abbreviation, matched whole
SMALL = 5_000  # names: score them all
MAX_CANDIDATES = 2_500  # names scored per query on a large directory
MAX_PREFIX_WORDS = 40
MIN_SCORE = 50.0
# A force for the place typed: listed first, but below directory.CONFIDENT, so a place
# alone never resolves to a force where a name is needed (`check --authority Glasgow`).
PLACE_SCORE = 87.0
CLOSE_SHORT = 66.0  # a short form one letter out ("gmo" for GMP, "kemt" for Kent)
TYPE_RANK = {"police": 0, "pcc": 1}  # on equal scores, forces first: this is a police tool


def search_key(text: str) -> str:
    text = text.replace("&", " and ").replace("'", "").replace("\u2019", "")
    return " ".join(w for w in utils.default_process(text).split() if w not in DROPPED)


class SearchIndex:
    def __init__(self, authorities: list[Authority]) -> None:
        self._authorities = authorities
        # Parallel lists: processed text, owning authority, and whether it is the full name
        # (on equal scores a name beats an alias: "scotland" is Police Scotland before it
        # is the Met's "Scotland Yard"). Abbreviations are kept apart, see _short_hits.
        self._choices: list[str] = []
        self._owners: list[int] = []
        self._named: list[bool] = []
        self._short: list[str] = []
        self._short_owners: list[int] = []
        for i, a in enumerate(authorities):
            seen: set[str] = set()
            for text in (a.name, a.short_name, *a.aliases, a.wdtk_slug.replace("_", " ")):
                key = search_key(text) if text else ""
                if not key or key in seen:
                    continue
                seen.add(key)
                if len(key) <= SHORT:
                    self._short.append(key)
                    self._short_owners.append(i)
                else:
                    self._choices.append(key)
                    self._owners.append(i)
                    self._named.append(text is a.name)
        self._words: set[str] | None = None  # every word of a name, once a query needs them
        self._positions: dict[str, int] = {}  # each body's place in the list, by id
        self._postings: dict[str, list[int]] = {}
        self._vocab: list[str] = []
        if len(self._choices) > SMALL:
            for n, choice in enumerate(self._choices):
                for word in set(choice.split()):
                    self._postings.setdefault(word, []).append(n)
            self._vocab = sorted(self._postings)

    def search(self, query: str, limit: int = 10) -> list[tuple[Authority, float]]:
        q = search_key(query)
        if not q or limit <= 0:
            return []
        pool = self._candidates(q)
        choices = self._choices if pool is None else [self._choices[n] for n in pool]
        hits = process.extract(
            q,
            choices,
            scorer=fuzz.WRatio,
            processor=None,
            # Keep every hit when there are few: the word-coverage bonus below can lift a
            # name past many ties ("police scot": every force scores the same on "police").
            limit=None if len(choices) <= SMALL else max(limit * 8 + 8, 200),
            score_cutoff=MIN_SCORE,
        )
        # Relevance mixes the fuzzy score with the share of the query's distinctive words a
        # name has: "police scot" scores every force alike on "police"; only Police
        # Scotland has "scot". Per body: (relevance, is it the name rather than an alias).
        best: dict[int, tuple[float, bool]] = {}
        distinctive = [w for w in q.split() if not _generic(w)]
        on_topic: set[int] = set()  # bodies with a name holding a distinctive word
        for choice, score, pos in hits:
            n = pos if pool is None else pool[pos]
            hit = (_relevance(score, distinctive, choice), self._named[n])
            self._keep(best, self._owners[n], hit)
            if _coverage(distinctive, choice):
                on_topic.add(self._owners[n])
        for owner, score, choice in self._short_hits(q):
            self._keep(best, owner, (_relevance(score, distinctive, choice), False))
            if _coverage(distinctive, choice) or score >= CLOSE_SHORT:  # "kemt": Kent
                on_topic.add(owner)
        # A place typed for a force's area ("Glasgow", or "Devn" for Devon) lists that
        # force first, scored below a confident match: the place is not the body's name.
        area = self._area(q)
        for owner in area:
            self._keep(best, owner, (PLACE_SCORE, False))
        on_topic.update(area)
        # A word typed that no name holds, even roughly ("zzzz", "qwerty"), matches
        # nothing: what scored passed the cut-off on stray letters or on "council" alone.
        if distinctive and not on_topic:
            return []
        # A place typed ("Manchester") should list only bodies named for it: a name that
        # merely looks alike (MOPAC, Leicestershire) goes once any body holds the word.
        if on_topic:
            best = {i: hit for i, hit in best.items() if i in on_topic}
        # Whole points (finer differences are noise); on a tie, a force first (this is a
        # police tool), then a body with every word typed ("Cty of Lndn": the City of
        # London Corporation before the London boroughs), then its own name before an alias.
        ranked = sorted(
            ((i, float(round(r)), named) for i, (r, named) in best.items()),
            key=lambda it: (it[0] not in area, -it[1], self._rank(it[0]), not it[2], it[0]),
        )
        return [
            (self._authorities[i], score)
            for i, score, _named in self._ties(query, ranked, limit, area)
        ]

    def _ties(
        self, query: str, ranked: list[tuple[int, float, bool]], limit: int, area: set[int]
    ) -> list[tuple[int, float, bool]]:
        """The first ``limit`` of ``ranked``, each run of ties put with the bodies that have
        every word typed first; only runs reaching the first ``limit`` are read."""
        out: list[tuple[int, float, bool]] = []
        at = 0
        while at < len(ranked) and len(out) < limit:
            key = (ranked[at][0] in area, ranked[at][1], self._rank(ranked[at][0]))
            end = at + 1
            while (
                end < len(ranked)
                and (ranked[end][0] in area, ranked[end][1], self._rank(ranked[end][0])) == key
            ):
                end += 1
            run = ranked[at:end]
            if len(run) > 1:
                run.sort(key=lambda it: not names_every_word(query, self._authorities[it[0]]))
            out += run
            at = end
        return out[:limit]

    def _area(self, q: str) -> set[int]:
        """The bodies (forces) whose area the query names, by the table of places."""
        from foidraft.authorities.places import forces_for

        if self._words is None:  # built on the first query, once
            self._words = {w for c in self._choices for w in c.split()}
            self._words.update(w for c in self._short for w in c.split())
            self._positions = {a.id: i for i, a in enumerate(self._authorities)}
        ids = forces_for(q, self._words)
        return {self._positions[i] for i in ids if i in self._positions}

    @staticmethod
    def _keep(best: dict[int, tuple[float, bool]], owner: int, hit: tuple[float, bool]) -> None:
        if hit > best.get(owner, (-1.0, False)):
            best[owner] = hit

    def _short_hits(self, q: str) -> list[tuple[int, float, str]]:
        """Abbreviations ("GMP", "NCA", "Kent") are scored as whole strings: under WRatio's
        partial matching "nca" would score 90 inside "lancashire"."""
        if not self._short:
            return []
        hits = process.extract(
            q, self._short, scorer=fuzz.ratio, processor=None, limit=8, score_cutoff=MIN_SCORE
        )
        return [(self._short_owners[pos], score, choice) for choice, score, pos in hits]

    def _rank(self, i: int) -> int:
        a = self._authorities[i]
        return TYPE_RANK.get(a.type, 2) if a.foi_applies else 3

    def _candidates(self, q: str) -> list[int] | None:
        """Positions of the names worth scoring, or None for all of them.

        A query as short as an abbreviation only meets names at the start of a word:
        otherwise "mps" would score 90 inside "hampshire"."""
        short = len(q) <= SHORT
        if not self._postings:
            if not short:
                return None
            return [n for n, c in enumerate(self._choices) if c.startswith(q) or f" {q}" in c]
        words = q.split()
        last = len(words) - 1
        sets = [s for s in (self._word_hits(w, n == last) for n, w in enumerate(words)) if s]
        if not sets:
            if short:
                return []
            # No word is known, even roughly: fall back on a cheap whole-name ratio.
            rough = process.extract(
                q, self._choices, scorer=fuzz.ratio, processor=None, limit=MAX_CANDIDATES // 10
            )
            return sorted(pos for _c, _s, pos in rough)
        sets.sort(key=len)
        chosen: set[int] = set()
        for s in sets:  # rarest words first; common ones ("council") only if room is left
            if len(chosen) + len(s) <= MAX_CANDIDATES:
                chosen |= s
        if not chosen:
            return sorted(sets[0])[:MAX_CANDIDATES]
        return sorted(chosen)

    def _word_hits(self, word: str, last: bool) -> set[int]:
        found = set(self._postings.get(word, ()))
        if last:  # still being typed: "manch" should find "manchester"
            start = bisect_left(self._vocab, word)
            for other in self._vocab[start : start + MAX_PREFIX_WORDS]:
                if not other.startswith(word):
                    break
                found.update(self._postings[other])
        if word not in self._postings and len(word) >= 4:  # probably misspelt
            close = process.extract(
                word, self._vocab, scorer=fuzz.ratio, processor=None, limit=8, score_cutoff=75
            )
            for other, _score, _pos in close:
                found.update(self._postings[other])
        return found


def _relevance(score: float, distinctive: list[str], choice: str) -> float:
    if not distinctive:  # "police" alone: nothing to tell bodies apart but the score
        return score
    weight = COVERAGE_WEIGHT / 100.0
    return score * (1 - weight) + COVERAGE_WEIGHT * _coverage(distinctive, choice)


def _generic(word: str) -> bool:
    """A word like "police", or a misspelling of one ("polce")."""
    if word in GENERIC:
        return True
    return len(word) >= 4 and any(fuzz.ratio(word, g) >= 80 for g in GENERIC)


def _coverage(words: list[str], choice: str) -> float:
    """The share of the query's distinctive words found in ``choice``: whole, as the start
    of a word (still being typed: "scot" for "scotland"), or spelt nearly the same."""
    if not words:
        return 0.0
    names = choice.split()
    found = 0
    for word in words:
        if any(
            name.startswith(word)
            or (len(word) >= 4 and fuzz.ratio(word, name) >= 80)
            or _shortened(word, name)
            for name in names
        ):
            found += 1
    return found / len(words)


def _shortened(word: str, name: str) -> bool:
    """A word cut short the way people write ("mids" for "midlands", "yorks" for
    "yorkshire"): the name's first three letters, then the rest in order."""
    if len(word) < 4 or word[:3] != name[:3]:
        return False
    rest = iter(name[3:])
    return all(ch in rest for ch in word[3:])


CONNECTIVES = frozenset({"of", "and", "for", "on", "upon", "in", "at"})
CLOSE_WORD = 75.0  # "cty" for "city", "lndn" for "london"


def names_every_word(query: str, authority: Authority) -> bool:
    """Whether each word of ``query`` is a word of one of the body's names, whole, begun
    or nearly spelt ("Cty of Lndn" for the City of London Police): the listed body is
    plausibly the one meant, so a body read from the name as typed must not come first."""
    words = [w for w in search_key(query).split() if w not in CONNECTIVES]
    names = [
        search_key(t).split()
        for t in (authority.name, authority.short_name, *authority.aliases)
        if t
    ]
    return bool(words) and any(
        all(any(_same_word(word, n) for n in name) for word in words) for name in names
    )


def _same_word(word: str, name_word: str) -> bool:
    return name_word.startswith(word) or fuzz.ratio(word, name_word) >= CLOSE_WORD
