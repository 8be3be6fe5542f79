"""The round-robin agreement count (tests/round_robin.py) pairs the same request sent to
different authorities, and only those."""

from tests.round_robin import agreement

LONG = (
    "Please tell me how many reports of theft of catalytic converters were recorded in each "
    "financial year from 2021/22 to 2023/24, and how many of those led to a charge or summons, "
    "broken down by year. Please give the figures in a spreadsheet if possible."
)


def case(authority: str, outcome: str, request: str = LONG) -> dict[str, str]:
    return {"authority": authority, "outcome": outcome, "request": request}


def test_the_same_request_to_two_authorities_is_a_pair_and_their_outcomes_are_compared() -> None:
    result = agreement([case("Kent Police", "answered"), case("Essex Police", "s12")])
    assert (result["pairs"], result["bounce_agrees"], result["same_outcome"]) == (1, 0, 0)
    assert result["mixed"] == {("answered", "s12"): 1}


def test_two_bounces_of_different_kinds_agree_on_bouncing_not_on_outcome() -> None:
    result = agreement([case("Kent Police", "not_held"), case("Essex Police", "s12")])
    assert (result["pairs"], result["bounce_agrees"], result["same_outcome"]) == (1, 1, 0)


def test_no_pair_within_one_authority_or_between_different_or_short_requests() -> None:
    other = "Please list every contract for interpreters held by the council since 2019. " * 3
    short = "How many dogs were seized?"
    result = agreement(
        [
            case("Kent Police", "answered"),
            case("Kent Police", "s12"),
            case("Essex Police", "answered", other),
            case("Dorset Police", "answered", short),
            case("Devon and Cornwall Police", "s12", short),
        ]
    )
    assert result["pairs"] == 0
