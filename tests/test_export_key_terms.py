"""The disclosure-log hint searches for the request's subjects as the model of what is
recorded names them (what it counts, the recorded fields it breaks that down by), not
the letter's most frequent words: "tell", "carried" and "broken down" were offered."""

from __future__ import annotations

from foidraft.authorities.directory import load_directory
from foidraft.export.before_sending import before_sending, key_terms

STOPS = (
    "Dear Kent Police,\n\nPlease tell me how many stop and searches your officers carried "
    "out in 2023, broken down by ethnicity of the person searched and by outcome.\n\n"
    "If this would cost more than £450, please tell me what you can provide.\n\n"
    "Yours faithfully,\n\nJo Bloggs\n"
)
BURGLARY = (
    "Dear Greater Manchester Police,\n\n1. How many burglaries were recorded in 2022?\n\n"
    "2. How many robberies were recorded in 2022?\n\nYours faithfully,\n\nJo Bloggs\n"
)


def test_key_terms_are_what_the_request_counts_and_how_it_is_broken_down() -> None:
    terms = key_terms(STOPS, kind="police")
    assert terms[0] == "stop and searches"  # what is counted first
    assert {"ethnicity", "outcome"} <= set(terms)
    assert not {"tell", "carried", "broken", "down", "cost", "provide"} & set(terms)
    assert key_terms(BURGLARY, kind="police")[:2] == ["burglaries", "robberies"]


def test_the_hint_names_them() -> None:
    kent = load_directory().get("kent_police")
    assert kent is not None
    notes = before_sending(STOPS, kent, wdtk=False)
    assert notes and "“stop and searches”" in notes[0] and "“tell”" not in notes[0], notes


def test_what_the_title_names_comes_first() -> None:
    terms = key_terms(BURGLARY, kind="police", title="Knife crime in Coventry")
    assert terms[0] == "Knife crime" and "burglaries" in terms


def test_when_a_record_was_made_is_no_subject() -> None:
    # The interview's own title and question: "financial years" was offered as a term.
    letter = (
        "Dear Kent Police,\n\n1. The number of crimes recorded in Kent for Home Office "
        "offence codes 10D (possession of an article with a blade or point), in the "
        "financial years 2023/24 to 2025/26, with figures for each offence code for each "
        "financial year, broken down by month.\n\nYours faithfully,\n\nJo Bloggs\n"
    )
    title = "Knife crime in Kent: crimes recorded, financial years 2023/24 to 2025/26"
    terms = [t.casefold() for t in key_terms(letter, kind="police", title=title)]
    assert terms[0] == "knife crime", terms
    assert not {"financial years", "financial year", "month"} & set(terms), terms
