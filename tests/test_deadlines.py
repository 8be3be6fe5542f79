"""FOI deadlines. Every expected date below was counted by hand on a calendar; the comments
show the count ("d1" = working day 1, "x" = a day that does not count and why)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from foidraft.cli import main
from foidraft.deadlines import (
    add_working_days,
    due_dates,
    is_working_day,
    status_on,
    working_days_between,
)
from foidraft.errors import FoidraftError

D = dt.date.fromisoformat


# --- which days count ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "foia", "foisa", "why"),
    [
        ("2023-04-07", False, False, "Good Friday: everywhere"),
        ("2023-04-10", False, True, "Easter Monday: not a Scottish bank holiday"),
        ("2023-12-25", False, False, "Christmas Day"),
        ("2022-01-04", False, False, "Scotland's 2 January, moved to Tuesday 4 January 2022"),
        ("2024-01-02", False, False, "2 January 2024 (Tuesday): Scotland only, so FOIA too"),
        ("2023-11-30", False, False, "St Andrew's Day, a Thursday"),
        ("2025-12-01", False, False, "St Andrew's Day 2025 fell on Sunday: Monday substitute"),
        ("2023-03-17", False, True, "St Patrick's Day: Northern Ireland only"),
        ("2023-07-12", False, True, "Battle of the Boyne: Northern Ireland only"),
        ("2026-07-13", False, True, "12 July 2026 is a Sunday: NI's Monday substitute"),
        ("2023-08-07", False, False, "first Monday in August: Scotland"),
        ("2023-08-28", False, True, "last Monday in August: not a Scottish bank holiday"),
        ("2022-09-19", False, False, "state funeral of Queen Elizabeth II (proclamation)"),
        ("2023-05-08", False, False, "coronation of King Charles III (proclamation)"),
        ("2023-06-14", True, True, "an ordinary Wednesday"),
        ("2023-06-03", False, False, "a Saturday"),
    ],
)
def test_working_days(day: str, foia: bool, foisa: bool, why: str) -> None:
    assert is_working_day(D(day), "FOIA") is foia, why
    assert is_working_day(D(day), "foisa") is foisa, why


# --- the 20th working day ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("received", "regime", "due"),
    [
        # Sun 24 Jan 2021 (the README example). d1 Mon 25 Jan; d5 Fri 29 Jan, d10 Fri 5 Feb,
        # d15 Fri 12 Feb, d20 Fri 19 Feb. No holiday in between, so both laws agree.
        ("2021-01-24", "FOIA", "2021-02-19"),
        ("2021-01-24", "FOISA", "2021-02-19"),
        # Easter 2023. Received Fri 31 Mar. d1-d4 Mon 3-Thu 6 Apr; x Good Friday 7 Apr.
        # FOIA: x Easter Monday 10 Apr; d5-d8 11-14 Apr, d9-d13 17-21, d14-d18 24-28;
        # x May Day Mon 1 May; d19 Tue 2 May, d20 Wed 3 May.
        ("2023-03-31", "FOIA", "2023-05-03"),
        # FOISA: Easter Monday counts (d5), d6-d9 11-14 Apr, d10-d14 17-21, d15-d19 24-28;
        # x May Day; d20 Tue 2 May.
        ("2023-03-31", "FOISA", "2023-05-02"),
        # Christmas 2022. Received Fri 16 Dec. d1-d5 19-23 Dec; x Boxing Day Mon 26,
        # x Christmas substitute Tue 27; d6-d8 28-30 Dec; x Mon 2 Jan (New Year substitute),
        # x Tue 3 Jan (Scotland's 2 January substitute: counts under both laws);
        # d9-d11 4-6 Jan, d12-d16 9-13 Jan, d17-d20 16-19 Jan: Thu 19 Jan 2023.
        ("2022-12-16", "FOIA", "2023-01-19"),
        ("2022-12-16", "FOISA", "2023-01-19"),
        # New Year 2025/26. Received Fri 19 Dec 2025. d1-d3 22-24 Dec; x Thu 25, x Fri 26;
        # d4-d6 29-31 Dec; x Thu 1 Jan, x Fri 2 Jan (Scotland); d7-d11 5-9 Jan,
        # d12-d16 12-16 Jan, d17-d20 19-22 Jan: Thu 22 Jan 2026 (as in the research notes).
        ("2025-12-19", "FOIA", "2026-01-22"),
        # New Year 2022: 1 and 2 Jan fell at the weekend, so Mon 3 Jan (everywhere) and
        # Tue 4 Jan (Scotland) are off. Received Fri 31 Dec 2021: d1-d3 Wed 5-Fri 7 Jan,
        # d4-d8 10-14, d9-d13 17-21, d14-d18 24-28, d19 Mon 31 Jan, d20 Tue 1 Feb.
        ("2021-12-31", "FOIA", "2022-02-01"),
        ("2021-12-31", "FOISA", "2022-02-01"),
        # St Andrew's Day 2025 (Sun 30 Nov; substitute Mon 1 Dec). Received Fri 28 Nov:
        # x Mon 1 Dec; d1-d4 Tue 2-Fri 5 Dec, d5-d9 8-12, d10-d14 15-19, d15-d17 22-24;
        # x 25, 26 Dec; d18-d20 Mon 29-Wed 31 Dec.
        ("2025-11-28", "FOIA", "2025-12-31"),
        ("2025-11-28", "FOISA", "2025-12-31"),
        # August 2023. Received Fri 28 Jul. d1 Mon 31 Jul, d2-d5 1-4 Aug; x Mon 7 Aug
        # (Scotland); d6-d9 8-11 Aug, d10-d14 14-18, d15-d19 21-25.
        # FOIA: x Mon 28 Aug (England, Wales, NI); d20 Tue 29 Aug.
        ("2023-07-28", "FOIA", "2023-08-29"),
        # FOISA: 28 Aug is a working day in Scotland: d20 Mon 28 Aug.
        ("2023-07-28", "FOISA", "2023-08-28"),
        # 12 July 2023 (Wed). Received Fri 30 Jun. d1-d5 3-7 Jul.
        # FOIA: d6-d7 10-11 Jul, x Wed 12, d8-d9 13-14, d10-d14 17-21, d15-d19 24-28,
        # d20 Mon 31 Jul.
        ("2023-06-30", "FOIA", "2023-07-31"),
        # FOISA: d6-d10 10-14 Jul, d11-d15 17-21, d16-d20 24-28: Fri 28 Jul.
        ("2023-06-30", "FOISA", "2023-07-28"),
        # 17 March 2023 (Fri). Received Fri 3 Mar. d1-d5 6-10 Mar.
        # FOIA: d6-d9 13-16, x Fri 17, d10-d14 20-24, d15-d19 27-31, d20 Mon 3 Apr.
        ("2023-03-03", "FOIA", "2023-04-03"),
        # FOISA: d6-d10 13-17, d11-d15 20-24, d16-d20 27-31 Mar: Fri 31 Mar.
        ("2023-03-03", "FOISA", "2023-03-31"),
        # State funeral. Received Fri 2 Sep 2022: d1-d5 5-9 Sep, d6-d10 12-16, x Mon 19,
        # d11-d14 20-23, d15-d19 26-30, d20 Mon 3 Oct.
        ("2022-09-02", "FOIA", "2022-10-03"),
    ],
)
def test_reply_due_on_the_20th_working_day(received: str, regime: str, due: str) -> None:
    assert due_dates(D(received), regime).due == D(due)


def test_a_request_received_on_a_saturday_counts_from_monday() -> None:
    # Sat 3 Jun 2023: d1 Mon 5 Jun, d5 Fri 9, d10 Fri 16, d15 Fri 23, d20 Fri 30 Jun.
    d = due_dates(D("2023-06-03"))
    assert (d.clock_start, d.day_one, d.due) == (D("2023-06-03"), D("2023-06-05"), D("2023-06-30"))
    # Received on the Monday instead, d1 is Tuesday 6 Jun and d20 moves to Mon 3 Jul.
    assert due_dates(D("2023-06-05")).due == D("2023-07-03")


def test_a_clarification_restarts_the_clock() -> None:
    # Received Mon 5 Jun 2023, clarified Wed 14 Jun: d1-d2 15-16 Jun, d3-d7 19-23,
    # d8-d12 26-30, d13-d17 3-7 Jul, d18-d19 10-11 Jul, x Wed 12 Jul (NI), d20 Thu 13 Jul.
    d = due_dates(D("2023-06-05"), clarified=D("2023-06-14"))
    assert (d.received, d.clock_start, d.day_one) == (
        D("2023-06-05"), D("2023-06-14"), D("2023-06-15"),
    )  # fmt: skip
    assert d.due == D("2023-07-13")


def test_public_interest_extension_is_20_more_working_days() -> None:
    # 2021 example: due Fri 19 Feb. d21-d25 22-26 Feb, d26-d30 1-5 Mar, d31-d35 8-12 Mar,
    # d36-d37 15-16 Mar, x Wed 17 Mar (St Patrick's Day), d38-d39 18-19 Mar, d40 Mon 22 Mar.
    assert due_dates(D("2021-01-24")).extended_due == D("2021-03-22")
    # Under FOISA 17 March counts (d38 would be Wed 17, d40 Fri 19 March) but FOISA has
    # no public interest extension at all.
    assert add_working_days(D("2021-02-19"), 20, "FOISA") == D("2021-03-19")
    assert due_dates(D("2021-01-24"), "FOISA").extended_due is None


def test_review_dates_foia() -> None:
    # Reply Fri 30 Jun 2023. +40: d1-d5 3-7 Jul, d6-d7 10-11, x 12 Jul, d8-d9 13-14,
    # d10-d14 17-21, d15-d19 24-28, d20-d24 31 Jul-4 Aug, x Mon 7 Aug (Scotland),
    # d25-d28 8-11, d29-d33 14-18, d34-d38 21-25, x Mon 28 Aug, d39-d40 29-30 Aug.
    d = due_dates(D("2023-06-03"), responded=D("2023-06-30"), review_requested=D("2023-08-30"))
    assert d.review_request_by == D("2023-08-30")
    # Review asked Wed 30 Aug: d1-d2 31 Aug-1 Sep, d3-d7 4-8 Sep, d8-d12 11-15,
    # d13-d17 18-22, d18-d20 25-27 Sep.
    assert d.review_due == D("2023-09-27")
    assert due_dates(D("2023-06-03")).review_request_by is None


def test_review_dates_foisa() -> None:
    # Reply Fri 30 Jun 2023, Scottish holidays only. d1-d20 3-28 Jul (four full weeks),
    # d21-d25 31 Jul-4 Aug, x Mon 7 Aug, d26-d29 8-11, d30-d34 14-18, d35-d39 21-25,
    # d40 Mon 28 Aug (not a Scottish holiday).
    answered = due_dates(D("2023-06-03"), "FOISA", responded=D("2023-06-30"))
    assert answered.review_request_by == D("2023-08-28")
    # No reply: s20(5)(a) counts from the deadline, which here is also Fri 30 Jun.
    silent = due_dates(D("2023-06-03"), "FOISA")
    assert silent.due == D("2023-06-30") and silent.review_request_by == D("2023-08-28")


def test_counting_helpers_agree() -> None:
    start = D("2021-01-24")
    assert add_working_days(start, 0) == start
    assert working_days_between(start, D("2021-02-19")) == 20
    assert working_days_between(D("2021-02-19"), start) == -20
    assert working_days_between(start, start) == 0
    # Sat 20 and Sun 21 Feb 2021 add nothing after Fri 19 Feb.
    assert working_days_between(D("2021-02-19"), D("2021-02-21")) == 0
    with pytest.raises(ValueError):
        add_working_days(start, -1)


@pytest.mark.parametrize(
    ("today", "state", "days"),
    [
        ("2021-01-25", "waiting", 19),  # 26 Jan .. 19 Feb: 19 working days
        ("2021-02-15", "due-soon", 4),  # 16, 17, 18, 19 Feb
        ("2021-02-19", "due-today", 0),
        ("2021-02-20", "overdue", 0),  # Saturday: late, but no working day has passed
        ("2021-02-24", "overdue", -3),  # 22, 23, 24 Feb
    ],
)
def test_status_on_a_date(today: str, state: str, days: int) -> None:
    status = status_on(due_dates(D("2021-01-24")), D(today))
    assert (status.state, status.days) == (state, days)


def test_status_after_a_reply_counts_down_to_the_review_deadline() -> None:
    # Reply Fri 12 Feb 2021; review by +40: d1-d5 15-19 Feb, d6-d10 22-26, d11-d15 1-5 Mar,
    # d16-d20 8-12, d21-d22 15-16, x 17 Mar, d23-d24 18-19, d25-d29 22-26,
    # d30-d33 29 Mar-1 Apr, x Good Friday 2 Apr, x Easter Monday 5 Apr, d34-d37 6-9 Apr,
    # d38-d40 12-14 Apr: Wed 14 Apr. On Mon 15 Feb, 39 working days remain.
    d = due_dates(D("2021-01-24"), responded=D("2021-02-12"))
    assert d.review_request_by == D("2021-04-14")
    status = status_on(d, D("2021-02-15"))
    assert (status.state, status.days) == ("answered", 39)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"received": D("2021-01-24"), "clarified": D("2021-01-01")},
        {"received": D("2021-01-24"), "responded": D("2021-01-20")},
        {"received": D("2021-01-24"), "clarified": D("2021-02-01"), "responded": D("2021-01-30")},
        {"received": D("2021-01-24"), "regime": "GDPR"},
        {"received": D("1999-05-01")},
    ],
)
def test_impossible_inputs_are_clear_errors(kwargs: dict[str, object]) -> None:
    with pytest.raises(FoidraftError) as caught:
        due_dates(**kwargs)  # type: ignore[arg-type]
    assert caught.value.hint


# --- CLI -------------------------------------------------------------------------------


def test_cli_example(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["deadline", "--received", "2021-01-24"]) == 0
    out = capsys.readouterr().out
    assert "Friday 19 February 2021" in out
    assert "Monday 22 March 2021" in out
    assert "any part of the UK" in out.splitlines()[-1]


def test_cli_json_foisa_with_review(capsys: pytest.CaptureFixture[str]) -> None:
    # Reply Wed 10 Feb 2021, Scottish holidays only: d1-d2 11-12 Feb, d3-d7 15-19,
    # d8-d12 22-26, d13-d17 1-5 Mar, d18-d22 8-12, d23-d27 15-19, d28-d32 22-26,
    # d33-d36 29 Mar-1 Apr, x Good Friday 2 Apr, d37-d40 Mon 5 (Easter Monday counts in
    # Scotland)-Thu 8 Apr. Review asked Mon 1 Mar: d1-d4 2-5, d5-d9 8-12, d10-d14 15-19,
    # d15-d19 22-26, d20 Mon 29 Mar.
    argv = ["deadline", "--received", "2021-01-24", "--regime", "foisa", "--json",
            "--responded", "2021-02-10", "--review-requested", "2021-03-01"]  # fmt: skip
    assert main(argv) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["regime"] == "FOISA" and data["due"] == "2021-02-19"
    assert data["extended_due"] is None
    assert (data["review_request_by"], data["review_due"]) == ("2021-04-08", "2021-03-29")


def test_cli_eir_review_has_40_working_days(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["deadline", "--received", "2021-01-24", "--regime", "eir",
            "--review-requested", "2021-02-15"]  # fmt: skip
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "Review answer due:      Thursday 15 April 2021 (40 working days)" in out
    assert main(["deadline", "--received", "2021-01-24", "--regime", "eir"]) == 0
    assert "40 working days after you ask" in capsys.readouterr().out


@pytest.mark.parametrize(
    "argv",
    [
        ["--received", "2021-13-01"],
        ["--received", "yesterday"],
        ["--received", "2021-01-24", "--clarified", "2021-01-01"],
        ["--received", "2021-01-24", "--responded", "24/02/2021"],
        ["--received", "2021-01-24", "--regime", "gdpr"],
    ],
)
def test_cli_bad_dates_are_one_line_errors(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["deadline", *argv]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("foidraft: error:") and "Traceback" not in captured.err
