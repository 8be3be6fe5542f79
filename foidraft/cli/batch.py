"""``foidraft batch TEMPLATE --to police``: one draft per authority from a template."""

from __future__ import annotations

from foidraft.authorities.names import in_running_text
from foidraft.cli.output import cut, prose_width, say
from foidraft.errors import FoidraftError

TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse
    from pathlib import Path

    from foidraft.authorities.model import Authority
    from foidraft.batch import BatchPlan, BatchResult, PlannedDraft
    from foidraft.templates import Template

DESCRIPTION = (
    "Write one draft per authority from a template, each addressed, personalised (the Act, "
    "the cost limit) and checked for that authority. TEMPLATE is a template's name (see "
    "`foidraft template list`) or a file. --to takes what `foidraft authorities` selects: "
    "police, pcc, nation:wales, type:pcc, regime:foisa, or names and ids separated by "
    "commas (a body foidraft does not list, such as a council or an NHS trust, is read from "
    "its full name); bodies outside FOI (the National Crime Agency) are never included. Running "
    "the same batch again skips the authorities it already has a draft for, so a pilot "
    "(--pilot 3) can be followed by the full run. Exit status: 0 when every letter written "
    "(or, with --dry-run, to be written) is clean; 1 when one needs a look before it is "
    "sent: a finding at warning level, or a place in another force's area, each said on "
    "stderr; 2 on bad input (nothing written)."
)


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("template", metavar="TEMPLATE", help="the template's name, or a file")
    p.add_argument("--to", required=True, metavar="WHO", help="police, nation:wales, gmp,wmp…")
    p.add_argument(
        "--set", dest="values", action="append", default=[], metavar="FIELD=VALUE",
        help="a value for one of the template's own fields (repeat for more)",
    )  # fmt: skip
    p.add_argument("--dry-run", action="store_true", help="show what would be written")
    p.add_argument("--pilot", type=int, metavar="N", help="only the first N authorities")
    p.add_argument("--batch", metavar="ID", help="the batch id (default: the template's name)")
    p.add_argument("--json", action="store_true", help="machine-readable summary")


def run(args: argparse.Namespace) -> int:
    from foidraft.authorities.directory import load_directory
    from foidraft.batch import plan_batch, write_batch
    from foidraft.drafts import DraftStore
    from foidraft.templates import MissingFieldsError

    template = load_template(args.template)
    values = parse_values(args.values)
    authorities = load_directory().select(args.to)
    _say_assumed(authorities)
    store = DraftStore()
    try:
        plan = plan_batch(
            template, authorities, values, batch_id=args.batch, pilot=args.pilot, store=store
        )
    except MissingFieldsError as exc:
        own = [n for n in exc.missing if "." not in n]
        hint = " ".join(f"--set {n}=…" for n in own) or exc.hint
        raise FoidraftError(exc.message, hint=hint) from None
    result = None if args.dry_run else write_batch(plan, store)
    if args.json:
        _print_json(plan, result)
    else:
        _print_summary(plan, result)
    _advise(plan, args.pilot)
    return 1 if plan.warned else 0


def _say_assumed(authorities: list[Authority]) -> None:
    """What foidraft assumed about each named body it does not list."""
    from foidraft.authorities.infer import assumption

    for a in authorities:
        if "inferred" in a.tags:
            say(f"foidraft: note: {assumption(a, verb='written to', hint=False)}", err=True)


def load_template(ref: str) -> Template:
    """A template by name from the templates folder, or from a file path."""
    from pathlib import Path

    from foidraft.templates import TemplateStore

    store = TemplateStore()
    try:
        summary = store.find(ref)
    except FoidraftError:
        path = Path(ref).expanduser()
        if path.is_file():
            return store.load(path)
        raise
    return store.load(summary.path)


def parse_values(items: list[str]) -> dict[str, str]:
    values: dict[str, str] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise FoidraftError(f"--set {item!r}: expected FIELD=VALUE", hint="--set period=2023")
        values[key.strip()] = value
    return values


def _outcome(planned: PlannedDraft, result: BatchResult | None) -> tuple[str, str]:
    """(what happened, the draft's file name) for one planned draft."""
    if result is None:
        if planned.existing is not None:
            return "skipped", planned.existing.name
        return "would write", f"“{planned.title}”"
    for p, draft in result.written:
        if p is planned:
            return "written", draft.name
    for p, path in result.skipped:
        if p is planned:
            return "skipped", path.name
    return "skipped", ""


Row = tuple[str, str, str, str]


def _fitted(rows: list[Row], width: int) -> list[Row]:
    """The table cut to a terminal ``width`` (0: not a terminal, kept whole): the
    authority's name first, down to 16 characters, then a title not yet written; a
    draft's file name, which commands take, is never cut (it wrapped past 80 columns)."""
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    excess = 2 + sum(widths) + 2 * 3 - width if width else 0
    if excess <= 0:
        return rows
    body = max(16, widths[2] - excess)
    excess -= widths[2] - body
    titles = all(r[1].startswith("“") for r in rows[1:])  # --dry-run: titles, not files
    title = max(20, widths[1] - excess) if titles and excess > 0 else widths[1]
    return [(a, cut(b, title), cut(c, body), d) for a, b, c, d in rows]


def _print_summary(plan: BatchPlan, result: BatchResult | None) -> None:
    rows = [("", "DRAFT", "AUTHORITY", "FINDINGS")]
    for planned in plan.drafts:
        state, name = _outcome(planned, result)
        found = "already in the batch" if state == "skipped" else findings_text(planned)
        rows.append((state, name, planned.authority.name, found))
    rows = _fitted(rows, prose_width())
    widths = [max(len(r[i]) for r in rows) for i in range(3)]
    say(f"Batch {plan.batch_id} from template {plan.template.name}:")
    for row in rows:
        cells = [c.ljust(w) for c, w in zip(row, widths, strict=False)]
        say("  " + "  ".join([*cells, row[3]]).rstrip())
    new = plan.new if result is None else [p for p, _ in result.written]
    for planned in plan.drafts:
        if planned.terms:
            say(f"{planned.authority.name}: {planned.terms_text()}.")
        # a template written for one force, its place left in; a letter already in the
        # batch was warned of when written, and is not counted below
        if planned.elsewhere and any(planned is p for p in new):
            say(
                f"Warning: the letter to {in_running_text(planned.authority.name)} "
                f"{planned.elsewhere_text()}: "
                "put {authority.area} in the template, or take the place out.",
                wrap=True,
                err=True,  # stdout stays the table and its count for a script
            )
    for authority, why in plan.left_out:
        say(f"Left out: {authority.name} ({why})")
    skipped = len(plan.drafts) - len(new)
    warned = sum(1 for d in new if d.warned)  # a place in another force's area too
    verb = "written" if result else "would be written"
    say(
        f"{len(new)} draft{'s' if len(new) != 1 else ''} {verb}, {skipped} skipped (already "
        f"in the batch), {warned} with warnings. `foidraft check DRAFT` shows the findings"
        + (
            f"; `foidraft export --batch {plan.batch_id} --out FOLDER` exports them."
            if result
            else "."
        )
    )


def findings_text(planned: PlannedDraft) -> str:
    """'clean', or '1 warning (FD906), 2 info (FD904, FD905)', or 'a place elsewhere
    (Coventry)' for a letter that names one in another force's area."""
    parts = []
    for severity, n in planned.counts().items():
        word = severity if n == 1 or severity == "info" else severity + "s"
        parts.append(f"{n} {word} ({', '.join(planned.rules(severity))})")
    if planned.elsewhere:
        places = ", ".join(dict.fromkeys(place for place, _ in planned.elsewhere))
        parts.insert(0, f"a place elsewhere ({places})")
    return ", ".join(parts) or "clean"


def _print_json(plan: BatchPlan, result: BatchResult | None) -> None:
    import json

    folder = _drafts_folder()
    drafts = []
    for p in plan.drafts:
        state, name = _outcome(p, result)
        drafts.append(
            {
                "authority": p.authority.ref,
                "authority_name": p.authority.name,
                "title": p.title,
                "state": state.replace(" ", "-"),
                "path": str(folder / name) if state != "would write" else None,
                "counts": p.counts(),
                "rules": {s: p.rules(s) for s in p.counts()},
                "elsewhere": [{"place": place, "area_of": of} for place, of in p.elsewhere],
                "warned": p.warned,
                "terms": [{"before": t.before, "after": t.after, "gap": t.gap} for t in p.terms],
            }
        )
    out = {
        "batch": plan.batch_id,
        "template": plan.template.name,
        "dry_run": result is None,
        "drafts": drafts,
        "left_out": [{"authority": a.ref, "why": why} for a, why in plan.left_out],
        "held_back": [a.ref for a in plan.held_back],
    }
    print(json.dumps(out, ensure_ascii=False, indent=2))


def _drafts_folder() -> Path:
    from foidraft.drafts import DraftStore

    return DraftStore().root


def _advise(plan: BatchPlan, pilot: int | None) -> None:
    from foidraft.batch import PILOT_ADVICE, PILOT_SIZE

    total = len(plan.drafts) + len(plan.held_back)
    if pilot is not None and plan.held_back:
        say(
            f"Pilot: {len(plan.drafts)} of {total} authorities. Run the same command without "
            f"--pilot to write the other {len(plan.held_back)}.",
            err=True,
        )
    elif pilot is None and len(plan.new) > PILOT_SIZE:
        say(PILOT_ADVICE, err=True)
