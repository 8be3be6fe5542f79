"""Section numbers a Scottish requester can use: a finding on a letter to a body under the
Freedom of Information (Scotland) Act cites FOISA's sections, not FOIA's."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from foidraft.authorities.directory import load_directory
from foidraft.cli import main
from foidraft.lint.api import check
from foidraft.rules.counterparts import foisa_reference, in_foisa, table

TYPE_CHECKING = False
if TYPE_CHECKING:
    from foidraft.authorities.model import Authority

# FD719's own bad example: "... usually released with ... staff names redacted (s31, s40)."
PRESENTATION = (
    "Please provide a copy of the presentation given at the meeting on 26 July 2023 on "
    "facial recognition.\n"
)


def _body(key: str) -> Authority:
    found = load_directory().get(key)
    assert found is not None
    return found


def _fd719(authority: Authority | None) -> str:
    found = [f for f in check(PRESENTATION, authority) if f.rule == "FD719"]
    assert len(found) == 1
    return found[0].message


def test_fd719_for_police_scotland_cites_foisa_sections() -> None:
    said = _fd719(_body("police_scotland"))
    assert said.endswith("staff names redacted (FOISA s35, s38).")
    assert "s31" not in said and "s40" not in said


def test_fd719_for_an_english_force_is_unchanged() -> None:
    assert _fd719(_body("gmp")).endswith("staff names redacted (s31, s40).")
    assert _fd719(None).endswith("(s31, s40).")


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        # a FOIA section followed by its FOISA counterpart gives way to it
        ("withheld as commercially sensitive (s43; FOISA s33). Totals",
         "withheld as commercially sensitive (FOISA s33). Totals"),
        ("withhold them under s43 (FOISA s33(1)(b)), especially",
         "withhold them under FOISA s33(1)(b), especially"),
        ("withheld (s31(1)(a); FOISA s35(1)(a)).", "withheld (FOISA s35(1)(a))."),
        # FOISA's already, with the bare sections listed after it
        ("(FOISA s30(c), s38), Transport", "(FOISA s30(c), s38), Transport"),
        # another Act's sections are that Act's
        ("(Communications Act 2003 s127) is", "(Communications Act 2003 s127) is"),
        ("(Sexual Offences Act 2003 s15A, in force", "(Sexual Offences Act 2003 s15A, in force"),
        # sub-sections mapped where the table says how, else the section alone
        ("(s40(2), s30, s31, s38).", "(FOISA s38(1)(b), s34, s35, s39(1))."),
        ("s31(1)(a)(b) and s41(1)", "FOISA s35(1)(a)(b) and s36(2)"),
        ("a neither-confirm-nor-deny answer (s31(3), often with s23(5) and s24(2)).",
         "a neither-confirm-nor-deny answer (FOISA s18, s35, often with FOISA s31)."),
        # FOISA's one neither-confirm-nor-deny provision, s18, named once, first
        ("neither confirm nor deny it (s23(5), s31(3), s40(5)).",
         "neither confirm nor deny it (FOISA s18, s31, s35, s38)."),
        ("(s40(5B); for the police, s30(3) too)",
         "(FOISA s18, s38; for the police, FOISA s34 too)"),
        # a section named twice in one list is said once ("s24" and "s23(5)" are both s31)
        ("denied (s24, s31, s23(5)); ask", "denied (FOISA s31, s35, s18); ask"),
        # sections listed after words for NCND in their sentence are ones s18 is used with;
        # before those words, or in another sentence, they are not
        ("withhold it or neither confirm nor deny it (s31, s38).",
         "withhold it or neither confirm nor deny it (FOISA s18, s35, s39(1))."),
        ("usually withheld (s40); often they neither confirm nor deny it.",
         "usually withheld (FOISA s38); often they neither confirm nor deny it."),
        ("Neither confirmed nor denied. Withheld (s40).",
         "Neither confirmed nor denied. Withheld (FOISA s38)."),
        # a FOIA provision with no s18 counterpart (s42(2): FOISA s36(1)) brings no s18
        ("neither confirmed nor denied (s42(2)).", "neither confirmed nor denied (FOISA s36(1))."),
        # sections written in words, and "s.31"
        ("Section 12 applies to a request as a whole",
         "FOISA section 12 applies to a request as a whole"),
        ("over the section 12 cost limit", "over the FOISA section 12 cost limit"),
        ("withheld under section 40(2) and s.31", "withheld under FOISA section 38(1)(b) and s.35"),
        ("refused under s. 43", "refused under FOISA s. 33"),
        ("section 12 of the Freedom of Information Act 2000 says", "section 12 of FOISA says"),
        ("section 12 of FOIA says", "section 12 of FOISA says"),
        # another Act's section in words is that Act's; what is not a section is kept
        ("section 127 of the Communications Act 2003",
         "section 127 of the Communications Act 2003"),
        ("section 26 of the Police Act 1997", "section 26 of the Police Act 1997"),
        ("section 8 of SOA 2003", "section 8 of SOA 2003"),
        ("section 106 agreements", "section 106 agreements"),
        ("the force's 31 stations", "the force's 31 stations"),
        ("sections 30 and 31", "sections 30 and 31"),  # a list after "sections" is not read
        ("FOIA s8(1)(c) requires a description", "FOISA s8(1)(c) requires a description"),
        # a section the table does not know, and words that only look like one, are kept
        ("(s99) and uses31 and ss31", "(s99) and uses31 and ss31"),
        ("no section here", "no section here"),
    ],
)  # fmt: skip
def test_references_in_foisa_numbering(written: str, shown: str) -> None:
    assert in_foisa(written) == shown


def test_table_is_foia_to_foisa_with_its_sources() -> None:
    from foidraft.paths import package_data
    from foidraft.replies.knowledge import knowledge
    from foidraft.text.safe_yaml import safe_load

    pairs = table()
    assert pairs["31"] == "35" and pairs["40"] == "38" and pairs["43"] == "33"
    assert pairs["16"] == "15" and pairs["21"] == "25" and pairs["44"] == "26"
    shape = re.compile(r"\d{1,3}[A-Z]?(?:\([0-9A-Za-z]{1,4}\))*")
    assert all(shape.fullmatch(k) and shape.fullmatch(v) for k, v in pairs.items())
    # a sub-section key maps under its own section's counterpart's number
    for key, value in pairs.items():
        head = key.split("(")[0]
        if "(" in key:
            assert value.split("(")[0] == pairs[head].split("(")[0], key
    with open(package_data("exemptions.yaml"), encoding="utf-8") as f:
        sources = safe_load(f.read())["counterparts"]["sources"]
    assert sources and all(s["url"].startswith("https://www.legislation.gov.uk/") for s in sources)
    knowledge()  # the reply knowledge still reads the file strictly
    assert foisa_reference("31", "(1)(g)") == "35(1)(g)"
    assert foisa_reference("999", "") is None


def test_check_text_and_json_say_the_same_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "request.txt"
    path.write_text("Dear Police Scotland,\n\n" + PRESENTATION, encoding="utf-8")
    main(["check", "--authority", "police-scotland", str(path)])
    text = capsys.readouterr().out
    main(["check", "--authority", "police-scotland", "--format", "json", str(path)])
    data = json.loads(capsys.readouterr().out)
    found = data if isinstance(data, list) else data.get("findings", data)
    messages = [f["message"] for f in _findings(found) if f["rule"] == "FD719"]
    assert len(messages) == 1 and "(FOISA s35, s38)" in messages[0]
    assert messages[0] in text


def _findings(data: object) -> list[dict[str, str]]:
    """The findings in check's JSON, however it nests them by file."""
    if isinstance(data, dict):
        if "rule" in data:
            return [data]  # type: ignore[list-item]
        return [f for v in data.values() for f in _findings(v)]
    if isinstance(data, list):
        return [f for v in data for f in _findings(v)]
    return []


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        # a why tells what English bodies cited: theirs kept, FOISA's said beside them
        ("West Midlands Police used s23(5) on",
         "West Midlands Police used s23(5) (FOISA s18, s31) on"),
        ("Section 23 covers the security bodies",
         "Section 23 (FOISA s31) covers the security bodies"),
        ("minutes (s40, s41), Wokingham", "minutes (s40, s41; FOISA s38, s36(2)), Wokingham"),
        ("under s43 (FOISA s33(1)(b)), especially", "under s43 (FOISA s33(1)(b)), especially"),
        ("publishes it (s22; FOISA s27): Wirral", "publishes it (s22; FOISA s27): Wirral"),
        ("(s23(5), s31(3)) and s12", "(s23(5), s31(3); FOISA s18, s31, s35) and s12 (FOISA s12)"),
        ("(Communications Act 2003 s127) is", "(Communications Act 2003 s127) is"),
    ],
)  # fmt: skip
def test_references_beside_foisa_numbering(written: str, shown: str) -> None:
    assert in_foisa(written, beside=True) == shown


def explained(rule: str, capsys: pytest.CaptureFixture[str]) -> tuple[str, str]:
    """`foidraft explain RULE` for Police Scotland, then with no authority (one line each)."""
    main(["explain", rule, "--authority", "police-scotland"])
    scottish = " ".join(capsys.readouterr().out.split())
    main(["explain", rule])
    return scottish, " ".join(capsys.readouterr().out.split())


def test_explain_for_a_scottish_body(capsys: pytest.CaptureFixture[str]) -> None:
    scottish, english = explained("FD711", capsys)
    assert "redacted under s31 (FOISA s35) and staff names under s40 (FOISA s38)." in scottish
    assert "redacted under s31 and staff names under s40." in english
    main(["explain", "FD719", "-a", "police-scotland", "--format", "json"])
    data = json.loads(capsys.readouterr().out)
    assert data["message"].endswith("(FOISA s35, s38).")


def test_editor_pane_says_why_in_foisa_numbering() -> None:
    from foidraft.rules.registry import default_ruleset
    from foidraft.tui.widgets.finding_detail import detail_content

    rule = default_ruleset().get("FD523")
    assert rule is not None
    bad = rule.examples["bad"][0]
    scotland = _body("police_scotland")
    finding = next(f for f in check(bad, scotland) if f.rule == "FD523")
    shown = " ".join(detail_content(finding, rule, bad, authority=scotland).plain.split())
    # the message in FOISA's numbering; the why keeps what bodies cited, FOISA's beside it
    assert "commercially sensitive (FOISA s33);" in shown
    assert "under s43 (FOISA s33(1)(b))," in shown
    english_finding = next(f for f in check(bad, _body("gmp")) if f.rule == "FD523")
    english = " ".join(detail_content(english_finding, rule, bad).plain.split())
    assert "commercially sensitive (s43);" in english  # FOIA's numbering only


def test_the_editors_checker_says_the_same() -> None:
    from foidraft.lint.checker import Checker

    checker = Checker()
    for key, said in (("police_scotland", "(FOISA s35, s38)."), ("gmp", "(s31, s40).")):
        found = [f for f in checker.check(PRESENTATION, _body(key)) if f.rule == "FD719"]
        assert len(found) == 1 and found[0].message.endswith(said)
