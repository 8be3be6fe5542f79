"""`foidraft batch`'s table fits an 80-column terminal: a template's drafts to three
universities ran to 90 columns and wrapped each row. The authority's name is cut first,
then a title not yet written; a draft's file name, which commands take, never."""

from __future__ import annotations

import sys

import pytest

from foidraft.templates import TemplateStore, template_from_text
from tests.conftest import Cli

TEMPLATE = """---
title: All staff employed on zero hours contracts and any agency workers (2023/24 to 2025/26)
---
Dear {authority.name},

Under {authority.act}, please provide the number of staff on zero hours contracts on
31 March 2025.

Yours faithfully,

Jane Smith
"""
TO = "University of Reading, SOAS University of London, University of the West of Scotland"


@pytest.mark.parametrize("dry_run", [True, False])
def test_the_table_fits_80_columns_and_keeps_file_names_whole(
    cli: Cli, monkeypatch: pytest.MonkeyPatch, dry_run: bool
) -> None:
    TemplateStore().save(template_from_text(TEMPLATE, "zero-hours.md"))
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)  # a terminal, 80 columns wide
    monkeypatch.setenv("COLUMNS", "80")
    code, out, _err = cli("batch", "zero-hours", "--to", TO, *(["--dry-run"] if dry_run else []))
    assert code == 0
    table = [line for line in out.splitlines() if line.startswith("  ")]
    assert len(table) == 4 and all(len(line) <= 80 for line in table), table
    if not dry_run:  # each written draft's file name whole, as `foidraft drafts show` takes it
        names = [line.split()[1] for line in table[1:]]
        assert all(name.endswith(".md") for name in names), names


def test_not_a_terminal_keeps_every_cell_whole(cli: Cli) -> None:
    TemplateStore().save(template_from_text(TEMPLATE, "zero-hours.md"))
    code, out, _err = cli("batch", "zero-hours", "--to", TO, "--dry-run")
    assert code == 0 and "University of the West of Scotland" in out and "…" not in out
