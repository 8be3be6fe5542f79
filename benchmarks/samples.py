"""The texts the benchmarks check, built from the development corpus (tests/data)."""

from __future__ import annotations

import json
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "dev.jsonl"


def _cases() -> list[dict[str, str]]:
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]


def one_page_request() -> str:
    """The seed's first request, as a letter: about 200 words."""
    first = _cases()[0]
    return f"Dear West Midlands Police,\n\n{first['request']}\n\nYours faithfully,\n\nD Moore\n"


def ten_thousand_words(first: int = 0) -> str:
    """Real requests, one after another from the ``first``, until there are 10,000 words:
    a dense draft, since the corpus is mostly requests that bounced."""
    cases = _cases()
    words: list[str] = []
    paragraphs: list[str] = []
    i = first
    while len(words) < 10_000:
        text = cases[i % len(cases)]["request"]
        paragraphs.append(text)
        words.extend(text.split())
        i += 1
    return "\n\n".join(paragraphs)


def new_drafts(n: int) -> list[str]:
    """``n`` different 10,000-word drafts (each starts at another request), so that no
    check meets a text, or a paragraph in the same place, that an earlier one saw."""
    return [ten_thousand_words(first=7 * (k + 1)) for k in range(n)]
