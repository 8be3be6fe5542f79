"""Drafts: request letters kept as private, readable files that are never half-written.

The draft file format
=====================

A draft is a UTF-8 text file ``<slug of the first title>-<4 hex>.md`` in the drafts
folder (``foidraft locate drafts``). It opens with a small header between ``---`` lines,
one ``name: value`` per line, then the letter::

    ---
    foidraft: 1
    title: Stop and search data 2023
    authority: police_scotland
    status: sent
    created: 2024-05-01T09:30:15Z
    updated: 2024-05-03T17:02:44Z
    sent: 2024-05-03
    due: 2024-05-31
    ignore: FD101, FD203
    ---
    Dear Police Scotland,
    ...

The header is a YAML subset that ``foidraft check`` reads too
(``foidraft.text.header``): it skips the header when checking and honours its
``authority`` and ``ignore`` fields, so ``foidraft check DRAFT.md`` and any text editor
work on drafts directly.

Fields
    ``foidraft``   format version, ``1``. A file without it is read as version 1.
    ``title``      one line; a file without one is titled by its file name.
    ``authority``  the authority's directory id, or empty.
    ``status``     draft | ready | sent | clarification | extended | answered |
                   partly-answered | not-held | refused | ncnd | review | reviewed.
    ``created``, ``updated``   ISO 8601 UTC times (``2024-05-01T09:30:15Z``); every save
                   sets ``updated``.
    Optional: ``sent`` and ``due`` (dates, ``YYYY-MM-DD``; ``due`` is computed elsewhere
    and dropped when ``sent`` changes), ``clarification`` (when the authority asked for
    clarification; the clock stops) and ``clarified`` (when the requester answered; the
    20 working days restart from it), ``extended`` (the date a public interest
    extension runs to), ``replied`` and ``reply`` (the date and kind of the authority's
    latest reply), ``regime`` (FOIA, FOISA or EIR, read from a reply when the draft names
    no body that says it), ``review`` (when the requester asked for an internal review),
    ``follows`` (the draft a follow-up letter answers), ``reference`` (the authority's), ``ignore``
    (comma-separated rule ids), ``template`` (the template it came from), ``batch`` (the
    id of the ``foidraft batch`` run that wrote it), ``tags`` (comma-separated),
    ``notes`` (a follow-up letter's notes to read before sending it, never part of the
    letter: sentences split by " • ").
    ``foidraft.drafts.tracking`` keeps ``due`` in step with these dates.

Values are single lines; one that YAML could misread (it starts with a quote, ``-`` or
``#``, or holds ``": "`` or ``" #"``) is written as a JSON string: ``title: "#1: costs"``.
Fields foidraft does not know are kept, in their place, when it saves. Field names are
letters, digits, ``_`` and ``-``. A header that is opened but not closed, or has a line
that is not ``name: value``, makes the draft "broken": it is listed with its problem and
left alone until fixed by hand. A file with no header at all is a draft too.

The letter is stored exactly as given: no trailing text is stripped and line endings are
not converted. The header is written with the letter's line ending (CRLF when the first
line break of the letter is CRLF), so a Windows file stays consistent. A byte-order mark
at the start of a hand-edited file is dropped on the next save.

Files are 0600 in 0700 folders. Saves are atomic (temp file ``.<name>.<random>.tmp`` in
the same folder, fsync, rename, folder fsync), so a crash leaves the old draft or the new
one; leftover temp files are never listed and are removed after an hour. A save refuses
to overwrite a file changed by another program since it was loaded (ChangedOnDiskError)
unless forced. Deleting moves the file into the trash (``foidraft.drafts.trash``).
"""

from __future__ import annotations

from foidraft.drafts.errors import BrokenDraftError, ChangedOnDiskError
from foidraft.drafts.model import Draft, DraftSummary
from foidraft.drafts.profile import Profile, load_profile, save_profile
from foidraft.drafts.status import STATUS_LABELS, STATUSES, status_label, status_short
from foidraft.drafts.store import DraftStore
from foidraft.drafts.trash import TrashItem

__all__ = [
    "STATUSES",
    "STATUS_LABELS",
    "BrokenDraftError",
    "ChangedOnDiskError",
    "Draft",
    "DraftStore",
    "DraftSummary",
    "Profile",
    "TrashItem",
    "load_profile",
    "save_profile",
    "status_label",
    "status_short",
]
