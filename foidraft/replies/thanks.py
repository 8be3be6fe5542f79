"""A short thank-you after an answer: it closes the request politely, says the answer
arrived, and asks for nothing (so it is checked only for a letter's form)."""

from __future__ import annotations

from foidraft.drafts.follows import letter_title
from foidraft.replies.letter_parts import Letter, greeting, sign_off, when
from foidraft.replies.review import Context

# The replies it may follow are ``foidraft.replies.followup.AFTER``'s (a part refused can
# still go to review; the thanks says so).


def thanks_letter(context: Context) -> Letter:
    who = context.authority.name if context.authority else ""
    ref = f" (your reference {context.reference})" if context.reference else ""
    kind = context.reading.kind
    what = "the outcome of your internal review" if kind == "review_outcome" else "your response"
    body = "\n\n".join(
        [
            greeting(who),
            f"Thank you for {what} of {when(context.replied)}{ref} to my request "
            f"“{context.title}”. I have received it.",
            sign_off(context.name),
        ]
    )
    notes = []
    if kind == "partly_answered":
        notes.append(
            "Part of the request was withheld: thanking them does not stop you asking for "
            "an internal review of that part."
        )
    return Letter("thanks", letter_title("thanks", context.title), body + "\n", notes)
