"""The drafts store: files that round-trip, stay private, survive editors and the trash."""

from __future__ import annotations

import datetime as dt
import os
import stat
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from foidraft import paths
from foidraft.drafts import (
    BrokenDraftError,
    ChangedOnDiskError,
    Draft,
    DraftStore,
    load_profile,
    save_profile,
)
from foidraft.drafts.header import KEY_RE, KNOWN, clean_value
from foidraft.drafts.profile import Profile, profile_path
from foidraft.errors import FoidraftError
from foidraft.text.header import render_header, split_header

TITLES = [
    "Stop and search: 2023",
    'He said "no" to my request',
    "Request #1 about costs",
    "- leading dash",
    "---",
    "[bold]x[/]",
    "[red]alert[/red] & {braces}",
    "Café naïve – Überwachung 监控 🚓",
    "'single quotes'",
    "Note:",
    "a: b # c",
    "null",
    "true",
    "2024-01-01",
    "?question",
    "%percent",
    "| pipe",
    "> greater",
    "* star",
    "!bang",
    "@at",
    "`tick`",
    ",comma",
    "x" * 300,
]


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def store() -> DraftStore:
    return DraftStore()


# -- round trip --------------------------------------------------------------------------
@pytest.mark.parametrize("title", TITLES)
def test_unusual_titles_round_trip(store: DraftStore, title: str) -> None:
    draft = store.create(title, body="Dear Sir,\n")
    assert draft.path is not None
    loaded = store.load(draft.name)
    assert loaded.title == title
    assert loaded.body == "Dear Sir,\n"
    assert store.list()[0].title == title


def test_title_whitespace_and_control_characters_are_cleaned(store: DraftStore) -> None:
    draft = store.create("  two\nlines\there \x1b[31mred\x00 ")
    assert store.load(draft.name).title == "two lines here [31mred"


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=st.text(min_size=1, max_size=60), body=st.text(max_size=200))
def test_any_title_and_letter_round_trip(tmp_path: Path, title: str, body: str) -> None:
    if not clean_value(title):
        with pytest.raises(FoidraftError):
            Draft.new(title)
        return
    store = DraftStore(tmp_path / f"d{time.monotonic_ns()}")
    draft = store.create(title, body=body)
    loaded = store.load(draft.name)
    assert loaded.title == clean_value(title)
    assert loaded.body == body


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    key=st.from_regex(KEY_RE, fullmatch=True).filter(lambda k: k not in KNOWN),
    value=st.text(max_size=40),
)
def test_any_extra_field_round_trips(tmp_path: Path, key: str, value: str) -> None:
    store = DraftStore(tmp_path / f"d{time.monotonic_ns()}")
    draft = Draft.new("Extra")
    draft.header[key] = value
    store.save(draft)
    assert store.load(draft.name).extra == {key: " ".join(value.split())}


@pytest.mark.parametrize(
    "body",
    [
        "",
        "no newline at the end",
        "Dear Sir,\r\nPlease provide...\r\n\r\nYours faithfully,\r\n",
        "trailing spaces   \n\n\n   \t",
        "---\ntitle: not a header\n---\nbody after a rule\n",
        "\n\nstarts with blank lines\n",
        "mixed\r\nline\nendings\r",
    ],
)
def test_letter_is_stored_exactly(store: DraftStore, body: str) -> None:
    draft = store.create("Letter", body=body)
    assert store.load(draft.name).body == body
    assert draft.path is not None
    raw = draft.path.read_bytes().decode()
    assert raw.endswith(body)


def test_crlf_letter_gets_a_crlf_header(store: DraftStore) -> None:
    draft = store.create("Windows", body="Dear Sir,\r\nYours,\r\n")
    assert draft.path is not None
    raw = draft.path.read_bytes()
    assert b"\n" not in raw.replace(b"\r\n", b"")
    assert store.load(draft.name).body == "Dear Sir,\r\nYours,\r\n"


def test_unknown_header_fields_are_kept_in_place(store: DraftStore) -> None:
    draft = store.create("Mine")
    assert draft.path is not None
    text = draft.path.read_text()
    text = text.replace("status: draft\n", 'status: draft\nmy-note: "call them: Tuesday"\nx_y: 1\n')
    draft.path.write_text(text)
    loaded = store.load(draft.name)
    assert loaded.extra == {"my-note": "call them: Tuesday", "x_y": "1"}
    loaded.body = "changed\n"
    store.save(loaded)
    fields, _ = split_header(draft.path.read_text())
    assert fields["my-note"] == "call them: Tuesday"
    assert fields["x_y"] == "1"
    keys = list(fields)
    assert keys.index("status") + 1 == keys.index("my-note")


def test_bad_field_name_is_refused_before_writing(store: DraftStore) -> None:
    draft = store.create("Bad field")
    assert draft.path is not None
    before = draft.path.read_bytes()
    draft.header["has space"] = "x"
    with pytest.raises(FoidraftError, match="has space"):
        store.save(draft)
    assert draft.path.read_bytes() == before


def test_a_file_without_header_is_a_draft(store: DraftStore) -> None:
    store.root.mkdir(parents=True)
    (store.root / "my-letter.md").write_text("Dear Council,\nPlease...\n")
    [summary] = store.list()
    assert (summary.title, summary.status, summary.problem) == ("my-letter", "draft", None)
    draft = store.load("my-letter")
    store.save(draft)
    again = store.load("my-letter")
    assert again.body == "Dear Council,\nPlease...\n"
    assert again.header["foidraft"] == "1"
    assert again.title == "my-letter"


def test_byte_order_mark_from_an_editor_is_accepted(store: DraftStore) -> None:
    draft = store.create("Bom", body="x\n")
    assert draft.path is not None
    draft.path.write_bytes(b"\xef\xbb\xbf" + draft.path.read_bytes())
    assert store.load(draft.name).title == "Bom"


def test_typed_fields(store: DraftStore) -> None:
    draft = store.create("Typed", authority="police_scotland")
    draft.ignore = ["FD101", "FD203"]
    draft.tags = ["police", "stop search"]
    draft.reference = "FOI 8A/21"
    draft.template = "crime-figures"
    draft.set_status("sent", dt.date(2024, 5, 1))
    draft.due = dt.date(2024, 5, 30)
    store.save(draft)
    loaded = store.load("typed")
    assert loaded.authority == "police_scotland"
    assert loaded.ignore == ["FD101", "FD203"]
    assert loaded.tags == ["police", "stop search"]
    assert (loaded.reference, loaded.template) == ("FOI 8A/21", "crime-figures")
    assert (loaded.status, loaded.sent, loaded.due) == (
        "sent",
        dt.date(2024, 5, 1),
        dt.date(2024, 5, 30),
    )
    assert dt.datetime.fromisoformat(loaded.updated) >= dt.datetime.fromisoformat(loaded.created)
    loaded.set_status("sent", dt.date(2024, 5, 2))
    assert loaded.due is None  # computed from the old sent date
    with pytest.raises(FoidraftError, match="unknown status"):
        loaded.set_status("lost")
    with pytest.raises(FoidraftError, match="only applies"):
        loaded.set_status("answered", dt.date(2024, 6, 1))
    assert loaded.status == "sent"


# -- privacy -----------------------------------------------------------------------------
def test_files_are_private(store: DraftStore) -> None:
    draft = store.create("Private", body="My address\n")
    assert draft.path is not None
    assert mode(draft.path) == 0o600
    assert mode(store.root) == 0o700
    item = store.delete(draft)
    assert mode(store.trash_root) == 0o700
    assert mode(item.path.parent) == 0o700
    restored = store.restore(item)
    assert mode(restored) == 0o600


def test_an_open_drafts_folder_is_tightened(store: DraftStore) -> None:
    store.root.mkdir(parents=True, mode=0o755)
    store.root.chmod(0o755)
    loose = store.root / "loose.md"
    loose.write_text("hello\n")
    loose.chmod(0o644)
    draft = store.load("loose")
    store.save(draft)
    assert mode(store.root) == 0o700
    assert mode(loose) == 0o600


# -- listing -----------------------------------------------------------------------------
def _set_times(path: Path, updated: str, mtime: float) -> None:
    text = path.read_text()
    fields, body_start = split_header(text)
    fields["updated"] = updated
    path.write_text(render_header(fields) + text[body_start:])
    os.utime(path, (mtime, mtime))


def test_list_is_newest_first(store: DraftStore) -> None:
    old, mid, new = (store.create(t) for t in ("Old", "Mid", "New"))
    base = time.time() - 10_000
    for i, draft in enumerate((old, mid, new)):
        assert draft.path is not None
        stamp = dt.datetime.fromtimestamp(base + i * 100, dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        _set_times(draft.path, stamp, base + i * 100)
    assert [s.title for s in store.list()] == ["New", "Mid", "Old"]
    # Edited in an editor: the file's mtime is the latest change.
    assert old.path is not None
    os.utime(old.path, (base + 500, base + 500))
    assert [s.title for s in store.list()] == ["Old", "New", "Mid"]
    # Restored from a backup with an old mtime: the header still knows.
    assert mid.path is not None
    _set_times(mid.path, "2099-01-01T00:00:00Z", base)
    assert store.list()[0].title == "Mid"


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"---\ntitle: Unclosed\nDear Sir\n", "header line 3"),
        (b"---\ntitle: x\n  - a list item\n---\nbody\n", "header line 3"),
        (b"---\ntitle: x\n", "no closing"),
        (b"---\nfoidraft: 7\ntitle: Future\n---\nbody\n", "format '7'"),
        (b"caf\xe9 latin-1 letter\n", "not UTF-8"),
    ],
)
def test_broken_files_are_listed_with_their_problem(
    store: DraftStore, content: bytes, problem: str
) -> None:
    good = store.create("Good one")
    broken = store.root / "broken-1234.md"
    broken.write_bytes(content)
    summaries = {s.name: s for s in store.list()}
    assert summaries[good.name].problem is None
    assert summaries["broken-1234.md"].problem is not None
    assert problem in summaries["broken-1234.md"].problem
    assert store.find("broken-1234").path == broken  # `drafts path` must still reach it
    with pytest.raises(FoidraftError, match=problem):
        store.load("broken-1234")
    assert broken.read_bytes() == content


def test_broken_header_error_type(store: DraftStore) -> None:
    store.root.mkdir(parents=True)
    (store.root / "b.md").write_text("---\nnot a field\n---\n")
    with pytest.raises(BrokenDraftError):
        store.load("b")


def test_unknown_status_is_flagged_but_loads(store: DraftStore) -> None:
    draft = store.create("Odd status")
    assert draft.path is not None
    draft.path.write_text(draft.path.read_text().replace("status: draft", "status: lost"))
    [summary] = store.list()
    assert summary.problem == "unknown status 'lost'"
    assert store.load(draft.name).header["status"] == "lost"


def test_temp_and_editor_files_are_never_drafts(store: DraftStore) -> None:
    draft = store.create("Real")
    root = store.root
    fresh = root / f".{draft.name}.abc123_x.tmp"
    stale = root / f".{draft.name}.zzz999.tmp"
    for junk in (fresh, stale, root / ".#real.md", root / "real.md~", root / "#real.md#"):
        junk.write_text("---\ntitle: junk\n---\n")
    old = time.time() - 2 * 3600
    os.utime(stale, (old, old))
    assert [s.name for s in store.list()] == [draft.name]
    assert fresh.exists()  # may be a save in progress elsewhere
    assert not stale.exists()


# -- finding -----------------------------------------------------------------------------
def test_find_by_name_stem_title_and_path(store: DraftStore) -> None:
    a = store.create("Stop and search data")
    store.create("Stop and account data")
    assert a.path is not None
    assert store.load(a.name).path == a.path
    assert store.load(a.path.stem).path == a.path
    assert store.load("stop and s").path == a.path
    assert store.load("STOP AND SEARCH DATA").path == a.path
    assert store.load(str(a.path)).path == a.path
    with pytest.raises(FoidraftError, match="matches 2 drafts"):
        store.load("stop and")
    with pytest.raises(FoidraftError, match="no draft matches"):
        store.load("nothing like it")
    with pytest.raises(FoidraftError, match="not a draft in"):
        store.load("../profile.json")
    with pytest.raises(FoidraftError):
        store.load("")


# -- saving over other people's changes -------------------------------------------------
def test_changes_on_disk_are_detected_and_not_overwritten(store: DraftStore) -> None:
    draft = store.create("Shared", body="v1\n")
    assert draft.path is not None
    assert not store.changed_on_disk(draft)
    edited = draft.path.read_text().replace("v1", "edited in vim")
    draft.path.write_text(edited)
    assert store.changed_on_disk(draft)
    draft.body = "v2 from the app\n"
    with pytest.raises(ChangedOnDiskError) as info:
        store.save(draft)
    assert not info.value.gone
    assert draft.path.read_text() == edited
    with pytest.raises(ChangedOnDiskError):
        store.save_if_changed(draft)
    assert store.reload(draft).body == "edited in vim\n"
    store.save(draft, force=True)
    assert store.load(draft.name).body == "v2 from the app\n"
    assert not store.changed_on_disk(draft)


def test_same_content_rewritten_is_not_a_change(store: DraftStore) -> None:
    draft = store.create("Touched")
    assert draft.path is not None
    draft.path.write_bytes(draft.path.read_bytes())
    os.utime(draft.path, (1, 1))
    assert not store.changed_on_disk(draft)


def test_deleted_on_disk_is_a_change(store: DraftStore) -> None:
    draft = store.create("Vanishing")
    assert draft.path is not None
    draft.path.unlink()
    assert store.changed_on_disk(draft)
    with pytest.raises(ChangedOnDiskError) as info:
        store.save(draft)
    assert info.value.gone
    store.save(draft, force=True)
    assert draft.path.exists()


def test_save_if_changed_only_writes_changes(store: DraftStore) -> None:
    draft = store.create("Auto", body="a\n")
    assert draft.path is not None
    before = draft.path.read_bytes()
    assert store.save_if_changed(draft) is False
    assert draft.path.read_bytes() == before
    draft.body = "b\n"
    assert store.save_if_changed(draft) is True
    assert store.load(draft.name).body == "b\n"
    assert store.save_if_changed(draft) is False


def test_rename_keeps_the_file_name(store: DraftStore) -> None:
    draft = store.create("First title")
    name = draft.name
    store.rename(draft, "Second: better title")
    assert draft.name == name
    assert store.load(name).title == "Second: better title"
    assert len(store.list()) == 1


def test_duplicate_is_a_fresh_unsent_copy(store: DraftStore) -> None:
    draft = store.create("Original", body="letter\n", authority="wmp")
    draft.header["mine"] = "kept"
    draft.set_status("sent", dt.date(2024, 1, 2))
    draft.reference = "REF1"
    store.save(draft)
    copy = store.duplicate(draft)
    assert copy.name != draft.name
    loaded = store.load(copy.name)
    assert (loaded.title, loaded.body, loaded.authority) == ("Original (copy)", "letter\n", "wmp")
    assert (loaded.status, loaded.sent, loaded.reference) == ("draft", None, "")
    assert loaded.extra == {"mine": "kept"}
    assert store.load(draft.name).status == "sent"


def test_same_title_gets_distinct_files(store: DraftStore) -> None:
    names = {store.create("Same").name for _ in range(20)}
    assert len(names) == 20
    assert all(n.startswith("same-") and n.endswith(".md") for n in names)


# -- trash -------------------------------------------------------------------------------
def test_delete_restore_purge(store: DraftStore) -> None:
    draft = store.create("To bin", body="keep me\n")
    assert draft.path is not None
    content = draft.path.read_bytes()
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)
    item = store.delete(draft)
    assert store.list() == []
    [listed] = store.trash()
    assert (listed.name, listed.title, listed.id) == (draft.name, "To bin", item.id)
    assert listed.deleted >= before
    assert listed.path.read_bytes() == content
    restored = store.restore(store.find_in_trash("to bin"))
    assert restored.name == draft.name
    assert restored.read_bytes() == content
    assert store.trash() == []
    item = store.delete(store.find(draft.name))
    store.purge(item)
    assert store.trash() == []
    assert not item.path.parent.exists()


def test_restore_never_overwrites(store: DraftStore) -> None:
    draft = store.create("Clash", body="deleted version\n")
    name = draft.name
    item = store.delete(draft)
    assert draft.path is not None
    draft.path.write_text("---\ntitle: Newer\n---\nnew version\n")
    restored = store.restore(item)
    assert restored.name != name
    assert restored.name.startswith("clash-")
    assert store.load(name).body == "new version\n"
    assert store.load(restored.name).body == "deleted version\n"


def test_two_deleted_drafts_with_one_name(store: DraftStore) -> None:
    draft = store.create("Twice", body="first\n")
    assert draft.path is not None
    path = draft.path
    first = store.delete(draft)
    path.write_text("---\ntitle: Twice\n---\nsecond\n")
    second = store.delete(store.find(path.name))
    assert first.id != second.id
    with pytest.raises(FoidraftError, match="matches 2 deleted drafts"):
        store.find_in_trash(path.name)
    store.restore(store.find_in_trash(first.id))
    assert store.load(path.name).body == "first\n"
    restored = store.restore(store.find_in_trash(path.name))
    assert store.load(restored.name).body == "second\n"


def test_default_trash_is_the_data_trash(store: DraftStore) -> None:
    assert store.root == Path(paths.drafts_dir())
    assert store.trash_root == Path(paths.trash_dir())


# -- check on a saved draft --------------------------------------------------------------
def test_check_honours_the_header_ignore_field(store: DraftStore) -> None:
    import foidraft

    draft = store.create("Crimes in 2019/20", body="Please provide crimes recorded in 2019/20.\n")
    assert draft.path is not None
    text = draft.path.read_text()
    findings = foidraft.check(text)
    assert any(f.rule == "FD101" for f in findings)
    assert all(f.start >= split_header(text)[1] for f in findings)  # not the title
    draft.ignore = ["FD101"]
    store.save(draft)
    assert not any(f.rule == "FD101" for f in foidraft.check(draft.path.read_text()))


SCOTTISH_RULE = """\
version: 1
rules:
  - id: FD990
    name: scottish-only-demo
    kind: too_broad
    severity: warning
    message: "'{match}' is broad."
    why: Because.
    evidence:
      - title: A case
        url: https://example.org/case
    patterns:
      - phrase: all information
    applies_to:
      regimes: [FOISA]
    suggestions:
      - title: Narrow it
        replace: the minutes of the meeting
    examples:
      bad: [Please send all information.]
      good: [Please send the minutes.]
"""


@pytest.mark.parametrize(
    ("authority", "fires"),
    [("police_scotland", True), ("Police Scotland", True), ("", False), ("no such body", False)],
)
def test_check_honours_the_header_authority(
    store: DraftStore, tmp_path: Path, authority: str, fires: bool
) -> None:
    from foidraft.lint.api import check
    from foidraft.rules.model import Rule, RuleSet
    from foidraft.rules.registry import load_rule_data

    rule_file = tmp_path / "rules.yaml"
    rule_file.write_text(SCOTTISH_RULE)
    data = load_rule_data([(str(rule_file), "user")], cache_dir=str(tmp_path / "cache"))
    rules = RuleSet([Rule(d) for d in data])
    draft = store.create("All information", body="Please send all information.\n")
    draft.authority = authority
    store.save(draft)
    assert draft.path is not None
    found = [f.rule for f in check(draft.path.read_text(), ruleset=rules)]
    assert found == (["FD990"] if fires else [])


# -- profile -----------------------------------------------------------------------------
def test_profile_round_trip_and_privacy() -> None:
    assert load_profile() == Profile()
    assert not load_profile().has_name
    save_profile(
        Profile(name=" Jo  Bloggs ", email="jo@example.org", address="1 High St\r\nTown\n")
    )
    path = profile_path()
    assert mode(path) == 0o600
    loaded = load_profile()
    assert (loaded.name, loaded.email, loaded.address) == (
        "Jo Bloggs",
        "jo@example.org",
        "1 High St\nTown",
    )
    assert loaded.has_name


def test_profile_keeps_unknown_keys() -> None:
    path = profile_path()
    path.parent.mkdir(parents=True)
    path.write_text('{"version": 1, "name": "Jo", "phone": "0123"}')
    profile = load_profile()
    profile.email = "jo@example.org"
    save_profile(profile)
    assert '"phone": "0123"' in path.read_text()


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", '{"name": 3}', "\xff"])
def test_damaged_profile_is_an_error_and_left_alone(content: str) -> None:
    path = profile_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(content.encode("latin-1"))
    with pytest.raises(FoidraftError, match=r"profile\.json"):
        load_profile()
    assert path.read_bytes() == content.encode("latin-1")


def test_bad_email_is_refused() -> None:
    with pytest.raises(FoidraftError, match="email"):
        save_profile(Profile(name="Jo", email="not an email"))
    assert not profile_path().exists()


def test_the_list_says_which_batch_a_draft_belongs_to(store: DraftStore) -> None:
    one = store.create("For GMP", "Dear GMP,\n", "gmp")
    one.batch = "tasers"
    store.save(one)
    store.create("On its own", "Dear WMP,\n", "wmp")
    batches = {s.title: s.batch for s in store.list()}
    assert batches == {"For GMP": "tasers", "On its own": ""}
