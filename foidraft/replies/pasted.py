"""The letter inside what carried it: a reply as a requester brings it, with the marks of
the way it came taken off before it is read.

A reply reaches foidraft quoted under the mail program's "On ... wrote:" (every line
opening with ">"), forwarded under a header block, inside a WhatDoTheyKnow page copied
whole (the site's menus, the request, the reply, the links under it and the footer), or
as a PDF's text (each page headed and footed with its protective marking, the address
and "Page 2 of 3", long words broken over lines with a hyphen). Left on, each reads as
something else: the quoted reply as a quotation (nothing), the forward's "From:" as the
end of the letter, the request as the authority's words, a footer in mid-sentence.

Every step is one pass over the lines (a set or a counter for what repeats): linear.
"""

from __future__ import annotations

import re
from collections import Counter

from foidraft.replies.clauses import LIST_START_RE

# -- quoted and forwarded ----------------------------------------------------------------
ATTRIBUTION_RE = re.compile(r"^on\b.{0,160}\bwrote:\s*$|^.{0,120}\bwrote:\s*$", re.I)
FORWARD_RE = re.compile(
    r"^(?:-{2,}\s*(?:forwarded message|original message)\s*-{2,}|begin forwarded message:?)\s*$",
    re.IGNORECASE,
)
HEADER_RE = re.compile(r"^(?:from|sent|date|to|cc|bcc|subject|reply-to|importance):", re.I)
HEADER_LINE = 300  # a header line is short (a subject, a list of addresses)
QUOTED_RE = re.compile(r"^[ \t]?>[ \t]?")


DEPTH = 8  # forwards and quotations inside each other, taken off one at a time


def _carried(lines: list[str]) -> list[str]:
    """Without the forwards' and quotations' wrappings the paste opens with."""
    for _ in range(DEPTH):
        inner = _opened(lines)
        if inner is lines:
            break
        lines = inner
    return lines


def _opened(lines: list[str]) -> list[str]:
    """Without the forward's or the quotation's wrapping the paste opens with, if any."""
    first = next((i for i, line in enumerate(lines) if line.strip()), len(lines))
    forward = first < len(lines) and bool(FORWARD_RE.match(lines[first].strip()))
    first += forward  # the forward's marker, then its header block
    start = first
    # (a header block is a mail program's when a forward's marker or "From:" opens it: a
    # letter may open "Date: 5 August 2013", its own)
    if forward or (start < len(lines) and lines[start].strip().lower().startswith("from:")):
        while start < len(lines) and HEADER_RE.match(lines[start].strip()):
            if len(lines[start]) > HEADER_LINE:
                return lines  # a letter's own line, on which everything was flattened
            start += 1
    if start < len(lines) and ATTRIBUTION_RE.match(lines[start].strip()):
        start += 1
    rest = lines[start:]
    if start == first and not _quoted_whole(rest):
        return lines  # the letter itself: its own quotations are its business
    while _quoted_whole(rest):  # a quotation of a quotation: one level at a time
        rest = [QUOTED_RE.sub("", line, count=1) for line in rest]
    return rest


def _quoted_whole(lines: list[str]) -> bool:
    said = [line for line in lines if line.strip()]
    return bool(said) and all(QUOTED_RE.match(line) for line in said)


# -- a WhatDoTheyKnow page -----------------------------------------------------------------
MADE_RE = re.compile(
    r"^(?P<who>.{2,80}?) made this (?:[\w() ]{0,60} )?request to (?P<body>.{2,160}?)"
    r"(?: as part of a batch\b.*)?\s*$",
    re.IGNORECASE,
)
# What the site puts under each message and at the page's foot.
SITE_END_RE = re.compile(
    r"^(?:link to this|report|reply|show quoted sections|hide quoted sections|things to do "
    r"with this request|add an annotation|similar requests|whatdotheyknow is run by\b.*)$",
    re.IGNORECASE,
)
MIN_WORDS = 20  # fewer after a name line: a signature's "West Midshire Police", not a message


def _from_page(lines: list[str]) -> list[str]:
    """The authority's last message on a WhatDoTheyKnow page, when ``lines`` are one."""
    made = next((m for m in map(MADE_RE.match, lines[:80]) if m), None)
    if made is None:
        return lines
    body = _name(made.group("body"))
    senders = {body, _name(made.group("who"))}
    best: list[str] = []
    i = 0
    while i < len(lines):
        if _name(lines[i]) not in senders:
            i += 1
            continue
        mine = _name(lines[i]) == body
        i += 1
        message = []
        while i < len(lines) and _name(lines[i]) not in senders:
            if SITE_END_RE.match(lines[i].strip()):
                break
            message.append(lines[i])
            i += 1
        words = sum(len(line.split()) for line in message)
        if mine and words >= MIN_WORDS:
            best = message
    return best or lines


def _name(line: str) -> str:
    return " ".join(line.split()).casefold()


# -- a PDF's pages -------------------------------------------------------------------------
# ("Page 2", "Page 2 of 3", "- 2 -", "2 of 3"; never "2019/20", a table's year on its line)
PAGE_NUMBER_RE = re.compile(
    r"^\s*(?:page\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|-\s*\d{1,4}\s*-|\d{1,4}\s+of\s+\d{1,4})\s*$",
    re.IGNORECASE,
)
# The Government Security Classifications' markings, in capitals as they are printed.
MARKING_RE = re.compile(
    r"^\s*(?:OFFICIAL(?:[ \t]*[-–:]?[ \t]*(?:SENSITIVE|POLICE|LEGAL|COMMERCIAL|PERSONAL))*|"
    r"NOT PROTECTIVELY MARKED|UNCLASSIFIED|RESTRICTED|PROTECT)\s*$"
)
NEAR = 3  # lines either side of a page number that a header or a footer stands in
SHORT = 100  # a header or a footer is one short line


def _unpaged(lines: list[str]) -> list[str]:
    """Without page numbers, protective markings, and the lines printed around the page
    numbers on two pages or more (the address, the reference, the force's name)."""
    numbers = [i for i, line in enumerate(lines) if PAGE_NUMBER_RE.match(line)]
    if not numbers and not any(MARKING_RE.match(line) for line in lines):
        return lines
    zone: set[int] = set()
    for n in [-1, *numbers]:  # (the first page's head stands at the text's start)
        zone.update(range(max(0, n - NEAR), min(len(lines), n + NEAR + 2)))
    # a line printed at two page edges or more (each line counted once)
    near = Counter(key for key in (_name(lines[i]) for i in zone) if _furniture(key))
    repeated = {key for key, count in near.items() if count >= 2} if len(numbers) >= 2 else set()
    return [
        line
        for i, line in enumerate(lines)
        if not (
            PAGE_NUMBER_RE.match(line)
            or MARKING_RE.match(line)
            or (i in zone and (_name(line) in repeated or _address(line)))
        )
    ]


def _furniture(key: str) -> bool:
    """Whether a line could be a header's or a footer's: a short line of words, not a
    table's cell ("0", "Not held") that happens to stand by two page breaks."""
    return LONGEST_CELL < len(key) < SHORT and any(ch.isalpha() for ch in key)


LONGEST_CELL = 9
POSTCODE_RE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b")


def _address(line: str) -> bool:
    """A footer's postal address: a short line ending in a postcode."""
    return len(line) < SHORT and bool(POSTCODE_RE.search(line[-12:]))


# -- words broken over lines ---------------------------------------------------------------
BROKEN_RE = re.compile(r"(?<![\w-])([A-Za-z]{2,})-$")
CONTINUED_RE = re.compile(r"^[ \t]*([a-z]{2,}[,.;:]?)(?=\s|$)")
WRAPPED = 30  # a line this long that ends in a hyphen was broken by the layout
# First halves of words that keep their hyphen: "non-emergency", "self-assessment".
PREFIXES = frozenset({"non", "self", "cross", "anti", "multi", "ex", "co", "semi", "inter"})


def _joined(lines: list[str]) -> list[str]:
    """Words a typesetter broke at a line's end ("infor-" / "mation") made whole."""
    out: list[str | None] = list(lines)
    for i in range(len(out) - 1):
        line, after = (out[i] or "").rstrip(), out[i + 1]
        if after is None:
            continue
        broken = BROKEN_RE.search(line) if len(line) >= WRAPPED else None
        if broken is None:
            continue
        rest = CONTINUED_RE.match(after)
        if rest is None:
            continue
        hyphen = "-" if broken.group(1).casefold() in PREFIXES else ""
        out[i] = line[:-1] + hyphen + rest.group(1)
        left = after[rest.end() :].lstrip()
        out[i + 1] = left or None  # (a line that was the word's end alone goes with it)
    return [line for line in out if line is not None]


# -- lines a mail program or a page's width broke ------------------------------------------
NARROWEST = 50  # the narrowest width a mail program or a page wraps a letter at


def _rejoined(lines: list[str]) -> list[str]:
    """A paragraph's lines, broken where the sender's width ran out, as one line, so each
    line holds what the letter's writer put on it (a heading stays a line of its own). A
    line was broken there when the next line's first word would not have fitted on it
    within the text's width (its longest line), or the next line runs on in lower case."""
    width = max((len(line) for line in lines if " " in line.strip()), default=0)
    if width < NARROWEST:
        width = 10**6  # short lines only: a list, a table, a signature; none was broken
    out: list[list[str]] = []  # each line's pieces, joined once (a long paragraph stays linear)
    previous = ""
    for line in lines:
        stripped = line.strip()
        word = stripped.split(" ", 1)[0]
        runs_on = (
            previous
            and stripped
            and not _ended(previous)
            and not LIST_START_RE.match(line)
            and (len(previous) + 1 + len(word) > width or stripped[0].islower())
        )
        if runs_on:
            out[-1].append(stripped)
        else:
            out.append([line.rstrip()])
        previous = stripped
    return [" ".join(pieces) for pieces in out]


def _ended(line: str) -> bool:
    return line.endswith((".", ":", ";", "?", "!", "|"))


# -- a letter flattened onto one line --------------------------------------------------------
FLAT = 500  # a letter this long on one line lost its line breaks on the way
_HEADS = (
    r"(?:In (?:R|r)esponse|Response|Our response|Answers?|Reply|Decision|Outcome|You asked|"
    r"You requested|(?<=[.?!;)*”\"] )Requests?(?: \d{1,2})?|Questions? \d{1,2}|"
    r"Answer \d{1,2})[ \t]?:"
)  # ("Request:" after a sentence only: "Freedom of Information Request: 0596" is a title)
# Where a flattened letter's heading lines stood: before its salutation, and before and
# after a heading that says the request or the answer follows ("You asked:", "In Response:").
LINE_START_RE = re.compile(
    rf"(?<!\bIn)(?<!\bOur)[ \t](?=(?:Dear|Good (?:morning|afternoon)) [A-Z]|{_HEADS})"
)
LINE_END_RE = re.compile(rf"(?<![\w])(?:{_HEADS})(?=[ \t]+\S)")
# Where a flattened letter's other lines began: the set paragraph of the law ("... we rely on
# the following: Section 1 of the Freedom of Information Act 2000 places two duties"), and a
# line of figures by year ("a) 2016 – no information held 2017 – 7 2018 – 19"); and either
# side of a heading without its colon ("... business rates Our response Please see attached");
# and before a word that opens sentences, not ends them ("the attached document Other emails").
LINE_BEFORE_RE = re.compile(
    r"[ \t](?=Section 1 of the Freedom of Information Act(?: 2000)? places\b|(?:19|20)\d\d"
    r"(?:/\d\d)? [-–] \w|(?:Our response|Your request)[ \t]+[A-Z])|"
    r"(?<=Our response|Your request)[ \t](?=[A-Z])|"
    r"(?<=[a-z0-9)])[ \t](?=(?:Please|We|Other|However|Unfortunately|Therefore)\b)"
)


def _relined(lines: list[str]) -> list[str]:
    """A letter that came flattened onto one line, broken into lines again around its
    salutation and the headings that say the request or the answer follows, so what reads
    a letter line by line (the request quoted back, the answer's start) finds its lines."""
    said = [line for line in lines if line.strip()]
    longest = max(said, key=len, default="")
    if len(longest) < FLAT or len(longest) < 0.9 * sum(map(len, said)):
        return lines
    out: list[str] = []
    for line in lines:
        if line is not longest:
            out.append(line)
            continue
        ends = sorted(
            {m.end() for m in LINE_END_RE.finditer(line)}
            | {m.start() for m in LINE_START_RE.finditer(line)}
            | {m.start() for m in LINE_BEFORE_RE.finditer(line)}
        )
        cut = 0
        for end in ends:
            out.append(line[cut:end].strip())
            cut = end
        out.append(line[cut:].strip())
    return out


def unwrapped(text: str) -> str:
    """``text`` (cleaned: ``\\n`` line ends) without what carried it to foidraft."""
    lines = _carried(_from_page(text.split("\n")))
    lines = _relined(_rejoined(_joined(_unpaged(lines))))
    return "\n".join(lines).strip()
