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


# Checked in this order: the first that matches is the verdict.
_PATTERNS = (
    # the requester's complaint turned down: the refusal stands
    (
        "upheld",
        _re(
            r"\b(?:the )?(?:original|initial) (?:decision|response) was correct\b|"
            r"\b(?:(?:do|does|did|can)\s?not|cannot|unable to) uphold (?:your|the) (?:complaint|"
            r"appeal)\b|\b(?:your|the) (?:complaint|appeal) (?:is|was|has been|has not been) not "
            r"upheld\b|\b(?:your|the) (?:complaint|appeal) (?:has not been|was not|is not) upheld\b"
        ),
    ),
    (
        "partly",
        _re(
            r"\bconfirmed,? with modifications?\b|\b(?:partially|partly) (?:upheld|uphold\w*|"
            r"overturn\w*|revers\w*)\b|\buphold\w* [^.]{0,60}\bin part\b|\bin part\b[^.]{0,30}"
            r"\b(?:upheld|overturned)\b|\badditional (?:disclosures?|information (?:is|will be) "
            r"(?:released|disclosed))\b|\bvar(?:y|ied) the " + _DECISION
        ),
    ),
    (
        "overturned",
        _re(
            r"\b(?:original|initial) (?:decision|response) was (?:not correct|incorrect|wrong|"
            r"inadequate)\b|\bdifferent decision should be substituted\b|\bsubstitut\w+ a "
            r"different decision\b(?! if)|"
            r"\b(?:overturn\w*|revers\w*|set(?:ting)? aside|withdraw\w*) (?:the |our |my |its )?"
            + _DECISION
            + r"|\b"
            + _DECISION
            + r"\b[^.]{0,60}\b(?:is|was|has been|should be) "
            r"(?:overturned|reversed|set aside|withdrawn)\b|\b(?:I|we) (?:uphold|have upheld) (?:your|"
            r"the) (?:complaint|appeal)\b|\b(?:your|the) (?:complaint|appeal) (?:is|was|has been) "
            r"upheld\b|\bshould have been (?:disclosed|released)\b"
        ),
    ),
    (
        "upheld",
        _re(
            r"\bconfirmed without modifications?\b|\b(?:uphold\w*|confirm\w*|maintain\w*) (?:the |"
            r"our |my |its )?" + _DECISION + r"|\b" + _DECISION + r"\b[^.]{0,60}\b(?:is|was|has "
            r"been|should be|are|were|have been) (?:upheld|confirmed|maintained)\b|\b(?:correctly|"
            r"appropriately|rightly|properly) (?:applied|engaged|cited|relied)\b|\bagree with the "
            r"(?:original|initial) (?:decision|response|handling)\b"
        ),
    ),
)

# How the complaint tells the Commissioner what the review decided.
SAID = {
    "upheld": "upheld the original decision",
    "partly": "changed the original decision only in part",
    "overturned": "changed the original decision, but did not give me what I asked for",
    "": "did not resolve my complaint",
}


def review_verdict(text: str) -> str:
    """What the review whose letter is ``text`` decided: one of ``VERDICTS``, or ""."""
    for verdict, pattern in _PATTERNS:
        if pattern.search(text):
            return verdict
    return ""
