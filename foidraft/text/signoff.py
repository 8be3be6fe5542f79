"""Where a letter signs off: appended paragraphs go above it, and WhatDoTheyKnow adds its own."""

from __future__ import annotations

from foidraft.text.lazyre import IGNORECASE, MULTILINE, LazyRegex

# A sign-off line ("Yours faithfully," "Kind regards"): where appended paragraphs go, and
# (foidraft.export) what WhatDoTheyKnow replaces with its own.
SIGN_OFF_RE = LazyRegex(
    r"^[ \t]*(?:yours\s+(?:faithfully|sincerely|truly)|kind(?:est)?\s+regards|best\s+wishes|"
    r"(?:best|many|warm)\s+(?:regards|thanks)|regards|thanks(?:\s+in\s+advance)?|"
    r"thank\s+you(?:\s+in\s+advance)?)\b[ \t]*[,.!]?[ \t]*$",
    IGNORECASE | MULTILINE,
)
