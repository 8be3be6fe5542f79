"""The day a reply came: read from the reply where it states one, else said plainly to be
today (CLI) and how to change it, since every deadline counts from it. Replies are real
ones from tests/data/replies.jsonl (URLs there)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from foidraft.drafts import DraftStore
from foidraft.replies.track import replies_dir
from foidraft.replies.written import letter_date
from tests.conftest import Cli

DATA = Path(__file__).parent / "data"
TODAY = dt.date(2026, 12, 5)


def corpus(reply_id: str) -> str:
    for line in (DATA / "replies.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["id"] == reply_id:
            return str(row["text"])
    raise KeyError(reply_id)


@pytest.mark.parametrize(
    ("reply_id", "day"),
    [
        ("luton-uni-student-numbers-campus-s40", dt.date(2019, 10, 28)),  # Date: 28th October
        ("north-wales-2011-673-cannabis-arrests-cost", dt.date(2012, 1, 9)),  # Response Date:
        ("powys-2021-1083f-potholes-request-accepted", dt.date(2021, 12, 10)),  # Dyddiad
        ("scotgov-foi-17-00669-gers-cost", dt.date(2017, 4, 24)),  # a line of its own
        ("humberside-ack-racially-aggravated", dt.date(2009, 11, 24)),  # "24 November, 2009"
    ],
)
def test_the_date_a_reply_is_written_on(reply_id: str, day: dt.date) -> None:
    assert letter_date(corpus(reply_id), TODAY) == day


def test_dates_with_another_role_are_not_the_replys_own() -> None:
    # "which we received on\n22 October 2012." (wrapped) and "on or before 19 November"
    assert letter_date(corpus("aberdeen-foi-12-1162-ack-media-briefing"), TODAY) is None
    # The seed's letters state only the day the request was received ("received 2/1/2021").
    for name in ("clarification", "extension", "final"):
        text = (DATA / f"wmp-8a-21-{name}.txt").read_text(encoding="utf-8")
        assert letter_date(text, TODAY) is None
    assert letter_date("Date: 5 January 2030\n\nDear Sir", TODAY) is None  # not yet come
    assert letter_date("Tuesday, 5 January 2021\nDear Sir", TODAY) == dt.date(2021, 1, 5)
    assert letter_date("Sent: 05 January 2021 10:31\n", TODAY) == dt.date(2021, 1, 5)


def _sent(cli: Cli, tmp_path: Path) -> None:
    letter = DATA / "wmp-8a-21-letter.txt"
    assert cli("drafts", "new", "--authority", "wmp", "--from", str(letter),
               "Hunters")[0] == 0  # fmt: skip
    assert cli("drafts", "status", "hunters", "sent", "--date", "2019-10-01")[0] == 0


def test_cli_says_today_was_assumed_and_how_to_change_it(tmp_path: Path, cli: Cli) -> None:
    _sent(cli, tmp_path)
    clarification = str(DATA / "wmp-8a-21-clarification.txt")
    code, _, err = cli("reply", "hunters", clarification)
    today = dt.date.today()
    assert code == 0 and "the reply gives no date, so today" in err
    name = DraftStore().load("hunters").name
    assert f"foidraft reply {name} FILE --date YYYY-MM-DD" in " ".join(err.split())
    assert DraftStore().load("hunters").clarification == today
    # Run again with the right date: the draft follows it, and one copy of the reply is kept.
    code, _, err = cli("reply", "hunters", clarification, "--date", "2019-10-08")
    assert code == 0 and "no date" not in err
    draft = DraftStore().load("hunters")
    assert draft.clarification == dt.date(2019, 10, 8)
    kept = sorted(p.name for p in replies_dir(draft).iterdir())
    assert kept == ["2019-10-08-clarification_request.txt"]


def test_cli_takes_the_date_the_reply_states(tmp_path: Path, cli: Cli) -> None:
    _sent(cli, tmp_path)
    reply = tmp_path / "luton.txt"
    reply.write_text(corpus("luton-uni-student-numbers-campus-s40"), encoding="utf-8")
    code, out, err = cli("reply", "hunters", str(reply), "--format", "json")
    assert code == 0 and "the reply is dated 28 October 2019" in err
    assert json.loads(out)["received"] == "2019-10-28"  # for tools: the day it counts from
    assert DraftStore().load("hunters").replied == dt.date(2019, 10, 28)
    code, _, err = cli("reply", str(reply))  # no draft: the explanation's day too
    assert code == 0 and "dated 28 October 2019" in err


def test_cli_a_date_the_reply_gives_before_the_request_was_sent_is_refused(
    tmp_path: Path, cli: Cli
) -> None:
    _sent(cli, tmp_path)  # sent 1 October 2019
    reply = tmp_path / "scotgov.txt"  # dated 24 April 2017
    reply.write_text(corpus("scotgov-foi-17-00669-gers-cost"), encoding="utf-8")
    code, _, err = cli("reply", "hunters", str(reply))
    assert code == 2 and "dated 2017-04-24, before the request was sent" in err
    assert "--date YYYY-MM-DD" in err
    assert DraftStore().load("hunters").replied is None


def test_a_reply_dated_after_today_is_not_said_to_give_no_date(tmp_path: Path, cli: Cli) -> None:
    """A reply dated 22 December, pasted on 7 December (a slip in the reply, or the
    computer's clock), was said to "give no date", and the requester looked for one."""
    _sent(cli, tmp_path)
    later = dt.date.today() + dt.timedelta(days=15)
    reply = tmp_path / "reply.txt"
    reply.write_text(
        f"Dear Sir,\n\nWe hold the information and it is attached.\n\nYours sincerely,\n\n"
        f"Disclosure Unit\n{later.day} {later:%B %Y}\n",
        encoding="utf-8",
    )
    code, _, err = cli("reply", "hunters", str(reply))
    said = " ".join(err.split())
    assert code == 0 and "no date" not in said, said
    assert f"the reply is dated {later.day} {later:%B %Y}, after today, so today" in said
