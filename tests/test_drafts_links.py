"""A draft file that is a link to a file outside the drafts folder is never read or
written through: it is listed only with its problem."""

from __future__ import annotations

from pathlib import Path

import pytest

from foidraft.drafts import DraftStore
from foidraft.errors import FoidraftError

SECRET = b"root:x:0:0:root:/root:/bin/bash\n"


@pytest.fixture
def linked(tmp_path: Path) -> tuple[DraftStore, Path, Path]:
    store = DraftStore(tmp_path / "drafts")
    store.create("Real one")
    outside = tmp_path / "elsewhere" / "passwd"
    outside.parent.mkdir()
    outside.write_bytes(SECRET)
    link = store.root / "passwd.md"
    link.symlink_to(outside)
    return store, link, outside


def test_a_link_outside_is_listed_only_as_a_problem(
    linked: tuple[DraftStore, Path, Path],
) -> None:
    store, link, _ = linked
    summaries = {s.name: s for s in store.list()}
    assert [s.problem for n, s in summaries.items() if n != link.name] == [None]
    flagged = summaries[link.name]
    assert flagged.problem is not None
    assert "outside the drafts folder" in flagged.problem
    assert flagged.title == "passwd"  # from the name: the file was not read
    assert flagged.status == "draft"


def test_a_link_outside_is_never_read_or_written(linked: tuple[DraftStore, Path, Path]) -> None:
    store, link, outside = linked
    with pytest.raises(FoidraftError, match="outside the drafts folder"):
        store.load("passwd")
    with pytest.raises(FoidraftError, match="outside the drafts folder"):
        store.load_path(link)
    assert outside.read_bytes() == SECRET


def test_show_refuses_a_link_outside(
    linked: tuple[DraftStore, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    from foidraft.cli.drafts import _show

    store, _, _ = linked
    with pytest.raises(FoidraftError, match="outside the drafts folder"):
        _show(store, "passwd", body_only=False)
    assert "root:x" not in capsys.readouterr().out


def test_a_link_inside_the_folder_still_works(tmp_path: Path) -> None:
    store = DraftStore(tmp_path / "drafts")
    draft = store.create("Linked within")
    assert draft.path is not None
    (store.root / "alias.md").symlink_to(draft.path.name)
    summaries = {s.name: s for s in store.list()}
    assert summaries["alias.md"].problem is None
    assert store.load("alias").title == "Linked within"
