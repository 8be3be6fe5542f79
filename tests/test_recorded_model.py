"""The model of what is recorded (foidraft/data/recorded.yaml): strictly validated, sourced,
and read against requests the way the checker uses it."""

from __future__ import annotations

from pathlib import Path

import pytest

from foidraft.errors import RuleFileError
from foidraft.lint.document import Document
from foidraft.lint.gates import words_absent as absent
from foidraft.lint.matching import hits
from foidraft.lint.model_hits import not_held_hits, term_hits
from foidraft.lint.reading import Reading
from foidraft.recorded.loader import model_file
from foidraft.recorded.model import RecordedModel, Words
from foidraft.recorded.validate import load_model_file, validate
from foidraft.text.words import phrase_pattern, words_regex
from tests.corpus import load_cases, official_url

SEED_THREAD = "https://www.whatdotheyknow.com/request/paedophile_hunters_and_online_gr_22"
MODEL = RecordedModel(load_model_file(model_file()))


def _evidence() -> list[dict[str, str]]:
    data = load_model_file(model_file())
    out = [e for d in data["datasets"] for n in d["not_held"] for e in n["evidence"]]
    return out + [e for t in data["terms"] for e in t["evidence"]]


def test_every_not_held_attribute_and_term_cites_evidence() -> None:
    for dataset in MODEL.datasets:
        assert dataset.sources, dataset.id
        for attribute in dataset.not_held:
            assert attribute.evidence and attribute.nearest and attribute.why, attribute.id


def test_cited_cases_are_training_cases_with_their_urls() -> None:
    cases = {c["id"]: c for c in load_cases()}
    cited = [e for e in _evidence() if "case" in e]
    assert len(cited) > 15
    for e in cited:
        case = cases[e["case"]]
        assert case["part"] == "training", e["case"]
        expected = SEED_THREAD if e["case"].startswith("wmp-8a-21-") else case["url"]
        assert e["url"] == official_url(expected), e["case"]


@pytest.mark.parametrize(
    ("phrase", "text", "found"),
    [
        ("crime", "Crimes recorded", True),
        ("category", "categories of", True),
        ("caution*", "were cautioned", True),
        ("clare's law", "Clare’s Law applications", True),
        ("stop-and-search", "stop and search", True),
        ("arrest", "arrested", False),  # whole words only
        ("licensed premises", "licensed  premises", True),
        # "_" stands for up to two words: the place or event, whatever is said before it
        ("at _ protests", "at protests", True),
        ("at _ protests", "at Palestine protests", True),
        ("at _ protests", "at the climate protests", True),
        ("at _ protests", "at the big climate protests", False),
        ("cost _ to police", "cost your force to police", True),
        ("in _ schools", "in primary schools", True),
        ("in _ schools", "inside schools", False),
    ],
)
def test_phrases_match_words_not_parts_of_words(phrase: str, text: str, found: bool) -> None:
    import re

    assert bool(re.search(words_regex([phrase]), text, re.IGNORECASE)) is found, phrase_pattern(
        phrase
    )


def test_a_question_counts_the_unit_it_names_and_the_next_one_inherits_it() -> None:
    doc = Document(
        "1. How many Taser discharges were there in 2023?\n2. Of these, how many were on dogs?\n"
    )
    reading = Reading(doc, MODEL.for_authority_type("police"))
    second = doc.text.index("Of these")
    for offset in (doc.text.index("Taser"), second):
        found = reading.dataset_at(offset)
        assert found is not None and found.id == "use_of_force"
    assert reading.named_at(doc.text.index("Taser")) and not reading.named_at(second)
    hits = not_held_hits(doc, MODEL, "police")
    assert [h[2] for h in hits] == ["dogs"]
    assert hits[0][3]["dataset"] == "use of force (including Taser)"


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        # Officers or staff something was done to are victims of recorded crimes.
        ("How many police officers were assaulted in each ward in 2023?", "recorded_crime"),
        ("How many officers have been spat at since 2020?", "recorded_crime"),
        ("How many staff assaulted in 2023 were PCSOs?", "recorded_crime"),
        ("How much violence against staff was recorded in 2022?", "recorded_crime"),
        # Officers who did it, or who were counted, are the workforce.
        ("How many officers who assaulted members of the public were dismissed?", "workforce"),
        ("How many officers assaulted a prisoner in 2023?", "workforce"),
        ("How many officers have attacked colleagues?", "workforce"),
        ("How many officers were employed in 2023?", "workforce"),
    ],
)
def test_people_something_was_done_to_are_victims_of_crimes(text: str, counted: str) -> None:
    doc = Document(text)
    found = Reading(doc, MODEL.for_authority_type("police")).dataset_at(0)
    assert found is not None and found.id == counted


def test_assaults_on_officers_by_ward_are_not_officers_by_ward() -> None:
    """A ward is a field of a crime record, though not of a personnel record."""
    assaulted = Document("How many officers were assaulted, by ward?")
    assert not not_held_hits(assaulted, MODEL, "police")
    employed = not_held_hits(Document("How many officers were employed, by ward?"), MODEL, "police")
    assert [h[3]["attribute_id"] for h in employed] == ["ward"]


def test_an_attribute_held_by_one_dataset_is_fine_there() -> None:
    """Gender is a field of recorded crime, not of a Clare's Law application."""
    crime = Document(
        "How many crimes were recorded in 2023, broken down by the gender of the victim?"
    )
    clares = Document(
        "How many Clare's Law applications were made, broken down by the gender of the applicant?"
    )
    assert not not_held_hits(crime, MODEL, "police")
    assert [h[3]["attribute_id"] for h in not_held_hits(clares, MODEL, "police")] == [
        "applicant_detail"
    ]


@pytest.mark.parametrize(
    ("text", "attribute"),
    [
        # Items seized are logged one by one with a description: counting a kind means reading.
        ("How many mobile phones were seized by the force in 2023?", "item_kind"),
        ("How many laptops were seized in 2023, by month?", "item_kind"),
        ("Please list the types of items seized in house searches.", "item_kind"),
        # Vehicle seizures are counted by the power used, so a count of them is fine.
        ("How many vehicles were seized under section 59 in 2023?", None),
    ],
)
def test_kinds_of_seized_items_are_not_counted(text: str, attribute: str | None) -> None:
    found = [h[3]["attribute_id"] for h in not_held_hits(Document(text), MODEL, "police")]
    assert found == ([attribute] if attribute else [])


def test_police_datasets_stay_with_police() -> None:
    doc = Document("How many Taser discharges were there on dogs in 2023?")
    assert not_held_hits(doc, MODEL, "police")
    assert not not_held_hits(doc, MODEL, "council")


def test_a_two_meaning_word_is_flagged_until_the_sentence_settles_it() -> None:
    vague = Document("How many incidents of shoplifting were there in 2023?")
    clear = Document(
        "How many incidents of shoplifting were logged on the command and control system in 2023?"
    )
    assert [h[3]["term_id"] for h in term_hits(vague, MODEL, "police")] == ["incidents_or_crimes"]
    assert not term_hits(clear, MODEL, "police")


def test_bad_model_files_are_refused_with_where_and_why(tmp_path: Path) -> None:
    data = {
        "version": 1,
        "sources": {"x": {"title": "X", "url": "not a link"}},
        "datasets": [{"id": "Bad Id", "name": "n", "for": ["police", "aliens"], "sources": ["y"],
                      "units": ["crimes", "_ crimes", "at _ _ protests"], "fields": [],
                      "not_held": [], "colour": "red"}],
        "terms": [],
    }  # fmt: skip
    with pytest.raises(RuleFileError) as err:
        validate(data, {}, "model.yaml")
    text = err.value.details()
    expected_problems = ("http(s) link", "lower-case", "'aliens'", "no source 'y'", "unknown key")
    for expected in (*expected_problems, "'_' may stand between two words"):
        assert expected in text


def _lists() -> list[Words]:
    out = [w for d in MODEL.datasets for w in (d.units, *(n.words for n in d.not_held))]
    return out + [t.words for t in MODEL.terms]


def test_a_list_absent_from_a_short_letter_finds_nothing_there() -> None:
    """A list none of whose first words a page holds is skipped, never built: its search
    would find nothing there. Each phrase, put alone in a letter, keeps its own list."""
    lists = _lists()
    skipped = 0
    for case in load_cases()[:120]:
        doc = Document(str(case["request"]))
        for words in lists:
            if absent(words, doc):
                skipped += 1
                assert hits(words.pattern, doc) == [], (words.phrases[0], case["id"])
    assert skipped > 1000  # the test tests something
    for words in lists:
        for phrase in words.phrases[:3]:
            doc = Document(f"How many {phrase} were there in 2023?\n")
            assert not absent(words, doc), phrase
            assert hits(words.pattern, doc), phrase


def test_a_first_word_that_stands_before_none_of_its_next_words_is_not_enough() -> None:
    """'sick' starts sickness phrases only before 'days' or 'leave' (as the search lists its
    places): 'sick of waiting' leaves the list unbuilt, and its search finds nothing."""
    (sickness,) = [d for d in MODEL.datasets if d.id == "sickness"]
    units = sickness.units
    assert "sick" in (units.whole or ()) and dict(units.after or ())["sick"]
    for text, found in (
        ("How many sick days were lost in 2023?\n", True),
        ("I am sick of waiting. How many in 2023?\n", False),
    ):
        doc = Document(text)
        assert absent(units, doc) is not found
        assert bool(hits(units.pattern, doc)) is found


def test_what_a_dataset_does_not_hold_is_looked_for_only_where_it_is_counted() -> None:
    """Searching only the paragraphs whose sentences count a dataset finds what one search
    from its first sentence to the letter's end finds there: long letters of many requests,
    with datasets counted in some paragraphs and not others."""
    cases = load_cases()
    datasets = MODEL.for_authority_type(None)
    searched = 0
    for first in range(0, 120, 17):
        text = "\n\n".join(str(c["request"]) for c in cases[first : first + 25])
        doc = Document(text)
        reading = Reading(doc, datasets)
        for dataset in datasets:
            begin = reading.first_offset(dataset)
            if begin is None:
                continue
            runs = reading.runs(dataset, doc.paragraph_starts())
            assert runs[0][0] == begin
            for attribute in dataset.not_held:
                pattern = attribute.words.pattern
                whole = [h[:2] for h in hits(pattern, doc, begin, len(doc.masked))]
                kept = [h for h in whole if reading.dataset_at(h[0]) is dataset]
                found = [h[:2] for lo, hi in runs for h in hits(pattern, doc, lo, hi)]
                assert [h for h in found if reading.dataset_at(h[0]) is dataset] == kept
                searched += len(whole) - len(found)
    assert searched > 0  # some matches lay where no sentence counts the dataset
