"""The interview's progress line: the rest is an estimate, said as one."""

from __future__ import annotations

from foidraft.tui.answer_text import progress_words


def test_the_rest_is_said_as_an_estimate_not_as_a_count_that_jumps() -> None:
    # "2 of 14" after "1 of 12" read as a count that jumped; "about" says it can change
    assert progress_words(2, 14) == "Question 2, about 12 more"
    assert " of " not in progress_words(1, 12)
    assert progress_words(14, 14) == "Question 14, the last one for now"
    assert progress_words(3, 2) == "Question 3, the last one for now"  # never "about -1"
