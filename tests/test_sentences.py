"""A letter's sentence starts are the same however they were found: the whole letter cut
at once, or some paragraphs cut first (``Document.bounds``) and the rest after."""

from __future__ import annotations

import random

import pytest

from foidraft.lint.document import Document

LETTERS = [
    "Dear Sir,\n\nPlease provide the number of arrests in 2019/20. Of these, how many were "
    "charged?\n\n1. Arrests by month.\n2. Charges, e.g. by offence.\n\n"
    "Yours faithfully,\n\nD Moore\n",
    "One. Two? Three!\n\n\n  Four (i.e. five). Six\n\n- a list item.\n- another\n\n",
    "No paragraph breaks. Just sentences. And more of them, etc. to the end",
    'Q1 How many?\nQ2 How much? "Quoted." Done.\n\n(a) first\n(b) second.\n\nEnd.\n\n',
]


@pytest.mark.parametrize("text", LETTERS)
def test_sentences_cut_paragraph_by_paragraph_then_whole(text: str) -> None:
    whole = Document(text).sentence_starts()
    rng = random.Random(text)
    for _ in range(30):
        doc = Document(text)
        for _ in range(rng.randint(1, 6)):
            doc.bounds(rng.randrange(doc.body_start, len(text)), "sentence")
        assert doc.sentence_starts() == whole
