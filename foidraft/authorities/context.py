"""Values rule templates may use besides the match itself: the authority and the calendar."""

from __future__ import annotations

from foidraft.text.dates import Today, last_complete_financial_year, long_date

TYPE_CHECKING = False
if TYPE_CHECKING:
    import datetime as _dt

    from foidraft.authorities.model import Authority

CONTEXT_FIELDS = frozenset(
    {
        "authority.name",
        "authority.short_name",
        "authority.act",
        "authority.regime",
        "authority.cost_limit",
        "authority.rate",
        "authority.hours",
        "authority.recording",
        "today",
        "last_year",
        "last_fy",
        "last_fy.start",
        "last_fy.end",
        "last_fy.short",
        "last_3_fy",
        "last_5_fy",
        "last_3_cy",
        "last_5_cy",
    }
)

ACTS = {
    "FOIA": "the Freedom of Information Act 2000",
    "FOISA": "the Freedom of Information (Scotland) Act 2002",
    "EIR": "the Environmental Information Regulations 2004",
}


def context_fields(authority: Authority | None, today: _dt.date | Today) -> dict[str, str]:
    fy = last_complete_financial_year(today)
    cy = today.year - 1
    fields = {
        "today": long_date(today),
        "last_year": str(cy),
        "last_fy": f"1 April {fy} to 31 March {fy + 1}",
        "last_fy.start": str(fy),
        "last_fy.end": str(fy + 1),
        "last_fy.short": f"{fy}/{str(fy + 1)[2:]}",
        "last_3_fy": f"1 April {fy - 2} to 31 March {fy + 1}",
        "last_5_fy": f"1 April {fy - 4} to 31 March {fy + 1}",
        "last_3_cy": f"1 January {cy - 2} to 31 December {cy}",
        "last_5_cy": f"1 January {cy - 4} to 31 December {cy}",
    }
    if authority is None:
        fields.update(
            {
                "authority.name": "the authority",
                "authority.short_name": "the authority",
                "authority.act": ACTS["FOIA"],
                "authority.regime": "FOIA",
                "authority.cost_limit": "£450",
                "authority.rate": "£25",
                "authority.hours": "18",
                "authority.recording": "the Home Office Counting Rules",
            }
        )
    else:
        fields.update(
            {
                "authority.name": authority.name,
                "authority.short_name": authority.short_name or authority.name,
                "authority.act": ACTS.get(authority.regime, ACTS["FOIA"]),
                "authority.regime": authority.regime,
                "authority.cost_limit": f"£{authority.cost_limit}",
                "authority.rate": f"£{authority.hourly_rate}",
                "authority.hours": str(authority.cost_limit // authority.hourly_rate),
                "authority.recording": authority.recording_standard_text,
            }
        )
    return fields
