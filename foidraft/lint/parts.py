"""A request of several questions is answered question by question. An exemption (personal
data, law enforcement, commercial interests) usually withholds only the questions it fits,
and the rest is answered: most published refusals on those grounds are partial. So a
finding of an exemption's kind in one of several questions says that this question may be
refused on its own, and the requester can judge whether to keep it, reword it or move it
to a separate request. Where the rule's own message says the answer would be to neither
confirm nor deny (a named person, one incident or operation, a covert tactic), the note says
so: that question alone gets the NCND reply, and the rest is still answered.
"""

from __future__ import annotations

from _bisect import bisect_right  # bisect.py only adds an import

from foidraft.lint.questions import items
from foidraft.text.bullets import BULLET
from foidraft.text.lazyre import IGNORECASE, LazyRegex

TYPE_CHECKING = False
if TYPE_CHECKING:
    from foidraft.lint.document import Document
    from foidraft.lint.model import Finding
    from foidraft.rules.model import RuleSet

EXEMPTION_KINDS = frozenset(
    {"personal_data", "law_enforcement_sensitive", "commercial_interests", "other_exemption"}
)
PART_NOTE = "This question may be refused on its own even if the rest of the request is answered."
NCND_PART_NOTE = (
    "This question may be neither confirmed nor denied on its own; the rest of the request can "
    "still be answered."
)
# A rule whose message names the neither-confirm-nor-deny reply, in any of its spellings.
NCND_RE = LazyRegex(r"\bneither[- ]confirm(?:ed)?[- ]nor[- ]den(?:y|ied)\b", IGNORECASE)
# A paragraph or list item that asks for something (greetings, sign-offs and background
# do not): a question mark, a list marker, a polite ask, or an ask's first words.
ASK_RE = LazyRegex(
    r"\?|\A[\s(]*(?:\d{1,2}[a-z]?[.)]|[a-z][.)]|[ivx]+[.)]|"
    + BULLET
    + r"|Q\d+\b|(?:how|what|which|when|"
    r"where|who|whether|(?:the\s+|a\s+)?(?:number|numbers|total|list|copy|copies|details)\s+of)\b)|"
    r"\b(?:please|could\s+you|can\s+you|I\s+(?:would\s+like|request|ask|am\s+requesting))\b",
    IGNORECASE,
)


def asks(doc: Document) -> list[tuple[int, int]]:
    """The questions of ``doc`` (list items or paragraphs) that ask for something."""
    return [span for span in items(doc) if _asking(doc.masked, span)]


def _asking(masked: str, span: tuple[int, int]) -> bool:
    a, b = span
    return ASK_RE.search(masked[a:b].strip()) is not None


def note_parts(findings: list[Finding], doc: Document, ruleset: RuleSet | None = None) -> None:
    """Tell each exemption finding in one of several questions that its question may be
    refused alone (neither confirmed nor denied alone, where its rule says that is the
    reply). Only the questions holding such a finding are read for whether they ask, and
    others only until two do: a long letter has hundreds of questions."""
    targets = [f for f in findings if f.kind in EXEMPTION_KINDS]
    if not targets:
        return
    spans = items(doc)
    if len(spans) < 2:
        return
    masked = doc.masked
    read: dict[int, bool] = {}

    def ask(i: int) -> bool:
        found = read.get(i)
        if found is None:
            found = read[i] = _asking(masked, spans[i])
        return found

    starts = [a for a, _b in spans]
    noted = []
    for f in targets:
        i = bisect_right(starts, f.start) - 1
        if i >= 0 and f.start < spans[i][1] and ask(i):
            noted.append(f)
    asking = sum(read.values())
    for i in range(len(spans)):
        if asking >= 2:
            break
        if i not in read:
            asking += ask(i)
    if asking < 2:
        return
    for f in noted:
        rule = ruleset.get(f.rule) if ruleset is not None else None
        ncnd = rule is not None and NCND_RE.search(rule.message) is not None
        f.add_note(NCND_PART_NOTE if ncnd else PART_NOTE)
