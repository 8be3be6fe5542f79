"""Phrases to regexes: the word lists of the model (and of rules) as one alternation.

``licensed premises`` matches on word boundaries, any run of spaces, either apostrophe,
and a hyphen or a space between words; the last word also matches its plural (crime,
crimes; category, categories). A phrase ending in ``*`` is a prefix (``caution*`` matches
cautioned and cautions).
"""

from __future__ import annotations

# Part of the compiled model's cache key: change it whenever the regexes built here change.
WORDS_FORMAT = 2
_APOSTROPHE = "['’]"


def _word(word: str) -> str:
    import re  # only while a rule or model file is read: never in a cached `foidraft check`

    return re.sub("['’]", lambda _: _APOSTROPHE, re.escape(word))


def phrase_pattern(phrase: str) -> str:
    prefix = phrase.endswith("*")
    words = phrase.rstrip("*").split()
    parts = [_word(w).replace(r"\-", r"[-\s]?") for w in words]
    last = words[-1]
    if prefix:
        parts[-1] += r"\w*"
    elif last[-1:].isalpha() and not last.endswith("s"):
        if last.endswith("y") and len(last) > 2 and last[-2] not in "aeiou":
            parts[-1] = _word(last[:-1]) + "(?:y|ies)"
        else:
            parts[-1] += "(?:e?s)?"
    return r"\s+".join(parts)


def words_regex(phrases: list[str]) -> str:
    """One regex for all ``phrases``: longest first, so the longest phrase wins at a place."""
    ordered = sorted(set(phrases), key=lambda p: (-len(p), p))
    body = "|".join(phrase_pattern(p) for p in ordered)
    return rf"(?<!\w)(?:{body})(?!\w)"
