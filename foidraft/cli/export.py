"""``foidraft export``: a draft (or a whole batch) as text, an email or a link."""

from __future__ import annotations

from foidraft.cli.output import say
from foidraft.errors import FoidraftError

TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse

    from foidraft.authorities.model import Authority
    from foidraft.drafts import DraftStore, Profile

DESCRIPTION = (
    "Export a draft ready to send. txt: the letter without foidraft's header and markers. "
    "eml: an email message your mail program opens (To only when you have confirmed the "
    "authority's address with `foidraft authorities set-email`, From from your details). "
    "mailto: a link that opens a new email. wdtk: a link that opens a new WhatDoTheyKnow "
    "request to the authority with the title and letter filled in (the site adds "
    "'Dear <authority>,' and signs with your account name, so the draft's own greeting "
    "and sign-off are left out). With --batch ID, every draft of a batch goes into the "
    "folder --out, one file per authority, with index.csv and index.md."
)


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("draft", nargs="?", metavar="DRAFT", help="the draft's name or title")
    p.add_argument("-f", "--format", choices=("txt", "eml", "mailto", "wdtk"), default="txt")
    p.add_argument("-o", "--out", metavar="PATH", help="write here (a folder for --batch)")
    p.add_argument("--batch", metavar="ID", help="export every draft of a `foidraft batch`")


def run(args: argparse.Namespace) -> int:
    from foidraft.drafts import DraftStore, load_profile

    if (args.draft is None) == (args.batch is None):
        raise FoidraftError("name one draft, or a batch with --batch ID", hint="not both")
    store = DraftStore()
    profile = load_profile()
    if args.batch is not None:
        return _batch(store, args, profile)
    from foidraft.export import LONG_URL, export_draft

    draft = store.load(args.draft)
    data = export_draft(draft, args.format, _authority(draft.authority), profile)
    if args.format in ("mailto", "wdtk") and len(data) > LONG_URL:
        say(
            f"note: the link is {len(data)} characters long; some browsers or servers may "
            "cut it short (export txt and paste the letter instead)",
            err=True,
        )
    if args.out is None:
        from foidraft.cli.output import write_data

        write_data(data)
        return 0
    _write_file(args.out, data)
    say(args.out)
    return 0


def _batch(store: DraftStore, args: argparse.Namespace, profile: Profile) -> int:
    from pathlib import Path

    from foidraft.export import export_batch

    if args.out is None:
        raise FoidraftError("--batch needs --out FOLDER", hint="the folder to write the files in")
    if args.format not in ("txt", "eml"):
        raise FoidraftError(
            f"a batch exports as txt or eml files, not {args.format}",
            hint="the index lists each authority's WhatDoTheyKnow link",
        )
    done = export_batch(
        store, args.batch, Path(args.out).expanduser(), fmt=args.format, lookup=_authority,
        profile=profile,
    )  # fmt: skip
    say(f"{len(done.files)} files and index.csv, index.md in {done.folder}")
    return 0


def _authority(ref: str) -> Authority | None:
    if not ref:
        return None
    from foidraft.authorities.directory import load_directory

    return load_directory().get(ref)


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
