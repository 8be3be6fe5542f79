"""A batch's drafts carry who each is for ("... (WMP)") to tell them apart on Home; the
authority never reads that: not in the WhatDoTheyKnow title, an email's subject, nor the
letters that follow its reply."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from foidraft.drafts import DraftStore
from tests.conftest import Cli

DATA = Path(__file__).parent / "data"


def batch_for_two_forces(cli: Cli) -> str:
    """The WMP draft's name, from a batch to WMP and GMP of the seed's letter."""
    cli("drafts", "new", "--authority", "wmp", "--from",
        str(DATA / "wmp-8a-21-letter.txt"), "Paedophile hunters")  # fmt: skip
    assert cli("template", "save", "paedophile")[0] == 0
    assert cli("batch", "paedophile-hunters", "--to", "wmp,gmp")[0] in (0, 1)
    (wmp,) = [s for s in DraftStore().list() if s.title == "Paedophile hunters (WMP)"]
    return wmp.name


def test_the_batch_suffix_stays_out_of_the_sent_title(
    cli: Cli,
) -> None:
    name = batch_for_two_forces(cli)
    code, out, _ = cli("export", name, "--format", "wdtk")
    query = parse_qs(urlsplit(out.strip()).query)
    assert code == 0 and query["title"] == ["Paedophile hunters"], out
    code, out, _ = cli("export", name, "--format", "eml")
    assert code == 0 and "Subject: Paedophile hunters\n" in out.replace("\r\n", "\n")
    code, out, _ = cli("export", name, "--format", "mailto")
    assert code == 0 and "subject=Paedophile%20hunters&" in out
    # The draft keeps it: Home and the file name still tell the batch's drafts apart.
    assert DraftStore().load(name).title == "Paedophile hunters (WMP)"


def test_the_letters_after_a_reply_quote_the_title_the_force_read(
    cli: Cli,
) -> None:
    name = batch_for_two_forces(cli)
    cli("drafts", "status", name, "sent", "--date", "2021-01-02")
    code, _, _ = cli("reply", name, str(DATA / "wmp-8a-21-clarification.txt"),
                     "--date", "2021-01-05")  # fmt: skip
    assert code == 0
    code, out, _ = cli("reply", name, "--next", "clarify")
    assert code == 0, out
    answer = DraftStore().load("Answer: Paedophile hunters")
    assert answer.title == "Answer: Paedophile hunters"
    assert "(WMP)" not in answer.body and "Paedophile hunters" in answer.body
    code, out, _ = cli("export", answer.name, "--format", "eml")
    assert code == 0 and "Subject: Answer: Paedophile hunters\n" in out.replace("\r\n", "\n")


def test_a_title_of_ones_own_is_left_whole() -> None:
    from foidraft.authorities.directory import load_directory
    from foidraft.batch.plan import request_title

    (wmp,) = load_directory().exact("wmp")
    assert request_title("Knives (WMP)", wmp, "") == "Knives (WMP)"  # not in a batch
    assert request_title("Knives (WMP)", wmp, "knives") == "Knives"
    assert request_title("(WMP)", wmp, "knives") == "(WMP)"  # nothing would be left
    assert request_title("Knives (WMP) 2020", wmp, "knives") == "Knives (WMP) 2020"
