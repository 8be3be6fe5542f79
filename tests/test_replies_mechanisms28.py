"""The reply reader's mechanisms from replies it was not tuned on (issue 9, replies28).

Words with two meanings in a reply: the Commissioner, an appeal or a tribunal named as the
requester's rights, or as what the request asks about ("Data is not recorded for Tribunal
appeals"); "requests" as other people's, or as the numbered parts of this one ("With
regards to requests '2' and '3'"). Each case is a real reply's words (the answers kept with
requests in tests/data/outcomes.jsonl, training part), or a short excerpt in their shape.
"""

from __future__ import annotations

from foidraft.replies import read_reply
from foidraft.replies.clauses import sentences

# Lincolnshire County Council, SEND tribunal appeals (outcomes.jsonl, training part)
APPEALS = (
    "I can confirm that some of the information requested is held by Lincolnshire County "
    "Council. I have detailed below the information that is being released to you.\n\n"
    "1) 2019 - 49 appeals\n2020 - 88 appeals\n2021 - 70 appeals\n\n"
    "2) Data is not recorded and held for Tribunal appeals in financial years.\n\n"
    "3) This information is not available.\n\n4) £486,407.49\n"
)
RIGHTS = (
    "If you are dissatisfied with the handling of your request, you have the right to ask "
    "for an internal review. The Information Commissioner can be contacted at: Information "
    "Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire, SK9 5AF\n"
)


def test_a_rights_word_as_the_requests_subject_is_an_answer() -> None:
    found = {s.text: s.rights for s in sentences(APPEALS)}
    assert not found["2) Data is not recorded and held for Tribunal appeals in financial years."]
    assert not found["2020 - 88 appeals"]
    assert read_reply(APPEALS, regime="FOIA").kind == "partly_answered"


def test_the_rights_paragraph_is_still_the_requesters_rights() -> None:
    assert all(s.rights for s in sentences(RIGHTS))
    assert read_reply(APPEALS + "\n" + RIGHTS, regime="FOIA").kind == "partly_answered"


def test_held_by_another_body_named_as_a_tribunal_is_not_held_here() -> None:
    text = (
        "Please find attached the number of offences recorded. In relation to question 3 - "
        "We do not hold conviction data, this information is held by Her Majesty's Courts "
        "and Tribunals Service."
    )
    assert not any(s.rights for s in sentences(text))


# Welsh Government, community councils (outcomes.jsonl, training part)
NUMBERED = (
    "According to data obtainable via the StatsWales website, prior to 5 May there were 740 "
    "Community Councils in Wales. With regards to requests ‘2’ and ‘3’, I can confirm that "
    "the Welsh Government does not hold this information. Should you wish to proceed with "
    "your request for this data, it is recommended you contact each Local Authority direct."
)


def test_requests_numbered_are_parts_of_this_one() -> None:
    assert read_reply(NUMBERED, regime="FOIA").kind == "partly_answered"
    # other people's requests, counted, are still not this reply's decisions
    counted = "We received 91 requests in 2010; requests refused under section 12 were 14."
    assert all(s.others for s in sentences(counted))


# South Yorkshire Police, fleet vehicle (outcomes.jsonl, training part): the page stops
# after the refusal notice's set paragraph and its lettered list
NOTICE_LAW = (
    "Section 17 of the Freedom of Information Act 2000 requires South Yorkshire Police, when "
    "refusing to provide such information (because the information is exempt), to provide "
    "you the applicant with a notice which:\na. states that fact,\nb. specifies the exemption "
    "in question and\nc. states (if that would not otherwise be apparent) why the exemption "
    "applies.\n"
)


def test_the_laws_lettered_list_is_the_laws_words() -> None:
    items = [s for s in sentences(NOTICE_LAW) if s.text[:2] in ("a.", "b.", "c.")]
    assert len(items) == 3 and all(s.general for s in items)
    # the law is all the text shows: a refusal notice whose refusal is lost
    assert read_reply(NOTICE_LAW, regime="FOIA").kind == "refused_exempt"
    # beside an answer, the paragraph refuses nothing
    answer = "I can confirm that the information is held. In 2023 the force recorded 41 incidents."
    assert read_reply(answer + "\n\n" + NOTICE_LAW, regime="FOIA").kind == "answered"


# Metropolitan Police Service, the tail of an NCND letter (replies.jsonl, training part):
# the Commissioner's guidance quoted, its example naming section 30, then the letter's caution
GUIDANCE = (
    "The Information Commissioner's Office (ICO) guidance titled 'When to refuse to confirm or\n"
    "deny information is held' states:\n"
    "'In certain circumstances, even confirming or denying that requested information is held "
    "can\nreveal information...\n"
    "Within the ICO guidance there is a specific police example:\n"
    "'...a police force may hold information regarding particular properties they have under\n"
    "surveillance - it is likely that if a request were made for information about the "
    "surveillance of\na certain property, this information would be exempt under section 30 "
    "(investigations and\nproceedings conducted by public authorities)...\n"
    "Furthermore, this would apply even if information was requested about a property not "
    "under\nsurveillance.'\n"
    "A public authority could therefore refuse to confirm or deny whether it holds information\n"
    "about a property under surveillance...\n"
    "This should not be taken as necessarily indicating that any information that would meet "
    "your\nrequest exists or does not exist.\n"
)


def test_the_commissioners_guidance_quoted_is_not_the_replys_reliance() -> None:
    reading = read_reply(GUIDANCE, regime="FOIA")
    assert reading.sections == ()  # the example's section 30 is the guidance's
    assert (reading.kind, reading.ncnd) == ("ncnd", True)  # read from the letter's caution


def test_the_ncnd_caution_neither_confirms_nor_denies() -> None:
    cautions = [
        # Nottinghamshire Police; Home Office; West Yorkshire Police (training part)
        "This refusal should not be taken to mean that the information you have requested "
        "exists or does not exist.",
        "This should not be taken as conclusive evidence as to whether such information does "
        "or does not exist.",
        "However, this should not be taken as conclusive evidence that the information you "
        "requested exists or does not exist.",
    ]
    for caution in cautions:
        assert read_reply(caution, regime="FOIA").kind == "ncnd", caution
    # West Midlands Police's goodwill caveat is no NCND
    precedent = (
        "This should not be taken as a precedent that additional information would be supplied "
        "outside of the time/fees legislation for any subsequent requests."
    )
    assert not read_reply(precedent, regime="FOIA").ncnd


def test_this_means_is_the_replys_conclusion_not_a_term_defined() -> None:
    # West Midlands Police's cost refusals conclude so (training part); a term defined in a
    # disclosure log's key (Avon and Somerset, training part) is still the law's words
    concluded = (
        "To identify it we would have to read every custody record by hand. This means that "
        "the cost of providing you with the information is above the amount to which we are "
        "legally required to respond."
    )
    assert read_reply(concluded, regime="FOIA").kind == "refused_cost"
    key = "‘Partial’ refers to a response in which some of the requested information was provided."
    assert all(s.general for s in sentences(key))
