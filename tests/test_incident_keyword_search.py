"""A thing named in an incident log's free text (an e-scooter, fireworks, a drink spiked) is
found by a keyword search of the log's opening text, which forces run and answer as a count
(FD353, the model's entries with a ``search``); who the people involved were is read from
each log (FD340). Each not-held attribute is read by exactly one of the two."""

from __future__ import annotations

import pytest

from foidraft.authorities.infer import resolve_any
from foidraft.lint.api import check
from foidraft.lint.document import Document
from foidraft.lint.model_hits import not_held_hits
from foidraft.recorded.loader import model_file
from foidraft.recorded.model import RecordedModel
from foidraft.recorded.validate import RuleFileError, load_model_file, validate

MODEL = RecordedModel(load_model_file(model_file()))


def _ids(text: str, searchable: bool) -> list[str]:
    hits = not_held_hits(Document(text), MODEL, "police", searchable)
    return [h[3]["attribute_id"] for h in hits]


@pytest.mark.parametrize(
    ("text", "searched", "read"),
    [
        ("How many incidents involving e-scooters were logged in 2023?", "narrative_content", None),
        ("How many calls about drink spiking did you receive in 2022?", "phenomenon", None),
        ("How many incidents in 2023 involved young people?", None, "people_involved"),
        # Crimes are classified by offence code: a phenomenon there stays one read from each record.
        ("How many crimes of drink spiking were recorded in 2022?", None, "phenomenon"),
    ],
)
def test_each_attribute_is_read_by_one_model(
    text: str, searched: str | None, read: str | None
) -> None:
    assert _ids(text, True) == ([searched] if searched else [])
    assert (read in _ids(text, False)) if read else _ids(text, False) == []


def test_the_finding_names_the_field_to_search() -> None:
    text = "How many incidents involving fireworks were logged in 2023?"
    found = [f for f in check(text, resolve_any("Cleveland Police", None)[0]) if f.rule == "FD353"]
    assert len(found) == 1
    assert "opening text of each incident log" in found[0].message
    assert "FD340" not in {f.rule for f in check(text)}


def test_a_search_field_must_be_words() -> None:
    entry = {"id": "thing", "label": "a thing", "words": ["thing"], "nearest": "n", "why": "w",
             "evidence": [{"title": "t", "url": "https://example.org/t"}]}  # fmt: skip
    dataset = {"id": "logs", "name": "logs", "for": ["police"], "sources": ["s"], "units": ["logs"],
               "fields": [], "not_held": [entry]}  # fmt: skip
    data = {"version": 1, "sources": {"s": {"title": "t", "url": "https://example.org/s"}},
            "datasets": [dataset], "terms": []}  # fmt: skip
    assert validate(data, {}, "model.yaml")["datasets"][0]["not_held"][0]["search"] is None
    entry["search"] = ["not", "words"]
    with pytest.raises(RuleFileError):
        validate(data, {}, "model.yaml")


def test_a_field_of_another_dataset_the_sentence_counts_covers_the_phrase() -> None:
    # Officers are named first, but the count is of sick leave, whose reason is recorded.
    counted = "How many police officers took sick leave for mental health reasons in 2023?"
    assert _ids(counted, False) == []
    # Without sick leave in the sentence, a person's health stays in their file.
    assert "health_detail" in _ids(
        "How many officers left the force due to mental health in 2023?", False
    )
