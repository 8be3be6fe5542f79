"""Lines that give a figure: the surest sign a reply answers something.

"2019/20 - 183", "1. 8", "• 117.", "£165,709 |", "Public place – 359 times": a short line
with a count, a sum or a share, and few words. Not a date, a reference, a telephone
number, an address, the cost limit or a section number. And figures said in a sentence
(``FIGURES_RE``), apart from the work a search would take (``EFFORT_RE``,
``EFFORT_REASON_RE``).
"""

from __future__ import annotations

import re

from foidraft.replies.dates import DATE_RES
from foidraft.replies.grammar import any_of

# Figures said in a sentence: "there were 3 dispersal orders", "a total of 1,633", "£118,142".
FIGURES_RE = any_of(
    r"\b(?:there (?:is|are|was|were|have been|has been)|a total of|totall?ed|came to|"
    r"amounted to) (?:only |approximately |around )?£?\d",
    # (not the statutory clock: "20 working days usually equates to around 28 calendar days")
    r"\bequates? to (?:approximately |around |about )?£?\d(?![\d,]*[ \t]+(?:calendar|working) "
    r"days)",
    # (not the request's own number: "The Reference Number for this is 97620")
    r"\b(?<!reference )(?<!ref )(?<!case )(?<!request )(?<!telephone )(?<!phone )(?:total|number|"
    r"amount|figure|count|answer)\b[^.]{0,80}\b(?:is|was|were|are|came to|"
    r"stands at)\s(?:approximately |around |about )?£?\d",
    # (not the year of an Act: "under the Freedom of Information Act 2000, which was received")
    # (nor a reference's digits: "FOI 2019-0040324, which was received")
    # (nor a year or a day's date: "letter of 9 December 2016 ... which was received"; its
    # subject may be named at length: "c.990 new Automatic Number Plate Recognition (ANPR)
    # cameras have been installed")
    r"(?<!\bAct )(?<!\bFOIA )(?<!Regulations )(?<![-/])\b(?!(?:19|20)\d\d\b)\d[\d,]* "
    r"(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)"
    r"(?:[A-Za-z()-]+ ){0,7}(?:were|was|"
    r"have been|"
    r"had been) (?:received|recorded|issued|installed|"
    r"made|reported|arrested|charged|seized|employed|paid|spent|used|dealt|completed|submitted)\b",
    r"(?<![\w£])£ ?(?!(?:450|600|25)\b)\d[\d,]*(?:\.\d+)?(?: ?(?:k|m|million|bn))?\b",
    # said actively: "The council received 412 complaints in 2023" (not a date: "received 12
    # May", "received 12/05/2023"; nor the statutory clock: "within 20 working days")
    r"\b(?:received|recorded|issued|made|employs|employed|spent|paid|seized|arrested|charged|"
    r"conducted|carried out|dealt with|attended|investigated) (?:a total of |approximately |"
    # (a month written out is a date too: "received 31st July 2021")
    r"around |about |over |only )?\d[\d,]*(?![\d,]*(?:st|nd|rd|th)?[ \t]*(?:/|-|(?:jan|feb|mar|apr|"
    r"may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|working|days?|hours?|minutes?|weeks?|months?|"
    r"years?)\b)"
    r"(?![\d/])(?!(?:[ \t]+\w+){0,2}[ \t]+(?:requests?|applications?)\b)",  # "made 12 requests"
)
# The work answering would take, said of this request: a refusal that gives only this as
# its reason refuses on the cost limit, in words ("each record would require a manual
# viewing"; "a search returned over 1,900 incidents").
EFFORT_REASON_RE = any_of(
    r"\b(?:would|will) (?:\w+ ){0,2}?(?:require|entail|involve|mean|necessitate)\b[^.]{0,120}?"
    r"\b(?:manual\w*|search\w*|review\w*|read\w* (?:through|each|every|all)|view\w*|examin\w*|"
    r"trawl\w*|scrutinis\w*|interrogat\w*)\b",
    r"\bmanually (?:search|review|read|check|examin|trawl|view|scrutinis)\w*\b",
    # "without a manual read of all crimes in the ward", "a manual trawl of records"
    r"\b(?:without|require\w*|need\w*) (?:a |an )?manual (?:read|review|search|trawl|check|"
    r"examination|interrogation|viewing)\b",
    r"\b(?:would|will) (?:all )?have to be (?:manually )?(?:reviewed|read|checked|examined|"
    r"searched|viewed|trawled)\b",
    # the time it would take: "a specific audit ..., which would take weeks to complete"
    r"\b(?:would|will) (?:\w+ ){0,2}?take (?:several |many |a number of |some )?(?:weeks|months)\b|"
    r"\bsearch\w* (?:\w+ ){0,8}?(?:returned|identified|produced) (?:over |approximately |around |"
    r"some )?\d[\d,]* (?:records|incidents|cases|files|results|crimes|reports|occurrences)\b",
)
# The burden EIR's "manifestly unreasonable" weighs when it is the cost limit's ground, not
# vexatiousness: "the burden placed on departments", "an unreasonable diversion of
# resources", "the costs and resources involved in dealing with a request"
BURDEN_RE = any_of(
    r"\bburden\s+(?:placed\s+)?on\s+(?:the\s+|our\s+|its\s+)?(?:public\s+)?(?:departments?|"
    r"council|authority|resources|staff)\b",
    r"\bdiversion\s+of\s+(?:staff\s+|its\s+|our\s+)?resources\b|\bcosts?\s+and\s+resources\b",
)
# The requester's conduct weighed, not the work: what makes a request vexatious, under EIR's
# "manifestly unreasonable" as under FOIA s14 ("one of a series", "to harass our staff").
CONDUCT_RE = any_of(
    r"\bharass\w*|\bobsessive\b|\bdisruptive\b|\bannoy\w*|\bno (?:serious|real) "
    r"(?:purpose|value)\b",
    r"\b(?:one|part) of a (?:series|campaign|pattern)\b|\b(?:long|lengthy) (?:series|history|"
    r"campaign) of\b",
)
# Held, but not in a form that can be searched: the ground of a cost refusal, not a notice
# that nothing is held ("not held in a format that allows its extraction within the 18
# hours", "not available in a readily retrievable format").
UNRETRIEVABLE_RE = any_of(
    r"\b(?:not (?:held|available|recorded|kept|stored|captured)|(?:do|does|did) not (?:hold|"
    r"record|keep|store))\b[^.]{0,40}?\bin (?:a|an|any) "
    r"(?:\w+ ){0,2}?(?:format|form|way|manner)\b[^.]{0,40}?\b(?:retriev|extract|search|"
    r"report)\w*",
    r"\bnot (?:all (?:of )?(?:the )?(?:requested )?(?:information|data) (?:requested |you have "
    r"requested )?(?:is|are) )?(?:held|available|recorded|kept|stored)\b[^.]{0,40}?\b(?:readily|"
    r"easily) "
    r"(?:retrievable|extractable|searchable|accessible|reportable)\b",
    r"\b(?:would|will) take (?:well )?(?:in excess of|over|more than|longer than) \d+ "
    r"(?:working )?hours\b",
)
# In a sentence with these, numbers are the work a search would take, not an answer.
EFFORT_RE = any_of(
    # the limit's own arithmetic: "at a rate of £25 per hour, which equates to 24 hours"
    r"\bper hour\b|\bhourly rate\b|"
    r"\b(?:postage|photocopy\w*|copying|printing|disbursements?|cost of (?:providing|supplying|"
    r"complying|compliance|locating|retrieving))\b|\b(?:would|will|to) (?:take|require|involve|"
    r"need|mean|have to)\b|\bneed to (?:review|check|examine|search|read)\b|\b(?:retriev|"
    r"interrogat|estimat|manual)\w*|\bsearch\w* (?:retrieved|returned|identified|produced|"
    r"found)\b|\bper (?:record|file|case|item|document)\b|\b(?:fee|charge|payment)s?\b|"
    # the hits of a search, counted before the work of reading them: "There were 4,132
    # vehicles matching the offences above"
    r"\bmatching (?:the|these|those|this|our|your) (?:\w+ ){0,2}?(?:search(?:es)?|offences?|"
    r"criteria|terms|keywords|parameters)\b"
)


# A figure confirmed in the body's voice: "I can confirm that one complaint was made".
CONFIRMS_RE = any_of(
    # (the subject may be shared with the verb before: "The Trust has searched its records
    # and can confirm that 14 ...")
    r"\b(?:I|we|and) (?:can|am able to|are able to|is able to) (?:confirm|advise|inform you|"
    r"tell you)\b[^.]{0,80}?(?:\b(?:one|two|three|four|five|six|seven|eight|nine|ten|no|none|"
    r"a total)\b|(?<![\w/])(?<!section )(?<!s\.)(?<!s\. )\d)"
)
ANSWERS_PART_RE = any_of(
    r"^(?:in relation to|regarding|with regard to|in respect of|as to|for) (?:question|part|"
    r"point|q|item|request) ?\d{1,2}[a-z]?,? (?:I|we) (?:can|am able to|are able to) confirm\b"
)
CONFIRMS_NOTHING_RE = any_of(
    # (not a count held: "the Scottish Government held 12 meetings")
    r"\bheld\b(?! £?\d)|\bholds?\b(?! £?\d)|\breceipt\b|\breceived\b|\bwhether\b|\bdeny\b|"
    r"\bexempt"
)


def confirmed_at(text: str) -> list[int]:
    """Where ``text`` confirms a figure; none where it confirms only whether anything is held
    or received, or the work a search would take ("I can advise that there are 2546 records
    which would need to be reviewed")."""
    if CONFIRMS_NOTHING_RE.search(text) or EFFORT_REASON_RE.search(text) or EFFORT_RE.search(text):
        return []
    return [m.start() for r in (CONFIRMS_RE, ANSWERS_PART_RE) for m in r.finditer(text)]


MARKER_RE = re.compile(
    r"^(?:[•*▪◦·-] ?)?(?:\(?(?:q(?:uestion)? ?)?\d{1,2}[a-z]?[.):-]|\(?[a-z][.)])(?:\s+|$)", re.I
)
# An answer's marker on a line of its own ("A1.", "Answer:"), and a bare count after it: the
# answer ("A1." then "56."), not a list's number
ANSWER_MARK_RE = re.compile(r"^(?:a ?\d{1,2}|ans(?:wer)?(?: ?\d{1,2})?)[.:)]?$", re.I)
BARE_COUNT_RE = re.compile(r"^£?\d[\d,]*(?:\.\d+)?\.?$")


def is_row(text: str) -> bool:
    """A table's row of three or more figures: "496 347 44 887"."""
    return len(COUNT_RE.findall(text)) >= 3


# A list item that opens with its figure: "• 0 off-framework within the last 3 months", in
# whatever mark the list uses ("- 0 off-framework ...": a dash then a space, not a minus).
# (or a row led by its year: "2009: 2825 fails", "2019/20 - 14")
ITEM_FIGURE_RE = re.compile(
    r"^[ \t]*(?:[•*▪◦·][ \t]*|[-–][ \t]+|(?:19|20)\d\d(?:[/-]\d\d(?:\d\d)?)?[ \t]*[:–-][ \t]*)£?\d"
)
COUNT_RE = re.compile(
    r"(?<![\w/.,£-])£? ?\d{1,3}(?:,\d{3})+(?:\.\d+)?%?(?![\w/])|"
    r"(?<![\w/.,£-])£? ?\d+(?:\.\d+)?(?:%|[kK]\b|[mM]\b|bn\b)?(?![\w/(-])"
)
# An answer written after the question it answers: "Spend with framework agencies - Overall
# Medical & Dental – 200k" (the line is long, the answer after the last dash is a figure).
ANSWER_TAIL_RE = re.compile(r"[ \t][-–—][ \t]+([^-–—|]{1,30})$")
SUBSECTION_RE = re.compile(r"\(\d{1,2}[A-Z]?\)|\[\d{1,2}\]")  # "31(1)(a)", a link's "[2]"
LINK_RE = re.compile(r"\[\d{1,2}\][A-Za-z]")
LABEL_RE = re.compile(r"^(?:19|20)\d\d$")  # a year names a row, it is not a count
NOT_FIGURE_RE = re.compile(
    # a sum worked out: "445 offences x 3 mins / 60 = 22.25 hours" (not a period's count,
    # "2016 - 2017 = 316")
    r"^(?!(?:19|20)\d\d ?[-–/] ?(?:19|20)?\d\d ?= ?£?[\d,.]+\W*$)[^\n]*?\d[^=\n]{0,60}=\s*£?\d|"
    # a section of the Act quoted under its own heading: "44 Prohibitions on disclosure"
    r"^\d{1,2}[A-Z]?\.?[ \t]+(?:prohibitions? on disclosure|information (?:accessible|intended|"
    r"provided in confidence)|security bodies|national security|law enforcement|personal "
    r"information|health and safety|investigations and proceedings|commercial interests|legal "
    r"professional privilege|exemption where cost|vexatious or repeated|court records|"
    r"formulation of government policy|prejudice to effective conduct|international relations|"
    r"audit functions|environmental information)\b|"
    r"\b(?:ref|reference|code|tel|telephone|phone|fax|extension|ext|page|section|regulation|foi|"
    r"request|questions?|answers?|responses?|dated?|received|sent|atisn|annex(?:es)?|"
    r"appendix|appendices|attachment)\b|£ ?(?:450|600)\b|\b(?:18|24|"
    r"40) hours\b|\b20 working days\b|\b\d{4,5} ?\d{6}\b|[?:]$|^\d{4,}\.?$|"
    # a telephone number in a letterhead: "020 7270 5000", "0300 123 1113", "+44 (0)23927 25139"
    r"(?<![\d,.])0\d{2,4}[ -]\d{3,4}[ -]\d{3,4}\b|\+44\b|(?<![\d,.])0\d{3} ?\d{6,7}\b|"
    r"(?<![\d,.])0\d{3}(?: \d{1,3}){3,4}\b|"
    # an address: "PO Box 313", "DX 152380", "Floor 7", "Post Point 9.02", "Store Bldg 2/003"
    r"\bP\.?O\.? Box\b|\bDX \d|\bfloor\b|\bpost ?point\b|\bbldg\b|\bswitchboard\b|"
    r"^\d+[A-Za-z]? [A-Z][a-z]+(?: [A-Z][a-z]+)? (?:Street|St|Road|Rd|Lane|Avenue|Way|Drive|Place|"
    r"Square|Court|House|Building|Close|Crescent|Terrace|Gardens|Row|Walk|Hill)\b",
    re.IGNORECASE,
)
MAX_FIGURE_WORDS = 10


TIME_RE = re.compile(
    # (said as a clock time, "4:20 PM", "2pm"; a bare "08:32" may be a response time, and
    # "12 hrs" a count of hours; but midnight with its seconds is a date's stamp from a
    # database: "by 2020-10-06 00:00:00")
    r"(?<![\d:.£$])\b\d{1,2}(?:[:.]\d{2})?[ \t]*[ap]\.?m\b\.?|\b00:00:00\b",
    re.IGNORECASE,
)


def is_figure(words: str) -> bool:
    """A short line that gives a count, a sum or a share: "2019/20 - 183", "1. 8",
    "• 117.", "£165,709 |", "Public place – 359 times"; or a question with its figure after
    a dash ("Total spend with framework agencies – 200k")."""
    return _gives_figure(words) or _figure_after_dash(words)


def answers_itself(words: str) -> bool:
    """A line too long to be a figure that ends in one after a dash: the question asked,
    then its answer ("Total spend with framework agencies - Overall – 200k")."""
    return _figure_after_dash(words) and not _gives_figure(words)


def _figure_after_dash(words: str) -> bool:
    tail = ANSWER_TAIL_RE.search(words)
    return bool(tail and not NOT_FIGURE_RE.search(words) and _gives_figure(tail.group(1)))


def _gives_figure(words: str) -> bool:
    body = SUBSECTION_RE.sub(" ", MARKER_RE.sub("", words, count=1))
    if body.count("(") != body.count(")") or LINK_RE.search(words):
        return False  # the tail of a wrapped line ("801 2068)"), a web page's footer ("[6]If")
    for pattern in DATE_RES:  # a date is no count
        body = pattern.sub(" ", body)
    body = TIME_RE.sub(" ", body)  # nor a time of day: a message's stamp "4:20 PM - 26 Sep"
    if len(body) > 90 or NOT_FIGURE_RE.search(body):
        return False
    counts = [m.group(0) for m in COUNT_RE.finditer(body)]
    counts = [c for c in counts if not LABEL_RE.match(c.strip("£ %"))]
    return bool(counts) and len(re.findall(r"[A-Za-z]{2,}", body)) <= MAX_FIGURE_WORDS


# After "we do not record X": the answer found another way ("As a result this analysis has
# been done on the narrative log", "Instead, a search of ... was carried out").
WORKED_AROUND_RE = re.compile(
    r"^(?:as a result|instead|consequently|therefore|however)\b,?[^.]{0,80}?\b(?:analys[ie]s|"
    r"search(?:es)?|review|examination)\b[^.]{0,40}?\b(?:has|have|was|were) been (?:done|"
    r"carried out|conducted|undertaken|completed|made)\b|^instead,? (?:we|I) (?:have )?"
    r"(?:searched|analysed|reviewed|examined|used)\b",
    re.IGNORECASE,
)
