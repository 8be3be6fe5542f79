"""``foidraft deadline --received DATE``: when the reply, an extension and a review are due."""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse
    import datetime as dt

    from foidraft.deadlines import Deadlines

DESCRIPTION = (
    "Work out an FOI request's deadlines in working days: the reply (20th working day after "
    "receipt, or after your clarification), the latest date a public interest extension can "
    "run to, and the internal review dates. Dates are YYYY-MM-DD."
)


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("--received", required=True, metavar="DATE", help="when the request arrived")
    p.add_argument(
        "--regime", default="FOIA", metavar="LAW", help="FOIA (default), FOISA for Scotland, EIR"
    )
    p.add_argument("--clarified", metavar="DATE", help="when your clarification arrived")
    p.add_argument("--responded", metavar="DATE", help="when the authority replied")
    p.add_argument("--review-requested", metavar="DATE", help="when you asked for a review")
    p.add_argument("--json", action="store_true", help="print JSON")


def run(args: argparse.Namespace) -> int:
    from foidraft.deadlines import due_dates

    d = due_dates(
        _date(args.received, "--received"),
        args.regime,
        clarified=_optional(args.clarified, "--clarified"),
        responded=_optional(args.responded, "--responded"),
        review_requested=_optional(args.review_requested, "--review-requested"),
    )
    if args.json:
        import json

        print(json.dumps(_json(d), indent=2))
        return 0
    for label, value in _rows(d):
        print(f"{label + ':':<24}{value}")
    print(d.counting_note())
    return 0


def _date(text: str, option: str) -> dt.date:
    import datetime as dt

    from foidraft.errors import FoidraftError

    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise FoidraftError(
            f"{option}: {text!r} is not a date", hint="write dates as YYYY-MM-DD, e.g. 2021-01-24"
        ) from None


def _optional(text: str | None, option: str) -> dt.date | None:
    return None if text is None else _date(text, option)


def _long(day: dt.date) -> str:
    return f"{day:%A} {day.day} {day:%B %Y}"


def _rows(d: Deadlines) -> list[tuple[str, str]]:
    start = "clarification received" if d.clarified else "received"
    rows = [
        (start.capitalize(), f"{_long(d.clock_start)} (day 1 is {_long(d.day_one)})"),
        (f"Reply due ({d.regime})", f"{_long(d.due)} (20th working day)"),
    ]
    if d.extended_due is not None:
        rows.append(("Latest extended date", f"{_long(d.extended_due)} (20 more working days)"))
    else:
        rows.append(("Latest extended date", "none: FOISA has no public interest extension"))
    if d.review_request_by is not None:
        since = "the reply" if d.responded else "the reply deadline"
        by = f"{_long(d.review_request_by)} (40 working days after {since})"
        rows.append(("Ask for a review by", by))
    else:
        rows.append(("Ask for a review by", "40 working days after the reply (--responded)"))
    from foidraft.deadlines import REVIEW_RESPONSE_DAYS

    days = REVIEW_RESPONSE_DAYS.get(d.regime, 20)  # EIR allows 40
    if d.review_due is not None:
        rows.append(("Review answer due", f"{_long(d.review_due)} ({days} working days)"))
    else:
        after = f"{days} working days after you ask (--review-requested)"
        rows.append(("Review answer due", after))
    return rows


def _json(d: Deadlines) -> dict[str, object]:
    def iso(day: dt.date | None) -> str | None:
        return day.isoformat() if day else None

    return {
        "regime": d.regime,
        "received": iso(d.received),
        "clarified": iso(d.clarified),
        "clock_start": iso(d.clock_start),
        "day_one": iso(d.day_one),
        "due": iso(d.due),
        "extended_due": iso(d.extended_due),
        "responded": iso(d.responded),
        "review_request_by": iso(d.review_request_by),
        "review_requested": iso(d.review_requested),
        "review_due": iso(d.review_due),
        "note": d.counting_note(),
    }
