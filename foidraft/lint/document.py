"""A draft prepared for linting: what is the requester's own wording, and where things are.

Excluded regions (the draft header, lines quoted from the authority with ``>``, and
``<!-- foidraft: ... -->`` markers) are blanked out in ``masked``, which keeps the length
and the line breaks of the original, so every offset still points into the user's text.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from foidraft.lint.frontmatter import split_header

QUOTE_LINE_RE = re.compile(r"^[ \t]*>[^\n]*", re.MULTILINE)
MARKER_RE = re.compile(r"<!--\s*foidraft:\s*ignore\b([^>]*?)-->", re.IGNORECASE)
PARAGRAPH_BREAK_RE = re.compile(r"\n[ \t]*(?:\r?\n[ \t]*)+")
# A sentence ends at . ? ! (plus closing quotes or brackets) before whitespace, and a new
# one starts at each list item ("1.", "2)", "a)", "(b)", "-", "•", "Q3").
SENTENCE_END_RE = re.compile(
    r"(?<!\be\.g)(?<!\bi\.e)(?<!\betc)(?<!\bno)(?<![\s(\[][a-zA-Z])[.?!]+[\"'”’)\]]*(?=\s)"
)
LIST_ITEM_RE = re.compile(
    r"\n[ \t]*(?=(?:\d{1,2}[.)]|\(?[a-z][.)]|\([ivx]+\)|[ivx]+[.)]|[-*•·]|Q\d+\b))",
    re.IGNORECASE,
)
SIGN_OFF_RE = re.compile(
    r"^[ \t]*(?:yours\s+(?:faithfully|sincerely|truly)|kind(?:est)?\s+regards|best\s+wishes|"
    r"(?:best|many|warm)\s+regards|regards|many\s+thanks|thank\s+you(?:\s+in\s+advance)?)\b",
    re.IGNORECASE | re.MULTILINE,
)
# Characters that Python's IGNORECASE matching folds onto ASCII letters but str.lower()
# leaves alone (long s, Kelvin sign, dotless i, ...). Their presence disables the
# literal prefilter so matching stays exact; tests/test_prefilter.py recomputes the set.
SPECIAL_FOLDS = frozenset("\u017f\u212a\u0131\u0130\u212b\u1e9e")


class Document:
    __slots__ = (
        "_paragraphs",
        "_sentences",
        "body_start",
        "header",
        "line_starts",
        "lower",
        "masked",
        "suppressions",
        "text",
    )

    def __init__(self, text: str) -> None:
        self.text = text
        self.header, self.body_start = split_header(text)
        regions: list[tuple[int, int]] = []
        if self.body_start:
            regions.append((0, self.body_start))
        regions.extend(m.span() for m in QUOTE_LINE_RE.finditer(text, self.body_start))
        self.suppressions: dict[int, frozenset[str]] = {}
        self.line_starts = _line_starts(text)
        for m in MARKER_RE.finditer(text, self.body_start):
            regions.append(m.span())
            self._add_suppression(m)
        self.masked = _blank(text, regions) if regions else text
        low = self.masked.lower()
        usable = len(low) == len(text) and not SPECIAL_FOLDS.intersection(text)
        self.lower: str | None = low if usable else None
        self._paragraphs: list[int] | None = None
        self._sentences: list[int] | None = None

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
            starts.extend(
                m.end() for m in PARAGRAPH_BREAK_RE.finditer(self.masked, self.body_start)
            )
            self._paragraphs = starts
        return self._paragraphs

    def sentence_starts(self) -> list[int]:
        if self._sentences is None:
            cuts = set(self.paragraph_starts())
            masked = self.masked
            for m in SENTENCE_END_RE.finditer(masked, self.body_start):
                cuts.add(m.end())
            for m in LIST_ITEM_RE.finditer(masked, self.body_start):
                cuts.add(m.end())
            self._sentences = sorted(cuts)
        return self._sentences

    def bounds(self, offset: int, scope: str) -> tuple[int, int]:
        """The [start, end) of the sentence, line, paragraph or document around ``offset``."""
        if scope == "document":
            return self.body_start, len(self.text)
        if scope == "line":
            return self.line_bounds(offset)
        starts = self.sentence_starts() if scope == "sentence" else self.paragraph_starts()
        i = bisect_right(starts, offset) - 1
        start = starts[max(i, 0)]
        end = starts[i + 1] if i + 1 < len(starts) else len(self.text)
        return start, end

    def sign_off_offset(self) -> int | None:
        """Where the sign-off ("Yours faithfully", "Kind regards") starts, if there is one."""
        last = None
        for m in SIGN_OFF_RE.finditer(self.masked, self.body_start):
            last = m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
        return last

    # -- suppression -----------------------------------------------------------------
    def _add_suppression(self, m: re.Match[str]) -> None:
        refs = frozenset(r for r in re.split(r"[\s,]+", m.group(1).strip()) if r)
        line, _ = self.line_col(m.start())
        start, end = self.line_bounds(m.start())
        rest = (self.text[start : m.start()] + self.text[m.end() : end]).strip()
        if not rest:  # a marker on its own line covers the next line
            line += 1
        self.suppressions[line] = self.suppressions.get(line, frozenset()) | (refs or {"*"})

    def is_suppressed(self, line: int, rule_id: str, rule_name: str) -> bool:
        refs = self.suppressions.get(line)
        return bool(refs) and ("*" in refs or rule_id in refs or rule_name in refs)  # type: ignore[operator]


def _line_starts(text: str) -> list[int]:
    starts = [0]
    find = text.find
    i = find("\n")
    while i != -1:
        starts.append(i + 1)
        i = find("\n", i + 1)
    return starts


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


_NOT_NEWLINE_RE = re.compile(r"[^\r\n]")
