"""The offences model (foidraft/data/offences.yaml): sourced, strictly validated, and the
one source of the interview's codes, flags, outcome types and breakdowns."""

from __future__ import annotations

from pathlib import Path

import pytest

from foidraft.errors import RuleFileError
from foidraft.interview import load_flows
from foidraft.recorded.loader import default_model
from foidraft.recorded.offences import load_offences, offences_file


def test_every_home_office_group_is_covered_with_real_codes() -> None:
    model = load_offences()
    assert len(model.offences) >= 120
    codes = {o.code for o in model.offences}
    for code in ("8N", "10D", "28E", "46", "71/17", "88A", "86/10", "92A", "105A", "106"):
        assert code in codes
    assert {o.group for o in model.offences} == set(model.groups)
    assert model.offence("71/17").parent == "71"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("words", "offences", "flags", "only"),
    [
        ("knife crime near schools", {"10D", "8N", "34B"}, ("knife",), False),
        ("hate crimes by strand", {"all"}, ("hate_crime",), True),
        ("domestic violence", {"all"}, ("domestic_abuse",), True),
        ("shoplifting at the retail park", {"46"}, (), False),
        ("burglaries", {"28E", "30C"}, (), False),
    ],
)
def test_everyday_words_find_codes_and_flags(
    words: str, offences: set[str], flags: tuple[str, ...], only: bool
) -> None:
    found = load_offences().suggest(words)
    assert offences <= set(found.offences)
    assert found.flags == flags and found.only_flagged is only


def test_scottish_words_find_scottish_crime_names() -> None:
    found = load_offences().suggest("housebreaking in Glasgow", scotland=True)
    assert found.offences == ("scot:housebreaking",)
    assert load_offences().suggest("knife crime", scotland=True).flags == ()  # no such flag


def test_hate_crime_has_its_five_strands_and_scotland_its_aggravations() -> None:
    flag = load_offences().flag("hate_crime")
    assert flag is not None
    assert [s for s, _ in flag.strands] == [
        "race", "religion", "sexual_orientation", "disability", "transgender"
    ]  # fmt: skip
    assert len(flag.scotland["strands"]) == 7


def test_breakdowns_are_the_fields_the_model_says_records_hold() -> None:
    """The interview offers exactly the model's fields: each breakdown names a dataset
    field, and every field of the datasets the flows count is offered somewhere."""
    recorded = default_model()
    lists = load_offences().breakdowns
    offered_elsewhere = {"recorded_crime": {"offence", "outcome", "flags", "date", "area"}}
    for name, spec in lists.items():
        dataset = recorded.dataset(spec["dataset"])
        assert dataset is not None, name
        fields = {f.id for f in dataset.fields}
        used = {c["field"] for c in spec["choices"]}
        assert used <= fields, name
    crime = {f.id for f in recorded.dataset("recorded_crime").fields}  # type: ignore[union-attr]
    used = {c["field"] for c in lists["crime-breakdowns"]["choices"]}
    assert crime == used | offered_elsewhere["recorded_crime"]


def test_flows_take_their_lists_from_the_model() -> None:
    flows = load_flows()
    crime = flows["crime-statistics"]
    offered = {c.value for c in crime.question("offences").choices}
    assert offered == {"all", *(o.code for o in load_offences().offences)}
    assert not list((Path(offences_file()).parents[2] / "prompts" / "lists").glob("*.yaml"))


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('{code: "44", name: Theft', '{code: "4 4", name: Theft', "is not a Home"),
        ("sources: [ons_hierarchy]}", "sources: [nowhere]}", "no source 'nowhere'"),
        ("field: victim,", "field: victims,", "no field 'victims'"),
        ('    counted_on: ["1",', '    counted_on: ["1Z",', "no offence '1Z'"),
    ],
)
def test_bad_data_is_reported_with_its_line(
    tmp_path: Path, old: str, new: str, message: str
) -> None:
    text = Path(offences_file()).read_text(encoding="utf-8")
    assert old in text
    bad = tmp_path / "offences.yaml"
    bad.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(RuleFileError) as caught:
        load_offences(str(bad))
    problems = [str(p) for p in caught.value.problems]
    assert any(message in p and f"{bad}:" in p for p in problems), problems
