"""A letter flattened onto one line (a web form's copy, a PDF viewer's, a pasted email that
lost its line breaks) laid out again: the reader finds a heading by its line, a figure by
its row and a list by its markers, so those lines are opened again where the words show
them.

Only a text with no line break at all, and long enough to be a letter, is touched: a
letter laid out as sent keeps its own lines. Every pattern is bounded and applied once
(linear in the text's length).
"""

from __future__ import annotations

import re

# Where a line opened: the salutation, thanks, sign-off, "In relation to question 2", a
# table's year rows, a form's label between dashes ("- Decision -").
BREAK_BEFORE_RE = re.compile(
    r"[ \t]+(?=(?:Dear|Thank you for|Yours (?:sincerely|faithfully)|Kind regards|In (?:relation|"
    r"response|regards?) to (?:questions?|parts?|points?|Q) ?\d|"
    # a question's number, not a quarter's or the second of a pair: "2017/18 Q2", "Q4 & Q5"
    r"(?<![\d&] )(?<!\band )(?:Questions?|Q) ?\d+\b)\b|"
    # a year's row of a table: "2009/10 - £201,399", "2012 7122 567"
    r"(?:19|20)\d\d/\d\d(?:\d\d)? ?[-–:] ?£?\d|"
    # ... or a span's: "2016 - 2017 = 316", "2016-17 = 150"
    r"(?:19|20)\d\d ?[-–] ?(?:19|20)?\d\d ?= ?£?\d|"
    # ... or a financial year's short form and its figure: "2010-11 £9,041.86"
    r"(?:19|20)\d\d-\d\d (?:£|\d(?![\d,.]*[-/]\d))|"
    # ... or a year's alone: "2016 – no information held 2017 – 7 2018 – 19" (not a span of
    # years or dates: "2016 - 2018", "1 January 2018 – 20 March 2020")
    # (nor a financial year's short form: "in (a) 2016-17, (b) 2017-18")
    r"(?<=[\w)] )(?:19|20)\d\d ?[–-] ?(?:(?!(?:19|20)\d\d\b)(?<!\d-)£?\d(?![\d,.]* (?:Jan|Feb|"
    r"Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))|no information\b|nil\b|none\b)|"
    r"(?:19|20)\d\d(?: \d[\d,]{0,12}){2,12}(?![\d,])|"
    # ... or between dashes, a form's label: "- Decision - All Channel information is held"
    r"-[ \t]+[A-Z][a-z]+(?:[ \t][a-z]+){0,3}[ \t]+-[ \t])"
)
# A log's field named before its value: "Response: Please be advised", "Decision - ...": a
# line of its own, as the log lays it out (so the value is not read as an answer's line).
FIELD_RE = re.compile(
    r"(?<!\S)(?P<prev>\S{0,40})[ \t]+(?P<field>(?:Request|Response|Decision|Answer|Outcome|"
    r"Reasons? for (?:the )?decision|Information requested|Evidence of harm|Findings of the "
    r"review)[ \t]*:|"
    r"(?:Decision|Outcome)[ \t]*[–-](?=[ \t])|"
    # ... or a letter's own headings, capitalised as no sentence has them: "Your request In
    # regards to ...", "Our response Please see attached ..."
    r"(?:Your request|Our response|Our reply|Response to your request)(?=[ \t]+[A-Z]))[ \t]+"
)
# ... or alone after a sentence's end, before the first of its own: "... the sky'.' Decision
# North Yorkshire Police have recently responded ..."
BARE_FIELD_RE = re.compile(
    r"(?<=[.?!'’\"”)])[ \t]+(Decision|Outcome|Response|Our response)[ \t]+(?=[A-Z][a-z])"
)
# An exemption's heading, its section and its name, known by the citation it opens onto:
# "... last 3 months Section 43 – Commercial Interest Section 43(2) exempts ..."
EXEMPTION_HEADING_RE = re.compile(
    r"[ \t]+(Section \d{1,2}(?:\(\w{1,4}\)){0,3}[ \t]?[–-][ \t]?[A-Z][a-z]+"
    r"(?:[ \t][A-Z][a-z]+){0,3})"
    r"[ \t]+(?=Section \d)"
)
# ... not a title's word: "FOI Request - UC Claimants' Rent Arrears", "EIR Response: ..."
TITLE_WORD_RE = re.compile(r"(?:FOI|FOISA|EIRs?|information|your|my|this|the|a|an|our)", re.I)
BULLET_RE = re.compile(r"[ \t]+(?=[•▪◦][ \t])")
# A list with hyphens for bullets: known by the hyphens that follow a colon or a sentence's
# end ("... a breakdown of: - Total spend ... - Overall – 200k - Please provide ..."); where
# there are two or more, every hyphen between spaces before a capital opens an item.
HYPHEN_LIST_RE = re.compile(r"[.:?][ \t]+-[ \t]+[A-Z]")
HYPHEN_RE = re.compile(r"[ \t]+(?=-[ \t]+[A-Z])")
# A numbered item: "... at Harrowdown Hill 2. The water bottle ...", "? 1. How many ...";
# not a provision's or a page's number ("section 2. The", "page 4. It").
# (or "(2) What ...", "Point 2: What ...", "b) What ...", a list's other markers)
ITEM_RE = re.compile(
    r"(?<!\S)(?P<prev>\S{1,40})[ \t]+(?=(?:\d{1,2}[.)]|\((?:\d{1,2}|[a-h])\)|[a-h]\)|"
    r"Point \d{1,2}[.:)]?)[ \t]+[A-Z“\"‘])"
)
NOT_AN_ITEM = re.compile(
    r"(?:s|ss|sections?|regulations?|regs?|paragraphs?|paras?|parts?|questions?|pages?|no|"
    r"numbers?|schedules?|articles?|items?|annex(?:es)?|appendix|appendices|points?|"
    r"chapters?|clauses?|and|or|to|of|under|by|at|in|on|with|version|step|stage|level|"
    r"phase|tier|option|figure|table|box|line|room|floor)\.?,?",
    re.IGNORECASE,
)
# A title in capitals ("REQUEST FOR REVIEW UNDER THE ... ACT 2002", "YOUR REQUEST", "THE
# DECISION"): a line of its own. Two words or more of three letters or more, so an
# acronym in a sentence ("the UK GDPR", "FOI Request") is not one.
CAPS_TITLE_RE = re.compile(
    r"(?<![^\s])(?P<title>(?:[(“\"]?[A-Z0-9][A-Z0-9'’&/.,:()“”\"-]*[ \t]+){1,14}"
    r"[(“\"]?[A-Z0-9][A-Z0-9'’&/.,:()“”\"-]*)(?=\s+[A-Z][a-z])"
)
LONG_CAPS_WORD_RE = re.compile(r"\b[A-Z]{3,}\b")
# An answer given after its question: "...your NHS Trust? – 8453 With regards to ...", or
# after its label between spaced dashes: "... Dental – 200k Please provide ..." (not a
# date's day: "1 January 2018 – 20 March 2020")
ANSWER_AFTER_RE = re.compile(
    r"((?:\?[ \t]*[-–:]|[ \t][-–])[ \t]*£?\d[\d,.%]*[kKmM]?)[ \t]+(?=[A-Z])(?!(?:Jan|Feb|Mar|"
    r"Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)"
)
# A link at a line's end, the next line a sentence: "... report.pdf In accordance with ..."
AFTER_LINK_RE = re.compile(r"(?<!\S)(https?://\S{1,500})[ \t]+(?=[A-Z])")
# A sentence that lost its full stop with its line end: "... attached in Annex A We
# recognise that ...". These open a sentence and are seldom said inside one with a capital.
# (or the officer's decision: "... The rank of the reinstated officer I have today decided")
OPENER_RE = re.compile(r"(?<=[A-Za-z0-9)”\"'’])[ \t]+(?=We\b|I have (?:today |now )?decided\b)")


def unflatten(text: str) -> str:
    """``text`` with paragraphs again where a letter lost every line break."""
    if "\n" in text or len(text) < 300:
        return text
    text = BREAK_BEFORE_RE.sub("\n\n", text)
    text = FIELD_RE.sub(_field, text)
    text = BARE_FIELD_RE.sub("\n\n\\1\n\n", text)
    text = EXEMPTION_HEADING_RE.sub("\n\n\\1\n\n", text)
    text = BULLET_RE.sub("\n", text)
    if len(HYPHEN_LIST_RE.findall(text)) >= 2:
        text = HYPHEN_RE.sub("\n", text)
    text = ITEM_RE.sub(_item, text)
    text = CAPS_TITLE_RE.sub(_title, text)
    text = ANSWER_AFTER_RE.sub("\\1\n\n", text)
    text = AFTER_LINK_RE.sub("\\1\n\n", text)
    return OPENER_RE.sub("\n\n", text)


def _field(match: re.Match[str]) -> str:
    prev, field = match.group("prev"), match.group("field")
    if TITLE_WORD_RE.fullmatch(prev):
        return match.group(0)
    return f"{prev}\n\n{field}\n\n"


def _item(match: re.Match[str]) -> str:
    prev = match.group("prev")
    if NOT_AN_ITEM.fullmatch(prev) or not (re.search(r"[^\W\d_]", prev) or prev[-1] in "?!:"):
        return match.group(0)  # "section 2. The", "31 2. The": a number's, not a list's
    # (after a question's end a number opens the next: "... for 2019/20? 2. What ...")
    return prev + "\n"  # a list's line, as a list is laid out


def _title(match: re.Match[str]) -> str:
    title = match.group("title")
    if len(LONG_CAPS_WORD_RE.findall(title)) < 2:
        return title
    return "\n\n" + title + "\n\n"
