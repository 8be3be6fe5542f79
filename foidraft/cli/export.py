"""``foidraft export``: a draft (or a whole batch) as text, an email or a link."""

from __future__ import annotations

from foidraft.cli.output import say
from foidraft.errors import FoidraftError

TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse

    from foidraft.authorities.model import Authority
    from foidraft.drafts import DraftStore, Profile


def description() -> str:
    from foidraft.export.formats import BATCH_NAMES, FORMATS

    kinds = " ".join(f"{f.name}: {f.description}." for f in FORMATS)
    return (
        f"Export a draft ready to send. {kinds} With --batch ID, every draft of a batch goes "
        f"into the folder --out, one file per authority ({' or '.join(BATCH_NAMES)}), with "
        "index.csv and index.md."
    )


def configure(p: argparse.ArgumentParser) -> None:
    from foidraft.export.formats import NAMES

    p.description = description()
    p.add_argument("draft", nargs="?", metavar="DRAFT", help="the draft's name or title")
    p.add_argument("-f", "--format", choices=NAMES, default=NAMES[0], type=_format_name)
    p.add_argument("-o", "--out", metavar="PATH", help="write here (a folder for --batch)")
    p.add_argument("--batch", metavar="ID", help="export every draft of a `foidraft batch`")


# What a requester calls a format where its name is shorter: the app says "plain text" and
# "email file", and `foidraft reply --format text` spells it out.
ALIASES = {"text": "txt", "email": "eml"}


def _format_name(given: str) -> str:
    name = given.strip().lower().lstrip(".")
    return ALIASES.get(name, name)


def run(args: argparse.Namespace) -> int:
    from foidraft.drafts import DraftStore, load_profile

    if (args.draft is None) == (args.batch is None):
        raise FoidraftError("name one draft, or a batch with --batch ID", hint="not both")
    store = DraftStore()
    profile = load_profile()
    if args.batch is not None:
        return _batch(store, args, profile)
    from foidraft.export import LONG_URL, export_format, shortened_title

    fmt = export_format(args.format)
    draft = store.load(args.draft)
    authority = _authority(draft.authority)
    data = fmt.render(draft, authority, profile)
    from foidraft.export.before_sending import errors_to_fix, fix_first, sending_notes

    notes = [f"note: {line}" for line in sending_notes(draft, authority, wdtk=fmt.name == "wdtk")]
    errors = errors_to_fix(draft)
    if errors:
        see = f"`foidraft check {draft.name}` lists them"
        notes.insert(0, f"warning: {fix_first(errors, see)}")
    if fmt.name == "eml" and not profile.email:
        notes.append(
            "note: the email has no From line (your mail program fills it in); "
            "`foidraft details --email ADDRESS` adds yours"
        )
    short = shortened_title(draft, authority) if fmt.name == "wdtk" else None
    if short is not None:
        notes.append(
            "note: the title is too long for WhatDoTheyKnow; the link carries it shortened "
            f"to: {short}"
        )
    if fmt.kind in ("web-link", "mail-link") and len(data) > LONG_URL:
        notes.append(
            f"note: the link is {len(data)} characters long; some browsers or servers may "
            "cut it short (export txt and paste the letter instead)"
        )
    if args.out is None:
        from foidraft.cli.output import write_data

        write_data(data)
    else:
        _write_file(args.out, data)
        say(args.out)
    for note in notes:  # after the write: a failed one is a single line of error
        say(note, err=True, wrap=True)
    return 0


def _batch(store: DraftStore, args: argparse.Namespace, profile: Profile) -> int:
    from pathlib import Path

    from foidraft.export import BATCH_NAMES, export_batch

    if args.out is None:
        raise FoidraftError("--batch needs --out FOLDER", hint="the folder to write the files in")
    if args.format not in BATCH_NAMES:
        raise FoidraftError(
            f"a batch exports as {' or '.join(BATCH_NAMES)} files, not {args.format}",
            hint="the index lists each authority's WhatDoTheyKnow link",
        )
    done = export_batch(
        store, args.batch, Path(args.out).expanduser(), fmt=args.format, lookup=_authority,
        profile=profile,
    )  # fmt: skip
    say(f"{len(done.files)} files and index.csv, index.md in {done.folder}")
    from foidraft.export.before_sending import fix_first

    drafts = {row["file"]: row["draft"] for row in done.index}
    for name, errors in done.to_fix.items():
        see = f"`foidraft check {drafts[name]}` lists them"
        say(f"warning: {name}: {fix_first(errors, see)}", err=True)
    for name, where in done.elsewhere.items():
        say(f"warning: {name}: the letter {where}: change it before sending.", err=True, wrap=True)
    if done.shortened:
        say(
            f"note: {len(done.shortened)} title(s) too long for WhatDoTheyKnow; their links "
            "carry a shortened title, shown in index.md",
            err=True,
        )
    return 0


def _authority(ref: str) -> Authority | None:
    if not ref:
        return None
    from foidraft.authorities.directory import load_directory

    return load_directory().find(ref)


def _write_file(out: str, data: bytes) -> None:
    from pathlib import Path

    from foidraft.atomic import atomic_write_bytes

    path = Path(out).expanduser().absolute()
    if path.is_dir():
        raise FoidraftError(f"{out}: is a folder", hint="give a file name")
    if not path.parent.is_dir():
        raise FoidraftError(f"{out}: no such folder", hint="create the folder first")
    try:
        atomic_write_bytes(str(path), data)
    except OSError as exc:
        raise FoidraftError(f"{out}: cannot write: {exc.strerror}") from None
