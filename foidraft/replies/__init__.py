"""Replies: what an authority's answer to a request means, and what to send next.

    reading = read_reply(text, regime="FOIA", letter=draft.body)
    reading.kind        # "partly_answered", "clarification_request", ... (KINDS)
    reading.sections    # ("s23(5)", "s31(3)", "s40(5)", "s31(1)(a)", "s31(1)(b)")
    reading.questions   # {"s31(1)(a)": ["6"], ...} where the reply says so
    reading.dates       # every date it gives, in order

``read_source`` turns a file (plain text, a saved email, a PDF) into text first.
"""

from __future__ import annotations

from foidraft.replies.kinds import KINDS
from foidraft.replies.read import Reading, detect_regime, read_reply

__all__ = ["KINDS", "Reading", "detect_regime", "read_reply"]
