"""How many questions are still to come, said only as far as it is known.

A question after the current one is *settled* when the answers its ``show_if`` tests are
all given (and not the current question's, which may still change) or hidden: it is
then surely asked, or surely not. The rest hang on answers still to come. So the count
of settled questions still to ask is a floor that an answer raises only by the
questions it really opens, and the words say "at least" until nothing hangs.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from foidraft.interview.conditions import authority_value, holds, referenced_keys

TYPE_CHECKING = False
if TYPE_CHECKING:
    from foidraft.authorities.model import Authority
    from foidraft.interview.answers import Answer
    from foidraft.interview.model import Question


@dataclass(frozen=True, slots=True)
class Left:
    surely: int  # questions after the current one that will be asked whatever comes
    known: bool  # no later question hangs on an answer still to come


def questions_left(
    questions: Sequence[Question],
    answers: Mapping[str, Answer],
    cursor: str | None,
    authority: Authority | None,
) -> Left:
    """The questions still to come after ``cursor`` (None: past the end)."""
    shown: set[str] = set()
    open_: set[str] = set()  # asked or not, as answers still to come decide
    after = False
    surely, known = 0, True
    for q in questions:
        keys = {k for k in referenced_keys(q.show_if) if not k.startswith("authority.")}
        if any(k in open_ or k == cursor or (k in shown and k not in answers) for k in keys):
            open_.add(q.id)
        elif holds(q.show_if, lambda k: _seen(k, shown, answers, authority)):
            shown.add(q.id)
        if after:
            surely += q.id in shown
            known = known and q.id not in open_
        after = after or q.id == cursor
    return Left(surely, known)


def _seen(
    key: str, shown: set[str], answers: Mapping[str, Answer], authority: Authority | None
) -> object:
    if key.startswith("authority."):
        return authority_value(authority, key)
    return answers.get(key) if key in shown else None
