"""A letter that is two letters: one pasted twice, a template pasted over a draft, or words
left under the signature. The authority reads every line, and WhatDoTheyKnow adds its own
greeting and sign-off around all of it, so the second letter's "Dear ...", or a
paragraph under the name, arrives in the middle of the request.

Found on lines of the letter (quotes and markers masked): a second greeting ("Dear
...," on a line of its own), else the first line under the signature that is a sentence
or another sign-off. A signature is a sign-off line whose next line is a name (or the
[[your name]] gap); what may follow it (an address, an email, "Sent from my phone") is
left alone. One pass over the lines: a check runs this on every keystroke.
"""

from __future__ import annotations

from foidraft.text.signoff import SIGN_OFF_RE

TYPE_CHECKING = False
if TYPE_CHECKING:
    from foidraft.lint.document import Document

SECOND_GREETING = (
    "is a second greeting: a letter pasted twice, or pasted into one with its own greeting "
    "and sign-off? Keep one letter, from one greeting to one sign-off."
)
AFTER_SIGNATURE = (
    "comes after your signature. The authority reads it as part of the letter (and "
    "WhatDoTheyKnow puts its own sign-off after it): move what is new above the sign-off, "
    "and delete what repeats the letter."
)
NAME_WORDS = 5  # a signature's name line: at most this many words, each capitalised
SENTENCE_WORDS = 6  # a line under the signature this long, mostly in lower case, is prose
LOWER_WORDS = 3
MAX_GREETING = 100
COPY_SHARE = 0.8  # of a second letter's lines found above it: a copy, not a new letter
QUOTE = 60  # of the line a finding starts on, in its message
MAX_SIGN_OFF = 40  # longer lines are never only a sign-off: not tried


def _is_sign_off(line: str) -> bool:
    return len(line) <= MAX_SIGN_OFF and SIGN_OFF_RE.match(line) is not None


def letter_form_hits(doc: Document) -> list[tuple[int, int, str, dict[str, str]]]:
    """(start, the letter's end, the text, {"problem": its first line and what is wrong})
    for a second greeting, else the first line of prose or sign-off under the signature:
    the span runs to the end, which is what a second copy takes up (and what the
    rewording deletes, when the user asks)."""
    lines = _lines(doc.masked, doc.body_start)
    found: list[tuple[int, int, str, dict[str, str]]] = []
    greetings = [i for i, (_, _, t) in enumerate(lines) if _is_greeting(t)]
    if len(greetings) > 1:
        second = greetings[1]
        # A copy of the letter above spans to the end (deleting it leaves one letter, and
        # the copy's own findings, the same again, fold under this one); otherwise the
        # greeting alone ("Dear Sir or Madam," over "Dear West Midlands Police,"), so
        # the words under it keep their own findings.
        copy = _repeats(lines[:second], lines[second:])
        found.append(_hit(doc, lines, second, SECOND_GREETING, alone=not copy))
    signed = _first_signature(lines)
    if signed is None:
        return found
    for i in range(signed + 1, len(lines)):
        text = lines[i][2]
        if _is_greeting(text):
            break  # said already: the second greeting
        if _is_sign_off(text) or _is_prose(text):
            # A second sign-off (a template's, under a pasted letter) with only a name
            # under it spans to the end, and may go; words of the user's own stay theirs.
            rest = lines[i + 1 :]
            alone = _is_prose(text) or any(_is_prose(t) for _, _, t in rest)
            found.append(_hit(doc, lines, i, AFTER_SIGNATURE, alone=alone))
            break
    return found


def _hit(
    doc: Document, lines: list[tuple[int, int, str]], i: int, problem: str, *, alone: bool = False
) -> tuple[int, int, str, dict[str, str]]:
    # The blank lines under a line deleted go with it (the letter keeps its spacing); a
    # second letter runs to the end of the text.
    start = lines[i][0]
    end = len(doc.text) if not alone else lines[i + 1][0] if i + 1 < len(lines) else lines[i][1]
    first = lines[i][2]
    quoted = first if len(first) <= QUOTE else first[: QUOTE - 1].rstrip() + "…"
    return start, end, doc.text[start:end], {"problem": f"'{quoted}' {problem}"}


def _lines(text: str, start: int) -> list[tuple[int, int, str]]:
    """The letter's non-blank lines: (start, end, the line stripped)."""
    out: list[tuple[int, int, str]] = []
    pos = start
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            out.append((pos + lead, pos + lead + len(stripped), stripped))
        pos = end + 1
    return out


def _repeats(before: list[tuple[int, int, str]], after: list[tuple[int, int, str]]) -> bool:
    """Whether nearly every line of ``after`` is a line of ``before``: a second copy."""
    seen = {t for _, _, t in before}
    again = sum(t in seen for _, _, t in after)
    return again >= COPY_SHARE * len(after)


def _is_greeting(line: str) -> bool:
    """A salutation on a line of its own: "Dear Greater Manchester Police," ("Dear
    Sir or Madam"), not a sentence that opens with the word."""
    return line.startswith("Dear ") and len(line) <= MAX_GREETING and line[-1] not in ".?;"


def _first_signature(lines: list[tuple[int, int, str]]) -> int | None:
    """The index of the name line under the first sign-off that has one."""
    for i in range(len(lines) - 1):
        if _is_sign_off(lines[i][2]) and _is_name(lines[i + 1][2]):
            return i + 1
    return None


def _is_name(line: str) -> bool:
    if line.startswith("[[") and "name" in line.casefold():
        return True
    words = line.split()
    return 0 < len(words) <= NAME_WORDS and all(w[0].isupper() for w in words)


def _is_prose(line: str) -> bool:
    """A sentence, not an address or a contact line: long, mostly lower-case words; a
    question; or a postscript."""
    words = line.split()
    if words[0].rstrip(".:").casefold() in ("ps", "p.s"):
        return True
    lower = sum(w.isalpha() and w.islower() for w in words)
    return line.endswith("?") or (len(words) >= SENTENCE_WORDS and lower >= LOWER_WORDS)
