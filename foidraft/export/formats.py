"""The export formats, declared once: ``foidraft export --format``, the batch export, the
app's export menu, its keys and its help all read :data:`FORMATS`.

A format's ``name`` is the one word for it everywhere (the CLI's choice, the batch
files' suffix, the key binding ids ``export.copy-txt``...). ``kind`` says what it is:
``text`` (the letter itself), ``file`` (saved, not copied), ``web-link`` (opens in a
browser) or ``mail-link`` (opens the mail program).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from foidraft.drafts.model import Draft
from foidraft.errors import FoidraftError
from foidraft.export.draft import draft_eml, draft_mailto_url, draft_text, draft_wdtk_url

TYPE_CHECKING = False
if TYPE_CHECKING:
    from foidraft.authorities.model import Authority
    from foidraft.drafts.profile import Profile

Kind = Literal["text", "file", "web-link", "mail-link"]
Render = Callable[[Draft, "Authority | None", "Profile | None"], bytes]


@dataclass(frozen=True)
class ExportFormat:
    name: str
    title: str  # reads after a verb: "Copy the letter as plain text"
    description: str  # a sentence for --help and the app's help
    kind: Kind
    render: Render  # links end in a newline
    batch: str = ""  # how a batch of files in this format is described; "": no batches


def _txt(draft: Draft, authority: Authority | None, profile: Profile | None) -> bytes:
    return draft_text(draft).encode("utf-8")


def _eml(draft: Draft, authority: Authority | None, profile: Profile | None) -> bytes:
    return draft_eml(draft, authority, profile)


def _mailto(draft: Draft, authority: Authority | None, profile: Profile | None) -> bytes:
    return (draft_mailto_url(draft, authority) + "\n").encode("utf-8")


def _wdtk(draft: Draft, authority: Authority | None, profile: Profile | None) -> bytes:
    return (draft_wdtk_url(draft, authority) + "\n").encode("utf-8")


FORMATS: tuple[ExportFormat, ...] = (
    ExportFormat(
        "txt",
        "the letter as plain text",
        "the letter without foidraft's header and markers",
        "text",
        _txt,
        batch="Plain text files (.txt): paste each into WhatDoTheyKnow or an email",
    ),
    ExportFormat(
        "wdtk",
        "the WhatDoTheyKnow link",
        "a link that opens a new WhatDoTheyKnow request to the authority with the title and "
        "letter filled in (the site adds 'Dear <authority>,' and signs with your account "
        "name, so the draft's own greeting and sign-off are left out; a title over "
        "WhatDoTheyKnow's 200 characters is shortened)",
        "web-link",
        _wdtk,
    ),
    ExportFormat(
        "mailto",
        "a mailto: link",
        "a link that opens a new email with the letter",
        "mail-link",
        _mailto,
    ),
    ExportFormat(
        "eml",
        "as an email file (.eml)",
        "an email message your mail program opens, ready to send: addressed to the "
        "authority once you have confirmed its address (foidraft authorities set-email), "
        "and from the email address in your details",
        "file",
        _eml,
        batch="Email files (.eml): each opens in your mail program, ready to send",
    ),
)
NAMES: tuple[str, ...] = tuple(f.name for f in FORMATS)
BATCH_NAMES: tuple[str, ...] = tuple(f.name for f in FORMATS if f.batch)
LINK_KINDS = ("web-link", "mail-link")


def export_format(name: str, *, batch: bool = False) -> ExportFormat:
    """The format called ``name``; a FoidraftError naming the choices when there is none."""
    names = BATCH_NAMES if batch else NAMES
    for fmt in FORMATS:
        if fmt.name == name and name in names:
            return fmt
    what = "a batch exports as" if batch else "export as"
    raise FoidraftError(f"unknown export format '{name}'", hint=f"{what} " + ", ".join(names))


def export_draft(
    draft: Draft, name: str, authority: Authority | None, profile: Profile | None = None
) -> bytes:
    """The draft in format ``name`` as bytes."""
    return export_format(name).render(draft, authority, profile)
