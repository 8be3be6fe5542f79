"""The compiled-rules cache is never trusted: a damaged one is rebuilt from the rule files,
never handed to the rule engine (whose compiled regex programs come from it). Its index is
checked when the file is opened, each part when it is read."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from foidraft import paths
from foidraft.cachefile import CHECK_SIZE, DamagedCache, Parts, _checked_size
from foidraft.rules import registry
from tests.hostile.proc import foidraft

LETTER = "Dear Sir,\n\nPlease provide all information about arrests in 2019/20.\n"


def _cache(home: Path) -> Path:
    letter = home.parent / "letter.txt"
    letter.write_text(LETTER)
    baseline = foidraft(home, "check", str(letter))
    assert baseline.code in (0, 1) and "FD401" in baseline.out, baseline  # checked, cached
    (cache,) = Path(paths.cache_dir()).glob("rules-*.marshal")
    return cache


def _every_part(rules: list[dict[str, object]]) -> bytes:
    parts: Parts = rules[0]["blobs"]  # type: ignore[assignment]
    return bytes(parts[0 : len(parts)])


def test_every_damaged_cache_is_refused(foidraft_home: Path) -> None:
    """Damage to the index (or its parts' checksums) refuses the file when it is opened;
    damage to a part refuses that part when it is read, before the engine sees it."""
    cache = _cache(foidraft_home)
    original = cache.read_bytes()
    key = registry._source_key(registry.default_sources())
    sound = registry._read_cache(str(cache.parent), key)
    assert sound is not None and _every_part(sound)
    rng = random.Random(11)
    refused = {"opened": 0, "read": 0}
    for _trial in range(300):
        data = bytearray(original)
        for _ in range(rng.randint(1, 4)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        if bytes(data) == original:
            continue
        cache.write_bytes(bytes(data))
        rules = registry._read_cache(str(cache.parent), key)
        if rules is None:
            refused["opened"] += 1
            continue
        with pytest.raises(DamagedCache):
            _every_part(rules)
        refused["read"] += 1
    assert refused["opened"] and refused["read"], refused


def _parts_start(data: bytes) -> int:
    return CHECK_SIZE + _checked_size(data[CHECK_SIZE:])


def test_a_damaged_part_is_read_from_the_rules_built_again(foidraft_home: Path) -> None:
    cache = _cache(foidraft_home)
    letter = str(foidraft_home.parent / "letter.txt")
    before = foidraft(foidraft_home, "check", letter)
    data = bytearray(cache.read_bytes())
    for i in range(_parts_start(data), len(data), 997):  # every part the check reads
        data[i] ^= 0x55
    cache.write_bytes(bytes(data))
    after = foidraft(foidraft_home, "check", letter)
    assert (after.code, after.out, after.err) == (before.code, before.out, before.err)
    key = registry._source_key(registry.default_sources())
    rebuilt = registry._read_cache(str(cache.parent), key)  # and written again, sound
    assert rebuilt is not None and _every_part(rebuilt)


def test_a_damaged_cache_that_still_loads_is_rebuilt(foidraft_home: Path) -> None:
    cache = _cache(foidraft_home)
    letter = str(foidraft_home.parent / "letter.txt")
    before = foidraft(foidraft_home, "check", letter)
    data = cache.read_bytes()
    # Still valid marshal data, but no longer rules: every pattern loses its "type".
    cache.write_bytes(data.replace(b"\xdatype", b"\xdatypx").replace(b"type", b"typx"))
    after = foidraft(foidraft_home, "check", letter)
    assert (after.code, after.out, after.err) == (before.code, before.out, before.err)
    assert cache.read_bytes()[8:] == data[8:]  # rebuilt as it was
