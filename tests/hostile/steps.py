"""The work the reply reader does on a long real reply, counted in steps, not timed.

``python -m tests.hostile.steps SIZE...`` prints ``{size: steps}`` as JSON for
``read_reply`` of real replies one after another (``tests.reply_lengths.long_reply``) cut
at each size. A step is a line of Python run (a comprehension's every turn included), a
function entered or left, or a call into C (a pattern's search, a string's find): the same
on a busy machine as on an idle one. A pattern's or a string method's scan inside one call
is one step, however far it reads; tests/hostile/test_linear_time.py times those on
pathological inputs. tests/hostile/test_reply_growth.py compares the counts.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from types import FrameType
from typing import Any


def count_steps(run: Callable[[], object]) -> int:
    """The steps ``run()`` takes."""
    steps = 0

    def trace(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal steps
        steps += 1
        return trace

    def profile(frame: FrameType, event: str, arg: Any) -> None:
        nonlocal steps
        steps += event == "c_call"

    sys.settrace(trace)
    sys.setprofile(profile)
    try:
        run()
    finally:
        sys.setprofile(None)
        sys.settrace(None)
    return steps


def reading_steps(size: int) -> int:
    from foidraft.replies import read_reply
    from tests.reply_lengths import long_reply

    text = long_reply(size)
    return count_steps(lambda: read_reply(text, regime="FOIA"))


def warm_up() -> None:
    """Imports, compiled patterns and the phrase patterns' proofs (``replies.gate``) out of
    the way: a long reply read first, other replies than those counted."""
    from foidraft.replies import read_reply
    from foidraft.replies.gate import prove_searched
    from tests.reply_lengths import long_reply

    read_reply(long_reply(100_000, first=500), regime="FOIA")
    prove_searched()


def main(sizes: list[int]) -> None:
    warm_up()
    print(json.dumps({size: reading_steps(size) for size in sizes}))


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]])
