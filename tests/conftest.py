"""Every test gets its own FOIDRAFT_HOME, so nothing touches the real user folders."""

from __future__ import annotations

from collections.abc import Callable, Iterator
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

# `foidraft ARGS...` run in this process: (exit status, standard output, standard error).
Cli = Callable[..., tuple[int, str, str]]


@pytest.fixture(autouse=True)
def foidraft_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    home = tmp_path / "foidraft-home"
    monkeypatch.setenv("FOIDRAFT_HOME", str(home))
    monkeypatch.setenv("NO_COLOR", "1")
    # The email question offers $EMAIL (tests/tui/test_your_details.py sets it itself).
    monkeypatch.delenv("EMAIL", raising=False)
    import foidraft.lint.api as api
    import foidraft.rules.registry as registry

    registry._default = None
    api.forget_config()
    yield home
    registry._default = None
    api.forget_config()


@pytest.fixture(scope="session")
def _warm_cache_files(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """The cache files one `foidraft check` leaves in a new home, made once per process."""
    import os
    import subprocess
    import sys

    root = tmp_path_factory.mktemp("warm")
    letter = root / "letter.txt"
    letter.write_text("Dear Sir,\n\nPlease provide the crimes recorded in 2019/20.\n")
    env = {**os.environ, "FOIDRAFT_HOME": str(root / "home"), "NO_COLOR": "1"}
    done = subprocess.run(
        [sys.executable, "-m", "foidraft", "check", str(letter)],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode in (0, 1), done.stderr
    files = sorted((root / "home" / "cache").glob("*.marshal"))
    assert any(f.name.startswith("rules-") for f in files), files
    return files


@pytest.fixture
def warm_cache(foidraft_home: Path, _warm_cache_files: list[Path]) -> None:
    """This test's home with the caches a first run leaves (the rules, the model of what is
    recorded, the engine's regexes): for tests of what a command prints, where each
    subprocess on a new home spent 2.3 s of CPU building them and checked nothing more.
    Their cold build is tested where it matters (tests/hostile/test_rules_cache.py, the
    tmux tests, every in-process test's own home)."""
    import shutil

    cache = foidraft_home / "cache"
    foidraft_home.mkdir(mode=0o700, exist_ok=True)
    cache.mkdir(mode=0o700, exist_ok=True)
    for path in _warm_cache_files:
        shutil.copy2(path, cache / path.name)


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Cli:
    """Run ``foidraft`` in this process, the way CLI tests do: ``cli("drafts", "list")``
    gives (exit status, stdout, stderr), each run's output read on its own."""
    from foidraft.cli import main

    def run(*argv: str) -> tuple[int, str, str]:
        code = main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err

    return run
