"""The reply's explanation names the body as a sentence does: "For Home Office the limit
is £600" read as a form's field; it is "For the Home Office" (as the rest of foidraft
says it: ``foidraft.authorities.names.in_running_text``), and a force keeps no "the"."""

from __future__ import annotations

from foidraft.authorities.directory import load_directory
from foidraft.replies import read_reply
from foidraft.replies.explain import explain

COST = (
    "Dear Ms Smith,\n\nFreedom of Information request\n\nWe estimate that the cost of "
    "complying with your request would exceed the appropriate limit. Section 12 of the "
    "Freedom of Information Act 2000 means we are not obliged to comply with it.\n"
)


def test_the_cost_limit_line_names_the_home_office_with_the() -> None:
    directory = load_directory()
    reading = read_reply(COST, regime="FOIA")
    assert reading.kind == "refused_cost"
    office = explain(reading, authority=directory.resolve("Home Office")).headline
    assert "For the Home Office the limit is £600" in office, office
    force = explain(reading, authority=directory.resolve("wmp")).headline
    assert "For West Midlands Police the limit is £450" in force, force


def test_the_reply_screen_is_titled_with_the_body_as_a_sentence_names_it() -> None:
    import datetime as dt

    from foidraft.drafts import DraftStore
    from foidraft.tui.screens.reply import ReplyScreen

    store = DraftStore()
    draft = store.create("Visas 2024", "Dear Home Office,\n\nPlease provide the figures.\n", "")
    office = load_directory().resolve("Home Office")
    screen = ReplyScreen(draft, store, office, dt.date(2026, 12, 1))
    assert screen.dialog_title == "The reply from the Home Office"
