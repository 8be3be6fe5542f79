"""What the check will say about a typed answer, said when it is typed.

The flows warn against wording such as "all information about X" in their own words, yet
took it as an answer; the check then flagged it in the finished letter. Here the letter
with the answer in it is checked, and the loud findings that fall inside the answer's own
words come back as notes, so the requester can go back and reword it there and then. An
answer that only makes the title (a topic in the requester's words) is not in the letter
and draws nothing.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from foidraft.authorities.model import Authority

LOUD = ("warning", "error")


def answer_notes(letter: str, answer: str, authority: Authority | None) -> list[str]:
    """The messages of the warnings and errors about words of ``answer`` in ``letter``
    (once per rule), each ending with how to change it."""
    words = answer.strip()
    if not words:
        return []
    folded, needle = letter.casefold(), words.casefold()
    spans, at = [], folded.find(needle)
    while at >= 0:
        spans.append((at, at + len(needle)))
        at = folded.find(needle, at + len(needle))
    if not spans:
        return []
    from foidraft.lint.api import check  # only once an answer is typed: start-up stays light

    out: dict[str, str] = {}
    for finding in check(letter, authority):
        inside = any(s <= finding.start and finding.end <= e for s, e in spans)
        if inside and finding.severity in LOUD and finding.rule not in out:
            out[finding.rule] = (
                f"{finding.message} Your answer put it in the letter: go back and change "
                "it, or reword it in the editor afterwards."
            )
    return list(out.values())
