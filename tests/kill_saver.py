"""Saves one draft over and over until killed; used by tests/test_kill_while_saving.py.

Usage: python kill_saver.py DRAFTS_FOLDER NAME. Prints "ready" after its first save.
Each version's letter names its version and ends with a checksum of everything above it,
so a reader can tell a complete version from a torn or mixed one.
"""

from __future__ import annotations

import hashlib
import sys

VERSION_PREFIX = "version: "
CHECKSUM_PREFIX = "sha256: "


def make_body(version: int) -> str:
    # The size swings between nothing and ~45 kB so saves overwrite longer and shorter files.
    lines = (version * 7919) % 2000
    head = (
        VERSION_PREFIX
        + f"{version}\n"
        + "".join(f"line {i} of version {version}\n" for i in range(lines))
    )
    return head + CHECKSUM_PREFIX + hashlib.sha256(head.encode()).hexdigest() + "\n"


def body_version(body: str) -> int:
    """The version a letter holds; ValueError unless it is one complete version."""
    head, _, last = body.removesuffix("\n").rpartition("\n")
    head += "\n"
    if not last.startswith(CHECKSUM_PREFIX) or not head.startswith(VERSION_PREFIX):
        raise ValueError("no version or checksum line")
    if hashlib.sha256(head.encode()).hexdigest() != last.removeprefix(CHECKSUM_PREFIX):
        raise ValueError("checksum does not match")
    version = int(head.split("\n", 1)[0].removeprefix(VERSION_PREFIX))
    if body != make_body(version):
        raise ValueError("not the letter written for that version")
    return version


def main(root: str, name: str) -> None:
    from foidraft.drafts import DraftStore

    store = DraftStore(root)
    draft = store.load(name)
    version = body_version(draft.body)
    ready = False
    while True:
        version += 1
        draft.body = make_body(version)
        store.save(draft)
        if not ready:
            print("ready", flush=True)
            ready = True


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
