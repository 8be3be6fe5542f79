"""JSON from outside (the network, hand-edited files) with its nesting bounded.

``json.loads`` recurses once per level: a reply of 100,000 ``[`` ends in RecursionError,
which is no ValueError, so callers that turn bad JSON into a clear message let it
through as a traceback; and a value a thousand levels deep would break the recursive code
that uses it next. :func:`loads` turns both into ValueError.
"""

from __future__ import annotations

import json

MAX_DEPTH = 64  # foidraft's own files and WhatDoTheyKnow's replies nest a few levels


def loads(data: str | bytes, max_depth: int = MAX_DEPTH) -> object:
    """``json.loads``, but ValueError (not RecursionError) for nesting deeper than
    ``max_depth``; bytes must be UTF-8 (UnicodeDecodeError, a ValueError, otherwise)."""
    text = data.decode("utf-8") if isinstance(data, bytes) else data
    try:
        value = json.loads(text)
    except RecursionError:
        raise ValueError(f"nested more than {max_depth} levels deep") from None
    if depth(value, max_depth) > max_depth:
        raise ValueError(f"nested more than {max_depth} levels deep")
    return value


def depth(value: object, limit: int = MAX_DEPTH) -> int:
    """How deeply ``value`` nests (a scalar is 0), counting no further than ``limit`` + 1;
    without recursion."""
    deepest = 0
    stack: list[tuple[object, int]] = [(value, 0)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict):
            children: list[object] = list(item.values())
        elif isinstance(item, list):
            children = item
        else:
            continue
        level += 1
        deepest = max(deepest, level)
        if deepest > limit:
            return deepest
        stack.extend((child, level) for child in children)
    return deepest
