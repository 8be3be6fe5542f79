"""The fields foidraft fills in itself: the authority's details and the calendar.

They are the rule templates' context fields (``foidraft.authorities.context``), so a template and
the knowledge base use the same words, plus a few only letters need.
"""

from __future__ import annotations

import datetime as dt

from foidraft.authorities.context import CONTEXT_FIELDS, context_fields

TYPE_CHECKING = False
if TYPE_CHECKING:
    from foidraft.authorities.model import Authority

EXTRA_FIELDS = frozenset({"authority.addressee", "authority.area"})
BUILTIN = frozenset(CONTEXT_FIELDS) | EXTRA_FIELDS

DESCRIPTIONS = {
    "authority.name": "the authority's name (Greater Manchester Police)",
    "authority.addressee": "the authority's name, for 'Dear {authority.addressee},'",
    "authority.area": "the place it serves (Greater Manchester; Leeds for Leeds City Council)",
    "authority.short_name": "its short name (GMP), or its name when it has none",
    "authority.act": "the Act it answers under (the Freedom of Information (Scotland) Act "
    "2002 for Police Scotland)",
    "authority.regime": "FOIA, FOISA or EIR",
    "authority.cost_limit": "its cost limit (£450, or £600 under FOISA)",
    "authority.rate": "the hourly rate staff time is costed at (£25; £15 under FOISA)",
    "authority.hours": "the hours the cost limit buys (18; 40 under FOISA)",
    "authority.recording": "its crime recording rules (the Home Office Counting Rules; the "
    "Scottish Crime Recording Standard)",
    "authority.offence_codes": "what its crime codes are called (Home Office offence codes; "
    "crime classifications under the Scottish Crime Recording Standard)",
    "authority.charge_outcome": "how a charge shows on a crime record (Home Office outcome "
    "type 1; in Scotland: cleared up, or detected)",
    "authority.crime_outcomes": "what records a crime's outcome (Home Office outcome types; "
    "clear-up records)",
    "authority.courts": "who holds court results (HM Courts and Tribunals Service and the "
    "Ministry of Justice; in Scotland, the Scottish Courts and Tribunals Service)",
    "authority.court_service": "the courts' own service (HM Courts and Tribunals Service; the "
    "Scottish Courts and Tribunals Service)",
    "authority.fraud_recording": "where fraud is reported and how the police hold it (Action "
    "Fraud and Home Office fraud codes; in Scotland, Police Scotland's crime of fraud)",
    "today": "today's date",
    "last_year": "the last complete calendar year",
    "last_fy": "the last complete financial year, as dates",
    "last_fy.start": "the year it starts",
    "last_fy.end": "the year it ends",
    "last_fy.short": "the same as 2023/24",
    "last_3_fy": "the last three complete financial years, as dates",
    "last_5_fy": "the last five complete financial years, as dates",
    "last_3_cy": "the last three complete calendar years, as dates",
    "last_5_cy": "the last five complete calendar years, as dates",
}


def builtin_values(authority: Authority | None, today: dt.date) -> dict[str, str]:
    """Values for the built-in fields. Without an authority there are no ``authority.*``
    values at all, so a template that needs them reports them missing rather than
    writing "Dear the authority,"."""
    values = context_fields(authority, today)
    if authority is None:
        return {k: v for k, v in values.items() if not k.startswith("authority.")}
    values["authority.addressee"] = authority.name
    from foidraft.authorities.places import area_of  # reads the places table: only here

    values["authority.area"] = area_of(authority)
    if not authority.recording_standard:  # no police recording rules: words for any body
        values["authority.offence_codes"] = "offence codes"
    return values
