"""What an internal review decided: upheld the first answer, changed it in part, or
overturned it (``""`` when its words do not say).

The words differ by who is judged: "the original decision is upheld" keeps the refusal,
while "I uphold your complaint" finds for the requester, and "your complaint is not
upheld" keeps the refusal again. The complaint to the Commissioner says which, and the
letters offered after the review follow it (``foidraft.replies.followup.AFTER``).
"""

from __future__ import annotations

import re

VERDICTS = ("upheld", "partly", "overturned")

_DECISION = r"(?:original |initial |first )?(?:decision|response|refusal|exemptions?|answer)"
_FLAGS = re.I | re.M


def _re(pattern: str) -> re.Pattern[str]:
    """A pattern whose spaces match any run of spaces or line breaks (letters wrap)."""
    return re.compile(pattern.replace(" ", r"\s+"), _FLAGS)


D = _DECISION
# Each verdict's ways of saying it, checked in this order: the first that matches wins.
_WORDS = (
    # the requester's complaint turned down, or the first answer found right: it stands
    ("upheld", (
        r"\b(?:the )?(?:original|initial) (?:decision|response) was correct\b",
        r"\b(?:(?:do|does|did|can)\s?not|cannot|unable to) uphold (?:your|the) "
        r"(?:complaint|appeal)\b",
        r"\b(?:your|the) (?:complaint|appeal) (?:is|was|has been|has not been) not upheld\b",
        r"\b(?:your|the) (?:complaint|appeal) (?:has not been|was not|is not) upheld\b",
    )),
    ("partly", (
        r"\bconfirmed,? with modifications?\b",
        r"\b(?:partially|partly) (?:upheld|uphold\w*|overturn\w*|revers\w*)\b",
        r"\buphold\w* [^.]{0,60}\bin part\b",
        r"\bin part\b[^.]{0,30}\b(?:upheld|overturned)\b",
        r"\badditional (?:disclosures?|information (?:is|will be) (?:released|disclosed))\b",
        r"\bvar(?:y|ied) the " + D,
    )),
    ("overturned", (
        r"\b(?:original|initial) (?:decision|response) was (?:not correct|incorrect|wrong|"
        r"inadequate)\b",
        r"\bdifferent decision should be substituted\b",
        r"\bsubstitut\w+ a different decision\b(?! if)",
        r"\b(?:overturn\w*|revers\w*|set(?:ting)? aside|withdraw\w*) (?:the |our |my |its )?" + D,
        r"\b" + D + r"\b[^.]{0,60}\b(?:is|was|has been|should be) (?:overturned|reversed|"
        r"set aside|withdrawn)\b",
        r"\b(?:I|we) (?:uphold|have upheld) (?:your|the) (?:complaint|appeal)\b",
        r"\b(?:your|the) (?:complaint|appeal) (?:is|was|has been) upheld\b",
        r"\bshould have been (?:disclosed|released)\b",
    )),
    ("upheld", (
        r"\bconfirmed without modifications?\b",
        r"\b(?:uphold\w*|confirm\w*|maintain\w*) (?:the |our |my |its )?" + D,
        r"\b" + D + r"\b[^.]{0,60}\b(?:is|was|has been|should be|are|were|have been) "
        r"(?:upheld|confirmed|maintained)\b",
        r"\b(?:correctly|appropriately|rightly|properly) (?:applied|engaged|cited|relied)\b",
        r"\bagree with the (?:original|initial) (?:decision|response|handling)\b",
    )),
)  # fmt: skip
_PATTERNS = tuple((verdict, _re("|".join(words))) for verdict, words in _WORDS)

# How the complaint tells the Commissioner what the review decided.
SAID = {
    "upheld": "upheld the original decision",
    "partly": "changed the original decision only in part",
    "overturned": "changed the original decision, but did not give me what I asked for",
    "": "did not resolve my complaint",
}

# How the reply screen tells the requester, under "This is the outcome of the internal review."
TOLD = {
    "upheld": "It upheld the original decision: the first answer stands.",
    "partly": "It changed the original decision only in part: the rest of the first answer stands.",
    "overturned": "It overturned the original decision: check whether you now have what you "
    "asked for.",
    "": "It does not say plainly whether the original decision was upheld, varied or overturned.",
}


def review_verdict(text: str) -> str:
    """What the review whose letter is ``text`` decided: one of ``VERDICTS``, or ""."""
    for verdict, pattern in _PATTERNS:
        if pattern.search(text):
            return verdict
    return ""
