"""Getting a letter out of foidraft: plain text, an ``.eml`` message, a ``mailto:`` link,
or a WhatDoTheyKnow link that opens the request ready to send.

Text exports drop the draft header and ``<!-- foidraft: ... -->`` markers. The
WhatDoTheyKnow link fills ``title`` and ``default_letter`` (the letter without its
greeting and sign-off, which the site adds with the account holder's name); see
``foidraft.export.links``. Email addresses are used only when the user has confirmed
them; nothing is ever guessed.
"""

from __future__ import annotations

from foidraft.export.batch import BatchExport, export_batch
from foidraft.export.draft import (
    FORMATS,
    draft_eml,
    draft_mailto_url,
    draft_text,
    draft_wdtk_url,
    email_status,
    export_draft,
    save_export,
)
from foidraft.export.eml import eml_bytes, eml_message
from foidraft.export.links import LONG_URL, mailto_url, wdtk_new_request_url
from foidraft.export.text import plain_text, split_letter, wdtk_letter

__all__ = [
    "FORMATS",
    "LONG_URL",
    "BatchExport",
    "draft_eml",
    "draft_mailto_url",
    "draft_text",
    "draft_wdtk_url",
    "email_status",
    "eml_bytes",
    "eml_message",
    "export_batch",
    "export_draft",
    "mailto_url",
    "plain_text",
    "save_export",
    "split_letter",
    "wdtk_letter",
    "wdtk_new_request_url",
]
