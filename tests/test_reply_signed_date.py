"""A reply dated only in its signature block ("Disclosure Unit, 3 June 2025", a date under
the sender's name, "Date: 03/06/2025" at the foot) is dated that day, so the review
deadline counts from it; a date its body gives (the request's, a period asked about) is
never the reply's. The replies are written for these tests in the shape real ones take."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from foidraft.drafts import DraftStore
from foidraft.replies.written import letter_date
from tests.conftest import Cli

DATA = Path(__file__).parent / "data"
TODAY = dt.date(2026, 12, 5)
BODY = """Dear Ms Khan,

Freedom of Information Request Reference No: 2025/0412

I write in connection with your request for information which was received on 6 May
2025, for the number of knife crimes recorded in Coventry between 1 April 2024 and 31
March 2025, broken down by ward.

To find which of these crimes took place in each ward, each crime record would have to
be read by hand. We estimate that this would take well over 18 hours, so section 12(1)
of the Freedom of Information Act 2000 applies and we are not obliged to comply with
your request.

If you are dissatisfied with this response, you may ask for an internal review within
40 working days of the date of this letter.

"""
# The wards the request named, listed back: the letter runs past its head (40 lines), as
# most do, so its sign-off is not read as part of the head.
WARDS = "The wards you named:\n" + "".join(f"Ward {n}\n" for n in range(1, 41)) + "\n"
UNIT = BODY + WARDS + "Yours sincerely,\n\nJ. Okafor\nDisclosure Unit, 3 June 2025\n"
UNDER_NAME = (
    BODY + WARDS + "Kind regards\n\nSam Hughes\nInformation Governance Officer\n3rd June 2025\n\n"
    "West Midlands Police, PO Box 52, Birmingham B4 6NQ\n"
)
FOOT = BODY + WARDS + "Information Governance Team\nWest Midlands Police\nDate: 03/06/2025\n"
JUNE_3 = dt.date(2025, 6, 3)


@pytest.mark.parametrize("text", [UNIT, UNDER_NAME, FOOT], ids=["unit", "under-name", "foot"])
def test_a_date_in_the_sign_off_dates_the_reply(text: str) -> None:
    assert letter_date(text, TODAY) == JUNE_3


def test_dates_in_the_body_do_not_date_the_reply() -> None:
    # The request's day and the period asked about, a signature with no date.
    assert letter_date(BODY + "Yours sincerely,\n\nJ. Okafor\nDisclosure Unit\n", TODAY) is None
    assert letter_date(BODY, TODAY) is None  # no sign-off, no labelled date at the foot
    # The request quoted below the signature carries its own date: it is not the reply's.
    quoted = (
        BODY + "Yours sincerely,\n\nJ. Okafor\nDisclosure Unit\n\n-----Original Message-----\n"
        "From: Asha Khan <request-123@whatdotheyknow.com>\nSent: 06 May 2025 09:12\n"
    )
    assert letter_date(quoted, TODAY) is None
    outlook = UNIT.replace("Disclosure Unit, 3 June 2025", "Disclosure Unit\n\nFrom: Asha Khan")
    assert letter_date(outlook + "Sent: 06 May 2025 09:12\n", TODAY) is None
    # An annex under the signature, its first column dates: not the letter's.
    annex = "\n".join(["Annex A", "Incidents by day", "Day", "Count", "01/04/2025", "3"])
    assert letter_date(UNIT.replace(", 3 June 2025", "\n\n" + annex), TODAY) is None
    wrote = BODY + "Regards\n\nDisclosure Unit\n\nOn 6 May 2025, Asha Khan wrote:\n> Dear WMP\n"
    assert letter_date(wrote, TODAY) is None
    # A period ending the letter, with no label saying it is the letter's date.
    assert letter_date(BODY + "Period covered:\n01/04/2024 - 31/03/2025\n", TODAY) is None
    # Past the letter's head: a date alone at the foot, unlabelled.
    assert letter_date(BODY + WARDS + "Figures as at\n31 March 2025\n", TODAY) is None


@pytest.mark.parametrize(
    ("signed", "was"),
    [
        ("Disclosure Unit, 3 June 2025 at 10:31 am", "Disclosure Unit, 3 June 2025"),
        ("Date / Dyddiad: 03/06/2025", "Date: 03/06/2025"),
        ("Response Date: 03/06/2025", "Date: 03/06/2025"),
    ],
)
def test_the_sign_off_reads_a_date_line_as_the_head_does(signed: str, was: str) -> None:
    """One shape of date line for the head and the sign-off (``replies.date_line``): the
    sign-off took no time after the date, nor the head's labels (a Welsh force's
    "Dyddiad", "Response Date")."""
    text = (UNIT if "Unit" in was else FOOT).replace(was, signed)
    assert signed in text
    assert letter_date(text, TODAY) == JUNE_3


def test_sent_at_the_foot_is_still_not_the_replys_date() -> None:
    """ "Sent:" under a letter heads a quoted message: the request's date, never the reply's
    (the head's label, kept out of the sign-off)."""
    assert letter_date(FOOT.replace("Date: 03/06/2025", "Sent: 03/06/2025"), TODAY) is None


def test_the_head_wins_and_a_day_to_come_is_not_taken() -> None:
    assert letter_date("Date: 5 June 2025\n\n" + UNIT, TODAY) == dt.date(2025, 6, 5)
    assert letter_date(UNIT, dt.date(2025, 6, 2)) is None  # not yet come
    assert letter_date(UNIT.replace("Unit, 3", "Unit, on 3"), TODAY) is None  # a sentence's


def test_cli_counts_the_review_deadline_from_the_signed_date(cli: Cli, tmp_path: Path) -> None:
    letter = DATA / "wmp-8a-21-letter.txt"
    assert cli("drafts", "new", "--authority", "wmp", "--from", str(letter),
               "Knives")[0] == 0  # fmt: skip
    assert cli("drafts", "status", "knives", "sent", "--date", "2025-05-06")[0] == 0
    reply = tmp_path / "reply.txt"
    reply.write_text(UNIT, encoding="utf-8")
    code, out, err = cli("reply", "knives", str(reply))
    assert code == 0 and "the reply is dated 3 June 2025" in " ".join(err.split())
    assert DraftStore().load("knives").replied == JUNE_3
    # 40 working days from Tuesday 3 June 2025: FOIA s10(6) skips a bank holiday in any
    # part of the UK, so Northern Ireland's on Monday 14 July 2025 moves it to 30 July.
    assert "ask for a review by 30 July 2025" in " ".join(out.split())


@pytest.mark.parametrize(
    "signed",
    [
        "Yours sincerely, Jane Smith, Disclosure Officer 3 June 2025",  # the sign-off's line
        "Yours sincerely,\n\nJane Smith\nDisclosure Officer 3 June 2025",
        "Kind regards, Jane Smith\nInformation Rights Team 03/06/2025",
    ],
)
def test_a_date_at_the_end_of_the_signature_line_dates_the_reply(signed: str) -> None:
    """The date that ends the line naming the sender or their post, with no comma before it,
    and a signature written on the closing's own line."""
    assert letter_date(BODY + WARDS + signed + "\n", TODAY) == JUNE_3


@pytest.mark.parametrize(
    "signed",
    [
        "Yours sincerely, Jane Smith\nRequest Date 6 May 2025",  # what the date is of
        "Yours sincerely, Jane Smith\nDisclosure Unit, on 3 June 2025",  # a sentence's
        "Thank you, your request of 6 May 2025 is answered below",  # no closing
    ],
)
def test_a_date_the_signature_line_says_is_of_something_else_is_not_taken(signed: str) -> None:
    assert letter_date(BODY + WARDS + signed + "\n", TODAY) is None
