"""Phrases to regexes: the word lists of the model (and of rules) as one alternation.

``licensed premises`` matches on word boundaries, any run of spaces, either apostrophe,
and a hyphen or a space between words; the last word also matches its plural (crime,
crimes; category, categories). A phrase ending in ``*`` is a prefix (``caution*`` matches
cautioned and cautions). A ``_`` between words stands for up to two other words
(``at _ protests`` matches "at protests", "at Palestine protests", "at the climate
protests"), so a phrase names a place or an event whatever a requester puts before it.
"""

from __future__ import annotations

# Part of the compiled model's cache key: change it whenever the regexes built here change.
WORDS_FORMAT = 3  # 3: "_" for up to two words
_APOSTROPHE = "['’]"
GAP = "_"
# Up to two words and the space after each: bounded, so matching stays linear.
_GAP_RE = r"(?:[\w'’-]+\s+){0,2}"


def _word(word: str) -> str:
    import re  # only while a rule or model file is read: never in a cached `foidraft check`

    return re.sub("['’]", lambda _: _APOSTROPHE, re.escape(word))


def phrase_pattern(phrase: str) -> str:
    prefix = phrase.endswith("*")
    words = phrase.rstrip("*").split()
    parts = [_word(w).replace(r"\-", r"[-\s]?") for w in words]
    last = words[-1]
    if GAP in words[1:-1]:  # the words before a gap as they are; the rest as a phrase
        i = words.index(GAP)
        rest = " ".join(words[i + 1 :]) + ("*" if prefix else "")
        return r"\s+".join(parts[:i]) + r"\s+" + _GAP_RE + phrase_pattern(rest)
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
