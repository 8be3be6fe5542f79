"""The request repeated back in a reply, masked so it is not read as the authority's words.

Replies quote the request ("You asked: ...", "Request 2 ...", "your request is
replicated below") and the statute; none of it is the authority acting. The quoted
spans are blanked with their offsets kept, so citations and dates found in the rest
still point into the reply. One pass over the lines, bounded regexes: linear.
"""

from __future__ import annotations

import re
from itertools import pairwise

from foidraft.replies.clauses import WRAP
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
    # (a review's letter may head it with the Act or the stage: "FOI Request:", "Original
    # request:")
    r"^[ \t*#•-]*(?:(?:(?:FOI|FOIA|FOISA|EIR|original|initial)[ \t]+)?(?-i:[A-Z])"
    r"(?:equests?(?:[ \t]*(?:no\.?[ \t]*)?\d{1,2}[a-z]?)?|"
    r"our (?:original |initial |full |earlier )?request(?: (?:was|read|is))?|he request|"
    r"ou asked(?: for)?|"
    r"ou requested(?: the following(?: information)?)?|nformation requested)[ \t]*[:-]?|"
    # a sentence saying the request follows, never one that introduces the answer
    r"(?![^\n]*\b(?:is|are) as follows)(?![ \t]*(?:please (?:find|see)|the (?:information|"
    r"answers?|figures|response)|our response|in response))"
    # (nor one that says the answer is below: "... considered and the response is set out
    # below", "I have addressed each individual item requested by you ... as follows:")
    r"(?![^\n]*\b(?:I|we) (?:have )?(?:addressed|answered|responded to|replied to)\b)"
    r"(?![^\n]*\b(?:response|answers?|reply|figures|data)\b[^\n]{0,30}\b(?:set out|given|"
    r"provided|shown|listed|detailed) below\b)(?:[^\n]{0,160}\b(?:request\w*|"
    r"clarified|asked|seek\w*|sought|wrote)\b[^\n]{0,60}(?:as follows|following information|"
    r"following questions?|(?:replicated|reproduced|set out|repeated|detailed|quoted) below)"
    r"[^\n]{0,40}[:.-]?|"
    r"[^\n]{0,80}\b(?:you asked|you requested|you wrote|you sought)\b[^\n]{0,40}:|"
    # "Below is your request and our response."
    r"[^\n]{0,80}\bbelow (?:is|are) (?:your|the) (?:request|questions?)\b[^\n]{0,60}))[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
ANSWER_HEAD_RE = re.compile(
    # (the authority may name itself in capitals first: "DWP Response:", "HMRC reply")
    r"^[ \t*#•-]*(?:(?-i:[A-Z]{2,6})[ \t]+)?(?:answers?|responses?|(?:our|in|my) response|reply|"
    r"decision|outcome|"
    r"response to your request)(?:[ \t]*\d{1,2}[a-z]?(?:[ \t]*(?:&|and|,|-|"
    r"to)[ \t]*\d{1,2}[a-z]?)*)?[ \t]*(?:[:.-]|$)",
    re.IGNORECASE | re.MULTILINE,
)


# The request told back in the reply's first sentence: "Thank you for your request received
# on 23 February asking for information about ... before it is published on the web." What
# it asks for is the requester's words, not the authority's.
SUMMARY_RE = re.compile(
    # (nothing between but when and how it came: "... that you are requesting" is no summary)
    r"\byour (?:request|e-?mail|letter|correspondence)\b(?:(?!\b(?:you|we|I|and)\b)[^.\n]){0,120}?"
    r"\b(?:asking|which asked|"
    r"in which you (?:asked|requested)|requesting|seeking)(?: for| about)?(?=[ \t])"
    r"(?P<what>[^.:\n]{1,400})",  # (to its colon: the request itself may follow)
    re.IGNORECASE,
)


# A letter's opening, not the authority deciding: "Thank you for your request received on 21
# September 2016." and nothing else (nor "You requested the following information:").
THANKS_RE = re.compile(
    r"[ \t*-]*(?:thank you|thanks) for your (?:request|e-?mail|letter|correspondence|enquiry)"
    r"\b(?:(?!\b(?:we|I|however|but|unfortunately)\b)[^.\n]){0,160}\.?[ \t]*$",
    re.IGNORECASE,
)


def opening(sentence: str) -> bool:
    """Whether ``sentence`` only opens the letter: thanks for the request, or the heading
    the request is told back under."""
    return bool(THANKS_RE.match(sentence) or REQUEST_HEAD_RE.match(sentence))


# A line that says the statute is quoted next: "Section 43(2) states:", "We have enacted
# section 10(3)(b) of the FOIA which states:" (quoted up to the authority's voice again).
STATUTE_HEAD_RE = re.compile(
    r"^[^\n]{0,160}\b(?:section|regulation|s\.|reg\.)[ \t]?\d[^\n]{0,80}\b(?:states|"
    r"provides|reads|says)[ \t]*:[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# The Commissioner's guidance quoted the same way: "ICO guidance on the subject states:",
# "The ICO guidance provides the following examples of a request which may fall under section
# 14(1):", "Within the ICO guidance there is a specific police example:" (its example's
# "this information would be exempt under section 30" is the guidance's, not this reply's).
# Quoted to the line its closing quotation mark ends, else as the statute is.
GUIDANCE_HEAD_RE = re.compile(
    r"^[^\n]{0,160}\b(?:guidance|Commissioner['’]?s?|ICO)\b[^\n]{0,120}\b(?:states|provides|"
    r"reads|says|explains|examples?)[ \t]*:[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
QUOTE_CLOSED_RE = re.compile(r"['’\"”][ \t]*$", re.MULTILINE)


def mask(text: str) -> str:
    """``text`` with the request repeated back and long quotations blanked (same length,
    line breaks kept)."""
    spans = [m.span() for m in CURLY_RE.finditer(text)]
    spans += [m.span() for m in STRAIGHT_RE.finditer(text)]
    spans += _echoed_requests(text)
    spans += [m.span("what") for m in SUMMARY_RE.finditer(_unwrapped(text))]
    spans += [_statute(text, m.end()) for m in STATUTE_HEAD_RE.finditer(text)]
    spans += [_guidance(text, m.end()) for m in GUIDANCE_HEAD_RE.finditer(text)]
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        for i in range(start, end):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


def _unwrapped(text: str) -> str:
    """``text`` with the line breaks a mail program made inside a sentence (after a long
    line that ends no sentence, before more words) turned to spaces, same length: a summary
    of the request wrapped over two lines is still one sentence."""
    chars = list(text)
    pos = 0
    lines = text.split("\n")
    for line, following in pairwise(lines):
        pos += len(line)
        stripped = line.strip()
        if (
            len(stripped) >= WRAP
            and not stripped.endswith((".", ":", ";", "?", "!"))
            and following.strip()
        ):
            chars[pos] = " "
        pos += 1
    return "".join(chars)


def _statute(text: str, pos: int) -> tuple[int, int]:
    """The statute quoted after ``pos``: to the authority's voice again, or else to the end
    of the paragraph (a quotation that ends the reply)."""
    end = _voice_again(text, pos)
    if end == pos:
        blank = text.find("\n\n", pos)
        end = min(len(text) if blank < 0 else blank, pos + MAX_QUOTE)
    return pos, end


def _guidance(text: str, pos: int) -> tuple[int, int]:
    """The guidance quoted after ``pos``: to the end of the line its closing quotation mark
    ends (past any further heads inside it), else as the statute quoted is."""
    closed = QUOTE_CLOSED_RE.search(text, pos + 1, min(len(text), pos + MAX_QUOTE))
    return (pos, closed.end()) if closed else _statute(text, pos)


def _echoed_requests(text: str) -> list[tuple[int, int]]:
    """From a line that introduces the request ("You asked:", "Request 2", "replicated
    below") to where the authority speaks again: the next line that introduces the
    answer ("In response:", "Answer 2"), a heading in capitals, a figure, or a line in
    the authority's voice ("Your request has been considered", "I can confirm")."""
    answers = [m.start() for m in ANSWER_HEAD_RE.finditer(text)]
    heads = sorted(
        [m.end() for m in REQUEST_HEAD_RE.finditer(text)]
        + [m.end() for m in INLINE_HEAD_RE.finditer(text)]  # a reply flattened onto one line
    )
    # (headings alone, "Your request:", not a sentence that may introduce the answer)
    said = {m.end() for m in REQUEST_HEAD_RE.finditer(text) if 0 < len(m.group(0).strip()) <= 40}
    said |= {m.end() for m in INLINE_HEAD_RE.finditer(text)}
    out: list[tuple[int, int]] = []
    a = 0
    for head in heads:
        if out and out[-1][1] > head:
            continue
        while a < len(answers) and answers[a] < head:
            a += 1
        if a < len(answers) and answers[a] - head <= MAX_QUOTE:
            out.append((head, answers[a]))
            continue
        end = _voice_again(text, head)
        if end == head and head in said and len(text) - head <= MAX_QUOTE:
            end = len(text)  # the authority never speaks again: the request ends the letter
        if end > head:
            out.append((head, end))
    return out


# The same introductions in running text, as in a PDF flattened onto one line.
INLINE_HEAD_RE = re.compile(
    r"\byour request is (?:replicated|reproduced|repeated|"
    r"set out) below[^.:\n]{0,60}[.:](?=[ \t]+\S)|\b(?:you asked|you requested|your request|"
    r"seek access to the following information)[ \t]*:(?=[ \t]+\S)",
    re.IGNORECASE,
)


VOICE_RE = re.compile(
    # (not "I am writing", "I would like": a requester says them too)
    r"(?:your (?:request|e-?mail)(?: for information)?\b(?! for)|(?:I|we) (?:can|cannot|have|"
    r"regret|note|refer|write in|enclose|attach)\b|I am (?:very |so |truly |really )?(?:able|"
    r"unable|pleased|sorry|afraid)\b|we (?:are|would|"
    r"will|do|hold|don['’]t)\b|please (?:find|see|note|be advised)\b|"
    r"thank you\b|in (?:response|reply|relation|respect|accordance)\b|the information (?:you|"
    r"requested)\b|following (?:receipt|a search|searches)\b|unfortunately\b|this (?:letter|"
    r"e-?mail|is)\b|our (?:response|reply|ref)\b|under (?:section|the)\b|section \d|"
    r"having (?:made|carried out|conducted|undertaken) (?:enquiries|searches|a search)\b|"
    r"[A-Z][A-Za-z&' -]{2,60} (?:Police|Constabulary|Council|Service|Government|Office|Board|"
    r"Authority|Executive|Department) (?:has|have|does|do|can|is|holds?)\b)",
    re.IGNORECASE,
)
CAPITALS_RE = re.compile(r"^[^a-z\n]*[A-Z]{3}[^a-z\n]*$")
# Said anywhere in a line, the authority answering: "... statistics are published on the
# Cabinet Office website at:" (a requester asks for what is not published).
ANSWERING_RE = re.compile(
    r"\b(?:is|are) (?:already )?published (?:on|at|in) (?:our|the [\w ]{0,40}?) ?website\b",
    re.IGNORECASE,
)


def _voice_again(text: str, pos: int) -> int:
    """Where, after ``pos``, the authority's own words start again (``pos`` if at once;
    never more than ``MAX_QUOTE`` on)."""
    start = pos + 1
    limit = min(len(text), pos + MAX_QUOTE)
    while start < limit:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end].strip()
        voiced = _voiced(line, 0, len(line)) or ANSWERING_RE.search(line)
        # (or the letter signed off: the request quoted last, "Your original request: ...")
        if line and (voiced or CAPITALS_RE.match(line) or is_figure(line) or SIGNED_RE.match(line)):
            return start
        for m in SENTENCE_START_RE.finditer(text, start, end):  # and within a long line
            if _voiced(text, m.end(), end):
                return m.end()
        start = end + 1
    return pos


SIGNED_RE = re.compile(
    r"(?:yours (?:sincerely|faithfully|truly)|(?:kind|best|warm) regards|regards)\b", re.I
)
SENTENCE_START_RE = re.compile(
    r"[.?!:][ \t]+(?=[A-Z])"
)  # (":" too: "Please send me: I have today decided")
# A sentence may open with a connective before the authority speaks: "Therefore in response,
# I can inform you ...", "However, we do not hold ...".
CONNECTIVE_RE = re.compile(
    r"(?:therefore|however|accordingly|consequently|as such|in this case|so),?[ \t]+", re.I
)


def _voiced(text: str, pos: int, end: int) -> bool:
    """Whether the authority's own words open at ``pos`` (after a connective, if any)."""
    connective = CONNECTIVE_RE.match(text, pos, end)
    return bool(VOICE_RE.match(text, connective.end() if connective else pos, end))


# An enclosure that holds the request, not the answer: "Your request, which is outlined in
# full the enclosed annex, has been handled ...", "a copy of which can be found in the
# accompanying annex".
REQUEST_ENCLOSED_RE = re.compile(
    r"\byour (?:request|questions?|e-?mails?|letter)\b[^.]{0,40}\b(?:outlined|set out|"
    r"reproduced|replicated|copied|quoted|repeated|listed|shown|included|found|can be found)\b"
    r"[^.]{0,30}\b(?:attached|enclosed|accompanying) (?:annex|appendix|schedule|document|sheet)\b|"
    r"\b(?:a copy of which|which) (?:is|can be found|is set out|is reproduced|appears) in the "
    r"(?:attached|enclosed|accompanying) (?:annex|appendix)\b",
    re.IGNORECASE,
)
# A records schedule sent to show why nothing is held: "Please find attached the retention
# schedule" (not the information asked for).
RULES_ENCLOSED_RE = re.compile(
    r"\b(?:attached|enclosed)\b[^.]{0,30}?\b(?:records? )?(?:retention|disposal|destruction) "
    r"(?:of records )?(?:schedule|policy|policies)\b|"
    # ... or a leaflet on the requester's rights, sent with any letter: "I attach a leaflet
    # containing further information about both your rights and our obligations"
    r"\b(?:attach\w*|enclos\w*)\b[^.]{0,60}?\b(?:leaflet|guidance notes?|guide|fact ?sheet|"
    r"information sheet|booklet)\b[^.]{0,60}?\b(?:your rights?|our obligations|rights? (?:to|of) "
    r"(?:appeal|review|complain)|appeals? procedure|complaints? procedure|review procedure)\b",
    re.IGNORECASE,
)
