"""Never lose a draft: SIGKILL a process in the middle of saving, again and again.

After every kill the draft file must exist and hold one complete version (header intact,
letter matching its checksum), versions never go backwards, and the only other files are
temp files, which are not drafts and are cleaned up once stale.
"""

from __future__ import annotations

import os
import random
import re
import subprocess
import sys
import time
from pathlib import Path

from foidraft.drafts import DraftStore
from foidraft.text.header import split_header
from tests.kill_saver import body_version, make_body

SAVER = Path(__file__).with_name("kill_saver.py")
KILLS = 40


def test_kill_while_saving(tmp_path: Path) -> None:
    seed = random.randrange(1 << 32)
    rng = random.Random(seed)
    store = DraftStore(tmp_path / "drafts")
    draft = store.create("Killed while saving: 2023 #1", body=make_body(0))
    draft.header["my-own-field"] = "must survive"
    store.save(draft)
    name = draft.name
    temp_re = re.compile(re.escape(f".{name}.") + r"[A-Za-z0-9_]+\.tmp")
    last_version = 0
    waited_for_a_save = 0
    temps_seen = 0
    for kill in range(KILLS):
        where = f"seed {seed}, kill {kill}"
        child = subprocess.Popen(
            [sys.executable, str(SAVER), str(store.root), name],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            if kill % 2:  # anywhere: during start-up, the load, or the first saves
                time.sleep(rng.uniform(0, 0.25))
            else:  # once it is saving in a loop
                assert child.stdout is not None
                assert child.stdout.readline() == "ready\n", child.stderr
                waited_for_a_save += 1
                time.sleep(rng.uniform(0, 0.03))
        finally:
            child.kill()
            _, err = child.communicate()
        assert "Traceback" not in err, f"{where}: {err}"

        entries = sorted(p.name for p in store.root.iterdir())
        others = [e for e in entries if e != name]
        assert name in entries, where
        assert all(temp_re.fullmatch(e) for e in others), f"{where}: {others}"
        temps_seen += len(others)
        assert [s.name for s in store.list()] == [name], where

        data = (store.root / name).read_bytes()
        assert data, where
        fields, start = split_header(data.decode("utf-8"))
        assert fields["foidraft"] == "1", where
        assert fields["title"] == "Killed while saving: 2023 #1", where
        assert fields["my-own-field"] == "must survive", where
        version = body_version(data.decode("utf-8")[start:])
        assert version >= last_version, where
        last_version = version
        loaded = store.load(name)
        assert body_version(loaded.body) == version
        assert not store.changed_on_disk(loaded)

    # Every child waited on completed at least one save of its own.
    assert last_version >= waited_for_a_save
    # Temp files left by kills are never drafts, and go once they are an hour old.
    old = time.time() - 2 * 3600
    for entry in store.root.iterdir():
        if entry.name != name:
            os.utime(entry, (old, old))
    store.list()
    assert sorted(p.name for p in store.root.iterdir()) == [name]
    print(f"seed {seed}: {KILLS} kills, last version {last_version}, {temps_seen} temp files seen")
