"""How foidraft scores on real requests with real outcomes (tests/corpus.py).

The figures for both parts are printed (run with ``-s``, or ``python -m tests.corpus``).
Rules are written and tuned on the training part only; the validation part, a third of
the collected cases frozen by a hash of their URLs, shows how the advice holds on requests
it was not written from. The floors sit a little below the current figures, so a change
that makes the advice worse fails; they are not targets.
"""

from __future__ import annotations

from typing import Any

import pytest

from foidraft.paths import bundled_rules_file
from foidraft.rules.model import Rule
from foidraft.rules.registry import load_rule_data
from tests.corpus import (
    PUBLISHED_NAME,
    as_sent,
    evaluate,
    findings_for,
    load_cases,
    official_url,
    part_of,
    report,
)

SEED_THREAD = "https://www.whatdotheyknow.com/request/paedophile_hunters_and_online_gr_22"

# (part, figure): floor or ceiling, a little short of today's figures so that a rule change
# that costs the validation part fails here. The validation false-alarm ceiling follows the
# data, not the rules: the rules of 2202b05 give 22.4% (15 of 67) on the validation part as
# it stands since the December fresh samples joined it (17% on the 58 answered before), and
# the rules after them give the same 15 of 67. The ncnd5 sample brought two answered requests
# that today's rules already warned on: the rules of 2aa94fb give 17 of 69 (24.6%), and the
# rules after it the same 17. With the answered6 sample joined, the rules of 2aa94fb give
# 18 of 75 (24%) and today's 17 of 75 (22.7%). With this round's samples joined (310 in the
# validation part, 76 answered) the rules after the round give 16 of 76 (21.1%); the next
# round's (318 in the validation part) 15 of 76 (19.7%), at the goal of at most 20%. The
# bodies9 sample (44 requests to councils, NHS bodies, departments and universities) brought
# 4 answered requests the rules warned on (19 of 80, 24%) and few bounces they caught; with
# loudness by kind of body (a rule is loud for those bodies only when its record on them, or
# a body-neutral reason, earns it) the figures are 16 of 80 (20%), with 3 fewer non-police
# bounces caught (7 of 48 rather than 10): the floors below follow. The bodies11 sample (39
# requests to councils, NHS bodies, fire and transport bodies, departments and universities,
# 16 of them in the validation part) brought 4 NCND or exempt refusals none of today's rules
# foresee (36 of 105, 34%, where it was 36 of 101): the NCND floor follows the data. With
# the advice14 sample's 3 validation cases joined too, 120 of 267 bounces are caught
# (44.9%; 46% of 254 before both samples): the caught floor follows the data as well.
# The collect20 sample (50 requests, 46 of them to bodies other than the police, 16 in the
# validation part) joined with no rule written: with the same rules and severities it gives
# training NCND foreseen 75.1% (199 of 265), and after the measured lines were re-run (FD407
# and FD612 to info) validation caught 43.9% (122 of 278) and right kind 32.3%: these three
# floors follow the data; none of the other figures moved past its floor or ceiling.
# The collect21 and collect21b samples (85 requests, 19 to the police; 30 in the validation
# part) joined with no rule written. With the rules and severities of 49e932a they give
# training NCND foreseen 73.6% (204 of 277), validation right kind 31.9% (87 of 273) and
# NCND foreseen 31.4% (37 of 118), and training false alarms 13 of 218; after the measured
# lines were re-run 12 of 218 (5.5%). Joined with this round's rules (merged first, and
# scored on the two samples before they joined), training NCND is 78.3%, validation right
# kind 32.2% and NCND 33.1%: those three floors stand; the training false-alarm ceiling
# follows the data (12 of 218).
# The collect22, 22b and 22c samples (148 requests, 98 to bodies other than the police, 45
# in the validation part) joined after this round's first rules were merged and scored on
# them (caught 36%, right kind 22%, against 33% and 21% with the rules from before the
# round). Joined with no rule written for them: training caught 67.4%, right kind 63.9%,
# NCND 77.4%; validation caught 43.2%, right kind 32.0%, NCND 33.6%, false
# alarms 15%. The two right-kind floors follow the data.
# With collect23 joined and the thresholds chosen again (0.55/0.15), training is caught
# 69.6%, right kind 66.1%, NCND 78.8%, and validation 45.8%, 34.0%, 34.6%: the floors rise
# to just under them.
# The collect24, 24b, 25 and answered24 samples (140 requests, 66 to police bodies, 50 in
# the validation part; scored before they joined: caught 30%, right kind 18%, false alarms
# 12 of 55) joined with no rule written for them, after the ncnd24 and notheld24 rules:
# training caught 66.9%, right kind 64.0%, NCND 76.8%, false alarms 6.6% (19 of 288);
# validation caught 43.4%, right kind 33.2%, NCND 34.1%. Those floors follow the data.
# The collect26, 27 and answered25 samples (76 requests, 20 to police bodies, 29 in the
# validation part; scored before they joined with the round's finished rules: caught 35%,
# right kind 24%, NCND 4 of 23, 5 of 28 answered warned) joined last, and the thresholds
# were chosen again (0.50/0.15, tests/rule_scores.py): training caught 67.6%, right kind
# 64.9%, NCND 75.4%; validation 44.2%, 33.4%, 33.3%. The two NCND floors follow the data.
# The collect28, collect29 and answered26 samples (19 requests, 16 to police bodies; the
# stored police pages are nearly all used) were scored before they joined with the rules of
# 06ccc67 (caught 7 of 10, right kind 5, NCND 0 of 2, 4 of 9 answered warned) and joined
# with no rule written: training NCND foreseen 74.9% (248 of 331): that floor follows the data.
# The collect30, answered27 and collect31 samples (85 requests, 3 to police bodies; 21 in the
# validation part) were scored before they joined with the round's finished rules (caught 14
# of 59, right kind 5, NCND 2 of 18, 3 of 26 answered warned; the rules from before the
# round gave the same) and joined with no rule written: training NCND foreseen 73.3%,
# validation caught 42.6% and right kind 32.4%. Those three floors follow the data.
# The collect32 sample (31 requests, none to police bodies, 12 in the validation part;
# scored before it joined with the rules of c6e61ef: caught 29%, right kind 7%, NCND 0 of
# 11, 1 of 7 answered warned) joined with no rule written: training caught 65.9%, right
# kind 62.8%, NCND 71.9%; validation NCND 32.3%. Those four floors follow the data.
# The collect33, answered28 and collect34 samples (99 requests, none to police bodies, 46
# answered; 41 in the validation part) were scored before they joined with the round's
# finished rules (caught 6 of 53, right kind 2 of 42, NCND 2 of 16, 5 of 46 answered warned;
# the rules from before the round: 5, 2, 1 of 16, 5 of 46) and joined with no rule written.
# Their answered fire services and councils made FD304, FD310 and FD217 quiet, and the
# thresholds were chosen again on training (0.40/0.10, tests/rule_scores.py): training
# caught 64.8%, right kind 62.0%; validation caught 41.3%, right kind 30.8%, NCND 30.7%,
# answered warned 12.6% (police 18.3%). Those five floors follow the data.
# The twelfth round's end sample, collect36 and answered29 (77 requests, none to police
# bodies, 40 answered; 19 in the validation part), was scored before it joined with the
# round's finished rules and with the rules from before the round, alike (caught 9 of 37,
# right kind 5, NCND 2 of 11, 6 of 40 answered warned), and joined with no rule written;
# the thresholds stay 0.40/0.10 (pooled leave-one-out +46, best). Training caught 62.8%,
# right kind 60.1%; validation caught 40.2%, right kind 29.8%. Those four floors follow.
# The thirteenth round's end samples, scored before they joined with the round's finished
# rules and with the rules from before the round, alike: answered30, collect37 and
# answered31 (83 requests, 2 to police bodies, 45 answered: caught 7 of 38, right kind 5,
# NCND 2 of 13, 4 of 45 answered warned) and fromreplies29/30 (115 requests whose replies
# the reply data held: 20 to police bodies, 109 bounced: caught 50%, right kind 27%, NCND
# 12 of 63, 0 of 6 answered warned). They joined with no rule written; FD319 went quiet
# (4 of 38 answered) and FD612 loud; the thresholds stay 0.40/0.10 (pooled leave-one-out
# +42, level with 0.40/0.15, ahead of the rest). Training caught 60.7%, right kind 56.7%,
# NCND 65.9%; validation caught 39.2%, right kind 28.8%, NCND 29.1%. All six floors follow.
# Then more requests whose replies the reply data held joined, scored first (rules of the
# round and from before it alike): fromreplies31/32 (62 to police forces: caught 22 of 47,
# right kind 40%, NCND 9 of 18, 7 of 15 answered warned; FD206 went quiet) and
# fromreplies33 (76 to other bodies: caught 16 of 64, right kind 8%, NCND 8 of 29, 1 of 12
# answered warned). Training caught 59.3%, right kind 55.4%, NCND 64.3%; validation caught
# 37.6%, right kind 27.2%, NCND 29.0%. All six floors follow.
# The fourteenth round's end sample, collect38 and answered32 (38 requests, 1 to a police
# body, 24 to Scottish bodies, 10 answered), scored before it joined with the round's
# finished rules and with the rules from before the round, alike (caught 1 of 28, right
# kind 0, NCND 0 of 7, 1 of 10 answered warned), joined with no rule written; FD306 went
# quiet (an answered request made 3 of 26). The thresholds stay 0.40/0.10 (pooled
# leave-one-out +41, best). Training caught 59.8%, right kind 55.6%, NCND 64.5%;
# validation caught 36.8%, right kind 26.3%, NCND 28.8%. The two validation floors follow.
# The fifteenth round (7 December): a rule may name a second kind its cases met (also_kinds:
# FD401/FD402 the exemptions that strip names and advice from what is found, FD523 a split
# not recorded), and collect39 joined: training right kind 58.0%, NCND 71.4%; validation
# caught 36.7%, right kind 29.5%, NCND 38.1%. Those four floors follow.
# The sixteenth round (7 December): collect40 to 42 joined (98 requests; with the round's
# finished rules, before joining, 10 of 64 bounces caught, 2 of 34 answered warned), 65 of
# them in the training part, mostly missed: training caught 58.7%, right kind 56.5%, NCND
# 68.4%; the three training floors follow. Validation (832): 36.5%, 29.5%, 37.4%.
# The seventeenth round (7 December): collect43 and collect44 joined (76 requests, 26 to
# police forces; with the round's finished rules, before joining, 14 of 50 bounces caught,
# 6 with the right kind, 2 of 22 NCND, 6 of 26 answered warned; with the rules from before
# the round 13, 5, 1 and 6). FD305 and FD313 went quiet (each met an answered request).
# Validation (860): caught 35.6%, right kind 28.6%, NCND 36.5%: the recall floor follows.
# The eighteenth round (7 December): collect45 to collect47 joined (85 requests, 83 to police
# forces; with the round's finished rules, before joining, 31 of 65 bounces caught, 12 of 36
# NCND, 7 of 20 answered warned; with the rules from before the round 30, 12 and 8).
# Validation (893): caught 37.3%, right kind 29.8%, NCND 37.1%: the floors follow.
# The nineteenth round (7 December): collect48 joined (42 requests to NHS bodies,
# universities, fire services, departments and councils; with the round's finished rules,
# before joining, 12 of 27 bounces caught, 4 with the right kind, 2 of 7 NCND, 3 of 15
# answered warned, as with the rules from before the round). FD105 (no period) loud.
# Training caught 62.9%, right kind 59.8%, NCND 71.7%; validation (905) 39.3%, 30.6%, 37.7%
# (answered warned 13.4%): the floors follow.
# The twentieth round (7 December): collect49 and collect50 joined (62 requests, 36 to police
# forces; with the round's finished rules, before joining, 18 of 43 bounces caught, 13 with
# the right kind, 3 of 9 NCND, 2 of 19 answered warned: the same as with the rules from
# before the round). Training caught 62.9%, right kind 59.3%, NCND 71.2%; validation (929)
# 39.9%, 31.4%, 38.3% (answered warned 13.3%): the validation floors follow.
# The twenty-second round (7 December): collect52 and collect53 joined (150 requests, 57 to
# police forces, 35 answered; with the round's finished rules, before joining, 45 of 115
# bounces caught, 10 of 27 NCND, 15 of 35 answered warned (police 10 of 11): the same as with
# the rules from before the round). They are harder than the corpus they joined: training
# caught 63.7% became 60.3%, right kind 59.9% 57.2%, NCND 72.6% 70.3%; validation (990)
# 40.2% became 38.4%, 31.7% 30.3%, 38.6% 38.5% (answered warned 13.3% 13.6%). The floors
# follow the data, not a change of rules.
# The twenty-third round (8 December): collect54 and collect55 joined (28 police requests, 8
# answered; before joining, with the rules from before the round and with the round's alike,
# 6 of 20 bounces caught, 1 with the right kind, 1 of 7 NCND, 1 of 8 answered warned).
# Training NCND 70.3% became 69.8%; validation (1,001) 38.4%, 30.2%, 38.2% (answered warned
# 13.4%): the floors follow the data.
FLOORS = {
    ("training", "recall"): 0.60,
    ("training", "kind_recall"): 0.57,
    ("training", "ncnd_foreseen"): 0.69,
    ("validation", "recall"): 0.38,
    ("validation", "kind_recall"): 0.30,
    ("validation", "ncnd_foreseen"): 0.38,
}
CEILINGS = {
    ("training", "false_alarm_rate"): 0.07,
    ("validation", "false_alarm_rate"): 0.20,
}


@pytest.fixture(scope="module")
def results() -> dict[str, dict[str, Any]]:
    return {part: evaluate(part) for part in ("training", "validation")}


def test_prints_the_figures(results: dict[str, dict[str, Any]]) -> None:
    for result in results.values():
        print("\n" + report(result, details=False))
        assert result["cases"] == result["bounced"] + result["answered"] > 100


@pytest.mark.parametrize(("part", "figure"), sorted(FLOORS))
def test_floors(results: dict[str, dict[str, Any]], part: str, figure: str) -> None:
    assert results[part][figure] >= FLOORS[(part, figure)]


@pytest.mark.parametrize(("part", "figure"), sorted(CEILINGS))
def test_ceilings(results: dict[str, dict[str, Any]], part: str, figure: str) -> None:
    assert results[part][figure] <= CEILINGS[(part, figure)]


def test_the_split_is_frozen_by_url() -> None:
    """A third of the collected cases are for validation, chosen by the URL alone, and the
    development cases (which the first rules were written from) are all training."""
    cases = load_cases()
    collected = [c for c in cases if c["source"] == "collected"]
    assert all(c["part"] == part_of(c["url"]) for c in collected)
    assert all(c["part"] == "training" for c in cases if c["source"] == "dev")
    share = sum(c["part"] == "validation" for c in collected) / len(collected)
    assert 0.25 < share < 0.42
    assert part_of("https://example.org/a") == part_of("https://example.org/a")


def test_both_seed_requests_are_flagged(results: dict[str, dict[str, Any]]) -> None:
    assert "wmp-8a-21-first-request" not in results["training"]["missed"]
    assert "wmp-8a-21-refined-request" not in results["training"]["missed"]


def test_cited_cases_exist_and_carry_their_urls() -> None:
    """Evidence that names a case links to where it was published, and never cites a
    validation case (rules are not written from those). The seed's two cases, stored from a
    local copy, link to the WhatDoTheyKnow thread."""
    cases = {c["id"]: c for c in load_cases()}
    rules = [Rule(d) for d in load_rule_data([(bundled_rules_file(), "bundled")])]
    cited = [(r.id, e) for r in rules for e in r.evidence if "case" in e]
    assert len(cited) > 50
    for rule_id, e in cited:
        assert e["case"] in cases, (rule_id, e["case"])
        case = cases[e["case"]]
        assert case["part"] == "training", (rule_id, e["case"])
        expected = SEED_THREAD if e["case"].startswith("wmp-8a-21-") else case["url"]
        assert e["url"] == official_url(expected), (rule_id, e["case"])


@pytest.mark.parametrize("closing", ["Many thanks,", "Yours faithfully", "Kind regards,\n\n"])
def test_a_published_bare_sign_off_is_judged_signed(closing: str) -> None:
    """A publisher's removal of the requester's name is not the requester's unsigned letter:
    the letter's form rule is measured on the letter as sent."""
    case = {
        "request": f"Dear FOI team,\n\nHow many bikes were stolen in 2023?\n\n{closing}",
        "authority": "Transport for London",
        "jurisdiction": "FOIA",
    }
    assert as_sent(case).endswith(PUBLISHED_NAME)
    assert "FD901" not in {f.rule for f in findings_for(case)}


def test_a_signed_or_unclosed_request_is_measured_as_published() -> None:
    for text in (
        "How many bikes were stolen?\n\nYours faithfully,\nJo Bloggs",
        "How many bikes were stolen? Thanks",
    ):
        assert as_sent({"request": text}) == text
