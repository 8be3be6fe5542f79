"""``foidraft reply DRAFT --next LETTER``: the next letter after a reply, written as a new
draft linked to the request, checked like any other; an internal review only on the
grounds the requester names (``--ground``), as the app asks them to tick."""

from __future__ import annotations

from foidraft.cli.output import say
from foidraft.errors import FoidraftError

TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse
    import datetime as dt

    from foidraft.authorities.model import Authority
    from foidraft.drafts import Draft, DraftStore
    from foidraft.replies import Reading
    from foidraft.replies.review import Context


def write_next(
    store: DraftStore,
    draft: Draft,
    reading: Reading,
    authority: Authority | None,
    day: dt.date | None,
    args: argparse.Namespace,
) -> int:
    import datetime as dt

    from foidraft.drafts import load_profile
    from foidraft.replies.followup import context_for, misfit, next_letter, save_letter

    context = context_for(
        draft, reading, authority=authority, replied=day, name=load_profile().name
    )
    wrong = misfit(args.next, reading, context, today=dt.date.today())
    if wrong:
        raise FoidraftError(f"{draft.name}: {wrong}", hint=fitting_hint(reading, context))
    if args.next == "review":
        need_grounds(draft, reading, authority, day, args.ground)
    letter = next_letter(args.next, draft, context, grounds=args.ground, today=dt.date.today())
    new = save_letter(store, draft, letter)
    from foidraft.authorities.infer import regime_only
    from foidraft.lint.api import check

    under = authority or regime_only(reading.regime)
    # Checked as `foidraft check` checks the saved file: a review, chaser or complaint
    # only for a letter's form (its header's `letter:`), so the two never disagree.
    checked = check(new.body, under, ignore=new.ignore, letter=new.letter or None)
    findings = [f for f in checked if f.severity in ("warning", "error")]
    say(f"wrote {new.name}: “{new.title}” (follows {draft.name})")
    if not context.name:  # the app asks; here the sign-off is a gap, and nothing said so
        say("  signed [[your name]], as no name is kept: fill it in before sending; "
            '`foidraft details --name "Your Name"` signs the next letters')  # fmt: skip
    for note in letter.notes:
        say(f"  note: {note}")
    if findings:
        loud = [(n, sev) for sev in ("error", "warning")
                if (n := sum(f.severity == sev for f in findings))]  # fmt: skip
        counted = " and ".join(f"{n} {sev}{'s' if n != 1 else ''}" for n, sev in loud)
        say(f"  foidraft check finds {counted} in it: `foidraft check {new.path}` lists them")
    return 0


def need_grounds(
    draft: Draft, reading: Reading, authority: Authority | None, day: dt.date | None,
    chosen: list[str], reply_file: str | None = None,
) -> None:  # fmt: skip
    """A review request is written on the grounds the requester says are true of their
    request, as the app asks them to tick (nothing ticked for them): with none, or one
    that does not fit, one line says what to add, before anything is recorded."""
    import datetime as dt

    from foidraft.replies.followup import context_for, misfit
    from foidraft.replies.review import grounds_for

    context = context_for(draft, reading, authority=authority, replied=day, name="")
    if misfit("review", reading, context, today=dt.date.today()):
        return  # no review fits this reply at all: `_next` says so, and which letters do
    fitting = [g.id for g in grounds_for(reading, late=context.late)]
    wrong = [c for c in chosen if c not in fitting]
    if chosen and not wrong:
        return
    said = f"ground '{wrong[0]}' does not fit this reply" if wrong else "no --ground given"
    names = ", ".join(fitting) or "none"
    raise FoidraftError(
        f"{draft.name}: {said}: add --ground NAME for each ground true of your request "
        f"({names}); nothing was recorded or written",
        hint=f"each ground's words and source: {_reread(draft, reply_file)}",
    )


def _reread(draft: Draft, reply_file: str | None) -> str:
    """The command that prints the reply's meaning and grounds again: with the file given,
    else the copy kept with the draft."""
    import shlex

    from foidraft.replies.track import latest_reply_path

    if reply_file is None:
        kept = latest_reply_path(draft)
        reply_file = str(kept) if kept is not None else None
    if reply_file is None:
        return f"foidraft reply {draft.name} REPLY-FILE --dry-run"
    return f"foidraft reply {shlex.quote(draft.name)} {shlex.quote(reply_file)} --dry-run"


def fitting_hint(reading: Reading, context: Context) -> str:
    import datetime as dt

    from foidraft.replies.followup import fitting

    letters = fitting(reading, context, today=dt.date.today())
    if not letters:
        return "nothing needs sending yet; `foidraft due` says when the reply is due"
    return "letters that fit: " + ", ".join(f"--next {step}" for step in letters)
