"""The kinds of request list their choices (offence codes, flags, breakdowns) from the
model of what is recorded as the check keeps it: a new request in the app validated
recorded.yaml again, compiling its word lists (0.6 s of CPU, seconds on a busy machine,
behind "Reading the kinds of request…")."""

from __future__ import annotations

from typing import Any, NoReturn

import pytest

from foidraft.recorded import loader, validate
from foidraft.recorded.offences import load_offences


@pytest.mark.usefixtures("warm_cache")
def test_the_offences_are_checked_against_the_cached_model(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    loader.default_model()  # the model the check uses, built or read once per process

    def again(*_args: Any, **_kwargs: Any) -> NoReturn:
        raise AssertionError("recorded.yaml read and compiled again")

    monkeypatch.setattr(validate, "load_model_file", again)
    load_offences.cache_clear()
    try:
        lists = load_offences().choice_lists()
    finally:
        load_offences.cache_clear()
    assert lists and all(lists.values())
