"""Exports of one draft, in each format (the formats are declared in
``foidraft.export.formats``). These are what the app copies to the clipboard
(``App.copy_to_clipboard``) or opens in a browser; the CLI writes them out."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from foidraft.atomic import atomic_write_bytes
from foidraft.drafts import files
from foidraft.drafts.model import Draft
from foidraft.errors import FoidraftError
from foidraft.export.eml import eml_bytes
from foidraft.export.links import mailto_url, wdtk_new_request_url, wdtk_title
from foidraft.export.text import plain_text, wdtk_letter

TYPE_CHECKING = False
if TYPE_CHECKING:
    from foidraft.authorities.model import Authority
    from foidraft.drafts.profile import Profile


def draft_text(draft: Draft) -> str:
    """The letter as sent (no header, no foidraft markers)."""
    return plain_text(draft.body)


def sent_title(draft: Draft, authority: Authority | None) -> str:
    """The title as the authority reads it: without the "(GMP)" a batch adds to tell its
    drafts apart."""
    from foidraft.batch.plan import request_title

    return request_title(draft.title, authority, draft.batch)


def draft_wdtk_url(draft: Draft, authority: Authority | None) -> str:
    """The link that opens a new WhatDoTheyKnow request to ``authority`` with the title
    and letter filled in (greeting and sign-off are the site's own)."""
    if authority is None:
        raise FoidraftError(
            f"{draft.name or draft.title}: no authority, so no WhatDoTheyKnow page to open",
            hint="set the draft's authority first",
        )
    from foidraft.drafts.tracking import follows_up

    if follows_up(draft):  # an answer, a review request, a chaser: not a new request
        raise FoidraftError(
            "this letter follows a request already made, and the link would open a new one",
            hint="send it from that request's own page on WhatDoTheyKnow (or by email): "
            "copy the letter as plain text",
        )
    title = sent_title(draft, authority)
    return wdtk_new_request_url(authority.wdtk_slug, title, wdtk_letter(draft.body))


def draft_mailto_url(draft: Draft, authority: Authority | None) -> str:
    """A ``mailto:`` link; addressed only when the user confirmed the authority's email."""
    to = authority.email if authority is not None else ""
    return mailto_url(to, sent_title(draft, authority), draft_text(draft))


def draft_eml(
    draft: Draft,
    authority: Authority | None,
    profile: Profile | None = None,
    *,
    when: dt.datetime | None = None,
) -> bytes:
    return eml_bytes(
        sent_title(draft, authority),
        draft_text(draft),
        authority=authority,
        profile=profile,
        when=when,
    )


def shortened_title(draft: Draft, authority: Authority | None = None) -> str | None:
    """The title the WhatDoTheyKnow link carries when it is too long for the site; None
    when the title goes as it is."""
    whole = sent_title(draft, authority)
    title = wdtk_title(whole)
    return title if title != " ".join(whole.split()) else None


def email_status(authority: Authority | None) -> str:
    """How the letter can be sent by email, for the batch index."""
    if authority is not None and authority.email:
        return "confirmed address"
    if authority is not None and not authority.wdtk_slug:  # a body foidraft does not list
        return (
            "no address known: find the body's FOI email on its website (or the body on "
            "whatdotheyknow.com) and send the letter from this file"
        )
    return (
        "no confirmed address: use the WhatDoTheyKnow link, or confirm one with "
        "`foidraft authorities set-email`"
    )


def save_export(path: Path, data: bytes) -> Path:
    """Write an export to ``path`` (0600, atomically), creating its folder (0700) when
    missing; the absolute path written. FoidraftError when it cannot be written."""
    path = path.expanduser().absolute()
    if path.is_dir():
        raise FoidraftError(f"{path}: is a folder", hint="give a file name")
    try:
        files.private_dir(path.parent)
        atomic_write_bytes(str(path), data)
    except OSError as exc:
        raise FoidraftError(f"{path}: cannot write: {exc.strerror or exc}") from None
    return path
