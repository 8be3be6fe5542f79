"""The day a reply is dated where only its sign-off says it: "Disclosure Unit, 3 June
2025", a date on the line under the sender's name, "Date: 03/06/2025" at the foot.
Read only when the letter's head gives none (``written.letter_date``): a date in the body
(the request's, a period asked about) is never taken, since only the short lines of the
signature block after "Yours sincerely" count, or, with no sign-off, a labelled date line
among the last lines.
"""

from __future__ import annotations

import datetime as dt
import re

from foidraft.replies.date_line import LABEL_RE, TAIL_RE, label
from foidraft.replies.dates import find_dates
from foidraft.replies.text import clean, own_text, unflatten
from foidraft.text.signoff import SIGN_OFF_RE

BLOCK_LINES = 12  # a signature: name, post, unit, address, telephone, email, date
NEAR = 5  # an unlabelled date stands by the name: "J. Okafor\nDisclosure Unit\n3 June 2025"
FOOT_LINES = 6  # no sign-off: the letter's last lines
SHORT = 80  # a signature's line; a longer one is prose, and the block has ended
# Before the date on its line a label, a weekday or nothing (``date_line.LABEL_RE``) ...
# ... or, in the signature block, the sender or unit the date is written after
# ("Disclosure Unit, 3 June 2025"): words and a comma, no sentence's stop or colon; or words
# ending in a capitalised one, a name or a post ("Jane Smith, Disclosure Officer 12 March
# 2024"), unless that word names what the date is of ("Request Date", "Received").
SENDER_RE = re.compile(
    r"^[ \t]*(?:[^\W\d][^.:;!?\d]{0,60},|(?:[^\W\d][^.:;!?\d]{0,60}[ \t])?"
    r"(?!(?:Date|Dated|Received|Requested|Request|Due|Deadline|Sent|Period|Ending|From|To|"
    r"Until|Before|After|By|On|At)\b)[A-Z][^\W\d_]*)[ \t]*$"
)
# A sign-off with the signature on its own line: "Yours sincerely, Jane Smith, Disclosure
# Officer 12 March 2024" (a closing only: "Thank you, ..." opens sentences)
INLINE_RE = re.compile(
    r"^[ \t]*(?:yours[ \t]+(?:faithfully|sincerely|truly)|(?:kind(?:est)?|best|warm)[ \t]+"
    r"regards|regards|best[ \t]+wishes)[ \t]*,[ \t]*(?=[^\W\d])",
    re.IGNORECASE | re.MULTILINE,
)
# A mail header: a message quoted below the signature ("From: Asha Khan", "Sent: ..."), whose
# dates are the request's
HEADER_RE = re.compile(r"^(?:from|to|cc|subject|sent)[ \t]*:", re.IGNORECASE)


def signed_date(text: str, today: dt.date | None = None) -> dt.date | None:
    """The date in ``text``'s sign-off block (or, with no sign-off, a labelled date at its
    foot); None when it gives none."""
    own = own_text(unflatten(clean(text)))
    closings = [m.end() for m in SIGN_OFF_RE.finditer(own)]
    closings += [m.end() for m in INLINE_RE.finditer(own)]
    if closings:
        lines = _lines(own[max(closings) :])[:BLOCK_LINES]
        block = True
    else:
        lines = _lines(own)[-FOOT_LINES:]
        block = False
    for at, line in enumerate(lines):
        if block and HEADER_RE.match(line):
            return None
        if len(line) > SHORT or (block and _sentence(line)):
            if block:
                return None  # prose after the signature: what follows is not its block
            continue
        for found in find_dates(line):
            if found.role or (today is not None and found.day > today):
                continue
            before, after = line[: found.start], line[found.end :]
            shape = LABEL_RE.match(before)
            if label(shape).startswith("sent"):  # heads a message quoted under the signature
                shape = None
            labelled = bool(label(shape))
            near = block and at < NEAR  # by the name: alone, or after the unit's name
            shaped = labelled or (near and bool(shape or SENDER_RE.match(before)))
            if shaped and TAIL_RE.match(after):
                return found.day
    return None


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


def _sentence(line: str) -> bool:
    """A sentence (eight words or more, ending as one): the signature block has ended."""
    return len(line.split()) >= 8 and line.endswith((".", "!", "?"))
