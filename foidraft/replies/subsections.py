"""How the parts after a provision's number are written: bracketed ("(1)(a)"), run
together or left open ("12(5(b)"), unbracketed before a bracket ("section 33 1(b)"), after
full stops ("section 40.2"), or in words ("sub section 2", "regulation 12 paragraph (4)").
``foidraft.replies.sections`` reads them into one normalised form.
"""

from __future__ import annotations

import re

# Between the parts of a citation: a space or two, or the line break a mail program put there.
GAP = r"[ \t]{0,2}(?:\n[ \t]{0,2})?"
# A bracketed part; "12(5(b)" (a bracket left open before the next) is read as 12(5)(b).
GROUP_RE = re.compile(GAP + r"\([ \t]?(\d{1,2}[A-Z]{0,2}|[a-z]{1,4}|[A-H])[ \t]?(?:\)|(?=\())")
UNBRACKETED_RE = re.compile(GAP + r"(?:&|and)" + GAP + r"(\d[A-Z])(?=\()")
# A subsection unbracketed before a bracketed paragraph: "section 33 1(b)", "S.38.1(b)".
LOOSE_SUBSECTION_RE = re.compile(r"[ \t.](\d{1,2})(?=\([a-z]{1,4}\))")
# A subsection (and paragraph) written with full stops, as a document numbers its sections:
# "section 40.2", "section 31.1.a" (no space: "section 40. 2" ends a sentence).
DOTTED_RE = re.compile(r"\.(\d{1,2}[A-Z]?)(?:\.([a-h]))?(?![\w(]|\.\w)")
# A subsection named in words: "Section 40 sub-section 5", "section 40, subsection (2)",
# "Section 40 sub section 2"; a regulation's paragraph so named: "regulation 12 paragraph (4)".
WORDED_SUBSECTION_RE = re.compile(
    r"[ \t]{0,2},?[ \t]{0,2}(?:sub[- ]?sections?|paragraph)[ \t]{0,2}\(?(\d{1,2}[A-Z]?)\b\)?"
    r"(?:[ \t]{0,2},?[ \t]{0,2}(?:paragraph|para\.?)[ \t]{0,2}\(?([a-h])\b\)?)?",
    re.IGNORECASE,
)
JOIN_RE = re.compile(GAP + r"(?:&|and|or|,|to|-|–|/)" + GAP + r"(?=\()", re.IGNORECASE)
# A paragraph's letter run onto the number ("30b(i)", "30c,"): read as its paragraph where the
# section's letters are paragraphs of the first subsection or the section's own (FOISA s30).
RUN_ON_RE = re.compile(r"([a-h])(?![\w])")
# A part whose opening bracket was left out after another: "38(1)b)" is 38(1)(b).
# ... or both brackets, a paragraph's letter alone after its subsection: "section 33(1)b and
# 38(1)b of FOISA"
OPEN_LEFT_OUT_RE = re.compile(r"([a-h]|[ivx]{1,4})(?:\)|(?<=[a-h])(?![\w(]))")
