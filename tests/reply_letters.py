"""A reply letter around a body of text, for tests of what the reply reader makes of one
sentence: a salutation and reference above, the rights paragraph and sign-off below."""

from __future__ import annotations

from foidraft.replies import read_reply

HEAD = (
    "Dear Ms Jones,\n\nFreedom of Information Request Ref: 2024/0456\n\n"
    "Thank you for your request for information received on 3 March 2024.\n\n"
)
FOOT = (
    "\n\nIf you are dissatisfied with the handling of your request, you have the right to ask "
    "for an internal review within 40 working days.\n\nYours sincerely,\n\nInformation Rights "
    "Team\n"
)


def kind_of(body: str, regime: str = "FOIA") -> str:
    """The kind the reader gives a reply made of ``body`` between the frame's parts."""
    return read_reply(HEAD + body + FOOT, regime=regime).kind
