"""The compiled-rules cache is never trusted: a damaged one is rebuilt from the rule files,
never handed to the rule engine (whose compiled regex programs come from it)."""

from __future__ import annotations

import random
from pathlib import Path

from foidraft import paths
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


def test_every_damaged_cache_is_refused(foidraft_home: Path) -> None:
    cache = _cache(foidraft_home)
    original = cache.read_bytes()
    key = registry._source_key(registry.default_sources())
    assert registry._read_cache(str(cache.parent), key) is not None
    rng = random.Random(11)
    for trial in range(300):
        data = bytearray(original)
        for _ in range(rng.randint(1, 4)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        if bytes(data) == original:
            continue
        cache.write_bytes(bytes(data))
        assert registry._read_cache(str(cache.parent), key) is None, trial


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
