"""Templates: placeholders, safe substitution, the store, saving a draft as a template."""

from __future__ import annotations

import datetime as dt
import stat
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from foidraft.authorities.directory import load_directory
from foidraft.authorities.model import Authority
from foidraft.drafts import Draft, DraftStore
from foidraft.errors import FoidraftError
from foidraft.templates import (
    MissingFieldsError,
    Template,
    TemplateStore,
    TemplateSyntaxError,
    draft_from_template,
    escape,
    propose_replacements,
    template_from_draft,
    template_from_text,
)
from foidraft.templates.fields import BUILTIN, DESCRIPTIONS
from tests.conftest import Cli

DAY = dt.date(2024, 6, 1)


def authority(ref: str) -> Authority:
    found = load_directory().get(ref)
    assert found is not None
    return found


def make(body: str, header: str = "") -> Template:
    return template_from_text(f"---\ntitle: T\n{header}---\n{body}", "t.md")


# -- placeholders --------------------------------------------------------------------------
def test_placeholders_are_listed_in_order_with_the_users_fields() -> None:
    t = template_from_text(
        "---\ntitle: Arrests {topic}\nfields: period, unused\ndefault-period: 2023\n---\n"
        "Dear {authority.name},\nUnder {authority.act}, {topic} in {period}; {topic} again.\n",
        "t.md",
    )
    assert t.placeholders == ("topic", "authority.name", "authority.act", "period")
    assert t.fields == ("period", "unused", "topic")
    assert dict(t.defaults) == {"period": "2023"}


def test_missing_fields_are_all_named_and_nothing_is_rendered() -> None:
    t = make("Dear {authority.name},\n{topic} in {period} ({area}).\n", "fields: area\n")
    with pytest.raises(MissingFieldsError) as caught:
        t.render(None, {"area": "  "}, today=DAY)  # blank counts as missing
    assert caught.value.missing == ["authority.name", "topic", "period", "area"]
    assert all(name in caught.value.message for name in ("topic", "period", "area"))
    rendered = t.render(authority("gmp"), {"area": "Bury", "topic": "x", "period": "y"}, today=DAY)
    assert rendered.body == "Dear Greater Manchester Police,\nx in y (Bury).\n"


def test_a_value_for_a_field_the_template_lacks_is_an_error() -> None:
    with pytest.raises(FoidraftError, match="no field 'perod'"):
        make("{period}\n").render(None, {"perod": "2023"})


@pytest.mark.parametrize(
    "text",
    [
        "{authority.__class__}",
        "{authority.name.__class__}",
        "{0.__init__}",
        "{0}",
        "{}",
        "{period:>10}",
        "{period!r}",
        "{period[0]}",
        "{period.__len__}",
        "{authority.nmae}",
        "{period|title}",
        "{__import__('os')}",
        "a { b",
        "a } b",
    ],
)
def test_anything_but_a_placeholder_between_braces_is_an_error(text: str) -> None:
    with pytest.raises(TemplateSyntaxError, match="line 2"):
        make(f"Dear Sir,\n{text}\n")


def test_values_are_inserted_literally_never_expanded_or_formatted() -> None:
    t = make("A {x} B {y|upper}\n")
    nasty = "{authority.name} {0.__class__} %s {{ }}"
    out = t.render(None, {"x": nasty, "y": "{z}"}).body
    assert out == f"A {nasty} B {{Z}}\n"


def test_doubled_braces_are_literal_and_filters_change_case() -> None:
    t = make("{{period}} }} {{ {authority.act|cap}. {authority.short_name|upper}\n")
    assert t.placeholders == ("authority.act", "authority.short_name")
    out = t.render(authority("police_scotland"), today=DAY).body
    assert out == "{period} } { The Freedom of Information (Scotland) Act 2002. POLICE SCOTLAND\n"


def test_the_act_after_a_written_the_reads_once() -> None:
    """`foidraft template fields` says {authority.act} is "the Freedom of Information Act
    2000"; a requester who wrote "Under the {authority.act}" got "Under the the ..." in
    every force's letter (walked as a new user), and the check said nothing."""
    t = make("Under the {authority.act}, and The {authority.act|cap}; thé {authority.act}\n")
    out = t.render(authority("gmp"), today=DAY).body
    assert out == (
        "Under the Freedom of Information Act 2000, and The Freedom of Information Act 2000; "
        "thé the Freedom of Information Act 2000\n"
    )
    assert make("Under {authority.act}.\n").render(authority("gmp"), today=DAY).body == (
        "Under the Freedom of Information Act 2000.\n"
    )
    assert make("Breathe {x}\n").render(None, {"x": "the air"}).body == "Breathe the air\n"


@given(st.text(max_size=200))
def test_escaped_text_renders_back_exactly(text: str) -> None:
    parsed = make(escape(text))
    assert parsed.placeholders == ()
    assert parsed.render(None).body == text


def test_every_builtin_field_is_described_and_filled_for_an_authority() -> None:
    assert set(DESCRIPTIONS) == set(BUILTIN)
    for ref in ("gmp", "police_scotland"):
        body = " ".join("{" + name + "}" for name in sorted(BUILTIN))
        rendered = make(body + "\n").render(authority(ref), today=DAY).body
        assert "{" not in rendered and "}" not in rendered


def test_authority_fields_follow_the_authority() -> None:
    t = make("{authority.act}|{authority.cost_limit}|{authority.hours}|{authority.offence_codes}\n")
    scot = t.render(authority("police_scotland"), today=DAY).body.split("|")
    eng = t.render(authority("wmp"), today=DAY).body.split("|")
    assert scot[:3] == ["the Freedom of Information (Scotland) Act 2002", "£600", "40"]
    assert "Home Office" not in scot[3] and "Scottish" in scot[3]
    assert eng[:3] == ["the Freedom of Information Act 2000", "£450", "18"]
    assert "Home Office" in eng[3]


# -- the store -----------------------------------------------------------------------------
def test_save_list_find_and_load_round_trip(tmp_path: Path) -> None:
    store = TemplateStore(tmp_path / "templates")
    t = Template(
        name="arrests.md",
        title="Arrests: by {topic}",
        authority="",
        body="Dear {authority.name},\n{topic} for {period}.\n",
        fields=("period", "topic"),
        defaults={"period": "the calendar year 2023"},
    )
    saved = store.save(t)
    assert saved.path == tmp_path / "templates" / "arrests.md"
    assert stat.S_IMODE(saved.path.stat().st_mode) == 0o600
    [summary] = store.list()
    assert (summary.title, summary.fields, summary.problem) == (t.title, ("period", "topic"), None)
    loaded = store.get("arrests")
    assert (loaded.body, loaded.fields, dict(loaded.defaults)) == (
        t.body,
        t.fields,
        {"period": "the calendar year 2023"},
    )
    assert store.find("Arrests").name == "arrests.md"
    with pytest.raises(FoidraftError, match="already a template"):
        store.save(t)
    again = store.save(Template("arrests.md", "New", "", "x\n"), overwrite=True)
    assert again.path is not None
    assert store.load(again.path).title == "New"
    assert store.load(again.path).created == loaded.created


def test_a_broken_template_is_listed_with_its_problem(tmp_path: Path) -> None:
    store = TemplateStore(tmp_path)
    (tmp_path / "bad.md").write_text("---\ntitle: Bad\n---\n{0.__init__}\n", encoding="utf-8")
    [summary] = store.list()
    assert summary.problem is not None and "not a placeholder" in summary.problem
    with pytest.raises(TemplateSyntaxError):
        store.get("bad")


def test_a_new_draft_from_a_template(tmp_path: Path) -> None:
    store = TemplateStore(tmp_path)
    t = store.save(make("Dear {authority.name},\nFor {period}.\n", "fields: period\n"))
    with pytest.raises(MissingFieldsError) as caught:
        draft_from_template(t, None)
    assert caught.value.missing == ["authority.name", "period"]
    d = draft_from_template(t, authority("gmp"), {"period": "2023"}, today=DAY)
    assert (d.title, d.authority, d.template, d.body, d.path) == (
        "T",
        "gmp",
        "t.md",
        "Dear Greater Manchester Police,\nFor 2023.\n",
        None,
    )
    assert store.delete("t") == tmp_path / "t.md" and store.list() == []


def test_the_apps_use_of_a_plain_template_still_works(tmp_path: Path) -> None:
    (tmp_path / "arrests.md").write_text(
        "---\ntitle: Arrests template\nauthority: gmp\n---\nDear GMP,\n", encoding="utf-8"
    )
    t = TemplateStore(tmp_path).load(tmp_path / "arrests.md")
    assert (t.name, t.title, t.authority, t.body) == (
        "arrests.md",
        "Arrests template",
        "gmp",
        "Dear GMP,\n",
    )


# -- from a draft --------------------------------------------------------------------------
LETTER = (
    "Dear West Midlands Police,\n\n"
    "Under the Freedom of Information Act 2000, please tell me how many crimes WMP recorded "
    "in {period}. My Freedom of Information Act request is {simple}.\n\n"
    "If this costs more than £450 (18 hours), answer Q1 only. {0.__init__} stays as typed.\n\n"
    "Yours faithfully,\n\nJane Smith\n"
)


def test_save_as_template_replaces_the_authority_specific_wording() -> None:
    draft = Draft.new("Crimes", LETTER, "wmp")
    wmp = authority("wmp")
    found = {(r.text, r.placeholder) for r in propose_replacements(draft.body, wmp)}
    assert found == {
        ("West Midlands Police", "{authority.name}"),
        ("the Freedom of Information Act 2000", "{authority.act}"),
        ("WMP", "{authority.short_name}"),
        ("£450", "{authority.cost_limit}"),
        ("18 hours", "{authority.hours} hours"),
    }
    t = template_from_draft(draft, wmp)
    assert t.authority == ""  # it no longer names one authority
    assert t.fields == ("period", "simple")
    out = t.render(
        authority("police_scotland"), {"period": "2023", "simple": "short"}, today=DAY
    ).body
    assert out.startswith("Dear Police Scotland,\n\nUnder the Freedom of Information (Scotland)")
    assert "£600 (40 hours)" in out and "Police Scotland recorded" in out
    assert "My Freedom of Information Act request" in out  # no "the" or year: left alone
    assert "{0.__init__} stays as typed" in out


def test_save_as_template_can_keep_the_wording_exactly() -> None:
    draft = Draft.new("Crimes", LETTER, "wmp")
    t = template_from_draft(draft, authority("wmp"), name="Exact copy", replacements=())
    assert (t.name, t.title, t.authority) == ("exact-copy.md", "Exact copy", "wmp")
    out = t.render(None, {"period": "{period}", "simple": "{simple}"}).body
    assert out == LETTER


def test_template_cli(cli: Cli, tmp_path: Path) -> None:
    letter = tmp_path / "letter.txt"
    letter.write_text(LETTER, encoding="utf-8")
    assert cli("drafts", "new", "Crimes by force", "--from", str(letter))[0] == 0
    code, out, err = cli("template", "save", "crimes", "--name", "Crime figures")
    assert code == 0
    path = Path(out.strip())
    assert path.name == "crime-figures.md" and path.parent == TemplateStore().root
    assert 'replaced "West Midlands Police" with {authority.name}' in err
    code, out, _ = cli("template", "list")
    assert code == 0 and "Crime figures" in out and "period, simple" in out
    code, out, _ = cli("template", "show", "crime")
    assert code == 0 and out == path.read_text(encoding="utf-8")
    code, out, _ = cli("template", "fields", "crime-figures")
    assert code == 0 and "{period}  required" in out and "{authority.act}" in out
    code, _, err = cli("template", "save", "crimes", "--name", "Crime figures")
    assert code == 2 and "already a template" in err
    assert cli("template", "save", "crimes", "--name", "Crime figures", "--force")[0] == 0
    code, _, err = cli("template", "show", "nothing")
    assert code == 2 and err.startswith("foidraft: error: no template matches 'nothing'")
    assert len(DraftStore().list()) == 1


def test_a_template_linking_outside_its_folder_is_listed_only_as_a_problem(
    tmp_path: Path, cli: Cli
) -> None:
    """As with drafts (foidraft.drafts.files.links_outside): never read through it."""
    outside = tmp_path / "elsewhere" / "passwd"
    outside.parent.mkdir()
    outside.write_text("---\ntitle: Secret\n---\nroot:x:0:0\n", encoding="utf-8")
    store = TemplateStore()  # the user's folder, which the CLI reads
    store.root.mkdir(parents=True)
    (store.root / "passwd.md").symlink_to(outside)
    [summary] = store.list()
    assert summary.title == "passwd"  # from the name: the file was not read
    assert summary.problem is not None and "outside the templates folder" in summary.problem
    with pytest.raises(FoidraftError, match="outside the templates folder"):
        store.get("passwd")
    code, out, err = cli("template", "show", "passwd")
    assert code != 0 and "root:x" not in out and "outside the templates folder" in err
