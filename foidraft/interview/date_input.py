"""Dates typed by a requester: "31/03/2024" (UK order), "2024-03-31", "31 March 2024", and
the month a month's name stands for ("March 2024"). ``foidraft.interview.period_input``
reads periods with them.
"""

from __future__ import annotations

import datetime as _dt
import re

from foidraft.errors import FoidraftError
from foidraft.text.dates import MONTHS, example_date

MONTH_RE = re.compile(r"([A-Za-z]{3,9})\s+(\d{4})")


class UnknownDate(FoidraftError):
    """Text that is no form of date foidraft reads (not a near miss such as 31/02/2024)."""


def month_number(name: str) -> int:
    names = [n.lower() for n in MONTHS]
    found = [i for i, n in enumerate(names) if n.startswith(name.lower()[:3])]
    return found[0] + 1 if found and len(name) >= 3 else 0


def parse_date(text: str) -> _dt.date:
    """'31/03/2024' (UK order), '2024-03-31' or '31 March 2024' to a date."""
    return _parse_date(text)


def _parse_date(text: str) -> _dt.date:
    text = text.strip()
    try:
        return _dt.date.fromisoformat(text)
    except ValueError:
        pass
    uk = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})", text)
    if uk:
        day, month, year = (int(x) for x in uk.groups())
        year = year + 2000 if year < 100 else year
        try:
            return _dt.date(year, month, day)
        except ValueError:
            raise FoidraftError(f"'{text}' is not a real date (day/month/year).") from None
    m = re.fullmatch(r"(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})", text)
    if m:
        names = [name.lower() for name in MONTHS]
        month_name = m.group(2).lower()
        found = [i for i, name in enumerate(names) if name.startswith(month_name[:3])]
        if found and len(month_name) >= 3:
            try:
                return _dt.date(int(m.group(3)), found[0] + 1, int(m.group(1)))
            except ValueError:
                pass
    raise UnknownDate(f"'{text}' is not a date foidraft understands; write e.g. {example_date()}.")
