"""What may stand on a reply's date line besides the date, for the letter's head
(``written``) and its sign-off block (``signed``) alike: before it a label ("Date:",
"Response Date:", "Dated", "Date / Dyddiad:"), a weekday, or nothing; after it a time
("10:31", "at 10:31 am") and a stop."""

from __future__ import annotations

import re

LABEL_RE = re.compile(
    r"^[ \t]*(?P<label>(?:date(?:[ \t]+(?:of[ \t]+(?:response|reply|letter)|responded|sent|"
    r"issued))?|response[ \t]+date|dated|sent|issued)(?:[ \t]*/[ \t]*dyddiad)?[ \t]*:?)?"
    r"[ \t]*(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?)?[ \t]*$",
    re.IGNORECASE,
)
TAIL_RE = re.compile(r"^[ \t]*(?:,?[ \t]*(?:at[ \t]+)?\d{1,2}[:.]\d{2}(?::\d{2})?[ \t]*"
                     r"(?:am|pm|gmt|bst)?)?[ \t]*[.,/]?[ \t]*$", re.IGNORECASE)  # fmt: skip


def label(match: re.Match[str] | None) -> str:
    """The label a ``LABEL_RE`` match found ("Date:"), lower case; "" for none."""
    return (match.group("label") or "").lower() if match else ""
