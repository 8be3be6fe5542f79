"""``foidraft learn DRAFT --reply FILE``: record a clarification request and learn from it."""

from __future__ import annotations

import sys

from foidraft.cli.output import say

TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse

    from foidraft.learn import Lesson, Proposal

DESCRIPTION = (
    "Record that the authority asked you to clarify a request, and turn the wording it "
    "asked about into personal rules, so `foidraft check` warns about it next time. "
    "The draft's status becomes 'clarification' (the authority's 20 working days start "
    "again when you reply: record that with `foidraft drafts status NAME sent --clarified "
    "DATE`). Each proposed rule is shown and added to your rules file only when you "
    "accept it (--yes accepts all). A rule applies to this authority only, unless you give "
    "--everywhere. Wording the reply recommends is never proposed. Exit status: 0 when rules "
    "were added or none was "
    "needed, 1 when proposals were not added, 2 on bad input."
)


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("draft", metavar="DRAFT", help="the draft the authority replied to")
    p.add_argument("--reply", required=True, metavar="FILE", help="its reply ('-': stdin)")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="when it asked (default today)")
    p.add_argument("--url", metavar="URL", help="the request's page, e.g. on WhatDoTheyKnow")
    p.add_argument("-y", "--yes", action="store_true", help="add every proposed rule")
    p.add_argument(
        "--everywhere", action="store_true",
        help="warn about the wording for every authority (default: only this one)",
    )  # fmt: skip


def run(args: argparse.Namespace) -> int:
    import datetime as dt

    from foidraft.cli.drafts import _authority, _date
    from foidraft.cli.inputs import read_text
    from foidraft.drafts import DraftStore, status_short, tracking
    from foidraft.learn import propose_rules
    from foidraft.text.dates import long_date

    store = DraftStore()
    draft = store.load(args.draft)
    reply = read_text(args.reply)
    asked = _date(args.date) if args.date else dt.date.today()
    authority = _authority(draft.authority)
    lesson = propose_rules(
        draft, reply, authority=authority, asked=asked, url=args.url, everywhere=args.everywhere
    )
    if draft.status in ("draft", "ready", "sent", "extended") or (
        draft.status == "clarification" and args.date
    ):
        tracking.mark_clarification(draft, asked)
        store.save(draft)
        say(f"{draft.name}: clarification (asked {long_date(asked)})")
    elif draft.status == "clarification":  # recorded already, with the date it was asked
        when = f" (asked {long_date(draft.clarification)})" if draft.clarification else ""
        say(f"{draft.name}: clarification{when}")
    else:  # a later reply is recorded: learning from an earlier letter must not undo it
        say(f"{draft.name}: status left as {status_short(draft.status)}")
    _report(lesson)
    if not lesson.proposals:
        say(
            "No new rule: foidraft already flags the wording they asked about, or it is not in "
            "your letter (each point is listed above with the reason)."
        )
        return 0
    chosen = _choose(lesson.proposals, args.yes, interactive=args.reply != "-")
    if not chosen:
        return 1
    from foidraft.learn import add_rules

    path = add_rules([p.rule for p in chosen])
    ids = ", ".join(p.id for p in chosen)
    say(f"added {ids} to {path}; `foidraft check` now warns about that wording")
    return 0


def _report(lesson: Lesson) -> None:
    from foidraft.learn import rule_yaml

    for passed in lesson.passed:
        say(f"  '{passed.term}': {passed.reason}")
    for proposal in lesson.proposals:
        say(f"\nProposed rule {proposal.id} for '{proposal.where.text}' ({proposal.cue.kind}):")
        say(rule_yaml(proposal.rule, indent=4).rstrip())


def _choose(proposals: list[Proposal], yes: bool, *, interactive: bool) -> list[Proposal]:
    if yes:
        return proposals
    if not (interactive and sys.stdin.isatty()):
        say("\nNot added: run again with --yes to add them.", err=True)
        return []
    chosen = []
    for p in proposals:
        say(f"Add {p.id} ('{p.where.text}') to your rules? [y/N] ", end="")
        answer = input()
        if answer.strip().lower() in ("y", "yes"):
            chosen.append(p)
    return chosen
