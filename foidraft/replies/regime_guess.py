"""Which Act a reply was made under, when no draft says it: from the Act it cites, from
the words only one Act uses ("requirement for review" is FOISA s20's), else from the
body it names as its sender ("Police Scotland", "Moray Council"). Each answer says why,
so the requester can see what was assumed and correct it.

    guess = regime_of_reply(text)
    guess.regime   # "FOISA"
    guess.why      # "it speaks of a “requirement for review” (FOISA section 20)"
    guess.assumed  # True when nothing in the reply settled it (FOIA, the usual Act)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from foidraft.replies.read import EIR_RE, EISR_RE, FOISA_RE
from foidraft.replies.text import clean

FOIA_RE = re.compile(r"Freedom of Information Act 2000|\bFOIA\b", re.IGNORECASE)
# Words only a Scottish reply uses: FOISA's "requirement for review" (s20), its six
# months to apply to the Commissioner (s47), the Commissioner's own sites.
SCOTTISH_WORDS = (
    (re.compile(r"\brequirement for (?:a )?review\b", re.I),
     "it speaks of a “requirement for review” (FOISA section 20)"),
    (re.compile(r"\bitspublicknowledge\b|\bfoi\.scot\b", re.I),
     "it points to the Scottish Information Commissioner's website"),
    (re.compile(r"\bCommissioner\b[^.]{0,120}\bsix months\b|\bsix months\b[^.]{0,120}"
                r"\bCommissioner\b", re.I),
     "it gives six months to apply to the Commissioner (FOISA section 47)"),
)  # fmt: skip
# A body named in the reply: some capitalised words ending in what bodies are called.
# Words are at most 31 characters, so each place is tried in bounded time: the scan of a
# reply stays linear (an unbounded word made "A-A-A-..." quadratic).
WORD = r"[A-Z][\w'&-]{0,30}"
BODY_RE = re.compile(
    rf"\b(?:{WORD}[ \t]+(?:(?:and|of|for|the)[ \t]+)?){{0,5}}"
    r"(?:Police(?: Service| Authority)?|Constabulary|Council|Government|Ministers|"
    rf"Health Board|NHS[ \t]+{WORD}(?:[ \t]+(?:and[ \t]+)?{WORD}){{0,3}})\b"
    r"|\bPolice Scotland\b|\bNHS 24\b|\bTransport Scotland\b"
    rf"|\bUniversity of(?:[ \t]+(?:the[ \t]+)?{WORD}){{1,3}}"
)
MAX_SCAN = 20_000  # the sender is named in the letterhead, greeting or sign-off


@dataclass(frozen=True)
class RegimeGuess:
    regime: str
    why: str
    assumed: bool = False  # nothing in the reply settled it

    def note(self) -> str:
        """One line for the requester: what was taken, and why."""
        act = {"FOISA": "the Freedom of Information (Scotland) Act (FOISA)",
               "EIR": "the Environmental Information Regulations",
               "EISR": "the Environmental Information (Scotland) Regulations 2004"}.get(
                   self.regime, "the Freedom of Information Act 2000 (FOIA)")  # fmt: skip
        return f"read under {act}: {self.why}"


def regime_of_reply(text: str) -> RegimeGuess:
    """The Act ``text`` (a reply, as pasted or extracted) was made under, and why."""
    cleaned = clean(text)
    scots_eir = EISR_RE.search(cleaned)
    if scots_eir:
        return RegimeGuess("EISR", f"it cites “{scots_eir.group(0)}”")
    cited = FOISA_RE.search(cleaned)
    eir = EIR_RE.search(cleaned)
    if cited and eir:  # a Scottish body answers environmental requests under its EIRs
        return RegimeGuess("EISR", f"it cites “{eir.group(0)}” beside “{cited.group(0)}”")
    if cited:
        return RegimeGuess("FOISA", f"it cites “{cited.group(0)}”")
    if eir and not FOIA_RE.search(cleaned):
        return RegimeGuess("EIR", f"it cites “{eir.group(0)}”")
    foia = FOIA_RE.search(cleaned)
    if foia:
        return RegimeGuess("FOIA", f"it cites “{foia.group(0)}”")
    for pattern, why in SCOTTISH_WORDS:
        if pattern.search(cleaned):
            return RegimeGuess("EISR" if eir else "FOISA", why)
    named = named_sender(cleaned[:MAX_SCAN])
    if named is not None:
        name, regime = named
        where = ", a Scottish public authority" if regime == "FOISA" else ""
        return RegimeGuess(regime, f"it comes from {name}{where}")
    return RegimeGuess(
        "FOIA", "it names neither the Act nor a body foidraft can place, so the usual Act "
        "(FOIA) is assumed", assumed=True,
    )  # fmt: skip


def named_sender(text: str) -> tuple[str, str] | None:
    """The first body named in ``text`` whose Act foidraft knows: a listed one, or one
    whose name places it in Scotland."""
    from foidraft.authorities.directory import load_directory
    from foidraft.authorities.infer import infer_nation

    directory = load_directory()
    for m in BODY_RE.finditer(text):
        words = m.group(0).split()
        for i in range(len(words)):  # "Dear West Midlands Police" -> "West Midlands Police"
            name = " ".join(words[i:])
            listed = directory.exact(name)
            if len(listed) == 1 and listed[0].foi_applies:
                return listed[0].name, listed[0].regime
        if infer_nation(m.group(0)) == "scotland":
            return " ".join(m.group(0).split()), "FOISA"
    return None
