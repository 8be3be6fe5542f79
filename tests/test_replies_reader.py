"""The reply reader's mechanisms, one at a time: how provisions are cited, which of them a
reply relies on, how its sentences speak, what it does, and the kind that follows.

The texts are written for these tests in the way replies are written; the real replies
are in tests/data/replies.jsonl (python -m tests.replies_eval)."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from foidraft.replies import read_reply
from foidraft.replies.acts import read_acts
from foidraft.replies.clauses import sentences
from foidraft.replies.echo import mask
from foidraft.replies.figures import is_figure
from foidraft.replies.kinds import KINDS
from foidraft.replies.provisions import is_ncnd_provision, role
from foidraft.replies.reliance import relied_on
from foidraft.replies.sections import find_citations


def labels(text: str, regime: str = "FOIA") -> list[str]:
    masked = mask(text)
    found = relied_on(find_citations(masked), sentences(masked), regime, masked)
    return list(dict.fromkeys(found.values()))


# -- the grammar of citations ---------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "regime", "want"),
    [
        ("withheld under section 31(1)(a) and (b)", "FOIA", ["s31(1)(a)", "s31(1)(b)"]),
        ("exempt under s.40(2) and (5B)", "FOIA", ["s40(2)", "s40(5B)"]),
        (
            "Sections 30(1)(a), 31(1)(a) and 40(2) apply",
            "FOIA",
            ["s30(1)(a)", "s31(1)(a)", "s40(2)"],
        ),
        ("refused under regulation 12(4)(b)", "FOIA", ["EIR 12(4)(b)"]),
        ("This is a notice under FOISA section 17.", "FOIA", ["FOISA s17"]),
        ("an exemption under 38(1)(b) applies", "FOISA", ["FOISA s38(1)(b)"]),
        ("Exemption | Reason\n40(2) | Personal information\n", "FOIA", ["s40(2)"]),
        (
            "we have applied section 17 of the Freedom of Information Act 2002",
            "FOIA",
            ["FOISA s17"],
        ),
        ("exempt under section 12(5)(b) of the EIR", "FOIA", ["EIR 12(5)(b)"]),
        (
            "In accordance with Sections 12(1) (Excessive cost of compliance) and 37(1) (Court "
            "records) of FOISA",
            "FOISA",
            ["FOISA s12(1)", "FOISA s37(1)"],
        ),
        (
            "Section 30(2) Confidential Sources, Section 38(1) Health and Safety",
            "FOIA",
            ["s30(2)", "s38(1)"],
        ),
    ],
)
def test_provisions_are_read_by_the_grammar_of_citing(
    text: str, regime: str, want: list[str]
) -> None:
    assert labels(text, regime) == want


def test_a_table_of_counts_by_provision_is_no_citation() -> None:
    # statistics of exemptions used: bare numbers with no exemption's title after them
    assert labels("Exemption |\n27(1) |\n3 |\n29(1)(a) |\n12 |\n", "FOISA") == []
    assert find_citations("section 8 of SOA 2003 and section 34 of the DPA 2018") == []


# -- which provisions the reply relies on ---------------------------------------------------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the Act's machinery: the right of access, time, the notice, review, the Commissioner
        (
            "Section 1 of the Act places two duties on public authorities. Section 17 requires a "
            "notice. You may complain under section 50.",
            [],
        ),
        # more time (kept by ``read_reply`` only in a letter that takes it)
        ("We need more time to respond: we have applied section 10(3).", ["s10(3)"]),
        (
            "Section 1(1) does not oblige us to comply with your request: section 14(1) applies.",
            ["s14(1)"],
        ),
        # advice and assistance the reply gives
        ("Under section 16 we are providing the figures for 2023.", ["s16"]),
        # warned of, not relied on
        ("Any information about officers might be subject to section 40(2).", []),
        ("To find online offences would be likely to encounter a section 12 refusal.", []),
        # said not to apply
        ("We are not relying on section 12. Section 40(5) does not apply here.", []),
        # the statute quoted
        (
            "A public authority which is relying on a claim that section 12 or section 14 applies "
            "must give a notice. The cost would exceed the appropriate limit under section 12(1).",
            ["s12(1)"],
        ),
        # what the information is about
        ("The number of requests refused under section 12(1) in 2023 was 162.", []),
        ("Section 12(1) | 162\nSection 40(2) | 57", []),
        # one provision written two ways
        ("Section 31 is qualified. We rely on Section 31(1)(a).", ["s31(1)(a)"]),
        ("Section 40(5) applies; section 40(5B)(a)(i) provides that ...", ["s40(5)"]),
    ],
)
def test_only_what_the_reply_relies_on(text: str, want: list[str]) -> None:
    assert labels(text) == want


def test_more_time_is_a_provision_only_of_an_extension() -> None:
    later = read_reply("We need more time to weigh the public interest under section 10(3).")
    assert (later.kind, later.sections) == ("extension", ("s10(3)",))
    done = read_reply("We have applied section 10(3). The figures are attached.")
    assert (done.kind, done.sections) == ("answered", ())


def test_what_provisions_do() -> None:
    assert [role(x) for x in ("s12(1)", "s14(1)", "s21", "s22", "s31(1)(a)", "s16", "s17")] == [
        "cost", "vexatious", "published", "future", "exempt", "advice", "",
    ]  # fmt: skip
    assert [role(x) for x in ("FOISA s17", "FOISA s18", "FOISA s16(4)", "FOISA s25")] == [
        "not_held", "ncnd", "", "published",
    ]  # fmt: skip
    assert [role(x) for x in ("EIR 12(4)(a)", "EIR 12(4)(b)", "EIR 13(1)", "EIR 12(1)")] == [
        "not_held", "unreasonable", "exempt", "",
    ]  # fmt: skip
    assert all(map(is_ncnd_provision, ("s23(5)", "s31(3)", "s40(5B)(a)(i)", "s12(2)", "FOISA s18")))
    assert not any(map(is_ncnd_provision, ("s31(1)(a)", "s40(2)", "s12(1)", "FOISA s17")))


# -- how sentences speak --------------------------------------------------------------
def test_sentences_are_marked_by_how_they_speak() -> None:
    text = (
        "Section 1 of the Act places two duties on public authorities. "
        "If you are unhappy with this response you may ask for an internal review. "
        "Where exemptions are relied upon we must say so. "
        "The number of requests refused in 2023 was 12. "
        "We have decided to withhold the report."
    )
    marks = [(s.general, s.rights, s.conditional, s.others, s.acting) for s in sentences(text)]
    assert marks == [
        (True, False, False, False, False),
        (False, True, True, False, False),
        (False, False, True, False, False),
        (False, False, False, True, False),
        (False, False, False, False, True),
    ]


def test_words_said_under_may_or_where_necessary_are_not_acts() -> None:
    s = sentences("There may be a fee payable, and we will contact you where necessary.")[0]
    assert not s.asserted(s.text.index("fee"))
    s = sentences("We will be in touch to seek clarification where necessary.")[0]
    assert not s.asserted(s.text.index("seek"))
    s = sentences("We have decided that a fee is payable.")[0]
    assert s.asserted(s.text.index("fee"))


def test_the_request_repeated_back_is_masked_keeping_offsets() -> None:
    text = "You asked:\nHow many officers were suspended under section 12?\nIn response:\n7."
    masked = mask(text)
    assert len(masked) == len(text) and "suspended" not in masked and masked.endswith("7.")
    quoted = (
        'I note you seek access to: "Please tell me how many complaints were refused in 2023 '
        'and why they were refused." Your request will now be considered.'
    )
    assert "refused" not in mask(quoted) and "considered" in mask(quoted)
    # no answer heading: masked until the authority speaks again
    text = "Your request is replicated below.\nCan you confirm the figures?\nI can confirm 4."
    assert "figures" not in mask(text) and "I can confirm 4." in mask(text)


@pytest.mark.parametrize(
    ("line", "figure"),
    [
        ("2019/20 - 183", True), ("1. 8", True), ("• 117.", True), ("£165,709 |", True),
        ("Public place – 359 times", True), ("a) 57", True),
        ("2019", False), ("26 July 2018", False), ("Tel: 01856 873535", False),
        ("173 Pitt Street", False), ("Response Question 1 & 2:", False), ("49432.", False),
        ("801 2068)", False), ("Section 23(5) Information supplied", False),
    ],
)  # fmt: skip
def test_figure_lines(line: str, figure: bool) -> None:
    assert is_figure(line) is figure


# -- what the reply does -------------------------------------------------------------
def acts_of(text: str) -> tuple[set[str], bool, bool]:
    masked = mask(text)
    parts = sentences(masked)
    found = relied_on(find_citations(masked), parts, "FOIA", masked)
    a = read_acts(parts, found, {x: role(x) for x in found.values()})
    return set(a.found), a.part, a.whole


def test_refusing_words_count_for_the_ground_named_beside_them() -> None:
    found, part, _ = acts_of("We are withholding some of the information under section 12(1).")
    assert found == {"cost"} and part  # the provision cited beside the words is the ground
    found, part, whole = acts_of("I am not obliged to supply the information you have requested.")
    assert (found, part, whole) == ({"refused"}, False, True)
    found, part, _ = acts_of("We are withholding some of that information as it is exempt.")
    assert found == {"refused"} and part


def test_boilerplate_that_says_neither_is_no_act() -> None:
    found, _, _ = acts_of(
        "This should not be taken as an indication that the information is or is not held. "
        "We weighed the public interest in withholding the information against disclosure."
    )
    assert found == set()


# -- kinds ----------------------------------------------------------------------------
KIND_CASES = [
    ("fees_notice", "FOIA", "Under section 9 of the Act this letter is a fees notice. The cost of "
     "photocopying is £37.50. Please send a cheque made payable to the Council. The 20 working "
     "day period is suspended until we receive the payment."),
    ("extension", "FOIA", "The information you requested is being considered under section "
     "43(2), which is a qualified exemption, and we need additional time to consider the public "
     "interest test. We will now aim to send you a full response by 2 May 2024."),
    ("clarification_request", "FOIA", "Before we can respond we need you to clarify what you "
     "mean by 'incidents'. Do you mean incidents recorded on our command and control system, or "
     "recorded crimes?"),
    ("clarification_request", "FOIA", "Clarification requested:\nDoes your request refer to "
     "police staff only, or to officers as well?"),
    ("acknowledgement", "FOIA", "Thank you for your email, which we received on 4 April 2024. "
     "You should receive a response by 3 May 2024. There may be a fee payable."),
    ("acknowledgement", "FOISA", "Thank you for your request, received on 3 June 2024. We will "
     "respond no later than 1 July 2024. We may be in touch to seek clarification."),
    ("review_outcome", "FOIA", "I have now completed the internal review. I am satisfied that "
     "section 40(2) was correctly applied and have decided to uphold the original decision."),
    ("review_outcome", "FOISA", "Thank you for your requirement for review. I have concluded "
     "that the original decision should be confirmed, with modifications."),
    ("already_published", "FOIA", "The information you have requested is already published on "
     "our website. Under section 21 we are not required to provide it, as it is reasonably "
     "accessible to you."),
    ("future_publication", "FOIA", "The information will be published in July 2024 and is "
     "exempt under section 22 (information intended for future publication)."),
    ("refused_exempt", "FOIA", "The contract is exempt from disclosure under section 43(2) and "
     "we have decided to withhold it in full."),
    ("ncnd", "FOIA", "The force can neither confirm nor deny that it holds the information by "
     "virtue of sections 23(5), 24(2) and 31(3)."),
    ("ncnd", "FOISA", "Police Scotland can neither confirm nor deny whether it holds the "
     "information. In terms of section 18(1) of FOISA, and if held it would be exempt under "
     "section 34(1)(a)."),
    ("not_held", "FOIA", "Having searched our records, we have found no information relating to "
     "the meeting you describe."),
    ("not_held", "FOISA", "This is a formal notice under section 17(1) of FOISA that the Council "
     "does not have the information you have requested."),
    ("refused_cost", "FOIA", "Locating the information would take over 30 hours, which exceeds "
     "the appropriate limit of £450, so under section 12(1) we are not obliged to comply with "
     "your request. You may wish to narrow your request to a single year."),
    ("refused_cost", "FOIA", "The cost of compliance with your request is above the amount to "
     "which we are legally required to respond. As a gesture of goodwill I attach the figures "
     "retrieved before the limit was reached."),
    ("refused_cost", "EIR", "Extracting the data would take over 60 hours, well over the "
     "appropriate limit, so the request is manifestly unreasonable under regulation 12(4)(b)."),
    ("partly_answered", "FOIA", "1. In 2023 there were 412 reports.\n2. The names of the "
     "officers are personal data and are withheld under section 40(2)."),
    ("partly_answered", "FOIA", "Please find attached our response about overt drones. We can "
     "neither confirm nor deny that we hold any other information, by virtue of section 24(2)."),
    ("partly_answered", "FOISA", "1. Providing this would cost more than £600, so under section "
     "12 we are unable to comply with this part of the request.\n2. Not held."),
    ("answered", "FOIA", "Please find attached a spreadsheet of the fixed penalty notices."),
    ("answered", "FOIA", "In relation to question 4, where a request has been refused, this "
     "will have been under one of the Act's sections. The table below shows the totals."),
    ("vexatious_or_repeated", "FOIA", "We have decided to refuse your request under section "
     "14(1) because we consider it vexatious."),
    ("vexatious_or_repeated", "EIR", "Your request is manifestly unreasonable under regulation "
     "12(4)(b), being one of a series that together impose a disproportionate burden."),
]  # fmt: skip


@pytest.mark.parametrize(("kind", "regime", "text"), KIND_CASES)
def test_kinds_follow_what_the_reply_does(kind: str, regime: str, text: str) -> None:
    assert read_reply(text, regime=regime).kind == kind


def test_every_kind_is_tested() -> None:
    assert {k for k, _, _ in KIND_CASES} == set(KINDS)


def test_ncnd_and_provisions_follow_the_kind() -> None:
    r = read_reply("Determining whether any information is held would itself exceed the "
                   "appropriate limit, so section 12(2) applies.", regime="FOIA")  # fmt: skip
    assert (r.kind, r.ncnd, r.sections) == ("refused_cost", True, ("s12(2)",))
    r = read_reply(
        "We estimate the work would exceed the appropriate limit of £450.", regime="FOIA"
    )
    assert r.sections == ("s12",)  # the cost limit said in words is section 12
    r = read_reply(
        "Thank you for your request, which we received on 1 May 2024. It may be exempt under "
        "section 31(3); you will receive a response by 30 May 2024."
    )
    assert (r.kind, r.ncnd, r.sections) == ("acknowledgement", False, ())


def reading_growth(unit: str) -> tuple[float, float]:
    """The time to read ``unit`` repeated to 40,000 characters, and to 400,000."""

    def cost(size: int) -> float:
        text = unit * (size // len(unit) + 1)
        start = time.perf_counter()
        read_reply(text[:size], regime="FOIA")
        return time.perf_counter() - start

    cost(10_000)
    # On a busy machine one run can be held up: the least of a few runs is the work done.
    # The long text gets a second run only when the first looks slow.
    small = min(cost(40_000) for _ in range(3))
    big = cost(400_000)
    if big >= small * 20:
        big = min(big, cost(400_000))
    return small, big


def test_reading_is_linear_in_the_reply_length() -> None:
    unit = ("We can neither confirm nor deny under section 31(3). 2019/20 - 183\n"
            "If you are unhappy you may ask for a review. “Quoted " + "x" * 50 + "”\n")  # fmt: skip
    small, big = reading_growth(unit)
    assert big < small * 30  # ten times the text: nowhere near a hundred times the work


# -- holding up when the same words are laid out differently -------------------------
def _rewrapped(text: str) -> str:
    import textwrap

    return "\n".join(textwrap.fill(p, 72) if p.strip() else "" for p in text.split("\n"))


def _flattened(text: str) -> str:
    return " ".join(text.split())


def _double_spaced(text: str) -> str:
    return text.replace("\n", "\n\n")


LAYOUTS: dict[str, Callable[[str], str]] = {
    "as sent": str,
    "re-wrapped at 72 columns": _rewrapped,
    "flattened onto one line": _flattened,
    "double-spaced": _double_spaced,
}


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("name", ["final", "extension"])
def test_the_layout_of_a_reply_does_not_change_its_reading(layout: str, name: str) -> None:
    from pathlib import Path

    data = Path(__file__).parent / "data"
    text = (data / f"wmp-8a-21-{name}.txt").read_text(encoding="utf-8")
    letter = (data / "wmp-8a-21-letter.txt").read_text(encoding="utf-8")
    want = read_reply(text, regime="FOIA", letter=letter)
    got = read_reply(LAYOUTS[layout](text), regime="FOIA", letter=letter)
    assert (got.kind, set(got.sections)) == (want.kind, set(want.sections))


def test_a_citation_broken_across_lines_is_one_citation() -> None:
    assert labels("We are withholding the report under section\n31(1)(a) and\n(b).") == [
        "s31(1)(a)",
        "s31(1)(b)",
    ]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a refusal notice's usual words give way to a part named and answered ...
        ("Police Officer Police Staff Total\n496 347 843\nIn relation to questions 2 to 4, "
         "determining whether we hold the information would exceed the appropriate limit. "
         "As a result, your request is refused under Section 12 of the Act.", "partly_answered"),
        # ... but not to a whole request refused outright, figures given as goodwill
        ("This would exceed the appropriate limit. Although excess cost removes our obligations, "
         "as a gesture of goodwill I have supplied the figures for question 1: 2019 - 45, "
         "2020 - 51.", "refused_cost"),
        # "this question" is the whole of a one-question request
        ("It is not possible to answer your request without exceeding the appropriate cost "
         "threshold, so we are unable to answer this question.", "refused_cost"),
        # the sums of an estimate are not figures given
        ("This would exceed the 18-hour limit.\n445 offences x 3 mins / 60 = 22.25 hours.\n"
         "Therefore a Section 12 exemption has been applied.", "refused_cost"),
        # links to where it is published are not the information given
        ("Much of the information is already available, so this is a notice under section 25 "
         "of FOISA. To assist, links to the information requested are provided below.",
         "already_published"),
    ],
)  # fmt: skip
def test_whole_or_part(text: str, kind: str) -> None:
    assert read_reply(text, regime="FOISA" if "FOISA" in text else "FOIA").kind == kind


def test_a_heading_introduces_the_repeated_request_not_a_sentence_end() -> None:
    text = "We cannot provide you with the\ninformation requested.\nIt would exceed the cost limit."
    assert mask(text) == text  # "information requested." ends a sentence: nothing masked
    text = "Information requested:\nHow many were refused?\nIn response:\n12."
    assert "refused" not in mask(text)


def test_html_entities_left_by_a_web_page_are_read() -> None:
    r = read_reply("Exempt under Section 40(2)&amp;(3A)(a).&nbsp;Some data has been withheld.")
    assert r.sections == ("s40(2)", "s40(3A)(a)")
    assert "\x1b" not in read_reply("&#27;[2J We do not hold the information.").text


def test_the_request_repeated_in_running_text_is_masked() -> None:
    # a PDF flattened onto one line: the request runs on until the authority speaks again
    text = (
        "For ease of reference, your request is replicated below together with the response. "
        "Can you confirm how many complaints were upheld and what action was taken? "
        "Your request for information has now been considered: we do not hold the information."
    )
    masked = mask(text)
    assert "upheld" not in masked and "do not hold the information" in masked
    assert read_reply(text, regime="FOISA").kind == "not_held"
    # "The information you requested is as follows:" introduces the answer, not the request
    assert mask("The information you requested is as follows:\n1. 12 complaints were upheld.") \
        .endswith("upheld.")  # fmt: skip


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a refusal notice's set paragraph: something is refused though the text stops there
        ("Section 17 of the Freedom of Information Act 2000 requires the force, when refusing to "
         "provide such information (because the information is exempt), to provide you with a "
         "notice which: (a) states that fact,", "refused_exempt"),
        # a disclosure log's heading for the outcome
        ("Request Number: 002407/22\nDecision: Disclosed", "answered"),
        ("Decision: Partially disclosed\nThe names of staff are exempt.", "partly_answered"),
        # not held, however it is said
        ("There is no specific recorded information in relation to your request.", "not_held"),
    ],
)  # fmt: skip
def test_more_ways_replies_say_it(text: str, kind: str) -> None:
    assert read_reply(text, regime="FOIA").kind == kind


def test_the_regime_is_read_from_the_act_named() -> None:
    r = read_reply("We have applied section 17 of the Freedom of Information Act 2002 to your "
                   "request, as information not held.")  # fmt: skip
    assert (r.regime, r.kind, r.sections) == ("FOISA", "not_held", ("FOISA s17",))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a letter about a review that decides nothing only acknowledges it
        ("In response to your request for an internal review, we will respond within 20 "
         "working days.", "acknowledgement"),
        ("Internal review\nThank you for your email requesting an internal review. Having "
         "considered the matter afresh, I agree with the original decision to withhold the "
         "report under section 43(2).", "review_outcome"),
        ("In response to your request for an internal review, I can confirm that the figures "
         "for 2019 are 45 and have now been released.", "review_outcome"),
    ],
)  # fmt: skip
def test_a_review_is_told_from_its_acknowledgement(text: str, kind: str) -> None:
    assert read_reply(text, regime="FOIA").kind == kind


def test_a_right_offered_is_not_a_review_happening() -> None:
    offered, happening = sentences(
        "If you are unhappy, you may ask for an internal review. In response to your request "
        "for an internal review, I have reconsidered the exemption."
    )
    assert offered.rights and not happening.rights
