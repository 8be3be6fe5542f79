"""Validate each knowledge file once per test process, not once per test.

Every test gets a fresh FOIDRAFT_HOME (conftest), so each one that checks a letter built the
rules again from the YAML: 1.6 s of parsing and validating the same bytes, hundreds of times
per worker, and nine times more while test modules were collected. ``memoize`` wraps a
loader of one file so that the same bytes at the same path, read with the same arguments,
are validated once; every call still reads the file and gets its own copy (a ``marshal``
round trip, so no test can change another's rules). A file that fails to load is never
remembered: each call raises from the real loader. Everything after the loader (the rules'
packed cache in the test's home, the rule set) runs as before, save one pure step of it:
``remember`` keeps each rule's gate (what its patterns need, from an analysis of their
regexes), which cost 0.18 s of CPU of the 0.22 s in every test that checked a letter in a
new home, and hands out a copy likewise. And ``seeded`` gives a new home the rules cache the
process's first build wrote, so a test in a new home loads the rules warm.
"""

from __future__ import annotations

import marshal
import os
from collections.abc import Callable
from typing import Any, TypeVar

Loader = TypeVar("Loader", bound=Callable[..., Any])


def memoize(load: Loader) -> Loader:
    seen: dict[tuple[object, ...], bytes] = {}

    def loaded(path: str, *args: object, **kwargs: object) -> Any:
        try:
            with open(path, "rb") as fh:
                content = fh.read()
        except OSError:
            return load(path, *args, **kwargs)  # the loader's own error
        key = (os.fspath(path), content, args, tuple(sorted(kwargs.items())))
        if key not in seen:
            data = load(path, *args, **kwargs)
            try:
                seen[key] = marshal.dumps(data)
            except ValueError:  # not plain data: no copy to hand out, so never remembered
                return data
        return marshal.loads(seen[key])

    loaded.__wrapped__ = load  # type: ignore[attr-defined]
    return loaded  # type: ignore[return-value]


def remember(analyse: Loader) -> Loader:
    """``analyse`` (a pure function of plain data) run once for each set of arguments (equal
    data, as ``marshal`` writes it); each call gets its own copy of the answer."""
    seen: dict[bytes, bytes] = {}

    def analysed(*args: object) -> Any:
        key = marshal.dumps(args)
        if key not in seen:
            seen[key] = marshal.dumps(analyse(*args))
        return marshal.loads(seen[key])

    analysed.__wrapped__ = analyse  # type: ignore[attr-defined]
    return analysed  # type: ignore[return-value]


def seeded(load: Loader) -> Loader:
    """``registry.load_rule_data`` that puts, in a cache folder with no rules cache yet, the
    cache an earlier load of the same rule files wrote in this process (written by the
    registry's own ``_write_cache``), then loads from it as from any warm cache. Every test
    has a new home, so each one that checked a letter packed the same rules into its own
    cache again: 45 ms of CPU, in some 1,400 tests. The build itself still runs in each
    process (its first load of each set of files), for any files not seen before (a user's
    rules in a test's home), for ``rebuild``, for a cache that is there but damaged, and in
    every subprocess (tests/hostile/test_rules_cache.py builds and damages them there)."""
    from foidraft.rules import registry

    made: dict[str, bytes] = {}  # the source key (repr) -> the payload its build wrote
    written: list[bytes] = []

    real_write = registry._write_cache

    def write(cache_dir: str | None, payload: bytes) -> None:
        written.append(payload)
        real_write(cache_dir, payload)

    registry._write_cache = write

    def loaded(
        sources: list[tuple[str, str]], cache_dir: str | None = None, *, rebuild: bool = False
    ) -> Any:
        try:
            key = repr(registry._source_key(sources))
        except OSError:
            return load(sources, cache_dir, rebuild=rebuild)  # the loader's own error
        if cache_dir is not None and not rebuild and key in made:
            if not os.path.lexists(registry._cache_path(cache_dir)):
                real_write(cache_dir, made[key])
            return load(sources, cache_dir)
        written.clear()
        data = load(sources, cache_dir, rebuild=rebuild)
        if written and cache_dir is not None:
            made[key] = written[-1]
        return data

    loaded.__wrapped__ = load  # type: ignore[attr-defined]
    return loaded  # type: ignore[return-value]


def install() -> None:
    """Wrap the loaders of the rules and of the model of what is recorded, before any test
    module imports them by name."""
    from foidraft.recorded import validate
    from foidraft.rules import gate, loader, registry

    if not hasattr(registry.load_rule_data, "__wrapped__"):
        registry.load_rule_data = seeded(registry.load_rule_data)

    if not hasattr(loader.load_rule_file, "__wrapped__"):
        loader.load_rule_file = memoize(loader.load_rule_file)
    if not hasattr(validate.load_model_file, "__wrapped__"):
        validate.load_model_file = memoize(validate.load_model_file)
    if not hasattr(gate.rule_gate, "__wrapped__"):
        gate.rule_gate = remember(gate.rule_gate)
