"""``python -m foidraft``: the same as the ``foidraft`` command."""

from foidraft.cli import console

console()
