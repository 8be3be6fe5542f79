"""Whether the reply reader reads the same letter the same when it is laid out differently,
or with a paragraph every authority pastes in.

Replies it has not seen differ from the ones it was tuned on less in what they decide than
in how they are laid out: wrapped at 72 characters by a mail program or not, curly or
straight quotes, bullets or dashes, a salutation or none, or flattened onto one line by a
PDF's extraction; and the paragraphs of rights, law and disclaimers that some pages keep
and others cut. For each training reply the reader reads right, this reads it again
after each change and counts the kinds that change (training part only: the validation
part's replies are never read here). ``python -m tests.replies_layout [--ids]``
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from collections.abc import Callable

from tests.replies_eval import load_replies, part_of
from tests.replies_pastes import PASTES


def _appended(paragraph: str | tuple[str, str]) -> Callable[[str, str], str]:
    """Appends ``paragraph`` (its words under FOIA or the EIRs, and under Scotland's Act)."""

    def change(text: str, regime: str) -> str:
        words = paragraph if isinstance(paragraph, str) else paragraph[regime in SCOTTISH]
        return text.rstrip() + "\n\n" + words + "\n"

    return change


SCOTTISH = ("FOISA", "EISR")


def _alone(layout: Callable[[str], str]) -> Callable[[str, str], str]:
    return lambda text, _regime: layout(text)


LAYOUTS: dict[str, Callable[[str], str]] = {
    **PASTES,  # what a requester's paste, a mail program or a PDF does (tests.replies_pastes)
    "straight quotes": lambda t: t.translate(str.maketrans("“”‘’", "\"\"''")),
    "dashes for bullets": lambda t: re.sub(r"(?m)^([ \t]*)[•·▪][ \t]*", r"\1- ", t),
    "no salutation": lambda t: re.sub(r"(?im)^[ \t]*dear [^\n]*\n", "", t),
    "blank line after each line": lambda t: t.replace("\n", "\n\n"),
}
# Paragraphs authorities paste into any letter, appended: none decides anything for this
# request (the advice paragraph cites section 16, which the corpus labels as relied on, so
# it changes provisions, rightly; the law on refusal notices states what a refusal must
# say, so it refuses nothing in a letter that gives what was asked). Those that cite the
# Act are in its words and Scotland's (FOISA's advice is s15, its refusal notice s16).
PARAGRAPHS: dict[str, str | tuple[str, str]] = {
    "rights": "If you are dissatisfied with the handling of your request, you have the right to "
    "ask for an internal review. Internal review requests should be submitted within 40 "
    "working days of the date of this response. If you are not content with the outcome of "
    "the internal review, you may apply directly to the Information Commissioner.",
    "two duties": "Section 1 of the Freedom of Information Act 2000 places two duties on public "
    "authorities. Unless exemptions apply, the first duty at Section 1(1)(a) is to confirm or "
    "deny whether the information specified in a request is held.",
    "advice": (
        "Under section 16 of the Act we have a duty to provide advice and assistance to "
        "those who make requests for information.",
        "Under section 15 of the Act we have a duty to provide advice and assistance to "
        "those who make requests for information.",
    ),
    "re-use": "The information supplied to you continues to be protected by the Copyright, "
    "Designs and Patents Act 1988.",
    "log": "Please note that this response will be published in our disclosure log.",
    "disclaimer": "This email and any attachments are confidential and may contain personal "
    "data. If you are not the intended recipient, please notify the sender and delete it.",
    "data protection": "We are required to ensure that personal data is processed fairly and "
    "lawfully in accordance with data protection legislation.",
    # a footer's possibilities and classes: what may be relied on, examples of what may be
    # exempt, a class named by a condition, a practice named (none relied on here)
    "may rely": "Please note that the force may rely on section 40(2) of the Freedom of "
    "Information Act to withhold personal information about third parties.",
    "examples": "Some information may be exempt from disclosure, for example under section 31 "
    "(law enforcement) or section 40 (personal information).",
    "any exempt": "Any information that is exempt from disclosure under the Act will not be "
    "released.",
    "NCND named": "Neither confirm nor deny (NCND) is used where confirming whether information "
    "is held would itself reveal exempt information.",
    # a class or a practice described, in a standard paragraph: no decision on this request
    # (``foidraft.replies.generic``); a provision it names is reported only where the reply's
    # decision is of its kind (``generic.fits``: s21 in an already-published reply)
    "class published": (
        "Information which is already published is exempt under section 21 of the Act.",
        "Information which is already published is exempt under section 25 of the Act.",
    ),
    "practice": "We will not disclose personal data of third parties.",
    "template heading": "Information not held: where we do not hold the information, we will "
    "say so and, where we can, tell you which body holds it.",
    "refusal notice law": (
        "Section 17 of the Act requires a public authority which is relying on a claim that "
        "information is exempt to give the applicant a notice which states that fact.",
        "Section 16 of the Act requires a Scottish public authority which is relying on a "
        "claim that information is exempt to give the applicant a notice (a refusal notice) "
        "which states that it so claims.",
    ),
}


def changes(show_ids: bool = False) -> list[str]:
    from foidraft.replies import read_reply

    rows = [r for r in load_replies() if part_of(r["url"]) == "training"]
    first = {r["id"]: read_reply(r["text"], regime=r["regime"]) for r in rows}
    right = [r for r in rows if first[r["id"]].kind == r["kind"]]
    out = [
        f"{len(right)} of {len(rows)} training replies read right; read again, how many change "
        "kind (as it moved) and provisions (from the first reading):"
    ]
    changes_: dict[str, Callable[[str, str], str]] = {
        **{k: _alone(f) for k, f in LAYOUTS.items()},
        **{f"+ {k}": _appended(v) for k, v in PARAGRAPHS.items()},
    }
    for name, change in changes_.items():
        moved: Counter[tuple[str, str]] = Counter()
        ids, provisions = [], 0
        for r in right:
            reading = read_reply(change(r["text"], r["regime"]), regime=r["regime"])
            if reading.kind != r["kind"]:
                moved[(r["kind"], reading.kind)] += 1
                ids.append(r["id"])
            if set(reading.sections) != set(first[r["id"]].sections):
                provisions += 1
                ids.append(f"{r['id']}(s)")
        pairs = ", ".join(f"{a} -> {b} {n}" for (a, b), n in moved.most_common())
        kinds = sum(moved.values())
        out.append(f"  {name:<27} kind {kinds:>3}  provisions {provisions:>3}  {pairs}")
        if show_ids and ids:
            out.append("      " + " ".join(ids))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.replies_layout")
    parser.add_argument("--ids", action="store_true", help="name the replies whose kind changed")
    args = parser.parse_args(argv)
    print("\n".join(changes(args.ids)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
