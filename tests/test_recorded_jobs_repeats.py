"""The model of what is recorded, read on a victim's or suspect's job, on whether a person
or place had been recorded before, and on the force's own vehicles: attributes no record
holds as a field. A count by what is held (offence, month, ward, repair costs) draws
nothing, and a keyword search of letters is a mailbox search (FD402's), not a search of the
records' free text (FD341's)."""

from __future__ import annotations

import pytest

from foidraft.authorities.infer import resolve_any
from foidraft.lint.api import check
from foidraft.lint.document import Document
from foidraft.lint.model_hits import not_held_hits
from foidraft.recorded.loader import model_file
from foidraft.recorded.model import RecordedModel
from foidraft.recorded.validate import load_model_file

MODEL = RecordedModel(load_model_file(model_file()))


def _attributes(text: str) -> list[str]:
    return [h[3]["attribute_id"] for h in not_held_hits(Document(text), MODEL, "police")]


# Each question with the attribute the records lack, or None where it asks only for what
# they hold and draws nothing.
CASES: list[tuple[str, str | None]] = [
        # The victim's job: one offence code covers every emergency worker, and a teacher's
        # or a driver's assault is coded as any other.
        ("How many assaults on paramedics were recorded in 2023?", "person_detail"),
        ("How many assaults on teachers were recorded in each of the last three years?",
         "person_detail"),
        ("How many robberies of delivery riders were recorded in 2024?", "person_detail"),
        # Recorded before, or more than once, without the word "repeat".
        ("How many burglaries in 2022 were at an address burgled on more than one occasion?",
         "repeat"),
        ("How many calls about anti-social behaviour came from the same address in 2023?",
         "repeat"),
        ("How many assaults recorded in 2023 were committed by first-time offenders?", "repeat"),
        # The force's vehicles: what one was doing when it broke down, and who bought it.
        ("How many police cars broke down on the way to an incident in 2023?", "use_at_the_time"),
        ("What was the cause of each breakdown of your patrol cars in 2022?", "use_at_the_time"),
        ("Please list who bought the police vehicles you sold at auction in 2023.",
         "disposal_destination"),
        # Officers (and staff) investigated for misconduct are counted by professional
        # standards, whose case files hold the welfare assessment and whether they were on duty.
        ("The number of police officers and staff investigated for misconduct, split by whether "
         "there was a risk assessment relating to the welfare of the officer.",
         "welfare_assessment"),
        ("How many officers investigated for misconduct in 2023 were off duty at the time?",
         "on_or_off_duty"),
        # Attributes already known to be missing, asked in other words.
        ("How many crimes reported in 2023 were committed by people who had been drinking?",
         "motive"),
        ("How many domestic abuse crimes in 2023 were committed by a partner or ex-partner?",
         "motive"),
        ("How many knife crimes in 2023 involved a kitchen knife?", "method"),
        ("How many shoplifting offences in 2023 involved goods worth more than £200?", "method"),
        ("How many crimes in 2023 involved a victim with a learning disability?", "person_detail"),
        ("How many crimes were committed by people on bail in 2023?", "person_detail"),
        ("How many victims of crime in 2023 had a learning disability?", "person_detail"),
        ("How many crimes in 2023 were committed by people with mental health problems?",
         "person_detail"),
        ("How many vehicle thefts in 2023 were from unlocked cars?", "method"),
        ("How many calls were received in 2023 about people sleeping in doorways?",
         "people_involved"),
        ("How many incidents of racially aggravated abuse happened on buses in 2023?",
         "place_type"),
        # What was done, said as a verb, counts crimes.
        ("How many people were assaulted in 2023 by someone they met on a dating app?", "platform"),
        ("How many cars were broken into in 2023, broken down by the method of entry?", "method"),
        ("How many crimes in 2023 were solved using DNA evidence?", "circumstance"),
        ("How many incidents of anti-social behaviour in 2023 were caused by young people?",
         "people_involved"),
        ("How many people stopped and searched in 2023 were searched more than once?",
         "searched_person_detail"),
        ("How many arrests in 2023 were made on the basis of information from the public?",
         "evidence_source"),
        ("How many Clare's Law applications in 2023 were made by men?", "applicant_detail"),
        ("How many firearms certificates were revoked in 2023 because of domestic abuse?",
         "reasons_detail"),
        ("How much did the force spend in 2023 on policing protests outside asylum hotels?",
         "activity_cost"),
        # What the records hold draws nothing.
        ("How many assaults on emergency workers were recorded in 2023, by month?", None),
        ("How many burglaries were recorded in each ward in 2023?", None),
        ("How many calls about anti-social behaviour were made in 2023, by month?", None),
        ("How much did the force spend on repairs to accident-damaged police vehicles in 2023?",
         None),
        ("How many police vehicles were written off in each of the last three financial years?",
         None),
        ("How many officers were investigated for misconduct in 2023, by rank and outcome?", None),
        ("How many police officers and staff were assaulted in 2023, by month?", None),
        # Driving while unfit through drink is an offence code, not a circumstance.
        ("How many people were arrested for driving under the influence of alcohol in 2023?",
         None),
        ("How many crimes of driving under the influence of alcohol were recorded in 2023?", None),
        ("How many firearms certificates were revoked in 2023, by month?", None),
        # Bail and custody records count those on bail or released under investigation.
        ("How many suspects were released under investigation in 2023?", None),
        ("How much overtime was paid in 2023 for policing football matches?", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "attribute"), CASES)
def test_each_question_is_read_against_what_its_records_hold(
    text: str, attribute: str | None
) -> None:
    found = _attributes(text)
    if attribute is None:
        assert found == []
    else:
        assert attribute in found


def _rules(text: str) -> set[str]:
    authority = resolve_any("Cleveland Police", None)[0]
    return {f.rule for f in check(text, authority)}


def test_time_officers_spent_is_not_costed() -> None:
    text = "How many hours did officers spend in 2023 guarding patients at hospital?"
    assert "FD317" in _rules(text)


def test_a_keyword_search_of_crimes_is_hits_to_read() -> None:
    text = "How many crimes recorded since 2019 contain the following keywords: Facewatch, Auror?"
    assert "FD341" in _rules(text)


def test_a_keyword_search_of_letters_is_not_a_search_of_records() -> None:
    text = 'Please provide all correspondence containing the term "Facewatch" since June 2020.'
    found = _rules(text)
    assert "FD341" not in found
    assert "FD402" in found
