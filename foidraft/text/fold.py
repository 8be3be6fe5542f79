"""Case folding that agrees with how IGNORECASE regexes compare text."""

from __future__ import annotations

from foidraft.text.lazyre import LazyRegex

# The literal prefilter searches a folded copy of the text, so the fold must join every
# pair of characters that Python's IGNORECASE matching treats as equal. str.lower() does
# that except for: 'İ', which it turns into two characters (the regex engine into 'i'),
# and the extra pairs in re._casefix (dotless i and i, long s and s, Greek and Cyrillic
# letter variants), mapped here onto the lowest code point of each set.
# tests/test_engine_properties.py checks both tables against every code point.
_PRE_LOWER = {0x0130: "i"}
_CASE_PAIRS = {
    0x0131: 0x0069, 0x017F: 0x0073, 0x03B9: 0x0345, 0x03BC: 0x00B5, 0x03C3: 0x03C2,
    0x03D0: 0x03B2, 0x03D1: 0x03B8, 0x03D5: 0x03C6, 0x03D6: 0x03C0, 0x03F0: 0x03BA,
    0x03F1: 0x03C1, 0x03F5: 0x03B5, 0x1C80: 0x0432, 0x1C81: 0x0434, 0x1C82: 0x043E,
    0x1C83: 0x0441, 0x1C84: 0x0442, 0x1C85: 0x0442, 0x1C86: 0x044A, 0x1C87: 0x0463,
    0x1E9B: 0x1E61, 0x1FBE: 0x0345, 0x1FD3: 0x0390, 0x1FE3: 0x03B0, 0xA64B: 0x1C88,
    0xFB06: 0xFB05,
}  # fmt: skip
_UNUSUAL_RE = LazyRegex(  # the characters on which the two steps above change anything
    "[\u0130\u0131\u017f\u0399\u039c\u03a3\u03b9\u03bc\u03c3\u03d0\u03d1\u03d5\u03d6"
    "\u03f0\u03f1\u03f5\u1c80-\u1c87\u1e9b\u1fbe\u1fd3\u1fe3\ua64a\ua64b\ufb06]"
)


def fold(text: str) -> str:
    """Lower-case ``text`` the way IGNORECASE regexes compare it; same length as ``text``."""
    if text.isascii() or _UNUSUAL_RE.search(text) is None:  # common: plain lower() is exact
        return text.lower()
    return text.translate(_PRE_LOWER).lower().translate(_CASE_PAIRS)
