"""A draft as an ``.eml`` file a mail program opens as a message ready to send.

``To`` is set only when the user has confirmed the authority's request address
(``foidraft authorities set-email``), ``From`` only when the profile has the requester's
email: foidraft never guesses an address. ``X-Unsent: 1`` makes Outlook open the file as
an unsent message.
"""

from __future__ import annotations

import datetime as dt
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, formataddr

from foidraft.errors import FoidraftError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from foidraft.authorities.model import Authority
    from foidraft.drafts.profile import Profile


def eml_message(
    subject: str,
    text: str,
    *,
    authority: Authority | None = None,
    profile: Profile | None = None,
    when: dt.datetime | None = None,
) -> EmailMessage:
    """A plain-text UTF-8 message: Subject, Date and, when known, From and To."""
    msg = EmailMessage(policy=policy.SMTP)
    try:
        if profile is not None and profile.email.strip():
            msg["From"] = formataddr((profile.name.strip(), profile.email.strip()))
        if authority is not None and authority.email.strip():
            msg["To"] = formataddr((authority.name, authority.email.strip()))
        msg["Subject"] = " ".join(subject.split())
    except (ValueError, TypeError) as exc:
        raise FoidraftError(f"cannot make an email header: {exc}") from None
    moment = when or dt.datetime.now().astimezone()
    msg["Date"] = format_datetime(moment if moment.tzinfo else moment.astimezone())
    msg["X-Unsent"] = "1"
    msg.set_content(text, charset="utf-8")
    return msg


def eml_bytes(
    subject: str,
    text: str,
    *,
    authority: Authority | None = None,
    profile: Profile | None = None,
    when: dt.datetime | None = None,
) -> bytes:
    """The ``.eml`` file's bytes (RFC 5322, CRLF line endings)."""
    msg = eml_message(subject, text, authority=authority, profile=profile, when=when)
    return msg.as_bytes()
