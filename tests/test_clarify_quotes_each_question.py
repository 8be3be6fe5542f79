"""The answer to a clarification request said "Where questions 1a, 2, 3 and 4 say “sexual
offences of any kind related to children”" when only 1a says that (2, 3 and 4 say "sexual
offences against children"), and "In questions 2, 3 and 4, after “own officers acting as
decoys”, please add" when only question 2 has those words: one sentence stood for findings
of the same rule and rewording on different words. (It showed when the reply was pasted
with no line breaks, so that its points did not each name their question.) Each sentence
now quotes words every question it names holds."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from foidraft.authorities.directory import load_directory
from foidraft.drafts import Draft
from foidraft.drafts.tracking import mark_sent
from foidraft.replies import read_reply
from foidraft.replies.followup import context_for, next_letter
from foidraft.replies.letter_parts import questions_of

DATA = Path(__file__).parent / "data"
LETTER = (DATA / "wmp-8a-21-letter.txt").read_text(encoding="utf-8")
REPLY = (DATA / "wmp-8a-21-clarification.txt").read_text(encoding="utf-8")
# "Where questions 1a and 2 say “X”", "In question 2, after “X”", "Please leave “X” out of"
SAYS_RE = re.compile(
    r"^(?:Where (?P<a>questions? [^“\n]*?) says? “(?P<x>[^”]*)”"
    r"|In (?P<b>questions? [^“\n]*?), after “(?P<y>[^”]*)”"
    r"|Please leave “(?P<z>[^”]*)” out of (?P<c>questions? [^.\n]*)\.)",
    re.M,
)


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("pasted", [REPLY, flat(REPLY)], ids=["as sent", "no line breaks"])
def test_each_sentence_quotes_words_its_questions_hold(pasted: str) -> None:
    draft = Draft.new("Paedophile hunters", LETTER, "wmp")
    mark_sent(draft, dt.date(2021, 1, 2))
    authority = load_directory().get("wmp")
    reading = read_reply(pasted, regime="FOIA", letter=draft.body)
    context = context_for(draft, reading, authority=authority, replied=dt.date(2021, 1, 5),
                          name="D Moore")  # fmt: skip
    body = next_letter("clarify", draft, context, today=dt.date(2021, 1, 6)).body
    questions = questions_of(draft.body)
    text = {q.id: flat(draft.body[q.start : q.end]).casefold() for q in questions}
    said = list(SAYS_RE.finditer(body))
    assert said, body
    for m in said:
        where = m.group("a") or m.group("b") or m.group("c")
        words = flat(m.group("x") or m.group("y") or m.group("z")).casefold()
        ids = re.findall(r"\b\d+[a-z]?\b", where)
        assert ids, m.group(0)
        for qid in ids:
            assert words in text[qid], f"question {qid} does not say “{words}”: {m.group(0)}"
