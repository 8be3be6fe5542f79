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
        "authority.offence_codes",
        "authority.charge_outcome",
        "authority.crime_outcomes",
        "authority.courts",
        "authority.court_service",
        "authority.fraud_recording",
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


# Words for crime records in the authority's own recording rules, so one message holds for
# both: Police Scotland records crime under the Scottish Crime Recording Standard, where a
# crime is "cleared up" (detected: enough evidence under Scots law to consider proceedings;
# SCRS section C, gov.scot), with no Home Office codes or outcome types.
RECORDED: dict[str, dict[str, str]] = {
    "hocr": {
        "authority.offence_codes": "Home Office offence codes",
        "authority.charge_outcome": "Home Office outcome type 1",
        "authority.crime_outcomes": "Home Office outcome types",
        # Report Fraud replaced Action Fraud on 4 December 2025 (City of London Police;
        # wired-gov.net, "Report Fraud service goes live", 4 December 2025).
        "authority.fraud_recording": "fraud is reported to Report Fraud (Action Fraud until "
        "December 2025), and forces hold what it passes on under Home Office fraud codes",
    },
    "scrs": {
        "authority.offence_codes": "crime classifications under the Scottish Crime Recording "
        "Standard",
        "authority.charge_outcome": "in Scotland: cleared up, or detected",
        "authority.crime_outcomes": "clear-up records (detected or not)",
        # Report Fraud (before it, Action Fraud) takes reports for England, Wales and
        # Northern Ireland only; in
        # Scotland fraud is reported to Police Scotland and recorded as a crime of
        # dishonesty (Recorded Crime in Scotland's group 3).
        "authority.fraud_recording": "fraud is reported to Police Scotland, which records it "
        "as fraud, one of the crimes of dishonesty",
    },
}
# Who holds court results: Scotland's courts, and the Scottish Government's Criminal
# Proceedings in Scotland statistics, for a Scottish body.
COURTS = {
    "FOIA": {
        "authority.courts": "HM Courts and Tribunals Service and the Ministry of Justice",
        "authority.court_service": "HM Courts and Tribunals Service",
    },
    "FOISA": {
        "authority.courts": "the Scottish Courts and Tribunals Service and, as statistics, the "
        "Scottish Government (Criminal Proceedings in Scotland)",
        "authority.court_service": "the Scottish Courts and Tribunals Service",
    },
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
                **COURTS["FOIA"],
                **RECORDED["hocr"],
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
                **COURTS["FOISA" if authority.nation == "scotland" else "FOIA"],
                **RECORDED.get(authority.recording_standard or "", RECORDED["hocr"]),
            }
        )
    return fields
