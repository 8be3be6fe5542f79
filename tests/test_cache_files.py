"""Caches are rebuilt when their format changes; the files of older formats are removed,
so upgrades do not pile megabytes up in the user's cache folder."""

from __future__ import annotations

from pathlib import Path

import pytest

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


def test_a_sealed_cache_reads_back_and_a_damaged_one_does_not(tmp_path: Path) -> None:
    from foidraft.cachefile import DamagedCache, bundle, seal, unbundle, unsealed

    path = tmp_path / "x-1.marshal"
    write_cache_file(str(path), seal(bundle({"key": [1]}, [b"ab", b"cde", b"fghi"])))
    payload = unsealed(str(path))
    assert payload is not None
    index, parts = unbundle(payload)
    assert index == {"key": [1]} and bytes(parts[0 : len(parts)]) == b"abcdefghi"
    assert bytes(parts[2:5]) == b"cde" and bytes(parts[3:4]) == b"d"
    original = path.read_bytes()
    # The index (and each part's end and checksum) is checked when the file is opened...
    for at in (12, len(original) - 10):
        damaged = bytearray(original)
        damaged[at] ^= 1
        path.write_bytes(bytes(damaged))
        assert unsealed(str(path)) is None, at
    # ...a part when it is read: it fails, the others still read.
    damaged = bytearray(original)
    damaged[-1] ^= 1
    path.write_bytes(bytes(damaged))
    payload = unsealed(str(path))
    assert payload is not None
    _, parts = unbundle(payload)
    assert bytes(parts[2:5]) == b"cde"
    for at in (slice(8, 9), slice(5, 9), slice(0, 9)):
        with pytest.raises(DamagedCache):
            parts[at]
    with pytest.raises(DamagedCache):
        parts.rebuilt()  # nothing to rebuild it with
    # A file cut short is refused whole.
    path.write_bytes(original[:-1])
    assert unsealed(str(path)) is None


def test_the_model_cache_unpacks_what_it_packed_and_a_damaged_one_is_rebuilt(
    tmp_path: Path,
) -> None:
    from foidraft.recorded import loader

    first = loader._cached(loader.model_file(), str(tmp_path))
    cached = loader.RecordedModel(loader._cached(loader.model_file(), str(tmp_path)))
    assert [f.words.regex for d in cached.datasets for f in d.fields] == [
        f["words_regex"] for d in first["datasets"] for f in d["fields"]
    ]
    (cache,) = tmp_path.glob("recorded-*.marshal")
    damaged = bytearray(cache.read_bytes())
    damaged[len(damaged) // 2] ^= 0xFF
    cache.write_bytes(bytes(damaged))
    again = loader.RecordedModel(loader._cached(loader.model_file(), str(tmp_path)))
    assert [d.id for d in again.datasets] == [d["id"] for d in first["datasets"]]
    assert [n.id for n in again.datasets[0].not_held] == [
        n["id"] for n in first["datasets"][0]["not_held"]
    ]
