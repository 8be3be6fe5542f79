"""One of two processes writing at once (tests/hostile/test_two_writers.py).

    python -m tests.hostile.writers append DRAFT COUNT TAG GO   # a line at a time
    python -m tests.hostile.writers set-email COUNT TAG GO       # an address at a time
    python -m tests.hostile.writers cli ARG... GO                # a foidraft command

Each waits for the file GO to appear, so the two start together.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path


def _wait_for(go: str) -> None:
    from foidraft.cli import batch  # noqa: F401 - imported before the start, not after

    deadline = time.monotonic() + 60
    while not Path(go).exists():
        if time.monotonic() > deadline:
            raise SystemExit("never told to go")
        time.sleep(0.005)


def append(name: str, count: int, tag: str) -> None:
    """What an editor autosaving and a script editing the same draft do: load, change,
    save; told the file changed on disk, load again and redo the change."""
    from foidraft.drafts import ChangedOnDiskError, DraftStore

    store = DraftStore()
    for i in range(count):
        while True:
            draft = store.load(name)
            draft.body += f"{tag} line {i}\n"
            try:
                store.save(draft)
                break
            except ChangedOnDiskError:
                continue


def set_email(count: int, tag: str) -> None:
    from foidraft.authorities.user import save_email

    for i in range(count):
        save_email(f"{tag}_{i}", f"foi{i}@{tag}.example.org", "2024-01-02")


if __name__ == "__main__":
    mode, *args = sys.argv[1:]
    _wait_for(args[-1])
    if mode == "append":
        append(args[0], int(args[1]), args[2])
    elif mode == "set-email":
        set_email(int(args[0]), args[1])
    else:
        from foidraft.cli import main

        raise SystemExit(main(args[:-1]))
