"""`foidraft learn`: a clarification request becomes a personal rule that fires next time."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from foidraft import paths
from foidraft.authorities.directory import load_directory
from foidraft.authorities.model import Authority
from foidraft.drafts import Draft, DraftStore
from foidraft.errors import FoidraftError
from foidraft.learn import add_rules, find_cues, propose_rules
from foidraft.lint.api import check
from foidraft.rules.loader import load_rule_file
from foidraft.rules.model import Rule, RuleSet
from foidraft.rules.registry import default_ruleset
from tests.conftest import Cli
from tests.corpus import load_cases

SEED_REPLY = Path(__file__).parent / "data" / "wmp-8a-21-clarification.txt"
ASKED = dt.date(2024, 2, 1)
NONE = RuleSet([])  # proposals judged against no rules: independent of the knowledge base

# A local name no bundled rule flags ('Operation X' draws FD717, an operation's code name),
# so that what the reply teaches is new.
LETTER = (
    "Dear Northumbria Police,\n\n"
    "1. Please provide the number of crimes logged under Project Nightjar in the calendar "
    "year 2023.\n\n"
    "2. Please provide the number of crimes recorded in the Quayside area in the calendar "
    "year 2023.\n\n"
    "3. Please provide the number of stop and search encounters in the last year.\n\n"
    "Yours faithfully,\n\nJane Smith\n"
)
REPLY = """Dear Ms Smith

Thank you for your request. Before we can proceed, please clarify what you mean by
'Project Nightjar'; we hold no records under that name.

We cannot search for "the Quayside area" as locations are recorded by beat code, so each
crime would need to be read individually.

For question 3, do you want the financial year or the calendar year?

> 1. Please provide the number of crimes logged under Project Nightjar in the calendar year 2023.

Yours sincerely
Information Compliance Unit
"""


def northumbria() -> Authority:
    found = load_directory().get("northumbria_police")
    assert found is not None
    return found


def new_draft() -> Draft:
    return Draft.new("Nightjar and the Quayside", LETTER, "northumbria_police")


def test_cues_come_from_the_authoritys_own_sentences() -> None:
    cues = {(c.term, c.kind) for c in find_cues(REPLY, LETTER)}
    assert ("Project Nightjar", "undefined_term") in cues
    assert ("Quayside area", "manual_review") in cues
    assert (None, "ambiguous_period") in cues
    said = "By 'child decoy' I mean an adult. We cannot identify 'online' offences."
    assert {c.term for c in find_cues(said, "By 'child decoy' I mean an adult.")} == {"online"}
    assert find_cues("Thank you for your 'prompt' reply. Your request is very broad.") == []


@pytest.mark.parametrize(
    ("sentence", "term", "kind"),
    [
        ("The term 'hate incidents' is too broad; do you mean crimes?", "hate incidents",
         "too_broad"),
        ("Please clarify what you mean by the phrase “drug-related deaths”.",
         "drug-related deaths", "undefined_term"),
        ("We are unable to search by 'ethnicity of the victim' as it is not a mandatory field.",
         "ethnicity of the victim", "manual_review"),
        ("You asked for use of force data.", "use of force data", "undefined_term"),
        ("Street drinking is too broad.", "Street drinking", "too_broad"),
        ("Could you confirm whether you require financial or calendar year figures?", None,
         "ambiguous_period"),
        ("Which time period do you require?", None, "ambiguous_period"),
        ("We cannot identify from our data ‘online’ offences.", "online", "manual_review"),
        ("Please name the organisations you are interested in, such as 'Dark Justice'.",
         "Dark Justice", "unnamed_entities"),
    ],
)  # fmt: skip
def test_realistic_clarification_sentences(sentence: str, term: str | None, kind: str) -> None:
    assert (term, kind) in {(c.term, c.kind) for c in find_cues(sentence)}


def test_seed_reply_terms_are_all_flagged_already() -> None:
    """West Midlands Police's clarification of FOI 8A/21 (the seed, published on
    WhatDoTheyKnow): every term it raised is one the knowledge base already flags."""
    reply = SEED_REPLY.read_text(encoding="utf-8")
    first = load_cases()[0]
    assert first["id"] == "wmp-8a-21-first-request"
    letter = f"Dear West Midlands Police,\n\n{first['request']}\n\nYours faithfully,\n\nD Moore\n"
    assert "CLARIFICATION REQUIRED" in reply and "REQUEST\n" in reply
    cues = {c.term.casefold() if c.term else None for c in find_cues(reply, letter)}
    assert {None, "online", "associated"} <= cues
    assert "child decoy" not in cues  # the requester's own words, quoted back
    seed = Draft.new("Paedophile hunters", letter, "wmp")
    lesson = propose_rules(seed, reply, authority=load_directory().get("wmp"), asked=ASKED)
    assert lesson.proposals == []
    flagged = {p.term: p.reason for p in lesson.passed if p.reason.startswith("already")}
    assert {"2019/20", "online", "associated"} <= set(flagged)
    rules = default_ruleset()
    assert all(rules.get(reason.split()[-1]) is not None for reason in flagged.values())


def test_proposals_are_valid_rules_that_fire_on_their_wording() -> None:
    lesson = propose_rules(
        new_draft(), REPLY, authority=northumbria(), asked=ASKED, ruleset=NONE,
        url="https://www.whatdotheyknow.com/request/nightjar",
    )  # fmt: skip
    by_text = {p.where.text: p for p in lesson.proposals}
    assert set(by_text) == {"Project Nightjar", "Quayside area", "the last year"}
    assert [p.id for p in lesson.proposals] == ["U001", "U002", "U003"]
    nightjar = by_text["Project Nightjar"].rule
    assert nightjar["kind"] == "undefined_term" and nightjar["severity"] == "warning"
    assert by_text["Quayside area"].rule["kind"] == "manual_review"
    assert by_text["the last year"].rule["kind"] == "ambiguous_period"
    assert "we hold no records under that name" in nightjar["message"]
    assert nightjar["evidence"][0]["url"] == "https://www.whatdotheyknow.com/request/nightjar"
    assert "Nightjar and the Quayside" in nightjar["why"]
    assert nightjar["examples"]["bad"] == [
        "Please provide the number of crimes logged under Project Nightjar in the calendar "
        "year 2023."
    ]
    assert "[[clarify what you mean by" in nightjar["suggestions"][0]["insert_after"]
    path = add_rules([p.rule for p in lesson.proposals])
    data = load_rule_file(path, origin="user")  # the strict loader accepts the file
    ruleset = RuleSet([Rule(d) for d in data])
    force = northumbria()
    for rule in data:
        assert rule["applies_to"] == {"authorities": ["northumbria_police"]}
        bad = rule["examples"]["bad"][0]
        assert [f.rule for f in check(bad, force, ruleset=ruleset)] == [rule["id"]]
        assert check(rule["examples"]["good"][0], force, ruleset=ruleset) == []
        # scoped to the authority that asked: silent for every other force
        assert check(bad, load_directory().get("gmp"), ruleset=ruleset) == []
        assert check(bad, ruleset=ruleset) == []
    filled = LETTER.replace("Nightjar in", "Nightjar (by which I mean the 2023 summer patrols) in")
    assert "U001" not in {f.rule for f in check(filled, force, ruleset=ruleset)}


def test_a_rule_applies_everywhere_only_when_the_user_widens_it() -> None:
    lesson = propose_rules(
        new_draft(), REPLY, authority=northumbria(), asked=ASKED, ruleset=NONE, everywhere=True
    )
    rule = lesson.proposals[0].rule
    assert "applies_to" not in rule
    ruleset = RuleSet([Rule(r) for r in _validated([p.rule for p in lesson.proposals])])
    assert [f.rule for f in check(rule["examples"]["bad"][0], ruleset=ruleset)] == ["U001"]


def _validated(rules: list[dict[str, object]]) -> list[dict[str, object]]:
    path = add_rules(rules)
    return load_rule_file(path, origin="user")


SUGGESTING_REPLY = """Dear Ms Smith

We cannot identify 'online' offences from our data, so each record would need to be read.
May I suggest you ask for all "crimes recorded" for those specific offences, as this would
be a better way for us to search.
"""
CRIMES_LETTER = (
    "Dear Northumbria Police,\n\n1. Please provide the number of crimes recorded for online "
    "offences in the calendar year 2023.\n\nYours faithfully,\n\nJane Smith\n"
)


def test_wording_the_reply_recommends_is_never_proposed() -> None:
    """The reply recommends 'crimes recorded'; the letter already says it. Only what the
    authority objected to ('online') may become a rule."""
    draft = Draft.new("Online crimes", CRIMES_LETTER, "northumbria_police")
    lesson = propose_rules(draft, SUGGESTING_REPLY, authority=northumbria(), asked=ASKED,
                           ruleset=NONE)  # fmt: skip
    assert [p.where.text for p in lesson.proposals] == ["online"]
    assert all("crime" not in p.where.text.casefold() for p in lesson.proposals)


def test_the_evidence_link_falls_back_to_the_authoritys_pages() -> None:
    lesson = propose_rules(new_draft(), REPLY, authority=northumbria(), asked=ASKED, ruleset=NONE)
    assert lesson.proposals[0].rule["evidence"][0]["url"] == northumbria().disclosure_log
    with pytest.raises(FoidraftError, match="--url"):
        propose_rules(new_draft(), REPLY, authority=None, asked=ASKED, ruleset=NONE)
    with pytest.raises(FoidraftError, match="not an http"):
        propose_rules(new_draft(), REPLY, authority=None, asked=ASKED, ruleset=NONE, url="x")


def test_a_broken_rules_file_is_never_made_worse(tmp_path: Path) -> None:
    lesson = propose_rules(new_draft(), REPLY, authority=northumbria(), asked=ASKED, ruleset=NONE)
    broken = tmp_path / "rules.yaml"
    broken.write_text("version: 1\nrules:\n  - id: nope\n", encoding="utf-8")
    with pytest.raises(FoidraftError, match="has problems"):
        add_rules([lesson.proposals[0].rule], str(broken))
    assert broken.read_text(encoding="utf-8") == "version: 1\nrules:\n  - id: nope\n"
    bad = dict(lesson.proposals[0].rule, kind="not-a-kind")
    fresh = tmp_path / "fresh.yaml"
    with pytest.raises(FoidraftError, match="not valid"):
        add_rules([bad], str(fresh))
    assert not fresh.exists()
    flow = tmp_path / "flow.yaml"
    flow.write_text("# mine\nversion: 1\nrules: []\n", encoding="utf-8")
    add_rules([lesson.proposals[0].rule], str(flow))
    assert [r["id"] for r in load_rule_file(str(flow))] == ["U001"]


def test_learn_from_the_shell(cli: Cli, tmp_path: Path) -> None:
    store = DraftStore()
    store.save(new_draft())
    reply = tmp_path / "reply.txt"
    reply.write_text(REPLY, encoding="utf-8")
    rules_file = Path(paths.user_rules_file())
    letter = tmp_path / "next.txt"
    letter.write_text(LETTER, encoding="utf-8")
    code, out, _ = cli("check", "--authority", "Northumbria Police", str(letter))
    assert " U0" not in out

    args = ("learn", "nightjar", "--reply", str(reply), "--date", "2024-02-01")
    code, out, err = cli(*args)  # not interactive, no --yes: nothing added
    assert code == 1 and "Proposed rule U001" in out and "--yes" in err
    assert not rules_file.exists()
    draft = store.load("nightjar")
    assert (draft.status, draft.clarification) == ("clarification", dt.date(2024, 2, 1))

    code, out, _ = cli(*args, "--yes", "--url", "https://www.whatdotheyknow.com/request/n")
    assert code == 0 and "added U00" in out
    added = [r["id"] for r in load_rule_file(str(rules_file), origin="user")]
    assert "U001" in added

    code, out, _ = cli("check", "--authority", "Northumbria Police", str(letter))
    assert code == 1 and "U001  warning  'Project Nightjar' drew a clarification" in out

    before = rules_file.read_bytes()
    code, out, _ = cli(*args, "--yes")
    assert code == 0 and "'Project Nightjar': already flagged by U001" in out
    assert "No new rule" in out and rules_file.read_bytes() == before


def test_learning_later_never_undoes_a_recorded_reply(cli: Cli, tmp_path: Path) -> None:
    store = DraftStore()
    draft = new_draft()
    draft.sent = dt.date(2024, 1, 10)
    draft.set_status("clarification", dt.date(2024, 1, 20))
    store.save(draft)
    reply = tmp_path / "reply.txt"
    reply.write_text(REPLY, encoding="utf-8")
    code, out, _ = cli("learn", "nightjar", "--reply", str(reply), "--yes")
    assert code == 0 and "nightjar" in out and "(asked 20 January 2024)" in out
    assert store.load("nightjar").clarification == dt.date(2024, 1, 20)  # not today
    draft = store.load("nightjar")
    draft.set_status("partly-answered")
    store.save(draft)
    code, out, _ = cli("learn", "nightjar", "--reply", str(reply), "--yes")
    assert code == 0 and "status left as partly answered" in out
    assert store.load("nightjar").status == "partly-answered"


def test_learn_errors(cli: Cli, tmp_path: Path) -> None:
    DraftStore().save(new_draft())
    code, _, err = cli("learn", "nightjar", "--reply", str(tmp_path / "none.txt"))
    assert code == 2 and "no such file" in err
    assert DraftStore().load("nightjar").status == "draft"
