"""Validate each knowledge file once per test process, not once per test.

Every test gets a fresh FOIDRAFT_HOME (conftest), so each one that checks a letter built the
rules again from the YAML: 1.6 s of parsing and validating the same bytes, hundreds of times
per worker, and nine times more while test modules were collected. ``memoize`` wraps a
loader of one file so that the same bytes at the same path, read with the same arguments,
are validated once; every call still reads the file and gets its own copy (a ``marshal``
round trip, so no test can change another's rules). A file that fails to load is never
remembered: each call raises from the real loader. Everything after the loader (the rules'
packed cache in the test's home, the rule set) runs as before.
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


def install() -> None:
    """Wrap the loaders of the rules and of the model of what is recorded, before any test
    module imports them by name."""
    from foidraft.recorded import validate
    from foidraft.rules import loader

    if not hasattr(loader.load_rule_file, "__wrapped__"):
        loader.load_rule_file = memoize(loader.load_rule_file)
    if not hasattr(validate.load_model_file, "__wrapped__"):
        validate.load_model_file = memoize(validate.load_model_file)
