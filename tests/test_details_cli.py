"""`foidraft details`: the name and email the app keeps, shown and set from the shell; an
.eml exported without an email says how to add one."""

from __future__ import annotations

import email
import email.policy
from pathlib import Path

from foidraft.drafts import DraftStore, load_profile
from foidraft.drafts.profile import profile_path
from tests.conftest import Cli


def test_details_are_shown_then_set_privately(cli: Cli) -> None:
    code, out, _ = cli("details")
    assert code == 0 and "name      (none" in out and "email     (none" in out
    assert not profile_path().exists()  # showing writes nothing
    code, out, _ = cli("details", "--name", "Jo Bloggs", "--email", "jo@example.org")
    assert code == 0 and "name      Jo Bloggs" in out and "email     jo@example.org" in out
    assert str(profile_path()) in out
    assert profile_path().stat().st_mode & 0o777 == 0o600
    profile = load_profile()
    assert (profile.name, profile.email, profile.email_asked) == (
        "Jo Bloggs", "jo@example.org", True
    )  # fmt: skip
    code, out, _ = cli("details", "--email", "")  # removed; the name stays
    assert code == 0 and load_profile().email == "" and load_profile().name == "Jo Bloggs"


def test_a_bad_email_is_one_line_and_nothing_is_written(
    cli: Cli,
) -> None:
    code, out, err = cli("details", "--email", "jo at home")
    assert code == 2 and out == ""
    assert err.startswith("foidraft: error: 'jo at home' does not look like an email address")
    assert not profile_path().exists()


def test_an_eml_takes_its_from_line_from_the_details(cli: Cli, tmp_path: Path) -> None:
    draft = DraftStore().create("Arrests", "Dear GMP,\n\nPlease provide...\n", "gmp")
    out_file = tmp_path / "letter.eml"
    code, _, err = cli("export", draft.name, "-f", "eml", "-o", str(out_file))
    assert code == 0 and "foidraft details --email ADDRESS" in err  # says how
    message = email.message_from_bytes(out_file.read_bytes(), policy=email.policy.default)
    assert message["From"] is None
    cli("details", "--name", "Jo Bloggs", "--email", "jo@example.org")
    code, _, err = cli("export", draft.name, "-f", "eml", "-o", str(out_file))
    assert code == 0 and "details" not in err
    message = email.message_from_bytes(out_file.read_bytes(), policy=email.policy.default)
    assert message["From"] == "Jo Bloggs <jo@example.org>"
