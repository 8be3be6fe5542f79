"""Whether the reply reader reads the same letter the same when its words are swapped for
others that mean the same: a proxy for wordings it has never seen.

Replies it has not seen say the same things in other words: "the Council" for "we",
"supply" for "provide", "release" for "disclose", "data" for "information", "your
application" or "your FOI request" for "your request", "we are unable to" for "we cannot",
"would be more than" for "would exceed", "not able to" for "unable to". For each training
reply (never a frozen validation reply, nor one of ``--inner``'s held-out replies) this
swaps one family of words at a time and counts the replies whose kind or provisions change.
A reader that learned a letter's exact words moves; one that reads what the words do does
not. ``python -m tests.replies_wording [--ids] [--inner PATH]``
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from tests.replies_eval import load_replies, part_of, read_ids

Swap = tuple[str, str | Callable[[re.Match[str]], str]]


def _unable(m: re.Match[str]) -> str:
    return f"{m.group(1)} {'am' if m.group(1) == 'I' else 'are'} unable to"


SWAPS: dict[str, list[Swap]] = {
    "we -> the Council": [
        (r"\bWe are\b", "The Council is"),
        (r"\bwe are\b", "the Council is"),
        (r"\bWe have\b", "The Council has"),
        (r"\bwe have\b", "the Council has"),
        (r"\bWe (do|can|will|would|cannot|hold|estimate|consider)\b", r"The Council \1"),
        (r"\bwe (do|can|will|would|cannot|hold|estimate|consider)\b", r"the Council \1"),
    ],
    "provide -> supply": [
        (r"\bprovide\b", "supply"),
        (r"\bprovided\b", "supplied"),
        (r"\bproviding\b", "supplying"),
    ],
    "disclose -> release": [
        (r"\bdisclose\b", "release"),
        (r"\bdisclosed\b", "released"),
        (r"\bdisclosure\b", "release"),
    ],
    "hold -> have": [(r"\bhold\b", "have"), (r"\bholds\b", "has")],
    "attached -> enclosed": [(r"\battached\b", "enclosed"), (r"\battach\b", "enclose")],
    "cannot -> are unable to": [(r"\b(we|I) cannot\b", _unable)],
    "information -> data": [(r"\binformation\b", "data")],
    "your request -> application": [(r"\byour request\b", "your application")],
    "your request -> FOI request": [(r"\byour request\b", "your FOI request")],
    "would exceed -> be more than": [(r"\bwould exceed\b", "would be more than")],
    "unable to -> not able to": [(r"\bunable to\b", "not able to")],
    "please find -> please see": [(r"\b[Pp]lease find\b", "Please see")],
    "I -> we": [
        (r"\bI am\b", "We are"),
        (r"\bI have\b", "We have"),
        (r"\bI can\b", "We can"),
        (r"\bI will\b", "We will"),
    ],
    "figures -> numbers": [(r"\bfigures\b", "numbers")],
    "can confirm -> can tell you": [(r"\bcan confirm that\b", "can tell you that")],
}


def swapped(text: str, swaps: list[Swap]) -> str:
    for pattern, to in swaps:
        text = re.sub(pattern, to, text)
    return text


def changes(show_ids: bool = False, inner: frozenset[str] = frozenset()) -> list[str]:
    from foidraft.replies import read_reply

    rows = [r for r in load_replies() if part_of(r["url"]) == "training" and r["id"] not in inner]
    first = {r["id"]: read_reply(r["text"], regime=r["regime"]) for r in rows}
    out = [f"{len(rows)} training replies; with one family of words swapped, how many change:"]
    total = 0
    for name, swaps in SWAPS.items():
        moved: Counter[tuple[str, str]] = Counter()
        ids, provisions = [], 0
        for r in rows:
            text = swapped(r["text"], swaps)
            if text == r["text"]:
                continue
            was, now = first[r["id"]], read_reply(text, regime=r["regime"])
            if now.kind != was.kind:
                moved[(was.kind, now.kind)] += 1
                ids.append(r["id"])
            if set(now.sections) != set(was.sections):
                provisions += 1
                ids.append(f"{r['id']}(s)")
        kinds = sum(moved.values())
        total += kinds + provisions
        pairs = ", ".join(f"{a} -> {b} {n}" for (a, b), n in moved.most_common())
        out.append(f"  {name:<28} kind {kinds:>3}  provisions {provisions:>3}  {pairs}")
        if show_ids and ids:
            out.append("      " + " ".join(ids))
    out.append(f"  {'all':<28} {total} changes")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.replies_wording")
    parser.add_argument("--ids", action="store_true", help="name the replies that changed")
    parser.add_argument("--inner", metavar="PATH", help="held-out ids, never read here")
    args = parser.parse_args(argv)
    inner = frozenset(read_ids(Path(args.inner))) if args.inner else frozenset()
    print("\n".join(changes(args.ids, inner)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
