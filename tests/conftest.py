"""Every test gets its own FOIDRAFT_HOME, so nothing touches the real user folders."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from tests import memo

# No wall-clock limit per example (hypothesis's default is 200 ms): on a busy two-core CI
# machine running subprocess-heavy tests alongside, a deadline fails on speed, not on
# behaviour. Speed is measured in benchmarks/ and by growth (tests/hostile).
settings.register_profile("foidraft", deadline=None)
settings.load_profile("foidraft")

memo.install()  # the same knowledge files validated once per process (tests/memo.py)


@pytest.fixture(autouse=True)
def foidraft_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    home = tmp_path / "foidraft-home"
    monkeypatch.setenv("FOIDRAFT_HOME", str(home))
    monkeypatch.setenv("NO_COLOR", "1")
    import foidraft.lint.api as api
    import foidraft.rules.registry as registry

    registry._default = None
    api.forget_config()
    yield home
    registry._default = None
    api.forget_config()
