"""Which rules meet a letter that is not a request.

An internal review request, a chaser or a complaint argues about a reply: advice on how a
request will be read (a field the records do not hold, a period left open, a word with two
recorded meanings) does not apply to it, and would only warn about foidraft's own
arguments ("the circumstances of this request", "time spent redacting"). Such a letter
still meets the rules about any letter's form: the requester's real name, no gap left to
fill, the right Act and cost limit, no stray punctuation.
"""

from __future__ import annotations

# A draft's ``letter`` header value (foidraft.drafts) for letters that ask for nothing new.
NOT_REQUESTS = frozenset({"review", "chaser", "complaint", "thanks"})
FORM_RULES = frozenset(
    {
        "unsigned-sign-off",
        "pseudonym-signature",
        "unfilled-placeholder",
        "foia-cited-to-scottish-authority",
        "english-cost-limit-to-foisa",
        "foisa-cited-to-non-scottish-authority",
        "dangling-punctuation",
        "letter-names-another-body",
        "two-letters-in-one",
    }
)


def applies(rule_name: str, letter: str) -> bool:
    """Whether the rule named ``rule_name`` checks a letter of kind ``letter`` ('' for a
    request)."""
    return letter not in NOT_REQUESTS or rule_name in FORM_RULES
