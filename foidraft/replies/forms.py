"""Words of a reply's form around its decision: a response form's "Is the information
held?" and the "No" under it (``HELD_ASKED_RE``, ``NO_LINE_RE``), the charge a fees notice
names where a receipt only warns of one (``AMOUNT_RE``), and advice given beside the
decision (``ADVICE_OPENING_RE``)."""

from __future__ import annotations

import re

# Advice beside the decision, not the decision: "To be of assistance, I can advise that general
# figures are published in our annual report." (after a connective too: "However, to be ...")
ADVICE_OPENING_RE = re.compile(
    r"^(?:(?:however|but|nevertheless|that said),? )?(?:to be of (?:some |further )?assistance|"
    r"by way of (?:assistance|advice)|to assist you|"
    r"for your (?:information|interest)|you may (?:wish|like) to|you may find|you may be "
    r"interested|it may be of (?:some )?(?:interest|help|assistance))\b",
    re.IGNORECASE,
)
# A response form's heading asks whether the information is held, and its answer follows:
# "Is the information held?" then "No" (nothing held, not a figure or an answer given)
HELD_ASKED_RE = re.compile(
    r"^\W*(?:(?:is|was|are|were) )?(?:the |any )?(?:requested )?(?:information|data|records?) "
    r"held\W*$|^\W*(?:do|does) (?:you|we|the \w+) hold (?:the|this|any|that) (?:requested )?"
    r"(?:information|data|records?)\W*$",
    re.IGNORECASE,
)
NO_LINE_RE = re.compile(r"^\W*(?:no|none|not held)\W*$", re.IGNORECASE)
# The charge a fees notice names: an amount (not the cost limit's £25 an hour, £450 or £600),
# or a rate per page. A receipt's warning names none: "In some circumstances a fee may be
# payable ... A fee's notice will be issued to you and you will be required to pay this fee"
AMOUNT_RE = re.compile(
    r"£ ?(?!(?:25|450|600)(?:\.00)?\b)\d|\b\d{1,3} ?(?:p|pence) (?:per|a|each) (?:page|sheet|"
    r"copy|side)\b",
    re.IGNORECASE,
)
