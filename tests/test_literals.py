"""What a pattern's matches must hold (``foidraft.rules.literals``), ranked by how common
it is in real requests (``foidraft.rules.rarity``)."""

from __future__ import annotations

from foidraft.paths import package_data
from foidraft.rules.literals import required_clauses, required_literals
from foidraft.rules.rarity import commonness


def test_common_words_count_more_than_rare_ones() -> None:
    assert commonness("the", True) > commonness("officer", True) > commonness("ncnd", True)
    assert commonness("officer", True) >= commonness("officers", True)  # a prefix counts both
    assert commonness("zzqx", True) == 0  # not in the table: rare
    assert commonness("?", False) > commonness("£", False) > 0


def test_a_pattern_is_anchored_on_its_rarest_required_word() -> None:
    # "information" is longer, and in every other request; "ncnd" is seldom written.
    regex = r"\binformation\s+(?:about|on)\s+(?:the\s+)?ncnd\b"
    assert required_literals(regex) == (["ncnd"], True)
    assert required_clauses(regex) == [(["information"], True), (["ncnd"], True)]
    # Word starts are still preferred to strings found anywhere (an index look-up).
    assert required_literals(r"\bthe\b.*?zqxw") == (["the"], True)


def test_the_table_is_words_and_counts_most_common_first() -> None:
    with open(package_data("word_counts.txt"), encoding="utf-8") as fh:
        rows = [line.split(" ") for line in fh.read().splitlines()]
    assert len(rows) > 1000
    assert all(len(r) == 2 and r[0] and r[1].isdigit() for r in rows)
    counts = [int(r[1]) for r in rows]
    assert counts == sorted(counts, reverse=True)
    assert rows[0][0] == "the"
