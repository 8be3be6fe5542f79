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

from foidraft.drafts.header import clean_value
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
    """A plain-text UTF-8 message: Subject, Date and, when known, From and To.

    Every header value is made one clean line first (a hand-edited profile can hold line
    breaks and controls that would start a header of their own), and each address must
    have the usual shape; the email package's own errors become FoidraftErrors."""
    msg = EmailMessage(policy=policy.SMTP)
    try:
        if profile is not None and profile.email.strip():
            email = _address(profile.email, "your email address (in your details)")
            msg["From"] = formataddr((clean_value(profile.name), email))
        if authority is not None and authority.email.strip():
            email = _address(authority.email, f"the address for {clean_value(authority.name)}")
            msg["To"] = formataddr((clean_value(authority.name), email))
        msg["Subject"] = clean_value(subject)
    except FoidraftError:
        raise
    except Exception as exc:  # the email package raises more than ValueError on odd input
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
    try:
        return msg.as_bytes()
    except Exception as exc:  # as above: never a traceback for an odd header
        raise FoidraftError(f"cannot write the email: {exc}") from None


def _address(text: str, what: str) -> str:
    """``text`` as one email address of the usual shape, or a FoidraftError naming it."""
    from foidraft.authorities.user import validate_email

    try:
        return validate_email(clean_value(text))
    except FoidraftError:
        raise FoidraftError(
            f"{what}, {clean_value(text)!r}, is not an address an email can be sent from or to",
            hint="correct it (in the app's details, or `foidraft authorities set-email`)",
        ) from None
