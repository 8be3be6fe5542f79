"""A follow-up letter's notes (where to complain and by when, the s12(4) aggregation) are
kept on its draft, so they are still there when the requester comes back to send it: in
the file, in `foidraft export`'s notes and in the editor (tests/tui)."""

from __future__ import annotations

from pathlib import Path

from foidraft.drafts import Draft
from foidraft.drafts.header import parse_draft_text
from foidraft.export.before_sending import sending_notes
from tests.conftest import Cli
from tests.test_after_sending_walk import seed_thread

DATA = Path(__file__).parent / "data"


def test_notes_survive_the_file_with_commas_colons_and_bullets() -> None:
    notes = [
        "If the review does not resolve it, apply to the ICO: https://ico.org.uk/foi, by 1 May.",
        "Similar requests within 60 working days • can be aggregated (s12(4)).",
    ]
    draft = Draft.new("Review", "Dear Sir or Madam,\n", "")
    draft.notes = notes
    fields, letter = parse_draft_text(draft.render(), "review.md")
    again = Draft(header=fields, body=letter)
    assert again.notes == [notes[0], notes[1].replace("•", "-")]
    assert letter == "Dear Sir or Madam,\n"  # never part of the letter
    draft.notes = []
    assert "notes" not in draft.header


def test_a_written_letter_keeps_its_notes_and_export_says_them(
    cli: Cli,
) -> None:
    seed_thread(cli, "Paedophile hunters", clarified=False)
    cli("reply", "paedophile", str(DATA / "wmp-8a-21-final.txt"), "--date", "2021-03-19")
    code, out, _ = cli("reply", "paedophile", "--next", "review",
                       "--ground", "prejudice")  # fmt: skip
    assert code == 0, out
    name = next(ln.split()[1].rstrip(":") for ln in out.splitlines() if ln.startswith("wrote"))
    printed = [ln.removeprefix("  note: ") for ln in out.splitlines() if "note:" in ln]
    _, shown, _ = cli("drafts", "show", name)
    assert "notes: " in shown
    code, _, err = cli("export", name, "--format", "txt")
    assert code == 0
    warned, *rest = err.splitlines()  # no name in the profile: the letter has a gap
    assert warned.startswith("warning: Fix before sending") and "[[your name]]" in warned
    said = [ln.removeprefix("note: ") for ln in rest]
    assert printed and said[: len(printed)] == printed
    # A review answers a request already made: no search of the disclosure log for it.
    assert not any("disclosure log" in line for line in said)


def test_a_new_request_still_gets_the_disclosure_log_note() -> None:
    from foidraft.authorities.directory import load_directory

    wmp = load_directory().find("wmp")
    draft = Draft.new("Tasers", "Dear West Midlands Police,\nHow many taser uses in 2023?\n", "wmp")
    lines = sending_notes(draft, wmp, wdtk=False)
    assert wmp is not None and wmp.disclosure_log and any("disclosure log" in ln for ln in lines)
