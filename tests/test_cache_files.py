"""Caches are rebuilt when their format changes; the files of older formats are removed,
so upgrades do not pile megabytes up in the user's cache folder."""

from __future__ import annotations

from pathlib import Path

from foidraft.atomic import write_cache_file
from foidraft.paths import bundled_rules_file
from foidraft.rules.registry import CACHE_FORMAT, load_rule_data


def test_writing_a_cache_removes_its_other_formats_only(tmp_path: Path) -> None:
    for name in ("rules-3.marshal", "rules-4.marshal", "recorded-3.marshal", "rules-x.marshal"):
        (tmp_path / name).write_bytes(b"old")
    (tmp_path / "notes.txt").write_text("mine")
    write_cache_file(str(tmp_path / "rules-5.marshal"), b"new")
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "notes.txt",
        "recorded-3.marshal",
        "rules-5.marshal",
        "rules-x.marshal",
    ]
    assert (tmp_path / "rules-5.marshal").read_bytes() == b"new"
    assert oct((tmp_path / "rules-5.marshal").stat().st_mode & 0o777) == "0o600"


def test_loading_the_rules_clears_an_older_rules_cache(tmp_path: Path) -> None:
    old = tmp_path / f"rules-{CACHE_FORMAT - 1}.marshal"
    old.write_bytes(b"an older format")
    data = load_rule_data([(str(bundled_rules_file()), "bundled")], str(tmp_path))
    assert data and not old.exists()
    assert (tmp_path / f"rules-{CACHE_FORMAT}.marshal").exists()
