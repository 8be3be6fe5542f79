"""A draft prepared for linting: what is the requester's own wording, and where things are.

Excluded regions (the draft header, text quoted from the authority: lines starting with
``>``, fenced blocks, the original under an email reply line; and
``<!-- foidraft: ... -->`` markers) are blanked out in ``masked``, which keeps the length
and the line breaks of the original, so every offset still points into the user's text.
"""

from __future__ import annotations

import time
from _bisect import bisect_right  # bisect.py only adds an import
from itertools import accumulate

from foidraft.lint.index import LiteralIndex
from foidraft.lint.sentences import question_cuts, sentence_cuts
from foidraft.text.bullets import BULLET
from foidraft.text.fold import fold
from foidraft.text.header import split_header
from foidraft.text.lazyre import IGNORECASE, MULTILINE, LazyRegex
from foidraft.text.markers import find_markers
from foidraft.text.signoff import SIGN_OFF_RE

TYPE_CHECKING = False
if TYPE_CHECKING:
    pass

QUOTE_LINE_RE = LazyRegex(r"^[ \t]*>[^\n]*", MULTILINE)
# A fenced block (``` or ~~~ on lines of their own), as Markdown quotes text. Fence lines
# are found here and paired in order (a regex spanning the block is quadratic when fences
# are left open).
FENCE_LINE_RE = LazyRegex(r"^[ \t]*(```|~~~)([^\n]*)$", MULTILINE)
# An email reply: everything from "On 3 May 2024, X wrote:" or "-----Original Message-----"
# down is the message being answered, as mail programs quote it.
REPLY_RE = LazyRegex(
    r"^[ \t]*(?:-{2,}\s*original message\s*-{2,}|on\b[^\n]{1,200}\bwrote:)[ \t]*$",
    MULTILINE | IGNORECASE,
)
# An ignore marker's opening; foidraft.text.markers finds where it closes (linear time).
MARKER_OPENING_RE = LazyRegex(r"<!--\s*foidraft:\s*ignore\b", IGNORECASE)
_IDS_SEPARATOR_RE = LazyRegex(r"[\s,]+")  # in an ignore marker
PARAGRAPH_BREAK_RE = LazyRegex(r"\n[ \t]*(?:\r?\n[ \t]*)+")
# A question that points back to the one before it.
BACK_REFERENCE_RE = LazyRegex(
    r"[\s(]*(?:\(?\d{1,2}[a-z]?[.)]|\(?[a-z][.)]|[ivx]+[.)]|" + BULLET + r"|Q\d+[.:)]?)?\s*"
    r"(?:(?:and|but|also|please\s+(?:provide|give|state|tell\s+me)|provide)\s+)?"
    r"(?:of\s+(?:these|those|which|whom|them|the\s+above)|(?:these|those|such)\b|"
    r"(?:for|in)\s+(?:each\s+of\s+)?(?:these|those|them)|how\s+many\s+of\s+(?:these|those|them))",
    IGNORECASE,
)
MAX_CHAIN = 6
FEW_PARAGRAPHS = 8  # sentences found paragraph by paragraph for at least this many


def points_back(doc: Document, start: int, end: int) -> bool:
    """Whether the question in [start, end) points back to the one before it."""
    return BACK_REFERENCE_RE.match(doc.masked, start, end) is not None


class Document:
    __slots__ = (
        "_index",
        "_paragraphs",
        "_questions",
        "_sentences",
        "_sign_off",
        "body_start",
        "derived",
        "header",
        "line_starts",
        "lower",
        "masked",
        "near_misses",
        "suppressions",
        "text",
        "vocabulary",
        "year",
    )

    def __init__(self, text: str) -> None:
        self.text = text
        self.header, self.body_start = split_header(text)
        regions: list[tuple[int, int]] = []
        if self.body_start:
            regions.append((0, self.body_start))
        if ">" in text:
            regions.extend(m.span() for m in QUOTE_LINE_RE.finditer(text, self.body_start))
        if "```" in text or "~~~" in text:
            regions.extend(_fenced_blocks(text, self.body_start))
        if "wrote:" in text or "riginal" in text:
            reply = REPLY_RE.search(text, self.body_start)
            if reply is not None:
                regions.append((reply.start(), len(text)))
        self.suppressions: dict[int, frozenset[str]] = {}
        self.line_starts = _line_starts(text)
        if "<!--" in text:
            for start, end, body in find_markers(text, self.body_start, MARKER_OPENING_RE):
                regions.append((start, end))
                self._add_suppression(start, end, text[body : end - 3])
        self.masked = _blank(text, regions) if regions else text
        low = fold(self.masked)
        # None switches the prefilter off (tests do this to compare results).
        self.lower: str | None = low if len(low) == len(text) else None
        self._paragraphs: list[int] | None = None
        self._sentences: list[int] | None = None
        self._questions: list[int] | None = None
        # Facts other modules derive from the letter once per check (its questions, say).
        self.derived: dict[str, object] = {}
        self.vocabulary: dict[int, list[str]] | None = None  # words by length, for fuzzy
        self.near_misses: dict[tuple[str, float], set[str]] = {}
        self.year = time.localtime().tm_year  # for conditions relative to today; lint sets it
        self._index: LiteralIndex | None = None
        self._sign_off = -2  # not looked for yet

    # -- positions -------------------------------------------------------------------
    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a character offset."""
        i = bisect_right(self.line_starts, offset) - 1
        return i + 1, offset - self.line_starts[i] + 1

    def line_bounds(self, offset: int) -> tuple[int, int]:
        i = bisect_right(self.line_starts, offset) - 1
        start = self.line_starts[i]
        end = self.line_starts[i + 1] - 1 if i + 1 < len(self.line_starts) else len(self.text)
        return start, end

    def paragraph_starts(self) -> list[int]:
        if self._paragraphs is None:
            starts = [self.body_start]
            breaks = PARAGRAPH_BREAK_RE.finditer(self.masked, self.body_start)
            starts.extend(m.end() for m in breaks)
            self._paragraphs = starts
        return self._paragraphs

    def sentence_starts(self) -> list[int]:
        if self._sentences is None:
            known = self.derived.get("sentences")
            if known:  # some paragraphs' sentences are cut already (_sentences_around)
                self._sentences = self._sentences_from(known)  # type: ignore[arg-type]
            else:
                self._sentences = sentence_cuts(self, self.body_start, len(self.masked))
        return self._sentences

    def _sentences_from(self, known: dict[int, list[int]]) -> list[int]:
        """The letter's sentence starts: those of the paragraphs in ``known``, and of each
        run of paragraphs between them, cut now (the same cuts: no sentence crosses a
        paragraph break). Each run's cuts but the last end with the next one's start."""
        paragraphs, n = self.paragraph_starts(), len(self.paragraph_starts())
        out: list[int] = []
        k = 0
        while k < n:
            j = k + 1
            cuts = known.get(k)
            if cuts is None:
                while j < n and j not in known:
                    j += 1
                cuts = sentence_cuts(
                    self, paragraphs[k], paragraphs[j] if j < n else len(self.masked)
                )
            out += cuts[:-1] if j < n else cuts
            k = j
        return out

    def question_starts(self) -> list[int]:
        """Where each question starts: each list item ("1.", "b)", "-") and paragraph."""
        if self._questions is None:
            self._questions = question_cuts(self, self.body_start, len(self.masked))
        return self._questions

    def bounds(self, offset: int, scope: str) -> tuple[int, int]:
        """The [start, end) of the sentence, line, question, paragraph or document around
        ``offset``.

        ``after`` runs from ``offset`` to the end of the third line after it; ``question``
        is the list item or paragraph, together with the questions it points back to
        ("Of those, how many ..."), see ``foidraft.lint.questions``.
        """
        if scope == "question":
            return self._question_bounds(offset)
        if scope == "document":
            return self.body_start, len(self.text)
        if scope == "after":  # the match's line and the three after it (a sign-off's name)
            i = bisect_right(self.line_starts, offset) - 1
            end = self.line_starts[i + 4] if i + 4 < len(self.line_starts) else len(self.text)
            return offset, end
        if scope == "line":
            return self.line_bounds(offset)
        if scope == "sentence":
            starts = self._sentences or self._sentences_around(offset)
        else:
            starts = self.paragraph_starts()
        i = bisect_right(starts, offset) - 1
        start = starts[max(i, 0)]
        end = starts[i + 1] if i + 1 < len(starts) else len(self.text)
        return start, end

    def _sentences_around(self, offset: int) -> list[int]:
        """The sentence starts in the paragraph holding ``offset`` (and the next one's
        start): its sentences' bounds, without reading the whole letter for a few (past
        a few paragraphs, the whole letter is read once)."""
        paragraphs = self.paragraph_starts()
        k = max(bisect_right(paragraphs, offset) - 1, 0)
        known: dict[int, list[int]] = self.derived.setdefault("sentences", {})  # type: ignore[assignment]
        cuts = known.get(k)
        # Cut one by one, a paragraph costs about twice its share of the whole letter's
        # cutting: past a quarter of them, the rest are cut at once.
        if cuts is None and len(known) >= max(FEW_PARAGRAPHS, len(paragraphs) // 4):
            return self.sentence_starts()
        if cuts is None:
            end = paragraphs[k + 1] if k + 1 < len(paragraphs) else len(self.masked)
            cuts = known[k] = sentence_cuts(self, paragraphs[k], end)
        return cuts

    def _question_bounds(self, offset: int) -> tuple[int, int]:
        """The question holding ``offset`` and the questions it points back to."""
        starts = self.question_starts()
        i = max(bisect_right(starts, offset) - 1, 0)
        end = starts[i + 1] if i + 1 < len(starts) else len(self.text)
        first = i
        while first > 0 and i - first < MAX_CHAIN:
            a = starts[first]
            b = starts[first + 1] if first + 1 < len(starts) else len(self.text)
            if not points_back(self, a, b):
                break
            first -= 1
        return starts[first], end

    def index(self) -> LiteralIndex:
        """Where literals occur (built on first use); only while the prefilter is on."""
        if self._index is None:
            assert self.lower is not None
            self._index = LiteralIndex(self.lower, self.body_start, self.paragraph_starts())
        return self._index

    def indexed(self) -> bool:
        """Whether the word index has read the letter (listing places then costs little)."""
        return self._index is not None and self._index.built()

    def sign_off_offset(self) -> int | None:
        """Where the sign-off ("Yours faithfully", "Kind regards") starts, if there is one
        (found once: every "append" suggestion asks)."""
        if self._sign_off == -2:
            last = None
            for m in SIGN_OFF_RE.finditer(self.masked, self.body_start):
                last = m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
            self._sign_off = -1 if last is None else last
        return None if self._sign_off == -1 else self._sign_off

    # -- suppression -----------------------------------------------------------------
    def _add_suppression(self, m_start: int, m_end: int, ids: str) -> None:
        refs = frozenset(r for r in _IDS_SEPARATOR_RE.split(ids.strip()) if r)
        line, _ = self.line_col(m_start)
        start, end = self.line_bounds(m_start)
        rest = (self.text[start:m_start] + self.text[m_end:end]).strip()
        if not rest:  # a marker on its own line covers the next line
            line += 1
        self.suppressions[line] = self.suppressions.get(line, frozenset()) | (refs or {"*"})

    def is_suppressed(self, line: int, rule_id: str, rule_name: str) -> bool:
        refs = self.suppressions.get(line)
        return bool(refs) and ("*" in refs or rule_id in refs or rule_name in refs)  # type: ignore[operator]


def _line_starts(text: str) -> list[int]:
    # Running sums of line lengths, all in C: a loop over str.find costs ~0.3 s per
    # million lines.
    lengths = map((1).__add__, map(len, text.split("\n")))
    starts = list(accumulate(lengths, initial=0))
    starts.pop()  # the offset one past the end of the text
    return starts


def _fenced_blocks(text: str, start: int) -> list[tuple[int, int]]:
    """(start, end) of each closed fenced block: an opening fence line up to the next line
    holding only the same fence. An unclosed fence quotes nothing."""
    blocks = []
    opened: tuple[str, int] | None = None
    for m in FENCE_LINE_RE.finditer(text, start):
        fence, rest = m.group(1), m.group(2)
        if opened is None:
            opened = (fence, m.start())
        elif fence == opened[0] and not rest.strip():
            blocks.append((opened[1], m.end()))
            opened = None
    return blocks


def _blank(text: str, regions: list[tuple[int, int]]) -> str:
    """Replace each region with spaces, keeping newlines so positions and lines survive."""
    out = []
    pos = 0
    for start, end in sorted(regions):
        start = max(start, pos)
        if start >= end:
            continue
        out.append(text[pos:start])
        out.append(_NOT_NEWLINE_RE.sub(" ", text[start:end]))
        pos = end
    out.append(text[pos:])
    return "".join(out)


_NOT_NEWLINE_RE = LazyRegex(r"[^\r\n]")
