"""Which reading each ``check: model`` rule's model gets (the models are listed, with what
their hits carry, in ``foidraft.rules.vocabulary``). Kept apart from the engine so the
engine, the keystroke plan (``kept``) and the first check agree on one table."""

from __future__ import annotations

# The models that read the attributes a dataset does not hold (foidraft/lint/model_hits.py):
# as records to read one by one, or as a keyword search of a named free-text field.
NOT_HELD_MODELS = ("not_held", "searchable")
# Models read by their own modules; the others (the reading against what is recorded)
# cut the whole letter's sentences, which ``lint`` then cuts at once.
OWN_READING = frozenset(
    {"orphan_definitions", "repeated_questions", "holders", "other_body", "letter_form"}
)
