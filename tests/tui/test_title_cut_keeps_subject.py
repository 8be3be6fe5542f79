"""Home's title column keeps what a request is about: at 100 columns the interview's
titles read "Spending… (financial years 2023/24 to 2025/26)" and "Requests… (1 Dec 2025
to 30 Nov 2026)", the period kept whole and the subject cut to a word."""

from __future__ import annotations

from foidraft.tui.text import shorten_title


def test_a_long_period_in_brackets_gives_way_to_the_subject() -> None:
    title = (
        "Spending and contracts for hospital car parking contracts "
        "(financial years 2023/24 to 2025/26)"
    )
    assert shorten_title(title, 46) == "Spending and contracts for hospital car parki…"
    cut = shorten_title("Requests for service: housing repairs (1 Dec 2025 to 30 Nov 2026)", 37)
    assert cut.startswith("Requests for service: housing"), cut


def test_a_short_note_still_tells_titles_apart() -> None:
    cut = shorten_title("Knife crime in Kent: crimes recorded (Kent Police)", 30)
    assert cut == "Knife crime in… (Kent Police)", cut
