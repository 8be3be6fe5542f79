"""Reading an authority's reply: the seed's three replies, provisions, dates, files, and
the knowledge file behind the explanations."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest

from foidraft.errors import FoidraftError, RuleFileError
from foidraft.replies import read_reply
from foidraft.replies.dates import find_dates
from foidraft.replies.knowledge import knowledge, load_knowledge
from foidraft.replies.points import clarification_points
from foidraft.replies.sections import find_citations
from foidraft.replies.source import read_source
from foidraft.replies.text import clean

DATA = Path(__file__).parent / "data"
LETTER = (DATA / "wmp-8a-21-letter.txt").read_text(encoding="utf-8")


def seed(name: str) -> str:
    return (DATA / f"wmp-8a-21-{name}.txt").read_text(encoding="utf-8")


def test_the_clarification_request_and_its_five_points() -> None:
    r = read_reply(seed("clarification"), regime="FOIA", letter=LETTER)
    assert (r.kind, r.ncnd, r.sections) == ("clarification_request", False, ())
    assert r.dates == (dt.date(2021, 1, 2),) and r.roles["received"] == dt.date(2021, 1, 2)
    points = clarification_points(r.text)
    assert [p.number for p in points] == ["1", "2", "3", "4", "5"]
    assert [p.questions for p in points] == [[], ["1a"], ["1b"], ["2", "3"], ["4"]]
    assert points[0].kind == "ambiguous_period"
    assert "online" in points[1].terms
    # "May I suggest you ask for all 'crimes recorded'" is advice, not an objection
    assert any("crimes recorded" in s for s in points[2].suggestions)
    assert "crimes recorded" not in points[2].terms


def test_the_public_interest_extension() -> None:
    r = read_reply(seed("extension"), regime="FOIA", letter=LETTER)
    assert (r.kind, r.ncnd, r.sections) == ("extension", False, ("s31(3)",))
    assert r.roles["respond_by"] == dt.date(2021, 3, 19)
    assert r.roles["asked"] == dt.date(2021, 1, 5) and r.roles["clarified"] == dt.date(2021, 1, 24)


def test_the_final_reply_partly_answered_with_ncnd_and_s31() -> None:
    r = read_reply(seed("final"), regime="FOIA", letter=LETTER)
    assert (r.kind, r.ncnd) == ("partly_answered", True)
    assert r.sections == ("s23(5)", "s31(3)", "s40(5)", "s31(1)(a)", "s31(1)(b)")
    assert r.questions == {
        "s23(5)": ["3", "4"], "s31(3)": ["3", "4"], "s40(5)": ["3", "4"],
        "s31(1)(a)": ["6"], "s31(1)(b)": ["6"],
    }  # fmt: skip
    assert r.dates == (dt.date(2021, 1, 2), dt.date(2021, 1, 24))
    assert r.to_dict()["sections"] == list(r.sections)


@pytest.mark.parametrize(
    ("text", "sections"),
    [
        ("Section 31 (1) (a) (b) Law Enforcement", ["31(1)(a)", "31(1)(b)"]),
        ("S31 (3) Law Enforcement", ["31(3)"]),
        ("exempt under sections 23(5), 31(3) and 40(5) of FOIA", ["23(5)", "31(3)", "40(5)"]),
        ("Section 23 & 40 are class based", ["23", "40"]),
        ("s.12(1) and s12(2)", ["12(1)", "12(2)"]),
        ("section 31(1)(a)-(c) applies", ["31(1)(a)", "31(1)(b)", "31(1)(c)"]),
        ("regulation 12(5(b) of the EIR", ["12(5)(b)"]),
        ("sections 38(1)(b) and 30(b)(i) of FOISA", ["38(1)(b)", "30(b)(i)"]),
        ("section 8 of SOA 2003; section 34 of the DPA 2018", []),
        ("section 34 of the Anti-Social Behaviour, Crime and Policing Act 2014", []),
        ("received on the 12th March; 127 of the Communications Act", []),
    ],
)
def test_provisions_are_found_and_normalised(text: str, sections: list[str]) -> None:
    assert [c.section for c in find_citations(text)] == sections


def test_labels_follow_the_regime() -> None:
    foisa = read_reply(
        "Under the Freedom of Information (Scotland) Act 2002 we do not hold this information "
        "and this represents a notice under section 17(1) of FOISA.",
        regime="FOISA",
    )
    assert (foisa.kind, foisa.sections) == ("not_held", ("FOISA s17(1)",))
    cost = read_reply(
        "We estimate that answering would exceed the appropriate limit of £450 (18 hours), so "
        "the request is refused.",
        regime="FOIA",
    )
    assert (cost.kind, cost.sections) == ("refused_cost", ("s12",))  # said in words


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("received 2/1/2021", dt.date(2021, 1, 2)),
        ("a response by 19^th March 2021", dt.date(2021, 3, 19)),
        ("on March 19, 2021", dt.date(2021, 3, 19)),
        ("dated 2021-03-19", dt.date(2021, 3, 19)),
        ("on 5th of Jan 2021", dt.date(2021, 1, 5)),
    ],
)
def test_dates_are_read_day_first(text: str, day: dt.date) -> None:
    assert [d.day for d in find_dates(text)] == [day]


def test_outside_text_is_cleaned_of_terminal_controls() -> None:
    assert clean("Dear \x1b[31mX\x1b]0;owned\x07\u00a0Y\r\nZ") == "Dear [31mX]0;owned Y\nZ"
    reading = read_reply("\x1b[2J" * 1000 + "We neither confirm nor deny holding it.")
    assert "\x1b" not in reading.text and reading.kind == "ncnd"


def _pdf(*pages: str) -> bytes:
    """A PDF of ``pages``, each page's lines set one under another."""
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    writer = PdfWriter()
    font = DictionaryObject({
        NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
        NameObject("/BaseFont"): NameObject("/Helvetica"),
    })  # fmt: skip
    fonts = DictionaryObject({NameObject("/F1"): writer._add_object(font)})
    for text in pages:
        page = writer.add_blank_page(612, 792)
        page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): fonts})
        stream = DecodedStreamObject()
        escaped = text.replace("(", "\\(").replace(")", "\\)").split("\n")
        shown = " T* ".join(f"({line}) Tj" for line in escaped)
        stream.set_data(f"BT /F1 12 Tf 14 TL 72 720 Td {shown} ET".encode("latin-1"))
        page[NameObject("/Contents")] = writer._add_object(stream)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_pdf_reply_is_read() -> None:
    text = read_source(_pdf("We neither confirm nor deny under section 31(3)."), "r.pdf").text
    assert read_reply(text).sections == ("s31(3)",)


def test_an_email_reply_with_its_pdf_letter_attached() -> None:
    from email.message import EmailMessage

    message = EmailMessage()
    message["From"], message["To"] = "foi@example.police.uk", "me@example.org"
    message["Subject"], message["Date"] = "FOI 123/24", "Tue, 19 Mar 2024 10:00:00 +0000"
    message.set_content("Please find our response attached.")
    message.add_attachment(_pdf("Exempt under Section 31(1)(a) Law Enforcement."),
                           maintype="application", subtype="pdf", filename="reply.pdf")  # fmt: skip
    source = read_source(message.as_bytes(), "reply.eml")
    assert source.sent == dt.date(2024, 3, 19) and source.subject == "FOI 123/24"
    assert "s31(1)(a)" in read_reply(source.text).sections


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (b"\x00\x01\x02binary", "x.bin", "binary"),
        (b"%PDF-1.4 not really a pdf", "x.pdf", "cannot read this PDF"),
        (b"garbage", "x.pdf", "cannot read this PDF"),
        (b"", "reply.txt", "reply.txt: is empty"),
        (b" \r\n\n\t", "reply.txt", "reply.txt: is empty"),
        (b"From: a@b.c\nSubject: FOI\n\n\n", "reply.eml", "reply.eml: the email has no text"),
    ],
)
def test_bad_files_give_one_clear_error(
    data: bytes, name: str, message: str, capfd: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(FoidraftError, match=message):
        read_source(data, name)
    assert capfd.readouterr().err == ""  # the one error is all: no library's own warnings


def test_a_password_protected_pdf_says_so() -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(_pdf("secret"))))
    writer.encrypt("pw")
    out = io.BytesIO()
    writer.write(out)
    with pytest.raises(FoidraftError, match="password"):
        read_source(out.getvalue(), "locked.pdf")


def test_the_knowledge_file_is_complete_and_sourced() -> None:
    kb = knowledge()
    wanted = [
        ("s31(1)(a)", "FOIA"), ("s40(5)", "FOIA"), ("FOISA s35(1)(a)", "FOISA"),
        ("FOISA s17", "FOISA"), ("EIR 12(5)(b)", "EIR"), ("s12(2)", "FOIA"),
    ]  # fmt: skip
    for label, regime in wanted:
        entry = kb.exemption(label, regime)
        assert entry is not None and entry.guidance and entry.meaning, label
        assert all(link.url.startswith(("http://", "https://")) for link in entry.guidance)
    assert kb.exemption("s31(3)", "FOIA").ncnd_provision == "s31(3)"  # type: ignore[union-attr]
    assert {g.id for g in kb.grounds} >= {"late", "cost-estimate", "no-advice", "public-interest",
                                          "aggregate-figures", "ncnd-public"}  # fmt: skip


def test_a_broken_knowledge_file_names_file_and_line(tmp_path: Path) -> None:
    from foidraft.paths import package_data

    text = Path(package_data("exemptions.yaml")).read_text(encoding="utf-8")
    broken = text.replace("    type: absolute\n", "    type: absolutely\n", 1)
    broken = broken.replace("    public_interest_test: true\n", "    public_interest: true\n", 1)
    path = tmp_path / "exemptions.yaml"
    path.write_text(broken, encoding="utf-8")
    with pytest.raises(RuleFileError) as caught:
        load_knowledge(str(path))
    problems = [str(p) for p in caught.value.problems]
    assert any("exemptions.yaml:" in p and "absolutely" in p for p in problems)
    assert any("public_interest" in p and "did you mean" in p for p in problems)
