"""The reply reader on letters written by function (issue 9): short letters in the shape of
real replies, one for each usual move of each kind (a receipt, more time, a question back,
a cost refusal with goodwill figures, a provision named aside, a request quoted back ...),
written from what such letters do, not copied from the corpus. A probe of the mechanisms,
not a corpus: ``python -m tests.replies_functions`` prints each misreading and the count per
set (the letters are in tests/data/replies_functions.json, each with the kind or the
provisions it must read as, or both; the tests keep one of each mechanism,
``tests/test_replies_mechanisms26.py``). The sets marked "(grammar)" vary who acts, the
modal and the verb of each kind's decisive wording (``foidraft.replies.grammar``; their
tests, ``tests/test_replies_grammar.py``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

DATA = Path(__file__).parent / "data" / "replies_functions.json"


def sets() -> dict[str, list[dict[str, Any]]]:
    data: dict[str, list[dict[str, Any]]] = json.loads(DATA.read_text(encoding="utf-8"))
    return data


def main() -> int:
    from foidraft.replies import read_reply

    for name, cases in sets().items():
        wrong = 0
        for case in cases:
            reading = read_reply(case["text"], regime=case["regime"])
            kind, provisions = case["kind"], case["provisions"]
            kind_ok = kind is None or reading.kind == kind
            provisions_ok = provisions is None or sorted(reading.sections) == sorted(provisions)
            if not (kind_ok and provisions_ok):
                wrong += 1
                words = " ".join(case["text"].split())[:120]
                print(f"  {name}: {reading.kind} {list(reading.sections)} | {words}")
        print(f"{name}: {wrong} of {len(cases)} misread")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
