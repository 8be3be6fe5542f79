"""The export formats' descriptions are read in the app's save dialog as well as in
`foidraft export --help`: plain sentences, no shell quoting, no word said twice ("From
from your details")."""

from __future__ import annotations

from itertools import pairwise

import pytest

from foidraft.export.formats import FORMATS


@pytest.mark.parametrize("fmt", FORMATS, ids=lambda f: f.name)
def test_a_format_is_described_in_plain_words(fmt: object) -> None:
    description = fmt.description  # type: ignore[attr-defined]
    assert "`" not in description
    words = description.lower().split()
    assert not [a for a, b in pairwise(words) if a == b], description
