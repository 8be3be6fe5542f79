"""Every test gets its own FOIDRAFT_HOME, so nothing touches the real user folders."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest


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
