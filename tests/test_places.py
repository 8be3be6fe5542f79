"""Where a whole word stands before one of a pattern's next words
(``LiteralIndex.places``, see ``foidraft.lint.places``): the same places whichever way
they are found. The first ask about a word looks from the next words back; later asks
read the map of what follows the word, made once for them."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from foidraft.lint.document import Document

WORDS = ["the", "number", "numbers", "of", "in", "incidents", "a", "an", "crime", "2019"]
NEXTS = [
    ("the", ("number",)),
    ("the", ("number", "numbers", "crime")),
    ("of", ("in", "incidents", "the")),
    ("a", ("crime", "number")),
    ("in", ("2019", "the")),
]


def _expected(text: str, word: str, after: tuple[str, ...]) -> list[int]:
    """The word standing whole, then only spaces, then a word starting with one of
    ``after``, found by a regex over the folded letter."""
    low = Document(text).lower
    assert low is not None
    nexts = "|".join(map(re.escape, after))
    found = re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)(?=\s+(?:{nexts}))", low)
    return [m.start() for m in found]


HEADS = sorted({word for word, _ in NEXTS})


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    pairs=st.lists(st.tuples(st.sampled_from(HEADS), st.sampled_from(WORDS)), max_size=60),
    spaces=st.lists(st.sampled_from([" ", "  ", "\n", ". ", "-", "\n\n", ""]), max_size=120),
)
def test_a_word_s_places_are_the_same_asked_once_or_again(
    pairs: list[tuple[str, str]], spaces: list[str]
) -> None:
    words = [w for pair in pairs for w in pair]
    text = "".join(w + (spaces[i] if i < len(spaces) else " ") for i, w in enumerate(words))
    for word, after in NEXTS:
        first = Document(text).index()
        again = Document(text).index()
        again.places(word, ("zzz",))  # asked before: the map of what follows it answers
        places = first.places(word, after)
        assert places == again.places(word, after)
        assert sorted(set(places)) == _expected(text, word, after)
