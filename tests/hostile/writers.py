"""One of two processes writing at once (tests/hostile/test_two_writers.py).

    python -m tests.hostile.writers append DRAFT COUNT TAG GO   # a line at a time
    python -m tests.hostile.writers set-email COUNT TAG GO       # an address at a time
    python -m tests.hostile.writers batch TEMPLATE WHO GO        # plan, then write
    python -m tests.hostile.writers keep-reply DRAFT COUNT TAG GO  # a reply at a time

Each waits for the file GO to appear, so the two start together.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path


def _wait_for(go: str) -> None:
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


def keep_reply(name: str, count: int, tag: str) -> None:
    """Replies of one kind on one day, kept beside the same draft."""
    import datetime as dt

    from foidraft.drafts import DraftStore
    from foidraft.replies.track import keep_reply

    draft = DraftStore().load(name)
    for i in range(count):
        keep_reply(draft, f"{tag} reply {i}\n", dt.date(2024, 3, 1), "answered")


def batch(template: str, who: str, go: str) -> None:
    """`foidraft batch` started twice: both plan (nothing written yet), then both write."""
    from foidraft.authorities.directory import load_directory
    from foidraft.batch import plan_batch, write_batch
    from foidraft.cli.batch import load_template
    from foidraft.drafts import DraftStore

    store = DraftStore()
    plan = plan_batch(load_template(template), load_directory().select(who), {}, store=store)
    _wait_for(go)
    write_batch(plan, store)


if __name__ == "__main__":
    mode, *args = sys.argv[1:]
    if mode == "batch":
        batch(*args)
        raise SystemExit(0)
    _wait_for(args[-1])
    if mode == "append":
        append(args[0], int(args[1]), args[2])
    elif mode == "keep-reply":
        keep_reply(args[0], int(args[1]), args[2])
    else:
        set_email(int(args[0]), args[1])
