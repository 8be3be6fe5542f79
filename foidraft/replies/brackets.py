"""The bracketed parts after a provision's number, read and expanded: "(1)(a)(b)" is
(1)(a) and (1)(b); "(5A)&(5B)(a)(i)" is (5A) and (5B)(a)(i); "(1)(a)-(c)" is (1)(a), (1)(b)
and (1)(c); " 1(b)" is (1)(b). Each character is looked at a bounded number of times
(``MAX_GROUPS``)."""

from __future__ import annotations

from foidraft.replies.subsections import (
    DOTTED_RE,
    GROUP_RE,
    JOIN_RE,
    LOOSE_SUBSECTION_RE,
    OPEN_LEFT_OUT_RE,
    RUN_ON_RE,
    UNBRACKETED_RE,
    WORDED_SUBSECTION_RE,
)

# Subsections with a capital letter (s40's), which officers may bracket apart: "(5)(B)".
LETTERED = ("3A", "4A", "5A", "5B")
ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x")
MAX_GROUPS = 6

# FOIA sections whose lettered paragraphs all sit in subsection (1): "Section 31(a)" can
# only be s31(1)(a). (FOISA's s30 has its letters at the top: s30(b)(i) is left alone.)
IN_FIRST = ("22", "26", "27", "29", "30", "31", "33", "35", "38")
RUN_ON = (*IN_FIRST, "41")  # their letters read when run onto the number ("30b(i)")


def groups(text: str, pos: int, number: str = "") -> tuple[list[list[str]], int]:
    """The bracketed parts after a number, expanded: "(1)(a)(b)" -> [[1,a],[1,b]];
    "(5A)&(5B)(a)(i)" -> [[5A],[5B,a,i]]; "(1)(a)-(c)" -> [[1,a],[1,b],[1,c]]; " 1(b)" ->
    [[1,b]]."""
    variants: list[list[str]] = []
    path: list[str] = []
    i = pos
    count = 0
    range_next = False
    loose = (
        LOOSE_SUBSECTION_RE.match(text, i)
        or WORDED_SUBSECTION_RE.match(text, i)
        or DOTTED_RE.match(text, i)
    )
    run_on = RUN_ON_RE.match(text, i) if number in RUN_ON else None
    if run_on:
        path, i, count = [run_on.group(1)], run_on.end(), 1
    elif loose:
        path, i, count = [loose.group(1)], loose.end(), 1
        if loose.re is not LOOSE_SUBSECTION_RE and loose.group(2):
            path.append(loose.group(2).lower())  # "subsection 1 paragraph a", "31.1.a": (1)(a)
    while count < MAX_GROUPS * 2:
        m = GROUP_RE.match(text, i)
        if m is None and path and path[0][0].isdigit():
            m = UNBRACKETED_RE.match(text, i)  # "40(2) & 3A(a)": a subsection left unbracketed
        if m is None and path and text[i - 1] == ")":
            m = OPEN_LEFT_OUT_RE.match(text, i)
        if m is None:
            j = JOIN_RE.match(text, i)
            if j is None or GROUP_RE.match(text, j.end()) is None:
                break
            range_next = j.group(0).strip().lower() in ("to", "-", "–")
            i = j.end()
            continue
        token = m.group(1)
        if token.isalpha() and token.isupper():
            if path and path[-1] + token in LETTERED:
                path[-1] += token  # "40 (5)(B)(a)(i)": the subsection 5B written in two brackets
                i = m.end()
                count += 1
                continue
            token = token.lower()  # "31(1)(A)": a paragraph written in capitals
        if not path and token in ROMAN[:5] and number not in IN_FIRST:
            # the first bracket is a subsection: "S28(i)" is s28(1) typed with a letter
            token = str(ROMAN.index(token) + 1)
        if token.isdigit() and path and not path[0][0].isdigit() and path[-1].isalpha():
            # FOISA's s30 has no subsections: "S.30(b)(1)" is its sub-paragraph (i)
            token = ROMAN[int(token) - 1] if 0 < int(token) <= len(ROMAN) else token
        level = _level(token, path)
        if level <= len(path) and path:
            variants.append(list(path))
            if range_next and level == len(path) and _is_letter_range(path[-1], token):
                for letter in _letters_between(path[-1], token):
                    variants.append([*path[: level - 1], letter])
        path = [*path[: level - 1], token]
        range_next = False
        i = m.end()
        count += 1
    if path:
        variants.append(path)
    return _dedupe(variants), i


def _level(token: str, path: list[str]) -> int:
    """Where ``token`` sits in the provision: 1 for a subsection "(1)", then a paragraph
    "(a)" below it, then a sub-paragraph "(i)" below that. FOISA's s30(b)(i) has no
    subsection, so its letters start at level 1."""
    if token[0].isdigit():
        return 1
    base = 1 if path and path[0][0].isdigit() else 0
    if path and not path[-1][0].isdigit():
        previous = path[-1]
        if len(path) - base >= 2:  # the last part was already a sub-paragraph: another one,
            # or the next paragraph ("(3)(a)(i)(ii)(b)": (b) sits beside (a))
            return len(path) if token in ROMAN else base + 1
        follows = len(token) == 1 and len(previous) == 1 and ord(token) == ord(previous) + 1
        if token in ROMAN and not follows:
            return len(path) + 1
    return base + 1


def _is_letter_range(a: str, b: str) -> bool:
    return len(a) == 1 and len(b) == 1 and a.isalpha() and b.isalpha() and a < b


def _letters_between(a: str, b: str) -> list[str]:
    return [chr(c) for c in range(ord(a) + 1, ord(b))]


def _dedupe(variants: list[list[str]]) -> list[list[str]]:
    seen: set[tuple[str, ...]] = set()
    out = []
    for v in variants:
        key = tuple(v)
        if key not in seen:
            seen.add(key)
            out.append(v)
    return out
