"""Long replies made of real ones, for the reply reader's speed and growth: the training
part's replies of tests/data/replies.jsonl one after another (from the ``first``, in the
corpus's order, round again when they run out), cut at ``size`` characters. A reply pasted
from a long PDF, with its annexes, runs to 100-500 KB; the reader reads the first
``foidraft.replies.text.MAX_CHARS`` (400,000) of any longer one."""

from __future__ import annotations

from functools import cache

from tests.replies_eval import load_replies, part_of


@cache
def training_texts() -> tuple[str, ...]:
    """The training part's replies (never the validation part's: tuned on, it stays unseen)."""
    return tuple(r["text"] for r in load_replies() if part_of(r["url"]) == "training")


def long_reply(size: int, first: int = 0) -> str:
    """Real replies, blank-line separated, from the ``first`` until there are ``size``
    characters."""
    texts = training_texts()
    out: list[str] = []
    length, i = 0, first
    while length < size:
        out.append(texts[i % len(texts)])
        length += len(out[-1]) + 2
        i += 1
    return "\n\n".join(out)[:size]
