"""Where foidraft keeps things: FOIDRAFT_HOME, and agreement with platformdirs."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs
import pytest

from foidraft import paths


def test_foidraft_home_moves_everything(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FOIDRAFT_HOME", str(tmp_path))
    assert paths.config_dir() == str(tmp_path / "config")
    assert paths.data_dir() == str(tmp_path / "data")
    assert paths.cache_dir() == str(tmp_path / "cache")
    assert paths.drafts_dir() == str(tmp_path / "data" / "drafts")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the fast path is Linux-only")
@pytest.mark.parametrize(
    "env",
    [
        {},
        {"XDG_CONFIG_HOME": "/x/conf", "XDG_DATA_HOME": "/x/data", "XDG_CACHE_HOME": "/x/cache"},
        {"XDG_CONFIG_HOME": "relative/conf", "XDG_DATA_HOME": "", "XDG_CACHE_HOME": "~/c"},
    ],
)
def test_linux_fast_path_agrees_with_platformdirs(
    env: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("FOIDRAFT_HOME")
    monkeypatch.setenv("HOME", str(tmp_path))
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        monkeypatch.delenv(var, raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    assert paths.config_dir() == platformdirs.user_config_dir("foidraft", appauthor=False)
    assert paths.data_dir() == platformdirs.user_data_dir("foidraft", appauthor=False)
    assert paths.cache_dir() == platformdirs.user_cache_dir("foidraft", appauthor=False)


def test_bundled_data_is_found() -> None:
    assert Path(paths.bundled_rules_file()).is_file()
    assert Path(paths.bundled_prompts_dir()).is_dir()
