"""The model of what is recorded, read on the cases a council, an NHS body, a department or
a transport body handles one at a time (claims, applications, licences, representations,
children in its care): the case type, dates, stage and decision are fields; a person's
nationality or immigration status, what each person wrote, a step that followed in another
process, and the make of a vehicle reported abandoned, are not. A fire service's
incidents likewise, and the cost of one call-out, sitting or loss; and staff records, which
hold each person's post and contract but not where they worked from day to day, nor a
criminal record. Police datasets and police requests are untouched."""

from __future__ import annotations

import pytest

from foidraft.lint.document import Document
from foidraft.lint.model_hits import not_held_hits
from foidraft.recorded.loader import model_file
from foidraft.recorded.model import RecordedModel
from foidraft.recorded.validate import load_model_file

MODEL = RecordedModel(load_model_file(model_file()))


def _attributes(text: str, kind: str = "council") -> list[str]:
    return [h[3]["attribute_id"] for h in not_held_hits(Document(text), MODEL, kind)]


CASES: list[tuple[str, str, str | None]] = [
        ("council", "How many children in care in 2023 were EU nationals?", "immigration_status"),
        ("council", "How many care leavers have applied to the EU Settlement Scheme?",
         "immigration_status"),
        ("other", "How many private hire licence holders are asylum seekers?",
         "immigration_status"),
        ("central_government", "Please break down the claimants by nationality.",
         "immigration_status"),
        ("nhs", "How many complaints in 2023 came from patients whose country of birth was "
         "outside the UK?", "immigration_status"),
        ("other", "Of the representations received in 2023, how many indicated they were "
         "travelling to a concert?", "what_the_person_wrote"),
        ("council", "How many complaints about potholes in 2023 requested compensation?",
         "what_the_person_wrote"),
        # What a case system holds draws nothing.
        ("council", "How many children were in care on 31 March 2024, by age and sex?", None),
        ("council", "How many complaints were received in 2023, and how many were upheld?", None),
        ("other", "How many private hire licence applications were refused in 2023?", None),
        # Housing records hold immigration status: eligibility for housing turns on it.
        ("council", "How many applicants on the housing register in 2023 were foreign nationals?",
         None),
        # A letter's own preamble is not a count of what cases say.
        ("council", "As mentioned in my earlier letter, how many claims were paid in 2023?", None),
        # Nationality with no case counted (a policy document) draws nothing.
        ("council", "Please send me your policy on nationality checks for new staff.", None),
        # A university's misconduct cases hold the level and penalty, not who the student is;
        # "these cases" points back at them rather than naming a case system of its own.
        ("education", "How many students were caught cheating in 2023? How many were male and "
         "how many female?", "student"),
        ("education", "Please give the number of plagiarism cases in 2023. I would also like a "
         "breakdown of the students affected by these cases: men and women.", "student"),
        ("education", "How many plagiarism cases were there in 2023, by undergraduate and "
         "postgraduate level?", None),
        # A fire service's incident form asks a fixed set of questions about each fire: a
        # circumstance outside them (the climate, works going on in the building) is not one.
        ("other", "How many fires have you attended due to the impacts of climate change, by "
         "year?", "wider_cause"),
        ("other", "The number of fires reported on refurbishment works in the last three "
         "years.", "wider_cause"),
        ("other", "How many fires in 2023 were caused by e-bike or e-scooter batteries, and how "
         "many casualties were there?", None),
        # Running costs are not booked to one call-out, sitting or loss (Shropshire Fire and
        # Rescue, the NI Assembly Commission, the Scottish Government).
        ("other", "What was the estimated cost of attending false alarms in schools each year?",
         "event_cost"),
        ("other", "What was the cost of holding each Assembly recall in 2022?", "event_cost"),
        ("central_government", "How many laptops were lost, and how much was spent on replacing "
         "them?", "event_cost"),
        # A named purchase booked to its own code is a field.
        ("council", "Please give the costs incurred by the council on Christmas lights in each "
         "year.", None),
        ("council", "What was the total spend on legal fees in 2023, by financial year?", None),
        # Foster carers are approved and reviewed case by case (Leeds City Council recorded no
        # category for carers who are EU nationals).
        ("council", "b) The number of your registered foster carers who are non-UK EU nationals;",
         "immigration_status"),
        ("council", "How many foster carers were approved in 2023, and how many were refused?",
         None),
        # Staff records hold the post and contract, not where each person worked that day
        # (Dover and Thurrock councils, not held; the ONS, door-pass exports over the limit).
        ("council", "During April 2022, how many council employees were working from home?",
         "where_they_work"),
        ("council", "For the last three years, how many full-time staff:\n\n1. work from home "
         "permanently?\n2. work from abroad?", "where_they_work"),
        ("central_government", "The count of unique employees who have swiped into your sites "
         "on 40% or more of working days, for each month of 2024.", "where_they_work"),
        ("council", "How many employees were on fixed-term contracts on 31 March 2024, by grade?",
         None),
        ("council", "Please send me your hybrid working policy.", None),
        # A criminal record is in each person's file; the certificate is kept no longer than
        # six months (Ashford and St Peter's, the SIA: every personnel file read, s12).
        ("nhs", "How many staff currently employed at your trust hold a criminal record?",
         "criminal_record"),
        ("central_government", "How many employees have criminal convictions, by department?",
         "criminal_record"),
        ("council", "How many people employed by the council have been convicted of an offence "
         "since 2020?", "criminal_record"),
        ("council", "How many DBS checks did the council carry out for employees in 2023, by "
         "level?", None),
        ("council", "Please send me your policy on employing staff who have a criminal record.",
         None),
        # A unit of spending named first keeps its own reading (staff time is not booked).
        ("council", "How much was spent on staff time dealing with complaints in 2023?",
         "activity_cost"),
        # A list of the goods bought beside the spend is one line per invoice (Moray Council
        # records purchases by supplier); the spend itself, or what an account covers, is held.
        ("council", "How much did the council spend on school supplies in 2023? Please provide "
         "a list of what was bought and how many.", "item_detail"),
        ("council", "How much did the council spend on school supplies in each year from 2020 "
         "to 2024?", None),
        ("nhs", "What was the total spent on medical equipment in 2023/24, and what was "
         "bought under the largest contract?", None),
        # A step in another process is not on the first case's record (UEA: noise complaints
        # that led to disciplinary action, s12; Devon: complaints that ended up with the
        # Ombudsman, the police or the courts). An outcome the case records itself is held.
        ("education", "The number of noise complaints which led to disciplinary action against "
         "students at the university.", "later_outcome"),
        ("council", "Of the complaints received in 2023, how many ended up being dealt with by the "
         "Local Government Ombudsman?", "later_outcome"),
        ("council", "How many complaints were upheld in 2023, and how many went to stage 2?", None),
        ("council", "How many fly-tipping cases resulted in a prosecution in 2023?", None),
        # A complaint's remedy is often recorded on it: compensation draws nothing.
        ("council", "How many complaints in 2023 resulted in compensation being paid?", None),
        # The make of an abandoned vehicle is in each report's text (Dover, s12); the reports
        # and removals are counted, and a fleet list holds its own vehicles' makes.
        ("council", "The most common makes and models of abandoned vehicles reported each year.",
         "vehicle_make"),
        ("council", "How many abandoned vehicle reports were received, and how many vehicles "
         "were removed, each year since 2020?", None),
        ("council", "How many vehicles are in the council's fleet, by make and model?", None),
        # Councils return each child in care who came as an unaccompanied asylum-seeking child
        # to the Department for Education: a recorded category, unlike asylum status in general.
        ("council", "How many care leavers are former unaccompanied asylum seekers?", None),
        ("council", "How many looked after children were UASC on 31 March 2024?", None),
]  # fmt: skip


@pytest.mark.parametrize(("kind", "text", "attribute"), CASES)
def test_each_case_question_is_read_against_what_case_systems_hold(
    kind: str, text: str, attribute: str | None
) -> None:
    found = _attributes(text, kind)
    if attribute is None:
        assert found == []
    else:
        assert attribute in found


def test_police_requests_are_not_read_against_case_systems() -> None:
    # Custody records hold nationality: the police reading stays its own.
    text = "How many people arrested in 2023 were foreign nationals, by nationality?"
    assert "immigration_status" not in _attributes(text, "police")


def test_police_staff_are_read_against_the_police_workforce() -> None:
    # The police workforce dataset is its own: the staff records of other bodies do not run.
    text = "During April 2022, how many employees were working from home?"
    assert "where_they_work" not in _attributes(text, "police")
