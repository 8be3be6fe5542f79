"""Links that open a ready-made request: ``mailto:`` and WhatDoTheyKnow's new-request form.

WhatDoTheyKnow's ``/new/<body>`` page takes ``title`` and ``default_letter`` (the text
between its own "Dear <authority>," and "Yours faithfully, <your name>") or ``body`` (the
whole letter). foidraft uses ``default_letter``: the site then signs with the name on the
requester's account, which is the name the request is made in, and adds its own
greeting, so the draft's greeting and sign-off are left out of the link.
"""

from __future__ import annotations

from urllib.parse import quote, urlencode

from foidraft.errors import FoidraftError

WDTK = "https://www.whatdotheyknow.com"
# Web servers commonly refuse request lines over 8 KB; a longer link may not open.
LONG_URL = 8000
# WhatDoTheyKnow refuses a request summary (its title) longer than this.
WDTK_TITLE_LIMIT = 200


def wdtk_title(title: str) -> str:
    """``title`` as WhatDoTheyKnow takes it: spaces collapsed, and a title over
    WDTK_TITLE_LIMIT characters cut at a word and ended with "…" (callers show the
    requester the shortened title whenever it differs)."""
    title = " ".join(title.split())
    if len(title) <= WDTK_TITLE_LIMIT:
        return title
    cut = title[: WDTK_TITLE_LIMIT - 1]
    space = cut.rfind(" ")
    if space > WDTK_TITLE_LIMIT // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:.-") + "…"


def wdtk_new_request_url(slug: str, title: str, letter: str) -> str:
    """``https://www.whatdotheyknow.com/new/<slug>?title=…&default_letter=…``, every
    character outside the unreserved set percent-encoded (UTF-8); the title as
    :func:`wdtk_title` gives it."""
    if not slug.strip():
        raise FoidraftError(
            "foidraft does not know this authority's WhatDoTheyKnow page",
            hint="send it by email, or find the authority on whatdotheyknow.com",
        )
    query = urlencode({"title": wdtk_title(title), "default_letter": letter}, quote_via=quote)
    return f"{WDTK}/new/{quote(slug.strip(), safe='')}?{query}"


def mailto_url(to: str, subject: str, body: str) -> str:
    """An RFC 6068 ``mailto:`` link. ``to`` may be empty (the mail program asks); line
    breaks in the body are sent as CRLF, as the RFC asks."""
    body = body.replace("\r\n", "\n").replace("\n", "\r\n")
    query = urlencode({"subject": subject, "body": body}, quote_via=quote)
    return f"mailto:{quote(to.strip(), safe='@')}?{query}"
