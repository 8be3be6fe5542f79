"""What may follow each kind of reply is one table (``followup.AFTER``), read by the app's
buttons, `foidraft reply`'s list and what `--next` accepts. A walk found "Say thank you"
offered after a review that upheld the refusal; each kind is now checked on real replies."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from foidraft.drafts import Draft
from foidraft.replies import read_reply
from foidraft.replies.explain import explain
from foidraft.replies.followup import AFTER, LETTERS, context_for, fitting, misfit
from foidraft.replies.kinds import KINDS

DATA = Path(__file__).parent / "data"
ROWS = [json.loads(line) for line in (DATA / "replies.jsonl").open(encoding="utf-8")]
FEES = (
    "Under section 13 of the Act we may charge for this. The fee is £520; please send a "
    "cheque before we go on. The 20 working days stop until the fee is paid."
)
REFUSALS = ("refused_cost", "refused_exempt", "ncnd", "future_publication",
            "vexatious_or_repeated", "fees_notice")  # fmt: skip


def test_the_table_names_every_kind_of_reply_and_only_letters_foidraft_writes() -> None:
    assert set(AFTER) == set(KINDS)
    for kind, letters in AFTER.items():
        assert letters and set(letters) <= set(LETTERS), kind
        assert len(set(letters)) == len(letters), kind
    assert not any("thanks" in AFTER[k] for k in REFUSALS)


def _replies(kind: str) -> list[str]:
    """Up to three real replies the reader takes for ``kind`` (a fees notice is written
    here: none is among the real ones)."""
    if kind == "fees_notice":
        return [FEES]
    texts = [r["text"] for r in ROWS if r["kind"] == kind and r["regime"] == "FOIA"]
    return [t for t in texts if read_reply(t, regime="FOIA").kind == kind][:3]


@pytest.mark.parametrize("kind", KINDS)
def test_each_kind_is_offered_the_tables_letters_and_no_other(kind: str) -> None:
    texts = _replies(kind)
    assert texts, f"no reply read as {kind}"
    for text in texts:
        reading = read_reply(text, regime="FOIA")
        assert reading.kind == kind
        draft = Draft.new("Hunters", "1. The figures.\n", "wmp")
        draft.sent = dt.date(2021, 1, 4)
        replied, today = dt.date(2021, 3, 1), dt.date(2021, 6, 1)  # any chaser is due
        context = context_for(draft, reading, authority=None, replied=replied, name="J")
        offered = fitting(reading, context, today=today)
        assert offered == [k for k in AFTER[kind] if k in offered]  # the table's order
        for letter in LETTERS:
            why = misfit(letter, reading, context, today=today)
            assert (why is None) == (letter in offered), (letter, why)
        steps = explain(reading, replied=replied, today=today, context=context).next_steps
        assert steps == offered  # the text says what the buttons and `--next` do


@pytest.mark.parametrize(
    ("words", "thanks"),
    [
        ("I have now completed the internal review. I uphold the original decision.", False),
        ("I have completed the internal review. Your complaint is not upheld.", False),
        ("I have completed the internal review.", False),  # it does not say: no thanks
        ("I have completed the internal review. I overturn the original decision.", True),
    ],
)
def test_thanks_follows_a_review_only_when_it_overturned_the_refusal(
    words: str, thanks: bool
) -> None:
    reading = read_reply(words, regime="FOIA")
    assert reading.kind == "review_outcome"
    draft = Draft.new("Hunters", "1. The figures.\n", "wmp")
    draft.sent = dt.date(2021, 1, 4)
    context = context_for(draft, reading, authority=None, replied=dt.date(2021, 4, 1), name="")
    offered = fitting(reading, context, today=dt.date(2021, 4, 2))
    assert "complaint" in offered and ("thanks" in offered) == thanks
    if not thanks:
        why = misfit("thanks", reading, context, today=dt.date(2021, 4, 2))
        assert why is not None and "--next complaint" in why
