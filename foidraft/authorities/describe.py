"""An authority as labelled plain text (for the CLI and, later, the app) and as JSON, and
what a search that found none says (the app's pickers and `foidraft authorities search`).

The values are plain strings, not markup: names from public lists can contain "[" and
similar, so a Textual screen must show them as ``Text`` (or escape them), never as markup.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from foidraft.authorities.model import Authority

TYPE_TEXT = {
    "police": "police force",
    "pcc": "police and crime commissioner (or equivalent)",
    "council": "council",
    "nhs": "NHS body",
    "education": "university, college or school",
    "central_government": "government department or agency",
    "other": "other public body",
}
NATION_TEXT = {
    "england": "England",
    "wales": "Wales",
    "scotland": "Scotland",
    "northern_ireland": "Northern Ireland",
    "uk": "UK-wide",
}
LAW_TEXT = {
    "FOIA": "Freedom of Information Act 2000 (FOIA)",
    "FOISA": "Freedom of Information (Scotland) Act 2002 (FOISA)",
    "EIR": "Environmental Information Regulations 2004 (EIR)",
}


def describe(a: Authority) -> list[tuple[str, str]]:
    """(label, value) rows, in reading order; empty fields are left out."""
    rows = [("id", a.id)]
    if a.short_name:
        rows.append(("short name", a.short_name))
    if a.aliases:
        rows.append(("also known as", "; ".join(a.aliases)))
    rows.append(("type", TYPE_TEXT.get(a.type, a.type)))
    rows.append(("nation", NATION_TEXT.get(a.nation, a.nation)))
    if a.foi_applies:
        rows.append(("law", LAW_TEXT.get(a.regime, a.regime)))
        rows.append(
            (
                "cost limit",
                f"£{a.cost_limit} ({a.cost_hours} hours of staff time at £{a.hourly_rate} an hour)",
            )
        )
    else:
        rows.append(("law", "not subject to freedom of information law"))
    if a.recording_standard:
        rows.append(("crime recording", a.recording_standard_text))
    for label, value in (
        ("home page", a.home_page),
        ("disclosure log", a.disclosure_log),
        ("WhatDoTheyKnow", a.wdtk_url),
    ):
        if value:
            rows.append((label, value))
    if a.foi_applies:
        rows.append(("email", a.email or "none confirmed"))
    if a.tags:
        rows.append(("tags", ", ".join(a.tags)))
    if a.notes:
        rows.append(("note", a.notes))
    return rows


def sending_advice(a: Authority) -> str:
    """How to send a request when the user has not confirmed an address."""
    if a.email or not a.foi_applies:
        return ""
    route = (
        f"Send it through WhatDoTheyKnow ({a.wdtk_url}), or confirm an address first."
        if a.wdtk_url
        else "Find the request address on the authority's own website and confirm it first."
    )
    lead = (
        f" A 2023 list gives {a.email_unverified}, but it is unverified: check it on the "
        "authority's FOI page before using it."
        if a.email_unverified
        else ""
    )
    return f"{route}{lead} To confirm: foidraft authorities set-email {a.id} ADDRESS"


def authority_json(a: Authority) -> dict[str, object]:
    return {
        "id": a.id,
        "name": a.name,
        "short_name": a.short_name,
        "aliases": list(a.aliases),
        "type": a.type,
        "nation": a.nation,
        "regime": a.regime or None,
        "foi_applies": a.foi_applies,
        "recording_standard": a.recording_standard,
        "cost_limit": a.cost_limit if a.foi_applies else None,
        "hourly_rate": a.hourly_rate if a.foi_applies else None,
        "cost_hours": a.cost_hours if a.foi_applies else None,
        "wdtk_slug": a.wdtk_slug,
        "wdtk_url": a.wdtk_url,
        "home_page": a.home_page,
        "disclosure_log": a.disclosure_log,
        "email": a.email or None,
        "email_unverified": a.email_unverified or None,
        "tags": list(a.tags),
        "notes": a.notes,
    }


def no_match(query: str) -> str:
    """What a search for ``query`` that found no authority says, in the app's pickers and
    from `foidraft authorities search` alike: the words as typed, and what to do."""
    from foidraft.authorities import wdtk

    typed = " ".join(query.split())
    said = (
        f"No authority matches “{typed}”: check the spelling, or give the body's full name as "
        "it signs its letters (such as “Driver and Vehicle Licensing Agency”): any public body "
        "can be written to."
    )
    if wdtk.state_key()[1] >= 0:  # WhatDoTheyKnow's list is in: nothing more to fetch
        return said
    return (
        f"{said} Offline, foidraft lists police forces, councils and some NHS, university and "
        "national bodies; `foidraft authorities refresh` (uses the network) adds every body "
        "WhatDoTheyKnow lists."
    )
