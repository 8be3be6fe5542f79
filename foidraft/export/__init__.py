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
    draft_eml,
    draft_mailto_url,
    draft_text,
    draft_wdtk_url,
    email_status,
    save_export,
    shortened_title,
)
from foidraft.export.eml import eml_bytes, eml_message
from foidraft.export.formats import BATCH_NAMES, FORMATS, ExportFormat, export_draft, export_format
from foidraft.export.links import (
    LONG_URL,
    WDTK_TITLE_LIMIT,
    mailto_url,
    wdtk_new_request_url,
    wdtk_title,
)
from foidraft.export.text import plain_text, split_letter, wdtk_letter

__all__ = [
    "BATCH_NAMES",
    "FORMATS",
    "LONG_URL",
    "WDTK_TITLE_LIMIT",
    "BatchExport",
    "ExportFormat",
    "draft_eml",
    "draft_mailto_url",
    "draft_text",
    "draft_wdtk_url",
    "email_status",
    "eml_bytes",
    "eml_message",
    "export_batch",
    "export_draft",
    "export_format",
    "mailto_url",
    "plain_text",
    "save_export",
    "shortened_title",
    "split_letter",
    "wdtk_letter",
    "wdtk_new_request_url",
    "wdtk_title",
]
