"""How long reading a long reply takes, by its length. Prints figures; asserts nothing.

    python benchmarks/reply_speed.py [--sizes 100000,400000,1800000]

The text is the replies kept with requests in tests/data/outcomes.jsonl, joined (and
repeated past their total) up to each size, read by ``foidraft.replies.read_reply`` as
`foidraft reply FILE` reads it. It says how the time grows and where `foidraft reply`
says on stderr that it is reading a long reply (``foidraft.cli.reply.LONG_REPLY``).
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "outcomes.jsonl"


def replies_text(size: int) -> str:
    parts = []
    for line in DATA.read_text(encoding="utf-8").splitlines():
        response = json.loads(line).get("response") or ""
        if len(response) > 500:
            parts.append(response)
    text = "\n\n".join(parts)
    return (text * (size // len(text) + 1))[:size]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="100000,400000,1800000")
    sizes = [int(s) for s in parser.parse_args().sizes.split(",")]
    from foidraft.replies import read_reply

    read_reply("Dear Jo,\n\nThe information is attached.\n")  # loads what a reply needs
    for size in sizes:
        text = replies_text(size)
        start = time.process_time()
        read_reply(text, regime="FOIA")
        spent = time.process_time() - start
        print(f"{size:>10,} characters: {spent:6.2f} s CPU ({spent / size * 1e6:.1f} µs each)")


if __name__ == "__main__":
    main()
