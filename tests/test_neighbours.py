"""The "requests like this one" measurement's parts (tests/neighbours.py), on made-up cases."""

from __future__ import annotations

from typing import Any

from tests.neighbours import Params, build, outcome_kind, signal, terms, words
from tests.neighbours_eval import figures, groups


def case(
    i: int, text: str, outcome: str = "answered", kinds: tuple[str, ...] = ()
) -> dict[str, Any]:
    return {"id": f"c{i}", "request": text, "outcome": outcome, "trigger_kinds": list(kinds),
            "authority_reason": ""}  # fmt: skip


def test_words_drop_letter_words_numbers_and_plurals() -> None:
    # The stop list is read before a plural is taken off (as measured): "numbers" stays.
    assert words("Dear Sir, please provide the numbers of knife crimes in 2020.") == [
        "number",
        "knife",
        "crime",
    ]


def test_terms_hold_words_and_bigrams() -> None:
    assert terms("stop and search figures") == {"stop": 1, "search": 1, "figure": 1,
                                                "stop search": 1, "search figure": 1}  # fmt: skip


def test_the_most_similar_request_comes_first_and_the_floor_holds() -> None:
    docs = [terms(t) for t in ("knife crime in schools", "knife crime on trains",
                               "council parking fines", "parking fines on trains")]  # fmt: skip
    index = build(docs)
    found = index.similar(terms("knife crime in schools each year"), k=3, floor=0.1)
    assert found[0][0] == 0
    assert all(s >= 0.1 for _, s in found)
    assert 2 not in [i for i, _ in found]


def test_the_signal_fires_only_past_both_thresholds() -> None:
    s12 = [(case(i, "x", "s12", ("manual_review",)), 0.5) for i in range(3)]
    answered = [(case(9, "x"), 0.5)]
    p = Params(k=10, floor=0.2, share=0.7, min_n=3, kinds=("s12",))
    assert signal(s12 + answered, p) == [("s12", "manual_review", 0.75, 3)]
    assert signal(s12[:2] + answered, p) == []  # two neighbours with it: too few
    assert signal(s12 + answered * 2, p) == []  # three of five: share too low
    assert signal([(c, 0.1) for c, _ in s12], p) == []  # under the similarity floor


def test_an_ncnd_neighbourhood_speaks_for_its_exemption() -> None:
    refused = [case(1, "x", "ncnd_or_exempt", ("not_recorded_field", "personal_data")),
               case(2, "x", "ncnd_or_exempt", ("personal_data",))]  # fmt: skip
    assert outcome_kind(refused, "ncnd_or_exempt") == "personal_data"
    assert outcome_kind([case(3, "x", "not_held", ("other",))], "not_held") == "not_recorded_field"


def test_copies_of_one_request_are_one_group() -> None:
    text = "Please provide the number of stop and search encounters by ethnicity in 2022."
    cases = [case(1, text), case(2, text.replace("2022", "2023")), case(3, "Council tax arrears")]
    group = groups(cases)
    assert group["c1"] == group["c2"] != group["c3"]


def test_figures_count_as_the_corpus_scorer_does() -> None:
    cases = [case(1, "x", "s12", ("manual_review",)), case(2, "x"), case(3, "x", "not_held")]
    fig = figures(cases, {"c1": ["manual_review"], "c2": ["manual_review"], "c3": []})
    assert fig == {"caught": (1, 2), "kind": (1, 1), "ncnd": (0, 0), "alarm": (1, 1)}
