"""Learning from a reply: when an authority asks for clarification, the wording it asked
about becomes a personal rule, so the next letter is warned before it goes.

    lesson = propose_rules(draft, reply_text, authority=authority, asked=date, url=url)
    for proposal in lesson.proposals:    # show rule_yaml(proposal.rule); ask the user
        ...
    add_rules([p.rule for p in accepted])   # validated, appended atomically

Each proposal is a warning rule in the user range (U001, U002, ...): the authority's
words as the message and reason, the request as evidence (its WhatDoTheyKnow page when
given, else the authority's disclosure log or site), a phrase pattern for the letter's
own wording, a suggestion that inserts ``[[clarify what you mean by ...]]``, the letter's
sentence as the bad example. Terms the letter does not use, and wording a rule already
flags (bundled or personal), are passed over with the reason.
"""

from __future__ import annotations

from foidraft.learn.cues import Cue, find_cues
from foidraft.learn.locate import Located, locate
from foidraft.learn.propose import Lesson, Passed, Proposal, build_rule, propose_rules
from foidraft.learn.rulefile import add_rules, rule_yaml
from foidraft.replies.points import classify

__all__ = [
    "Cue",
    "Lesson",
    "Located",
    "Passed",
    "Proposal",
    "add_rules",
    "build_rule",
    "classify",
    "find_cues",
    "locate",
    "propose_rules",
    "rule_yaml",
]
