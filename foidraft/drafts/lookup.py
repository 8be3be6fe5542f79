"""Finding a draft (or a trashed one) from what a user typed: a file name, its stem, an
id, or the start of its title."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from foidraft.errors import FoidraftError

T = TypeVar("T")


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def pick(
    ref: str,
    items: Sequence[T],
    keys: Sequence[tuple[Sequence[str], str]],
    *,
    what: str = "draft",
    hint: str = "`foidraft drafts list` shows them",
) -> T:
    """The one item ``ref`` names.

    ``keys[i]`` is (names, title) for ``items[i]``; the first name is the one shown to
    the user. Exact names win, then an exact title, then a unique title or name prefix
    (case-insensitive). Anything else is a FoidraftError naming the candidates.
    """
    if not ref.strip():
        raise FoidraftError(f"which {what}?", hint=hint)
    exact = [i for i, (names, _) in enumerate(keys) if ref in names]
    if len(exact) == 1:
        return items[exact[0]]
    want = _norm(ref)
    titled = [i for i, (_, title) in enumerate(keys) if _norm(title) == want]
    if len(titled) == 1 and not exact:
        return items[titled[0]]
    prefixed = (
        exact
        or titled
        or [
            i
            for i, (names, title) in enumerate(keys)
            if _norm(title).startswith(want) or any(_norm(n).startswith(want) for n in names)
        ]
    )
    if len(prefixed) == 1:
        return items[prefixed[0]]
    if not prefixed:
        raise FoidraftError(f"no {what} matches '{ref}'", hint=hint)
    shown = ", ".join(keys[i][0][0] for i in prefixed[:5])
    more = f" and {len(prefixed) - 5} more" if len(prefixed) > 5 else ""
    raise FoidraftError(
        f"'{ref}' matches {len(prefixed)} {what}s: {shown}{more}",
        hint="give one of those names",
    )
