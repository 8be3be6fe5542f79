"""A case from England is cited with its own law: a Scottish requester never reads that
West Midlands Police refused "under section 35 of the Scottish Act"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from foidraft.authorities.model import Authority
from foidraft.interview import load_flows
from foidraft.interview.regime import for_authority

SCOTTISH = [
    Authority(id="ps", name="Police Scotland", type="police", nation="scotland",
              regime="FOISA", recording_standard="scrs"),
    Authority(id="nhs_lothian", name="NHS Lothian", type="nhs", nation="scotland",
              regime="FOISA"),
]  # fmt: skip
# Bodies outside Scotland whose replies the flows cite.
NOT_SCOTTISH = re.compile(
    r"West Midlands|Northumbria|North Yorkshire|National Archives|NHS trust|Essex Police|"
    r"Dyfed-Powys|Transport for London|Northamptonshire|University Hospitals Birmingham"
)


def sentences() -> Iterator[tuple[str, str]]:
    for flow in load_flows().values():
        for authority in SCOTTISH:
            for q in for_authority(flow, authority).questions:
                texts = [q.why, *(c.hint for c in q.choices), *(n.why for n in q.not_offered)]
                for text in texts:
                    for sentence in re.split(r"(?<=[.;:])\s+", " ".join(text.split())):
                        yield f"{flow.id}/{q.id}", sentence


def test_the_scan_reads_the_scottish_flows() -> None:
    assert sum("Scottish Act" in s for _, s in sentences()) >= 5


def test_an_english_case_is_never_cited_with_the_scottish_act() -> None:
    bad = [
        f"{where}: {sentence}"
        for where, sentence in sentences()
        if "Scottish Act" in sentence and NOT_SCOTTISH.search(sentence)
    ]
    assert bad == [], "\n".join(bad)
