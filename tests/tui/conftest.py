"""The app's tests start from a home a first run has left its caches in (tests/conftest.py's
warm_cache): the app read the same rules into each test's new home, 0.3 s of CPU a test
after tests/memo.py, and what a screen shows never depends on it. The tmux tests start the
installed program on a home of their own, new and cold, as a first run is."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _warm_home(warm_cache: None) -> None:
    return None
