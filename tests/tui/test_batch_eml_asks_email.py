"""A batch exported as email files asks for the requester's email first, as one draft's
.eml does: walk23 exported a batch of three forces as .eml before any single draft, and
every file went out with no From line, the question never asked."""

from __future__ import annotations

import email
import email.policy
from pathlib import Path

from textual.widgets import Input

from foidraft.drafts import Profile, load_profile, save_profile
from foidraft.tui.screens.dialogs import ChoiceDialog
from tests.tui.shell_harness import make_app, screen_text, settle, showing, wait_for, write_draft

LETTER = "Dear {0},\n\nPlease provide the figures.\n\nYours faithfully,\n\nJo Bloggs\n"


async def test_a_batch_of_eml_files_asks_the_email_once_and_sends_from_it(
    tmp_path: Path,
) -> None:
    save_profile(Profile(name="Jo Bloggs"))
    for name, force in (("merseyside", "Merseyside Police"), ("kent", "Kent Police")):
        write_draft(f"knives-{name}-0001.md", f"Knives ({force})", authority=name,
                    body=LETTER.format(force), extra={"batch": "knives"})  # fmt: skip
    folder = tmp_path / "out"
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.export_batch("knives")
        await wait_for(pilot, lambda: showing(pilot, ChoiceDialog), "the format")
        await pilot.press("down", "enter")  # email files
        words = "Your email address (optional, asked once)"
        await wait_for(pilot, lambda: words in screen_text(pilot), "the email question")
        await settle(pilot)
        pilot.app.screen.query_one(Input).value = "jo@example.org"
        await pilot.press("enter")
        await wait_for(pilot, lambda: "Export to which folder?" in screen_text(pilot), "folder")
        pilot.app.screen.query_one(Input).value = str(folder)
        await pilot.press("enter")
        await wait_for(pilot, (folder / "index.md").exists, "the index")
    files = sorted(folder.glob("*.eml"))
    assert len(files) == 2
    for path in files:
        message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        assert message["From"] == "Jo Bloggs <jo@example.org>", path.name
    assert load_profile().email == "jo@example.org"
