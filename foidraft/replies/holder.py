"""Who holds what a reply says is held by someone: another body, named ("All information
about Channel referrals is held by the Home Office": nothing is held here), or the body
asked itself ("The information you requested is held by Kent Police and is given below").

A reply names its own body as the holder when it confirms or gives; it names another
when it says where to go instead. The draft's authority, when known (``own_names``), tells
the two apart where the words do not.
"""

from __future__ import annotations

import re
from typing import Any

# "<the information asked for> is held by <a body named>": the holder's name opens with a
# capital ("the Home Office", "HM Courts and Tribunals Service")
HELD_BY_RE = re.compile(
    r"\b(?:information|data|records?|figures|statistics|details)\b[^.;]{0,60}?\b(?:is|are|would "
    r"be|will be) "
    r"(?:only |all |now |centrally )?held by (?:the )?(?=(?-i:[A-Z]))",
    re.IGNORECASE,
)
# The body speaking of holding it, or giving it: its own name as the holder ("I can confirm
# that the information ... is held by Northumbria Police"; "... and is provided below")
SPEAKS_RE = re.compile(
    r"\b(?:confirm\w*|we|I|our|us)\b|\b(?:below|attached|enclosed|as follows|provided|"
    r"disclosed|released)\b",
    re.IGNORECASE,
)
# The body by its common noun ("held by the Force's Professional Standards Department",
# "held by the Council"): itself, not another ("the Council of Europe" names another)
ITSELF_RE = re.compile(
    r"(?:Force|Council|Trust|Authority|Department|Board|Constabulary|Commissioner|Service|"
    r"University|College|Office|Police)(?:['’]s)?\b(?!\s+(?:(?-i:[A-Z])|of\b|for\b|and\b))",
    re.IGNORECASE,
)


def held_elsewhere(text: str, own: tuple[str, ...] = ()) -> int:
    """Where the sentence ``text`` says what was asked for is held by another body (the
    offset of its words), or -1."""
    m = HELD_BY_RE.search(text)
    if m is None or SPEAKS_RE.search(text) or ITSELF_RE.match(text, m.end()):
        return -1
    holder = text[m.end() : m.end() + 120].lower()
    return -1 if any(holder.startswith(name) for name in own) else m.start()


def own_names(authority: Any) -> tuple[str, ...]:
    """The names a body's reply may call it by, lower-cased, from the directory's entry
    (``name``, ``short_name``, ``aliases``); () for none."""
    if authority is None:
        return ()
    names = [getattr(authority, "name", ""), getattr(authority, "short_name", "")]
    names += list(getattr(authority, "aliases", ()) or ())
    out = {re.sub(r"^the ", "", n.strip().lower()) for n in names if n and n.strip()}
    return tuple(sorted(out, key=len, reverse=True))
