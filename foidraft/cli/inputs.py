"""Reading letters from files or standard input, with errors a user can act on."""

from __future__ import annotations

import os
import sys

from foidraft.errors import FoidraftError

STDIN = "-"
MAX_BYTES = 20 * 1024 * 1024  # a letter is kilobytes; refuse to lint a disk image


def read_text(path: str) -> str:
    """The text of ``path`` ('-' is standard input); a FoidraftError says what was wrong."""
    if path == STDIN:
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
        where = "standard input"
    else:
        where = path
        if os.path.isdir(path):
            raise FoidraftError(f"{path}: is a folder, not a file", hint="name the letter's file")
        try:
            with open(path, "rb") as fh:
                data = fh.read(MAX_BYTES + 1)
        except FileNotFoundError:
            raise FoidraftError(f"{path}: no such file") from None
        except PermissionError:
            raise FoidraftError(f"{path}: permission denied") from None
        except OSError as exc:
            raise FoidraftError(f"{path}: cannot read: {exc.strerror}") from None
    if len(data) > MAX_BYTES:
        raise FoidraftError(
            f"{where}: larger than {MAX_BYTES // (1024 * 1024)} MB; is it a letter?"
        )
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):  # Notepad's "Unicode": its zero bytes are text
        return _utf16(data, where)
    if b"\x00" in data[:8192]:
        raise FoidraftError(f"{where}: looks like a binary file, not text")
    if data.startswith(b"\xef\xbb\xbf"):  # a byte order mark, as "utf-8-sig" would drop it
        data = data[3:]  # (that codec is one more module to import in every check)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise FoidraftError(
            f"{where}:{line}: not UTF-8 text (byte {exc.start})",
            hint="save the letter as UTF-8 plain text or Markdown",
        ) from None
    return text


def _utf16(data: bytes, where: str) -> str:
    """UTF-16 with its byte order mark, which says the byte order (the codec drops it)."""
    try:
        return data.decode("utf-16")
    except UnicodeDecodeError:
        raise FoidraftError(
            f"{where}: not UTF-16 text, though it starts like it",
            hint="save the letter as UTF-8 plain text or Markdown",
        ) from None
