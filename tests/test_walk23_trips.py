"""What a new requester met walking foidraft from a clean install (walk23): each fix found
by walking it, with the steps that showed it."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import Cli

LETTER = """Dear Police Scotland,

Please provide the number of crimes of handling a bladed or pointed article recorded in
Glasgow in the financial years 2023/24 to 2025/26 (1 April 2023 to 31 March 2026).

Yours faithfully,

Morag Campbell
"""

# A cost refusal in Police Scotland's usual form (written for this test).
COST_REFUSAL = """Police Scotland
Our reference: IM-FOI-2026-2841
Date: 4 December 2026

Dear Ms Campbell

FREEDOM OF INFORMATION (SCOTLAND) ACT 2002

Thank you for your request for information dated 27 November 2026.

Unfortunately, I estimate that it would cost well in excess of the current FOI cost
threshold of £600 to process your request. I am therefore refusing to provide the
information sought in terms of section 12(1) of the Act - Excessive Cost of Compliance.

If you are dissatisfied with the way in which Police Scotland has dealt with your request,
you are entitled to request a review of our decision within 40 working days of receiving
this response.

Information Management - Glasgow
"""


def test_the_review_letter_is_counted_as_foidraft_check_counts_it(cli: Cli, tmp_path: Path) -> None:
    """`foidraft reply DRAFT --next review` said "foidraft check finds 2 warnings in it"
    (staff time costed, a question that no longer says what it counts: advice on requests,
    read in the review's grounds), and the `foidraft check` it pointed to found nothing: a
    review request is checked only for a letter's form."""
    letter, reply = tmp_path / "letter.txt", tmp_path / "reply.txt"
    letter.write_text(LETTER, encoding="utf-8")
    reply.write_text(COST_REFUSAL, encoding="utf-8")
    cli("details", "--name", "Morag Campbell")  # signed: no gap for a name to fill
    cli("drafts", "new", "--authority", "police scotland", "--from", str(letter), "Knives")
    cli("drafts", "status", "knives", "sent", "--date", "2026-11-27")
    cli("reply", "knives", str(reply))
    code, out, err = cli("reply", "knives", "--next", "review", "--ground",
                         "cost-estimate-foisa")  # fmt: skip
    assert code == 0, err
    _, path, _ = cli("drafts", "path", "review-knives")
    check_code, check_out, _ = cli("check", path.strip())
    said = [ln for ln in (out + err).splitlines() if "foidraft check finds" in ln]
    assert (check_code == 0) == (not said), (out + err, check_out)
    assert not said, out + err


def test_the_psni_is_offered_its_sectarian_hate_motivation() -> None:
    """A hate crime request to the Police Service of Northern Ireland listed England's
    five strands only (walk23): the PSNI records a sectarian motivation too, and it is
    offered there, never to a force in Britain."""
    from foidraft.authorities.directory import load_directory
    from foidraft.interview import load_flows
    from foidraft.interview.script import answer_all

    directory, flow = load_directory(), load_flows()["crime-statistics"]
    offered = {}
    for ref in ("psni", "wmp", "police_scotland"):
        interview, _ = answer_all(
            flow,
            {"topic": "hate crime", "drop_first": ["none"]}
            | ({"strands": ["sectarian", "race"]} if ref == "psni" else {}),
            authority=directory.find(ref),
            requester_name="Jo",
        )
        offered[ref] = {c.value for c in interview.flow.question("strands").choices}
        if ref == "psni":
            assert "hate crime strands: race and sectarian" in " ".join(interview.letter().split())
    assert "sectarian" in offered["psni"]
    assert "sectarian" not in offered["wmp"] | offered["police_scotland"]


def test_an_nhs_trust_is_shown_its_own_examples_for_its_workforce() -> None:
    """A staff request to Manchester University NHS Foundation Trust was shown a council's
    examples ("staff numbers in children's services", "the finance department")."""
    from foidraft.authorities.infer import resolve_any
    from foidraft.interview import load_flows
    from foidraft.interview.regime import for_authority

    flow = load_flows()["workforce"]
    trust = resolve_any("Manchester University NHS Foundation Trust")[0]
    council = resolve_any("Leeds City Council")[0]
    shown = for_authority(flow, trust)
    assert "children's services" not in shown.question("subject").example
    assert shown.question("scope").example == "the emergency department"
    kept = for_authority(flow, council)
    assert kept.question("subject").example == "staff numbers in children's services"
