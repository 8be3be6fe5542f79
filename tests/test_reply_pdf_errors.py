"""Every way a PDF can fail gives one plain line: what went wrong, which file, and what
to do (save the reply as text or paste it), never the PDF library's exception class
("cannot read this PDF (PdfStreamError)" was what a damaged file gave)."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from foidraft.cli import main
from foidraft.errors import FoidraftError
from foidraft.replies.source import read_source
from tests.test_replies import _pdf

CLASS_RE = re.compile(r"\b[A-Z][a-z]+(?:[A-Z][a-z]+)*(?:Error|Exception|Warning)\b")


def _damaged() -> list[tuple[str, bytes]]:
    good = _pdf("We neither confirm nor deny holding it.")
    body = good.index(b"stream")
    from pypdf import PdfReader, PdfWriter

    locked = PdfWriter(clone_from=PdfReader(io.BytesIO(good)))
    locked.encrypt("pw")
    out = io.BytesIO()
    locked.write(out)
    return [
        ("not a pdf", b"%PDF-1.4 not really a pdf"),
        ("garbage", b"garbage"),
        ("cut in its stream", good[: body + 12]),  # pypdf: PdfStreamError
        ("cut in half", good[: len(good) // 2]),
        ("no trailer", good.replace(b"trailer", b"trai1er").replace(b"startxref", b"s")),
        ("header only", b"%PDF-1.7\n%%EOF"),
        ("password", out.getvalue()),
        ("no text", _pdf("")),
    ]


@pytest.mark.parametrize(("case", "data"), _damaged(), ids=[c for c, _ in _damaged()])
def test_every_pdf_failure_is_one_plain_line(case: str, data: bytes) -> None:
    with pytest.raises(FoidraftError) as caught:
        read_source(data, "reply.pdf")
    line = str(caught.value)
    assert "\n" not in line and line.startswith("reply.pdf: "), line
    assert not CLASS_RE.search(line) and "(Pdf" not in line, line
    assert "paste" in line, line  # how to fix it


def test_the_command_line_says_it_in_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    good = _pdf("We neither confirm nor deny holding it.")
    bad = tmp_path / "reply.pdf"
    bad.write_bytes(good[: good.index(b"stream") + 12])
    assert main(["reply", str(bad)]) == 2
    out, err = capsys.readouterr()
    assert not out and "Traceback" not in err and "PdfStreamError" not in err
    assert "reply.pdf: cannot read this PDF" in err and "save the reply as text" in err
    assert err.count("\n") == 1, err  # one line
