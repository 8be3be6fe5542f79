"""Exports: plain text, .eml, mailto: and WhatDoTheyKnow links, and a whole batch."""

from __future__ import annotations

import csv
import datetime as dt
import email
import stat
from email import policy
from email.utils import parsedate_to_datetime
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from foidraft.authorities.directory import load_directory
from foidraft.authorities.model import Authority
from foidraft.batch import plan_batch, write_batch
from foidraft.cli import main
from foidraft.drafts import Draft, DraftStore, Profile, save_profile
from foidraft.errors import FoidraftError
from foidraft.export import (
    draft_eml,
    draft_mailto_url,
    draft_text,
    draft_wdtk_url,
    export_batch,
    plain_text,
    save_export,
    split_letter,
    wdtk_letter,
)
from foidraft.export.before_sending import before_sending, key_terms
from foidraft.templates import template_from_text

MIDDLE = (
    "Please provide the number of crimes recorded in 2023 (Q1 & Q2): 100% of them, #1 first?\n"
    "> a line quoted from your reply stays\n"
    "\n"
    "Costs over £450 + VAT; naïve café ☕ <!-- foidraft: ignore FD101 -->\n"
    "<!-- foidraft: ignore -->\n"
    "Second paragraph, a=b&c=d."
)
LETTER = f"Dear Greater Manchester Police,\n\n{MIDDLE}\n\nYours faithfully,\n\nJane Smith\n"
CLEAN_MIDDLE = MIDDLE.replace(" <!-- foidraft: ignore FD101 -->", "").replace(
    "<!-- foidraft: ignore -->\n", ""
)


def gmp(email_address: str = "") -> Authority:
    """A copy of GMP's entry (the directory's own is shared), with ``email`` confirmed."""
    found = load_directory().get("gmp")
    assert found is not None
    fields = {k: getattr(found, k) for k in Authority.__slots__}
    return Authority(**{**fields, "email": email_address})


def draft(body: str = LETTER) -> Draft:
    return Draft.new("Crimes & costs: 2023 #1", body, "gmp")


def test_plain_text_drops_the_header_and_markers_only() -> None:
    text = "---\ntitle: X\nauthority: gmp\n---\r\n" + LETTER.replace("\n", "\r\n")
    out = plain_text(text)
    assert out == LETTER.replace(MIDDLE, CLEAN_MIDDLE)
    assert "foidraft" not in out and "> a line quoted" in out
    assert draft_text(draft()) == out


def test_the_letter_splits_into_greeting_middle_and_sign_off() -> None:
    greeting, middle, sign_off = split_letter(plain_text(LETTER))
    assert greeting == "Dear Greater Manchester Police,"
    assert middle == CLEAN_MIDDLE
    assert sign_off == "Yours faithfully,\n\nJane Smith"
    assert split_letter("Please send it.\n") == ("", "Please send it.", "")
    # a sign-off followed by more than a signature is part of the letter, not its end
    long_tail = "Regards\n" + "\n".join(f"point {i}" for i in range(12))
    assert split_letter(long_tail)[2] == ""


def test_wdtk_link_opens_the_request_with_title_and_letter() -> None:
    url = draft_wdtk_url(draft(), gmp())
    parts = urlsplit(url)
    assert (parts.scheme, parts.netloc, parts.path) == (
        "https",
        "www.whatdotheyknow.com",
        "/new/gmp",
    )
    assert " " not in url and "\n" not in url and "&c=d" not in url
    query = parse_qs(parts.query, strict_parsing=True)
    assert set(query) == {"title", "default_letter"}
    assert query["title"] == ["Crimes & costs: 2023 #1"]
    assert query["default_letter"] == [CLEAN_MIDDLE + "\n"]
    assert query["default_letter"] == [wdtk_letter(LETTER)]
    with pytest.raises(FoidraftError, match="no authority"):
        draft_wdtk_url(draft(), None)
    nowhere = Authority(id="x", name="Nowhere Council")
    with pytest.raises(FoidraftError, match="WhatDoTheyKnow page"):
        draft_wdtk_url(draft(), nowhere)


def test_mailto_is_addressed_only_to_a_confirmed_email() -> None:
    unconfirmed = gmp()
    assert unconfirmed.email_unverified  # a published address exists, unconfirmed
    url = draft_mailto_url(draft(), unconfirmed)
    assert url.startswith("mailto:?")
    addressed = draft_mailto_url(draft(), gmp("foi@example.police.uk"))
    assert addressed.startswith("mailto:foi@example.police.uk?")
    query = parse_qs(urlsplit(addressed).query, strict_parsing=True)
    assert query["subject"] == ["Crimes & costs: 2023 #1"]
    assert query["body"] == [plain_text(LETTER).replace("\n", "\r\n")]
    assert " " not in addressed and unquote(addressed.split("body=")[1]).startswith("Dear")


def test_eml_parses_back_with_only_known_addresses(tmp_path: Path) -> None:
    when = dt.datetime(2024, 5, 1, 9, 30, tzinfo=dt.UTC)
    bare = email.message_from_bytes(
        draft_eml(draft(), gmp(), None, when=when), policy=policy.default
    )
    assert bare["To"] is None and bare["From"] is None
    assert bare["Subject"] == "Crimes & costs: 2023 #1"
    assert parsedate_to_datetime(bare["Date"]) == when
    assert bare["X-Unsent"] == "1"
    assert bare.get_content_type() == "text/plain"
    assert bare.get_content().replace("\r\n", "\n") == plain_text(LETTER)
    me = Profile(name="Jane Smith", email="jane@example.org")
    full = email.message_from_bytes(
        draft_eml(draft(), gmp("foi@example.police.uk"), me, when=when), policy=policy.default
    )
    assert full["To"].addresses[0].addr_spec == "foi@example.police.uk"
    assert full["To"].addresses[0].display_name == "Greater Manchester Police"
    assert full["From"].addresses[0].addr_spec == "jane@example.org"
    assert full["From"].addresses[0].display_name == "Jane Smith"


def run(capsys: pytest.CaptureFixture[bytes], *argv: str) -> tuple[int, bytes, str]:
    code = main(["export", *argv])
    out, err = capsys.readouterr()
    return code, out, err.decode()


def test_cli_exports_one_draft(capsysbinary: pytest.CaptureFixture[bytes], tmp_path: Path) -> None:
    store = DraftStore()
    saved = draft()
    store.save(saved)
    save_profile(Profile(name="Jane Smith", email="jane@example.org"))
    code, out, _ = run(capsysbinary, saved.name)
    assert code == 0 and out.decode() == plain_text(LETTER)
    code, out, _ = run(capsysbinary, saved.name, "--format", "wdtk")
    assert code == 0 and out.decode() == draft_wdtk_url(saved, gmp()) + "\n"
    code, out, _ = run(capsysbinary, saved.name, "-f", "mailto")
    assert code == 0 and out.decode().startswith("mailto:?subject=")
    target = tmp_path / "letter.eml"
    code, out, _ = run(capsysbinary, saved.name, "-f", "eml", "--out", str(target))
    assert code == 0 and out.decode() == f"{target}\n"
    message = email.message_from_bytes(target.read_bytes(), policy=policy.default)
    assert message["From"].addresses[0].addr_spec == "jane@example.org" and message["To"] is None
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_cli_says_what_to_check_before_sending(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    saved = draft()
    DraftStore().save(saved)
    code, out, err = run(capsysbinary, saved.name)
    assert code == 0 and out.decode() == plain_text(LETTER)  # the notes go to stderr only
    notes = [line for line in err.splitlines() if line.startswith("note: Before sending")]
    assert len(notes) == 1 and "Greater Manchester Police" in notes[0] and "(s21)" in notes[0]
    assert "WhatDoTheyKnow publishes" not in err  # a plain letter need not go through it
    code, out, err = run(capsysbinary, saved.name, "-f", "wdtk")
    assert code == 0 and out.decode() == draft_wdtk_url(saved, gmp()) + "\n"
    assert "Sending through WhatDoTheyKnow publishes your name" in err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        ([], "name one draft, or a batch"),
        (["x", "--batch", "b"], "name one draft, or a batch"),
        (["nothing"], "no draft matches 'nothing'"),
        (["--batch", "none", "--out", "OUT"], "no drafts belong to batch 'none'"),
        (["--batch", "none"], "--batch needs --out"),
        (["--batch", "none", "--out", "OUT", "-f", "wdtk"], "txt or eml"),
        (["plain", "-f", "wdtk"], "no authority"),
        (["plain", "--out", "/no/such/folder/x.txt"], "no such folder"),
    ],
)
def test_cli_errors(
    capsysbinary: pytest.CaptureFixture[bytes], tmp_path: Path, argv: list[str], message: str
) -> None:
    DraftStore().create("Plain", "Please send it.\n")
    argv = [str(tmp_path / "out") if a == "OUT" else a for a in argv]
    code, out, err = run(capsysbinary, *argv)
    assert code == 2 and out == b"" and message in err.splitlines()[0]
    assert not (tmp_path / "out").exists()


def test_a_batch_exports_one_file_per_authority_and_an_index(
    capsysbinary: pytest.CaptureFixture[bytes], tmp_path: Path
) -> None:
    template = template_from_text(
        "---\ntitle: Stop and search\n---\nDear {authority.name},\n\nUnder {authority.act}, "
        "please send the stop and search figures for the calendar year 2023.\n\n"
        "Yours faithfully,\n\nJane Smith\n",
        "stop.md",
    )
    directory = load_directory()
    forces = directory.select("gmp, police scotland, wmp")
    store = DraftStore()
    write_batch(plan_batch(template, forces, {}), store)
    out_dir = tmp_path / "export"
    code, out, _ = run(capsysbinary, "--batch", "stop", "--out", str(out_dir))
    assert code == 0 and b"3 files" in out
    with (out_dir / "index.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["authority"] for r in rows] == sorted(a.id for a in forces)
    for row in rows:
        authority = directory.get(row["authority"])
        assert authority is not None
        letter = (out_dir / row["file"]).read_text(encoding="utf-8")
        assert letter.startswith(f"Dear {authority.name},") and "foidraft" not in letter
        link = parse_qs(urlsplit(row["wdtk_link"]).query)
        assert urlsplit(row["wdtk_link"]).path == f"/new/{authority.wdtk_slug}"
        assert link["default_letter"] == [wdtk_letter(letter)]
        assert row["email"] == "" and row["email_status"].startswith("no confirmed address")
        assert stat.S_IMODE((out_dir / row["file"]).stat().st_mode) == 0o600
    index = (out_dir / "index.md").read_text(encoding="utf-8")
    assert all(a.name in index for a in forces) and index.count("[new request](") == 3
    done = export_batch(store, "stop", tmp_path / "eml", fmt="eml", lookup=directory.get)
    assert sorted(p.suffix for p in done.files) == [".eml"] * 3


def test_save_export_makes_a_private_folder_and_file(tmp_path: Path) -> None:
    target = tmp_path / "exports" / "new" / "letter.eml"
    written = save_export(target, b"one")
    assert written == target.absolute() and target.read_bytes() == b"one"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert stat.S_IMODE(target.parent.stat().st_mode) == 0o700
    save_export(target, b"two")  # replaced whole
    assert target.read_bytes() == b"two"
    with pytest.raises(FoidraftError, match="is a folder"):
        save_export(target.parent, b"three")


def test_the_formats_table_is_what_the_cli_offers_and_renders() -> None:
    import argparse

    from foidraft.cli import export as export_cli
    from foidraft.export import BATCH_NAMES, FORMATS, export_draft, export_format

    parser = argparse.ArgumentParser()
    export_cli.configure(parser)
    choices = next(a.choices for a in parser._actions if a.dest == "format")
    assert list(choices) == [f.name for f in FORMATS] == ["txt", "wdtk", "mailto", "eml"]
    assert BATCH_NAMES == ("txt", "eml")
    for fmt in FORMATS:
        assert f"{fmt.name}: {fmt.description}" in (parser.description or "")
    assert export_draft(draft(), "txt", gmp()) == plain_text(LETTER).encode()
    with pytest.raises(FoidraftError, match="unknown export format 'text'"):
        export_format("text")
    with pytest.raises(FoidraftError, match="unknown export format 'wdtk'"):
        export_format("wdtk", batch=True)


def test_a_title_over_wdtks_limit_is_shortened_at_a_word_and_said(
    capsysbinary: pytest.CaptureFixture[bytes],
) -> None:
    from foidraft.export import WDTK_TITLE_LIMIT, shortened_title, wdtk_title

    short = draft()
    assert shortened_title(short) is None and wdtk_title(short.title) == short.title
    words = "Crimes recorded as stalking, harassment and malicious communications " * 5
    long = Draft.new(words.strip(), LETTER, "gmp")
    title = wdtk_title(long.title)
    assert len(title) <= WDTK_TITLE_LIMIT and title.endswith("…")
    assert long.title.startswith(title[:-1]) and title[-2] != " "
    assert shortened_title(long) == title
    link = parse_qs(urlsplit(draft_wdtk_url(long, gmp())).query)
    assert link["title"] == [title]
    DraftStore().save(long)
    code, out, err = run(capsysbinary, long.name, "-f", "wdtk")
    assert out.decode() == draft_wdtk_url(long, gmp()) + "\n"
    assert code == 0 and f"shortened to: {title}" in err
    code, _out, err = run(capsysbinary, long.name, "-f", "txt")
    assert code == 0 and "shortened" not in err


def test_before_sending_names_the_subject_and_the_right_act() -> None:
    letter = (
        "Dear Police Scotland,\n\nPlease provide the following information under the "
        "Freedom of Information (Scotland) Act 2002.\n\n1. The number of police officers "
        "and police staff in post on 31 March 2026, given as both a headcount and "
        "full-time equivalents.\n\nYours faithfully,\n\nJo\n"
    )
    terms = key_terms(letter)
    assert "police officers" in terms and "headcount" in terms  # counted, broken down by
    assert not {"freedom", "scotland", "march", "given"} & set(terms)
    scotland = load_directory().get("police_scotland")
    assert scotland is not None
    note = before_sending(letter, scotland, wdtk=False)[0]
    assert "(FOISA s25)" in note and "(s21)" not in note
    assert "(s21)" in before_sending(letter, gmp(), wdtk=False)[0]
    policy = (
        "Dear NHS Lothian,\n\n1. A copy of the policy you hold on car parking charges for "
        "staff, in the version currently in force.\n\nIf any part of these documents is "
        "exempt, please release the rest with those parts redacted rather than withholding "
        "the documents in full.\n\nIf any of this is already published, a link to where it "
        "is published will do.\n\nYours faithfully,\n\nJo\n"
    )
    assert set(key_terms(policy)) <= {"policy", "car", "parking", "charges", "staff",
                                      "car parking", "parking charges"}  # fmt: skip
