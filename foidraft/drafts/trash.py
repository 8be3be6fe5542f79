"""The trash: deleted drafts kept whole until purged.

Each deleted draft gets its own folder, ``<UTC deletion time>-<4 hex>/<original name>``
(``20240501T093015Z-1f2e/stop-and-search-3f2a.md``), so the file keeps its name and its
content byte for byte, the deletion time needs no second file to stay in step with, and
two deleted drafts with the same name never collide.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import secrets
import time
from dataclasses import dataclass
from pathlib import Path

from foidraft.atomic import fsync_dir
from foidraft.drafts import files
from foidraft.drafts.header import parse_draft_text
from foidraft.errors import FoidraftError

ITEM_RE = re.compile(r"(\d{8}T\d{6}Z)-[0-9a-f]{4}")
STAMP = "%Y%m%dT%H%M%SZ"


@dataclass(frozen=True)
class TrashItem:
    """One deleted draft. ``id`` is its folder's name, unique within the trash."""

    id: str
    name: str
    path: Path
    title: str
    deleted: dt.datetime


def move_to_trash(path: Path, trash_root: Path) -> TrashItem:
    """Move the draft at ``path`` into a new trash folder; the original name stays."""
    files.private_dir(trash_root)
    now = dt.datetime.now(dt.UTC)
    for _ in range(100):
        folder = trash_root / f"{now.strftime(STAMP)}-{secrets.token_hex(2)}"
        try:
            folder.mkdir(mode=files.PRIVATE_DIR)
            break
        except FileExistsError:
            continue
    else:  # pragma: no cover - 100 collisions in 65536 within one second
        raise FoidraftError("could not make a folder in the trash", hint=str(trash_root))
    dest = folder / path.name
    try:
        path.rename(dest)
    except FileNotFoundError:
        folder.rmdir()
        raise FoidraftError(f"{path.name}: no such draft any more") from None
    except OSError:
        # A trash on another file system: copy completely, then remove the original.
        if not files.write_new(dest, files.read_draft(path)):
            raise
        path.unlink()
    fsync_dir(path.parent)
    fsync_dir(folder)
    return _item(folder, dest)


def list_trash(trash_root: Path) -> list[TrashItem]:
    """Deleted drafts, most recently deleted first."""
    items: list[TrashItem] = []
    try:
        folders = list(trash_root.iterdir())
    except OSError:
        return items
    for folder in folders:
        if not ITEM_RE.fullmatch(folder.name) or not folder.is_dir():
            continue
        found = [p for p in folder.iterdir() if files.is_draft_file(p)]
        if len(found) == 1:
            items.append(_item(folder, found[0]))
        elif not found:
            _remove_if_abandoned(folder)
    items.sort(key=lambda i: (i.deleted, i.id), reverse=True)
    return items


def restore(item: TrashItem, root: Path) -> Path:
    """Put a deleted draft back; it never replaces a draft, it takes a new name instead."""
    files.private_dir(root)
    if not item.path.is_file():
        raise FoidraftError(f"{item.name} is no longer in the trash")
    candidates = [item.name] + [files.new_name(item.title) for _ in range(100)]
    for name in candidates:
        dest = root / name
        if files.link_no_clobber(item.path, dest):
            with contextlib.suppress(FileNotFoundError):
                item.path.unlink()
            fsync_dir(root)
            _remove_folder(item)
            return dest
    raise FoidraftError(  # pragma: no cover - 100 name collisions
        f"could not find a free name to restore {item.name}", hint=str(root)
    )


def purge(item: TrashItem) -> None:
    """Delete a trashed draft for good."""
    with contextlib.suppress(FileNotFoundError):
        item.path.unlink()
    _remove_folder(item)


def _remove_folder(item: TrashItem) -> None:
    # rmdir, not rmtree: whatever else someone put in there is not ours to delete.
    with contextlib.suppress(OSError):
        item.path.parent.rmdir()


def _remove_if_abandoned(folder: Path) -> None:
    # A process killed between making the folder and moving the draft in leaves it empty.
    try:
        if folder.stat().st_mtime < time.time() - files.STALE_SECONDS:
            folder.rmdir()  # fails, harmlessly, if anything is inside
    except OSError:
        pass


def _item(folder: Path, path: Path) -> TrashItem:
    stamp = ITEM_RE.fullmatch(folder.name)
    deleted = (
        dt.datetime.strptime(stamp.group(1), STAMP).replace(tzinfo=dt.UTC)
        if stamp
        else dt.datetime.now(dt.UTC)
    )
    return TrashItem(id=folder.name, name=path.name, path=path, title=_title(path), deleted=deleted)


def _title(path: Path) -> str:
    try:
        fields, _ = parse_draft_text(files.decode(files.read_draft(path), path.name), path.name)
    except FoidraftError:
        return path.stem
    return fields.get("title") or path.stem
