"""File handling under the drafts store: private folders, reading drafts, writing a file
that must not replace another, and tidying temp files a killed process left behind."""

from __future__ import annotations

import contextlib
import errno
import re
import secrets
import stat
import time
import unicodedata
from pathlib import Path

from foidraft.atomic import PRIVATE, fsync_dir, make_private_dirs, write_temp
from foidraft.errors import FoidraftError

PRIVATE_DIR = 0o700
MAX_BYTES = 20 * 1024 * 1024  # a letter is kilobytes; the same limit `foidraft check` uses
STALE_SECONDS = 3600
# foidraft.atomic names its temp files ".<target name>.<random>.tmp".
TEMP_RE = re.compile(r"\..+\.md\.[A-Za-z0-9_]+\.tmp")
SLUG_MAX = 40


def private_dir(folder: Path) -> Path:
    """Create ``folder`` (0700); tighten it if it exists with group or other access."""
    make_private_dirs(folder)
    mode = stat.S_IMODE(folder.stat().st_mode)
    if mode & 0o077:
        with contextlib.suppress(OSError):  # not ours to change; the files stay 0600
            folder.chmod(PRIVATE_DIR)
    return folder


def is_draft_file(path: Path) -> bool:
    """A draft is a visible ``.md`` file: never a temp file, editor lock or backup."""
    name = path.name
    return name.endswith(".md") and not name.startswith((".", "#")) and path.is_file()


def links_outside(path: Path) -> bool:
    """True for a symlink whose target is outside its folder (``/etc/passwd``, another
    user's file): foidraft never reads or writes through it as a draft."""
    try:
        return path.is_symlink() and not path.resolve().is_relative_to(path.parent.resolve())
    except (OSError, RuntimeError):  # a link loop
        return True


def read_draft(path: Path, folder: str = "drafts") -> bytes:
    """A draft's (or a template's: ``folder="templates"``) bytes; a link to a file outside
    its folder is refused, unread."""
    if links_outside(path):
        raise FoidraftError(
            f"{path.name}: a link to a file outside the {folder} folder; foidraft does not open it",
            hint="copy the letter into the folder instead of linking to it",
        )
    return read_bytes(path)


def read_bytes(path: Path) -> bytes:
    try:
        with path.open("rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise FoidraftError(f"{path.name}: no such draft any more") from None
    except OSError as exc:
        raise FoidraftError(f"{path}: cannot read: {exc.strerror}") from None
    if len(data) > MAX_BYTES:
        raise FoidraftError(f"{path.name}: larger than 20 MB; is it a letter?")
    return data


def decode(data: bytes, where: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise FoidraftError(
            f"{where}: not UTF-8 text (byte {exc.start})",
            hint="save it as UTF-8 in a text editor",
        ) from None


def slug(title: str) -> str:
    """A file-name-safe form of a title: ASCII letters, digits and dashes."""
    ascii_text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    out = ""
    for word in words:
        candidate = f"{out}-{word}" if out else word
        if len(candidate) > SLUG_MAX:
            break
        out = candidate
    return out or (words[0][:SLUG_MAX] if words else "draft")


def new_name(title: str) -> str:
    """``<slug>-<4 hex>.md``; the suffix keeps two drafts with one title apart."""
    return f"{slug(title)}-{secrets.token_hex(2)}.md"


def write_new(path: Path, data: bytes) -> bool:
    """Create ``path`` holding ``data`` completely, unless the name is taken (False).

    The data goes to a temp file first and is hard-linked into place, which fails rather
    than replace a file another process created meanwhile. Where hard links are not
    available the name is checked and then renamed into, a small race accepted there.
    """
    tmp = Path(write_temp(path, data, PRIVATE))
    try:
        if not link_no_clobber(tmp, path):
            return False
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    fsync_dir(path.parent)
    return True


def link_no_clobber(src: Path, dest: Path) -> bool:
    """Give ``src`` the name ``dest`` unless ``dest`` exists; ``src`` may then be removed."""
    try:
        dest.hardlink_to(src)
    except FileExistsError:
        return False
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.EXDEV, errno.ENOTSUP, errno.EMLINK):
            raise
        if dest.exists():
            return False
        src.replace(dest)
    return True


def remove_stale_temps(folder: Path, max_age: float = STALE_SECONDS) -> list[Path]:
    """Delete temp files older than ``max_age`` seconds, left by a process killed mid-save.

    Younger ones may belong to a save happening right now in another process.
    """
    removed: list[Path] = []
    cutoff = time.time() - max_age
    try:
        entries = list(folder.iterdir())
    except OSError:
        return removed
    for entry in entries:
        if not TEMP_RE.fullmatch(entry.name):
            continue
        try:
            if entry.lstat().st_mtime < cutoff:
                entry.unlink()
                removed.append(entry)
        except OSError:
            continue
    return removed
