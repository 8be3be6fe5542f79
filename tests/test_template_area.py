"""A template saved from a draft whose title or letter names the draft's own authority or a
place in its area ("Knife crime in Manchester", to Greater Manchester Police) says so when
it is saved and offers each authority's own area ({authority.area}): unflagged, a batch
sent "Manchester" to every force."""

from __future__ import annotations

import datetime as dt

from foidraft.authorities.directory import load_directory
from foidraft.authorities.places import area_of
from foidraft.drafts import Draft, DraftStore
from foidraft.templates import AREA, TemplateStore, propose_area, propose_title, template_from_draft
from tests.conftest import Cli

LETTER = (
    "Dear Greater Manchester Police,\n\nPlease tell me how many knife crimes were recorded "
    "in Manchester and Salford in the financial year 2023/24.\n\nYours faithfully,\nJo Bloggs\n"
)
DAY = dt.date(2026, 12, 7)


def force(ref: str):  # type: ignore[no-untyped-def]
    found = load_directory().find(ref)
    assert found is not None
    return found


def test_places_in_the_area_are_found_in_the_title_and_the_letter() -> None:
    gmp = force("gmp")
    title = propose_title("Knife crime in Manchester (GMP)", gmp)
    assert [(r.text, r.placeholder) for r in title] == [
        ("Manchester", AREA), ("GMP", "{authority.short_name}"),
    ]  # fmt: skip
    # The force's own name holds "Greater Manchester": that is a name, not a place to offer.
    assert [r.text for r in propose_area(LETTER, gmp, besides=[])][1:] == ["Manchester and Salford"]
    assert propose_area("Knife crime in Coventry", gmp) == []  # another force's area
    assert propose_area("knife crime in manchester", gmp) == []  # a place as written
    assert (area_of(gmp), area_of(force("wmp")), area_of(force("btp"))) == (
        "Greater Manchester", "West Midlands", "the area it covers",
    )  # fmt: skip
    from foidraft.authorities.infer import resolve_any

    councils = ("Leeds City Council", "Frome Town Council", "London Borough of Camden")
    assert [area_of(resolve_any(name)[0]) for name in councils] == ["Leeds", "Frome", "Camden"]


def test_the_title_names_a_force_in_its_field_and_the_area_only_when_asked() -> None:
    draft = Draft.new("Knife crime in Manchester for Greater Manchester Police", LETTER, "gmp")
    plain = template_from_draft(draft, force("gmp"))
    assert plain.title == "Knife crime in Manchester for {authority.name}"
    both = template_from_draft(
        draft, force("gmp"), title_fields=("{authority.name}", AREA), name=None
    )
    assert both.title == "Knife crime in {authority.area} for {authority.name}"
    assert both.name.startswith("knife-crime-in-manchester-for")  # as the user titled it
    out = both.render(force("wmp"), today=DAY)
    assert out.title == "Knife crime in West Midlands for West Midlands Police"


def test_template_save_says_so_and_area_fills_each_ones(
    cli: Cli,
) -> None:
    DraftStore().save(Draft.new("Knife crime in Manchester", LETTER, "gmp"))
    code, _, err = cli("template", "save", "Knife crime in Manchester")
    assert code == 0
    said = [line for line in err.splitlines() if "Manchester and Salford" in line]
    assert len(said) == 1 and '"Manchester"' in said[0] and "--area" in said[0], err
    assert "Greater Manchester Police" in said[0] and "every authority" in said[0]
    kept = TemplateStore().get("knife-crime-in-manchester")
    assert kept.title == "Knife crime in Manchester" and "in Manchester and Salford" in kept.body
    code, _, err = cli(
        "template", "save", "Knife crime in Manchester", "--area", "--name", "Knives"
    )
    assert code == 0 and "--area" not in err, err
    assert 'replaced "Manchester and Salford" with {authority.area}' in err
    knives = TemplateStore().get("knives")
    out = knives.render(force("wmp"), today=DAY)
    assert "recorded in West Midlands in the financial" in out.body
    assert "Manchester" not in out.body + out.title
