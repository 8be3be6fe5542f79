"""tests/memo.py: a knowledge file is validated once per process for the same bytes, each
caller gets its own copy, and a file that fails is never remembered."""

from __future__ import annotations

from pathlib import Path

import pytest

from foidraft.recorded import validate
from foidraft.rules import loader
from tests.memo import memoize


def test_the_same_bytes_are_loaded_once_and_each_caller_gets_a_copy(tmp_path: Path) -> None:
    calls: list[str] = []

    def load(path: str, *, origin: str = "bundled") -> list[dict[str, object]]:
        calls.append(Path(path).read_text())
        return [{"id": calls[-1].strip(), "origin": origin}]

    memo = memoize(load)
    path = tmp_path / "rules.yaml"
    path.write_text("FD1\n")
    first = memo(str(path))
    first[0]["id"] = "changed by a test"
    assert memo(str(path)) == [{"id": "FD1", "origin": "bundled"}]
    assert memo(str(path), origin="user") == [{"id": "FD1", "origin": "user"}]
    path.write_text("FD2\n")  # new bytes, loaded again
    assert memo(str(path)) == [{"id": "FD2", "origin": "bundled"}]
    assert calls == ["FD1\n", "FD1\n", "FD2\n"]


def test_a_file_that_fails_is_loaded_again_each_time(tmp_path: Path) -> None:
    calls = 0

    def load(path: str) -> object:
        nonlocal calls
        calls += 1
        raise ValueError(path)

    memo = memoize(load)
    path = tmp_path / "broken.yaml"
    path.write_text("x")
    for _ in range(2):
        with pytest.raises(ValueError):
            memo(str(path))
    with pytest.raises(ValueError):
        memo(str(tmp_path / "missing.yaml"))  # unreadable: the loader's own error
    assert calls == 3


def test_the_loaders_are_wrapped() -> None:
    assert hasattr(loader.load_rule_file, "__wrapped__")
    assert hasattr(validate.load_model_file, "__wrapped__")
