"""``python -m tests.exempt_gaps``: NCND and exempt refusals, foreseen or missed, by the
exemption the reply cited and whether it refused the whole request or one part."""

from __future__ import annotations

from typing import Any

import pytest

from tests.exempt_gaps import NONE, families, tally


def _case(
    ident: str, reason: str, *, partial: bool, outcome: str = "ncnd_or_exempt"
) -> dict[str, Any]:
    return {"id": ident, "outcome": outcome, "partial": partial, "authority_reason": reason}


@pytest.mark.parametrize(
    ("reason", "family"),
    [
        ("Names withheld under s40(2).", "personal data (s40)"),
        (
            "Exempt under section 31(1)(a), law enforcement.",
            "investigations, law enforcement (s30, s31)",
        ),
        ("Refused: s.24 national security; s.23.", "national security (s23, s24)"),
        ("Locations withheld, s38 health and safety.", "health and safety (s38)"),
        ("Rates withheld as commercially sensitive (s43(2)).", "commercial interests (s43)"),
        ("Already published on our website (s21).", "published or to be (s21, s22)"),
        ("Held for future publication in the annual report.", "published or to be (s21, s22)"),
        ("Neither confirm nor deny whether held.", "neither confirmed nor denied"),
        (
            "Figures under five suppressed: small numbers could identify people.",
            "small numbers withheld",
        ),
    ],
)
def test_families_reads_the_reply(reason: str, family: str) -> None:
    assert family in families(reason)


def test_personal_data_in_scotland_is_not_health_and_safety() -> None:
    named = families("Withheld under FOISA s38(1)(b), personal information.")
    assert "personal data (s40)" in named
    assert "health and safety (s38)" not in named


def test_a_reply_naming_no_exemption() -> None:
    assert families("Refused.") == [NONE]


def test_tally_splits_foreseen_missed_and_parts() -> None:
    cases = [
        _case("a", "s40(2) personal data", partial=True),
        _case("b", "s31 law enforcement", partial=False),
        _case("c", "s40 and s31", partial=True),
        _case("d", "answered", partial=False, outcome="answered"),
    ]
    lines = tally(cases, foreseen={"b"})
    assert "  foreseen: 1 (0 refused in one part, the rest answered)" in lines
    assert "  missed: 2 (2 refused in one part, the rest answered)" in lines
    assert "    personal data (s40): 2 (2 in one part)" in lines
    assert "    investigations, law enforcement (s30, s31): 1 (0 in one part)" in lines
    assert "    investigations, law enforcement (s30, s31): 1 (1 in one part)" in lines
