"""Every scanner of outside text, timed on pathological 100 KB and 1 MB inputs.

``python -m tests.hostile.scanners [NAME...]`` prints ``{name: [seconds at 100 KB,
seconds at 1 MB]}`` as JSON (the best of a few runs each). tests/hostile/test_linear_time.py
runs it in a subprocess and compares the growth: about 10x is linear, about 100x is
quadratic. No wall-clock limit is asserted.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import time
from collections.abc import Callable

SMALL, LARGE = 100_000, 1_000_000
ROUNDS = 4
SLOW = 0.1  # seconds for one run of the small input


def _fill(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def header(size: int) -> Callable[[], object]:
    from foidraft.text.header import split_header

    text = "---\ntitle: a" + " " * size + "b\n---\nDear Sir,\n"
    return lambda: split_header(text)


def draft_file(size: int) -> Callable[[], object]:
    from foidraft.drafts.header import parse_draft_text

    text = "---\ntitle: a" + " \t" * (size // 2) + "b\nstatus: draft\n---\nDear Sir,\n"
    return lambda: parse_draft_text(text, "x.md")


def lint_markers(size: int) -> Callable[[], object]:
    from foidraft.lint.document import Document

    text = "Dear Sir,\n" + _fill("<!-- foidraft: ignore ", size)
    return lambda: Document(text)


def lint_markers_lines(size: int) -> Callable[[], object]:
    from foidraft.lint.document import Document

    text = "Dear Sir,\n" + _fill("<!-- foidraft: ignore FD101\n", size) + ">"
    return lambda: Document(text)


def export_spaces(size: int) -> Callable[[], object]:
    from foidraft.export.text import plain_text

    text = "Dear Sir,\n" + " " * size + "Yours faithfully,\n"
    return lambda: plain_text(text)


def export_markers(size: int) -> Callable[[], object]:
    from foidraft.export.text import plain_text

    text = "Dear Sir,\n" + _fill(" <!-- foidraft: x\n", size) + "-->"
    return lambda: plain_text(text)


def learn_reply(size: int) -> Callable[[], object]:
    from foidraft.learn.cues import find_cues

    reply = _fill("which year do you mean by the last year ", size)  # no full stop
    return lambda: find_cues(reply)


def learn_propose(size: int) -> Callable[[], object]:
    from foidraft.drafts import Draft
    from foidraft.learn import propose_rules
    from foidraft.rules.model import RuleSet

    draft = Draft.new("Stops", "Dear Sir,\nPlease send the stop and search figures.\n")
    reply = _fill("We cannot identify 'stop and search' which year ", size)
    when = dt.date(2024, 1, 2)
    return lambda: propose_rules(
        draft, reply, authority=None, asked=when, ruleset=RuleSet([]), url="https://example.org/r"
    )


def template_save(size: int) -> Callable[[], object]:
    from foidraft.authorities.directory import load_directory
    from foidraft.drafts import Draft
    from foidraft.templates import template_from_draft

    wmp = load_directory().resolve("West Midlands Police")
    body = "Dear West Midlands Police,\n" + _fill("West Midlands Police and WMP, ", size)
    draft = Draft.new("Costs", body, wmp.id)
    return lambda: template_from_draft(draft, wmp)


def lint_bad_examples(size: int) -> Callable[[], object]:
    from foidraft.lint.api import check
    from foidraft.rules.registry import default_ruleset

    bad = [b for r in default_ruleset() for b in r.examples.get("bad", [])]
    text = _fill("\n\n".join(bad) + "\n\n", size)
    return lambda: check(text)


def lint_spaces(size: int) -> Callable[[], object]:
    from foidraft.lint.api import check

    text = "Dear Sir,\nPlease provide" + " " * size + "all information.\n"
    return lambda: check(text)


def terminal(size: int) -> Callable[[], object]:
    from foidraft.text.terminal import visible

    text = _fill("\x1b]52;c;x\x07\u202e\r", size)
    return lambda: visible(text)


def lint_reading(size: int) -> Callable[[], object]:
    from foidraft.lint.document import Document
    from foidraft.lint.model_hits import not_held_hits, term_hits
    from foidraft.recorded.loader import default_model

    # Every sentence counts crimes and asks for a place type; "reports" is left unsettled.
    text = "Dear Sir,\n" + _fill("How many crimes were recorded in shops and reports ", size)
    model = default_model()

    def run() -> object:
        doc = Document(text)
        return not_held_hits(doc, model, "police"), term_hits(doc, model, "police")

    return run


def lint_questions(size: int) -> Callable[[], object]:
    from foidraft.lint.definitions import orphan_definitions
    from foidraft.lint.document import Document
    from foidraft.lint.questions import delete_question, repeated_questions

    # Numbered questions, every other one pointing back to the one before; they repeat
    # and define a term; a long run of spaces inside one. Removing a question works out
    # what depends on it and which definitions are left unused.
    item = (
        "1. How many arrests involved a child decoy? By 'child decoy' I mean an adult.\n"
        "2. Of those arrests, how many were charged?\n"
    )
    text = "Dear Sir,\n1. How many" + " " * (size // 4) + "arrests?\n" + _fill(item, size)

    def run() -> object:
        doc = Document(text)
        found = repeated_questions(doc), orphan_definitions(doc)
        return found, [delete_question(doc, at) for at in range(len(text) // 2, len(text), 997)]

    return run


def lint_other_body(size: int) -> Callable[[], object]:
    from foidraft.authorities.directory import load_directory
    from foidraft.lint.document import Document
    from foidraft.lint.other_body import other_body_hits

    # One line of "dear" and "held by" with no line break or sentence end; then lines
    # greeting another force, each name followed by more capitalised words.
    scotland = load_directory().resolve("Police Scotland")
    text = (
        "Dear Sir,\n"
        + _fill("dear held by or on behalf of the West Midlands ", size // 2)
        + _fill("\nDear West Midlands Police Federation Scotland,", size // 2)
    )

    def run() -> object:
        return other_body_hits(Document(text), scotland)

    return run


def _reply_size(size: int) -> int:
    """The reader reads at most MAX_CHARS of a reply (400,000): the replies' scanners
    compare 40 KB with 400 KB, ten times the input as for the others."""
    from foidraft.replies.text import MAX_CHARS

    return size * MAX_CHARS // LARGE


def _reply_case() -> tuple[str, str]:
    from pathlib import Path

    data = Path(__file__).resolve().parents[1] / "data"
    return (data / "wmp-8a-21-final.txt").read_text(), (data / "wmp-8a-21-letter.txt").read_text()


def reply_read(size: int) -> Callable[[], object]:
    from foidraft.replies import read_reply
    from foidraft.replies.explain import explain, render

    reply, letter = _reply_case()
    text = _fill(reply, _reply_size(size))  # a real reply, over and over (`foidraft reply`)

    def run() -> object:
        reading = read_reply(text, regime="FOIA", letter=letter)
        return render(explain(reading, authority=None, replied=None, due=None), reading)

    return run


def reply_no_stop(size: int) -> Callable[[], object]:
    from foidraft.replies import read_reply

    text = _fill(
        "we cannot identify the offences you asked for under section 12 of Q3 ", _reply_size(size)
    )
    return lambda: read_reply(text)


def reply_clauses(size: int) -> Callable[[], object]:
    from foidraft.replies import read_reply

    # One clause with no punctuation: each "withheld" has its clause read for a "may".
    text = _fill("we withheld it where necessary and ", _reply_size(size))
    return lambda: read_reply(text)


def reply_regime(size: int) -> Callable[[], object]:
    from foidraft.replies.regime_guess import named_sender, regime_of_reply

    # Capitals joined by hyphens: every letter starts a word that might name a body (the
    # sender is looked for in a reply's first 20,000 characters; here in all of it).
    text = _fill("A-B-C-D-E-F-G-H-I-J-K-L-M-N-O-P-Q-R-S-T-U-V-W-X-Y-Z-", _reply_size(size))
    return lambda: (named_sender(text), regime_of_reply(text))


def reply_points(size: int) -> Callable[[], object]:
    from foidraft.replies.points import clarification_points

    text = "Please clarify your request.\n" + _fill(
        "1. Which period do you mean by the last year the figures ", size
    )
    return lambda: clarification_points(text)


def template_terms(size: int) -> Callable[[], object]:
    from foidraft.recorded.terms import localise

    # A letter of Home Office codes said again for Police Scotland (a batch's letters).
    text = _fill("under Home Office offence codes 8N (assault), 34A and 10D, ", size)
    return lambda: localise(text, "scrs")


def recorded_holders(size: int) -> Callable[[], object]:
    from foidraft.authorities.model import Authority
    from foidraft.recorded.holders import holder_hits

    # Near misses of every kind of function a district council does not hold: words that
    # start a pattern and then break off, with runs of spaces where the patterns allow them.
    district = Authority(id="x", name="Dover District Council", type="council")
    unit = "school   council tax   road   children   looked   adult   exclu   crimes   "
    text = "Dear Sir,\n" + _fill(unit, size)

    def run() -> object:
        return holder_hits(text, text, 0, district)

    return run


SCANNERS: dict[str, Callable[[int], Callable[[], object]]] = {
    f.__name__: f
    for f in (
        header, draft_file, lint_markers, lint_markers_lines, export_spaces, export_markers,
        learn_reply, learn_propose, template_save, lint_bad_examples, lint_spaces, terminal,
        lint_reading, lint_questions, reply_read, reply_no_stop, reply_clauses,
        reply_regime, reply_points, template_terms, lint_other_body, recorded_holders,
    )
}  # fmt: skip


def best_of(run: Callable[[], object], times: int, loops: int) -> float:
    """The best of ``times`` timings of ``loops`` runs, in this process's CPU time: on a
    busy machine wall time also counts the time spent waiting for a core."""
    best = float("inf")
    for _ in range(times):
        start = time.process_time()
        for _ in range(loops):
            run()
        best = min(best, time.process_time() - start)
    return best


def main(names: list[str]) -> None:
    out: dict[str, list[float]] = {}
    for name in names or list(SCANNERS):
        make = SCANNERS[name]
        make(1_000)()  # imports and caches out of the way
        small, large = make(SMALL), make(LARGE)
        once = best_of(small, 1, 1)
        # Enough runs that the small input takes ~20 ms: sub-millisecond timings are noise.
        loops = max(1, min(200, int(0.02 / max(once, 1e-6))))
        # Small and large taken in turns, the best of each: a busy moment (other tests run
        # alongside) then slows one round, not all of one size. A scanner whose small input
        # alone takes a tenth of a second is timed steadily enough in two rounds (the four
        # slowest took half the suite's minute and a half here in four). The large input,
        # ten times the work, is timed in every other round: a busy moment can only make
        # it slower, which makes the growth look worse, never better, and the test times a
        # scanner that seems to grow too fast again, alone (tests/hostile/test_linear_time.py).
        times = ROUNDS if once < SLOW else 2
        smalls, larges = [], []
        for turn in range(times):
            smalls.append(best_of(small, 1, loops))
            if turn % 2 == 0:
                larges.append(best_of(large, 1, loops))
        out[name] = [min(smalls), min(larges)]
    print(json.dumps(out))


if __name__ == "__main__":
    main(sys.argv[1:])
