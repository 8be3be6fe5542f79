"""What to ask for instead, for a letter to Police Scotland: the model of what is recorded
gives an attribute's Scottish nearest field (``scotland:`` in recorded.yaml, with its own
sources), chosen at check time by the authority's regime, so a Scottish requester is not
told to ask for Home Office codes, outcome types or the online flag. English forces keep
the English words."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from foidraft.authorities.directory import load_directory
from foidraft.errors import RuleFileError
from foidraft.lint.api import check
from foidraft.recorded.loader import model_file
from foidraft.recorded.model import RecordedModel
from foidraft.recorded.validate import ENGLAND_ONLY, load_model_file, validate
from foidraft.rules.counterparts import fields_for

SCOTTISH = load_directory().resolve("police_scotland")
ENGLISH = load_directory().resolve("West Midlands Police")
DATA = load_model_file(model_file())
MODEL = RecordedModel(DATA)

PLATFORM = "How many grooming crimes were recorded in 2023, broken down by the platform used?"
CONVICTED = "How many stalking crimes led to a conviction in 2023?"
LINKED = "Please provide the number of arrests made in 2023 in connection with stalking."


def _said(letter: str, authority: object) -> str:
    """Every FD340 message and rewording the letter is given."""
    findings = check(letter, authority)  # type: ignore[arg-type]
    every = [m for f in findings for m in (f.merged or (f,))]  # those shown as "also" too
    found = [f for f in every if f.rule == "FD340"]
    assert found, letter
    words = [f.message for f in found]
    words += [s.advice or s.title for f in found for s in f.suggestions]
    return "\n".join(w for w in words if w)


@pytest.mark.parametrize("letter", [PLATFORM, CONVICTED, LINKED])
def test_a_scottish_letter_is_told_what_police_scotland_records(letter: str) -> None:
    scottish, english = _said(letter, SCOTTISH), _said(letter, ENGLISH)
    assert not ENGLAND_ONLY.search(scottish), scottish
    assert ENGLAND_ONLY.search(english), english  # England and Wales keep their words


def test_the_scottish_nearest_names_what_scotland_records() -> None:
    assert "cyber marker" in _said(PLATFORM, SCOTTISH)
    assert "online crime flag" in _said(PLATFORM, ENGLISH)
    convicted = _said(CONVICTED, SCOTTISH)
    assert "cleared up" in convicted and "Procurator Fiscal" in convicted
    assert "Crown Prosecution Service" in _said(CONVICTED, ENGLISH)


def test_without_an_authority_the_english_words_stay() -> None:
    assert "online crime flag" in _said(PLATFORM, None)


def test_every_police_attribute_is_told_to_a_scottish_body_without_england_only_words() -> None:
    """The words a Scottish letter reads: the Scottish ones where given, else the English,
    which then must not name England-only recording."""
    for dataset in MODEL.datasets:
        if "police" not in dataset.authority_types:
            continue
        for attribute in dataset.not_held:
            nearest = attribute.nearest_scotland or attribute.nearest
            label = attribute.label_scotland or attribute.label
            assert not ENGLAND_ONLY.search(nearest + label), (dataset.id, attribute.id)


def test_scottish_words_cite_sources_the_file_lists() -> None:
    sources = {s["id"] for s in DATA["sources"]}
    given = 0
    for dataset in load_model_file(model_file())["datasets"]:
        for attribute in dataset["not_held"]:
            if attribute["nearest_scotland"] or attribute["label_scotland"]:
                given += 1
    assert given >= 15  # the test tests something
    assert {"scrs", "scrs_detections", "scot_cyber"} <= sources


def test_fields_for_a_scottish_body_take_the_scottish_words_only_where_given() -> None:
    fields = {"nearest": "English", "nearest_scotland": "Scottish", "attribute": "a",
              "attribute_scotland": ""}  # fmt: skip
    assert fields_for(fields, SCOTTISH)["nearest"] == "Scottish"
    assert fields_for(fields, SCOTTISH)["attribute"] == "a"
    assert fields_for(fields, ENGLISH)["nearest"] == "English"
    assert fields_for(fields, None) is fields


def _raw() -> dict[str, Any]:
    from foidraft.text.safe_yaml import safe_load

    with open(model_file(), encoding="utf-8") as f:
        data: dict[str, Any] = safe_load(f.read())
    return data


def _attribute(data: dict[str, Any], attribute_id: str) -> dict[str, Any]:
    crime = next(d for d in data["datasets"] if d["id"] == "recorded_crime")
    found: dict[str, Any] = next(n for n in crime["not_held"] if n["id"] == attribute_id)
    return found


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (lambda a: a.pop("scotland"), "names England-only recording: add `scotland:`"),
        (lambda a: a["scotland"].update(nearest="the Home Office online flag"),
         "names England-only recording"),
        (lambda a: a["scotland"].update(sources=["nowhere"]), "no source 'nowhere'"),
        (lambda a: a["scotland"].pop("sources"), "missing"),
        (lambda a: a["scotland"].update(colour="red"), "unknown key"),
        (lambda a: a["scotland"].pop("nearest"), "give a `nearest`, a `label` or both"),
    ],
)  # fmt: skip
def test_scottish_words_are_validated_strictly(change: Any, problem: str) -> None:
    data = copy.deepcopy(_raw())
    change(_attribute(data, "platform"))
    with pytest.raises(RuleFileError) as err:
        validate(data, {}, "recorded.yaml")
    assert problem in err.value.details()


def test_the_shipped_file_passes() -> None:
    assert validate(copy.deepcopy(_raw()), {}, "recorded.yaml")["datasets"]


def test_police_scotland_is_told_its_own_disclosure_schemes() -> None:
    # Scotland's schemes are the Disclosure Scheme for Domestic Abuse Scotland and the Sex
    # Offender Community Disclosure Scheme, not Clare's Law and Sarah's Law.
    letter = "How many Clare's Law applications were made in 2023, broken down by gender?"
    scottish, english = _said(letter, SCOTTISH), _said(letter, ENGLISH)
    assert "Disclosure Scheme for Domestic Abuse Scotland" in scottish
    assert "Clare's Law" not in scottish and "Sarah's Law" not in scottish
    assert "(Clare's Law, Sarah's Law)" in english


@pytest.mark.parametrize(
    ("scotland", "problem"),
    [({"name": "disclosure schemes"}, "missing"), ({"name": "x", "sources": ["nowhere"]},
     "no source 'nowhere'"), ({"sources": ["dsdas"]}, "missing"), ({"name": "x", "sources":
     ["dsdas"], "colour": "red"}, "unknown key")],
)  # fmt: skip
def test_a_datasets_scottish_name_is_validated(scotland: dict[str, Any], problem: str) -> None:
    data = copy.deepcopy(_raw())
    schemes = next(d for d in data["datasets"] if d["id"] == "disclosure_schemes")
    schemes["scotland"] = scotland
    with pytest.raises(RuleFileError) as err:
        validate(data, {}, "recorded.yaml")
    assert problem in err.value.details()
