"""A table's row of counts labelled by provisions ("Section 12(1) | 162"): the provisions
are the subject of the figures, not relied on (``foidraft.replies.reliance``). A line is
read with its citations blanked, head and all, so what is left shows whether it holds a
count: a subsection in words ("section 43, subsection 2") or the next of a list
("regulations 12(3) and 13") is part of the citation, not a figure.
"""

from __future__ import annotations

import re

from foidraft.replies.figures import is_figure
from foidraft.replies.sections import Citation

HEAD_WRITTEN_RE = re.compile(
    r"\b(?:sections?|secs?\.?|ss?\.?|regulations?|regs?\.?|FOI\(?S\)?A|FOIA|EIRs?)[ \t]*$",
    re.IGNORECASE,
)


def blank(text: str, citations: list[Citation]) -> str:
    """``text`` with each citation's number and parts as written replaced by spaces."""
    parts, at = [], 0
    for c in sorted(citations, key=lambda c: c.start):
        if c.start >= at:
            head = HEAD_WRITTEN_RE.search(text, max(at, c.start - 16), c.start)
            start = head.start() if head else c.start  # "Section 12(1)": its head too
            parts += [text[at:start], " " * (c.end - start)]
            at = c.end
        elif c.end > at:  # one of a list read from the same words
            parts.append(" " * (c.end - at))
            at = c.end
    return "".join(parts) + text[at:]


def figure_row(line: str) -> bool:
    """A table row of counts labelled by the provision: "Section 12(1) | 162" (``line`` with
    its citations blanked, so a subsection in words is no count)."""
    return is_figure(PROVISION_RE.sub(" ", line)) and len(line) < 90


# A provision as written, with or without its head: "Section 12(1)", "s.40(2)", "31(1)(a)".
PROVISION_RE = re.compile(
    r"(?i)\b(?:(?:sections?|s\.?|regulations?|reg\.?)\s?\d{1,2}[A-Z]?|\d{1,2}[A-Z]?(?=\s?\())"
    r"(?:\s?\(\w{1,4}\))*"
)
