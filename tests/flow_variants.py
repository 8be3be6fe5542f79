"""Generated answers for every flow: each question answered in each way it can be (each
choice alone, every choice together, a typed "another" entry, "I don't know", left empty),
the other questions by default, for an English, a Scottish and a Northern Irish force (for
a flow no force is offered: an English and a Scottish council and an NHS trust)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from foidraft.authorities.model import Authority
from foidraft.interview.model import Flow, Question
from foidraft.interview.regime import for_authority

TODAY = dt.date(2025, 6, 15)
WMP = Authority(
    id="west-midlands-police",
    name="West Midlands Police",
    type="police",
    nation="england",
    regime="FOIA",
    recording_standard="hocr",
)
SCOTLAND = Authority(
    id="police-scotland",
    name="Police Scotland",
    type="police",
    nation="scotland",
    regime="FOISA",
    recording_standard="scrs",
    cost_limit=600,
    hourly_rate=15,
)
PSNI = Authority(
    id="psni",
    name="Police Service of Northern Ireland",
    type="police",
    nation="northern_ireland",
    regime="FOIA",
    recording_standard="hocr",
)
AUTHORITIES = (WMP, SCOTLAND, PSNI)
# For the flows no police force is offered (a service's figures, a body's workforce).
OTHER_BODIES = (
    Authority(id="leeds-city-council", name="Leeds City Council", type="council",
              nation="england", regime="FOIA"),
    Authority(id="leeds-teaching-hospitals", name="Leeds Teaching Hospitals NHS Trust",
              type="nhs", nation="england", regime="FOIA"),
    Authority(id="glasgow-city-council", name="Glasgow City Council", type="council",
              nation="scotland", regime="FOISA", cost_limit=600, hourly_rate=15),
)  # fmt: skip
TYPED = {
    "offences": "knife crime",
    "categories": "fireworks",
    "area": "near Victoria Park",
    "doc_type": "body-worn video retention schedule",
    "reasons": "stress",
    "involving": "a named child protection group",
}
UNSURE = "not sure"
TEXTS = {
    "topic": "knife crime near the station",
    "subject": "the closure of the town centre police station in March 2024",
    "sender": "not sure - whoever at the force planned the closure",
    "recipient": "the Police and Crime Commissioner's office and the council",
    "keywords": "station closure",
    "exact_title": "Estates Strategy 2024",
    "owner": "Estates",
    "service": "housing repairs",
    "scope": "adult social care",
}


def variants(flow: Flow, authority: Authority) -> Iterator[tuple[str, dict[str, object]]]:
    """(label, answers) pairs: one question varied at a time."""
    yield "defaults", {}
    for q in for_authority(flow, authority).questions:
        for label, value in _values(q):
            yield f"{q.id}={label}", {q.id: value}


def _values(q: Question) -> Iterator[tuple[str, object]]:
    if q.type == "choice":
        for c in q.choices:
            yield c.value, c.value
        if q.other is not None:
            yield "typed", TYPED.get(q.id, "another kind")
    elif q.type == "multi-choice":
        picks = [c for c in q.choices if c.when is None]
        for c in picks[:40]:
            yield c.value, [c.value]
        together = [c.value for c in picks[:25] if not c.alone]
        if len(together) > 1:
            yield "all", together
        if q.other is not None:
            yield "typed", [TYPED.get(q.id, "another kind")]
        if not q.required:
            yield "none", []
    elif q.type == "yes-no":
        yield "yes", True
        yield "no", False
    elif q.type == "text":
        yield "words", TEXTS.get(q.id, "the subject of my request")
        yield "unsure", UNSURE
    elif q.type == "date":
        yield "31/03/2024", "31/03/2024"
    elif q.type == "number":
        yield "0", 0
        yield "3", 3
    elif q.type == "period":
        forms = [
            ("financial", "2021/22 to 2023/24"),
            ("financial", "last 3 financial years"),
            ("calendar", "2022 to 2024"),
            ("dates", "last 12 months"),
            ("dates", "01/04/2024 to 31/03/2025"),
            ("dates", "2024 to date"),
        ]
        for kind, text in forms:
            if kind in q.kinds and (q.open_end or "to date" not in text):
                yield text, text
