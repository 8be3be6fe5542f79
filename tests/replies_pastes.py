"""The shapes a reply takes on its way into foidraft: what a requester's paste, a mail
program or a PDF's extraction does to the letter the authority wrote.

Each function takes the reply's text as the corpus keeps it (the letter itself, its line
breaks as the page showed them) and gives it back as a requester would bring it: on one
line, hard-wrapped at 72, quoted with "> " under "On ... wrote:", forwarded, as the text
of an email with only an HTML part, as a PDF's text (page headers and footers, words
broken with hyphens), with Windows line ends, or inside a WhatDoTheyKnow page copied whole
(menus, the request, the site's links and footer). Used by ``tests.replies_layout`` and
the tests of the reader's text preparation.
"""

from __future__ import annotations

import html
import re
import textwrap
from collections.abc import Callable
from email.message import EmailMessage


def one_line(text: str) -> str:
    """Every line break gone, as a web form or a PDF viewer's copy can leave it."""
    return re.sub(r"\s*\n\s*", " ", text)


def hard_wrapped(text: str, width: int = 72) -> str:
    """Every line longer than ``width`` broken at a space, as a mail program sends text."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
        else:
            out.append(textwrap.fill(line, width, break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


def quoted(text: str) -> str:
    """The reply quoted under the mail program's "wrote:" line, as a reply to it quotes it."""
    lines = [">" if not line.strip() else "> " + line for line in text.split("\n")]
    head = "On Fri, 5 Dec 2026 at 10:02, FOI Unit <foi@example.police.uk> wrote:\n"
    return head + "\n".join(lines) + "\n"


def forwarded(text: str) -> str:
    """The reply forwarded to oneself, under the mail program's header block."""
    return (
        "---------- Forwarded message ---------\n"
        "From: FOI Unit <foi@example.police.uk>\n"
        "Date: Fri, 5 Dec 2026 at 10:02\n"
        "Subject: Freedom of Information request 2026/0123\n"
        "To: <requester@example.com>\n\n" + text
    )


def _cells(line: str) -> list[str] | None:
    """A table's row when a line is one: cells apart by tabs, bars or wide spaces."""
    cells = [c.strip() for c in re.split(r"\t| {3,}|\|", line.strip()) if c.strip()]
    return cells if len(cells) >= 2 else None


def as_html(text: str) -> str:
    """The reply as an Outlook-style HTML body: one paragraph a line, rows of cells as a
    table, and the HTML source itself wrapped at 76 columns as such mailers write it."""
    out = ["<html><head><style>p.MsoNormal {margin:0cm}</style></head><body>"]
    in_table = False
    for line in text.split("\n"):
        cells = _cells(line)
        if cells and not in_table:
            out.append("<table border=1>")
        if not cells and in_table:
            out.append("</table>")
        in_table = bool(cells)
        if cells:
            row = "".join(f"<td><p class=MsoNormal>{html.escape(c)}</p></td>" for c in cells)
            out.append(f"<tr>{row}</tr>")
        elif line.strip():
            out.append(f"<p class=MsoNormal>{html.escape(line.strip())}<o:p></o:p></p>")
        else:
            out.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
    out.append("</table>" if in_table else "")
    out.append("</body></html>")
    source = "\n".join(out)
    return "\n".join(textwrap.fill(x, 76, break_long_words=False) for x in source.split("\n"))


def html_email(text: str) -> bytes:
    """A saved email (.eml) whose only body is the HTML form of ``text``."""
    message = EmailMessage()
    message["From"] = "FOI Unit <foi@example.police.uk>"
    message["To"] = "requester@example.com"
    message["Subject"] = "Freedom of Information request 2026/0123"
    message["Date"] = "Fri, 05 Dec 2026 10:02:00 +0000"
    message.set_content(as_html(text), subtype="html")
    return bytes(message)


def from_html_email(text: str) -> str:
    """What foidraft reads from the HTML-only email of ``text``."""
    from foidraft.replies.source import read_source

    return read_source(html_email(text), "reply.eml").text


PAGE_LINES = 46  # lines on an A4 page of a letter


def pdf_text(text: str, width: int = 88) -> str:
    """The reply as a PDF's extracted text: laid out at ``width`` columns, some long words
    broken over lines with a hyphen, each page headed with its protective marking and
    footed with the marking, the force's address and "Page n of m"."""
    lines: list[str] = []
    for line in text.split("\n"):
        lines.extend(_hyphenated(textwrap.wrap(line, width, break_long_words=False) or [""]))
    pages = [lines[i : i + PAGE_LINES] for i in range(0, len(lines), PAGE_LINES)] or [[]]
    out = []
    for n, page in enumerate(pages, 1):
        out.append("\n".join(["OFFICIAL", *page, "OFFICIAL",
                              "Police Headquarters, PO Box 123, Anytown AN1 2BC",
                              f"Page {n} of {len(pages)}"]))  # fmt: skip
    return "\n\n".join(out)


def _hyphenated(lines: list[str]) -> list[str]:
    """Every third wrapped line whose next opens with a long word takes that word's first
    half, with a hyphen, as a typesetter breaks words."""
    out = list(lines)
    chance = 0
    for i in range(len(out) - 1):
        head = re.match(r"([a-z]{9,})\b", out[i + 1])
        if not head:
            continue
        chance += 1
        if chance % 3:
            continue
        word = head.group(1)
        cut = len(word) // 2
        out[i] = f"{out[i]} {word[:cut]}-"
        out[i + 1] = word[cut:] + out[i + 1][len(word) :]
    return out


def crlf(text: str) -> str:
    return text.replace("\n", "\r\n")


REQUEST = (
    "Dear West Midshire Police,\n\n"
    "Please provide the number of shoplifting offences recorded in each of the last three "
    "financial years, and the outcome of each.\n\nYours faithfully,\n\nJane Smith"
)


def wdtk_page(text: str) -> str:
    """The reply inside a WhatDoTheyKnow request page copied whole from the browser: the
    site's menus, the request's title and status, the request itself, the reply, and the
    links and footer after it."""
    return (
        "Skip to content\nWhatDoTheyKnow\nMenu\nMake a request\nBrowse requests\n"
        "View authorities\nRead blog\nHelp\nSign in or sign up\n\n"
        "Shoplifting offences and outcomes\n\n"
        "Jane Smith made this Freedom of Information request to West Midshire Police\n\n"
        "This request has been closed to new correspondence. Contact us if you think it "
        "should be reopened.\n\n"
        "Waiting for an internal review by West Midshire Police of their handling of this "
        "request.\n\n"
        "Jane Smith\n\n1 November 2026\n\nDelivered\n\n" + REQUEST + "\n\nLink to this\n\n"
        "Report\n\nWest Midshire Police\n\n5 December 2026\n\n" + text.strip() + "\n\n"
        "Show quoted sections\n\nLink to this\n\nReport\n\n"
        "Things to do with this request\n\nAnyone:\nFollow\nShare on Facebook\n"
        "Download a zip file of all correspondence (note: this contains the same information "
        "already available above).\n\nJane Smith only:\nRequest an internal review\n"
        "Act on what you've learnt\n\nWest Midshire Police only:\nRespond to request\n\n"
        "Similar requests\n\nMore similar requests\n\n"
        "WhatDoTheyKnow is run by mySociety. We're a charity. Donate\n\n"
        "Help\nAbout us\nContact us\nHouse rules\nPrivacy and cookies\nBlog\n"
    )


PASTES: dict[str, Callable[[str], str]] = {
    "one long line": one_line,
    "hard-wrapped at 72": hard_wrapped,
    "quoted with > ": quoted,
    "forwarded": forwarded,
    "HTML-only .eml": from_html_email,
    "PDF text, pages": pdf_text,
    "Windows line ends": crlf,
    "WhatDoTheyKnow page": wdtk_page,
}
