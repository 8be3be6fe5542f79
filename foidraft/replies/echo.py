"""The request repeated back in a reply, masked so it is not read as the authority's words.

Replies quote the request ("You asked: ...", "Request 2 ...", "your request is
replicated below") and the statute; none of it is the authority acting. The quoted
spans are blanked with their offsets kept, so citations and dates found in the rest
still point into the reply. One pass over the lines, bounded regexes: linear.
"""

from __future__ import annotations

import re

from foidraft.replies.figures import is_figure

MAX_QUOTE = 3000  # a quoted request or statute; longer "quotes" are stray marks
MIN_QUOTE = 60  # shorter quotes are terms ("crimes recorded"), kept
CURLY_RE = re.compile(f"“[^“”]{{{MIN_QUOTE},{MAX_QUOTE}}}”")
# A straight quote opens before a word and closes after one, so the pairs are not confused.
STRAIGHT_RE = re.compile(
    f'(?<!\\w)"(?=\\w)[^"]{{{MIN_QUOTE},{MAX_QUOTE}}}?(?<=[\\w.?!)\\]])"(?!\\w)'
)
# A heading ("Request 2", "You asked:"), capitalised and not ending a sentence; or a sentence
# that says the request follows ("... received on 2 May as follows:", "replicated below").
REQUEST_HEAD_RE = re.compile(
    r"^[ \t*#•-]*(?:(?-i:[A-Z])(?:equests?(?:[ \t]*(?:no\.?[ \t]*)?\d{1,2}[a-z]?)?|our request|"
    r"he request|ou asked|ou requested(?: the following(?: information)?)?|"
    r"nformation requested)[ \t]*[:-]?|[^\n]{0,160}\b(?:request\w*|clarified|asked|"
    r"seek\w*)\b[^\n]{0,60}(?:as follows|following information|following questions?|(?:replicated|"
    r"reproduced|set out|repeated) below)[^\n]{0,40}[:.-]?)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
ANSWER_HEAD_RE = re.compile(
    r"^[ \t*#•-]*(?:answers?|responses?|(?:our|in|my) response|reply|decision|outcome|"
    r"response to your request)(?:[ \t]*\d{1,2}[a-z]?(?:[ \t]*(?:&|and|,|-|"
    r"to)[ \t]*\d{1,2}[a-z]?)*)?[ \t]*(?:[:.-]|$)",
    re.IGNORECASE | re.MULTILINE,
)


def mask(text: str) -> str:
    """``text`` with the request repeated back and long quotations blanked (same length,
    line breaks kept)."""
    spans = [m.span() for m in CURLY_RE.finditer(text)]
    spans += [m.span() for m in STRAIGHT_RE.finditer(text)]
    spans += _echoed_requests(text)
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        for i in range(start, end):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


def _echoed_requests(text: str) -> list[tuple[int, int]]:
    """From a line that introduces the request ("You asked:", "Request 2", "replicated
    below") to where the authority speaks again: the next line that introduces the
    answer ("In response:", "Answer 2"), a heading in capitals, a figure, or a line in
    the authority's voice ("Your request has been considered", "I can confirm")."""
    answers = [m.start() for m in ANSWER_HEAD_RE.finditer(text)]
    out: list[tuple[int, int]] = []
    a = 0
    for m in REQUEST_HEAD_RE.finditer(text):
        if out and out[-1][1] > m.end():
            continue
        while a < len(answers) and answers[a] < m.end():
            a += 1
        if a < len(answers) and answers[a] - m.end() <= MAX_QUOTE:
            out.append((m.end(), answers[a]))
            continue
        end = _voice_again(text, m.end())
        if end > m.end():
            out.append((m.end(), end))
    return out


VOICE_RE = re.compile(
    r"(?:your (?:request|e-?mail)\b(?! for)|(?:I|we) (?:can|am|are|have|write|would|will|do|cannot|"
    r"regret|note|refer)\b|please (?:find|see|note|be advised)\b|thank you\b|in (?:response|reply|"
    r"relation|respect|accordance)\b|the information (?:you|requested)\b|following (?:receipt|"
    r"a search|searches)\b|unfortunately\b|this (?:letter|e-?mail|is)\b|our (?:response|reply|"
    r"ref)\b|under (?:section|the)\b|section \d|[A-Z][A-Za-z&' -]{2,60} (?:Police|Constabulary|"
    r"Council|Service|Government|Office|Board|Authority|Executive|Department) (?:has|have|does|do|"
    r"can|is|holds?)\b)",
    re.IGNORECASE,
)
CAPITALS_RE = re.compile(r"^[^a-z\n]*[A-Z]{3}[^a-z\n]*$")


def _voice_again(text: str, pos: int) -> int:
    """Where, after ``pos``, the authority's own words start again (``pos`` if at once;
    never more than ``MAX_QUOTE`` on)."""
    start = pos + 1
    limit = min(len(text), pos + MAX_QUOTE)
    while start < limit:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end].strip()
        if line and (VOICE_RE.match(line) or CAPITALS_RE.match(line) or is_figure(line)):
            return start
        start = end + 1
    return pos
