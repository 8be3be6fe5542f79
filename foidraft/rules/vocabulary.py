"""The words a rule file may use: its kinds, severities, checks, scopes, keys and the
authority types and nations a rule may be limited to. The schema checks a file against
these; the tests and the learning step read them too."""

from __future__ import annotations

import re

KINDS = (
    "ambiguous_period",
    "undefined_term",
    "manual_review",
    "too_broad",
    "unnamed_entities",
    "opinion_or_question",
    "personal_data",
    "law_enforcement_sensitive",
    "not_recorded_field",
    "multiple_aggregated",
    "format_or_validity",
    "commercial_interests",
    "other_exemption",
    "held_elsewhere",
)
SEVERITIES = ("info", "warning", "error")
CHECKS = ("existence", "absence", "occurrence", "model")
# What a `check: model` rule reads from the model of what is recorded (foidraft/recorded).
MODEL_CHECKS = (
    "not_held",
    # attributes not held that a keyword search of a named free-text field finds
    "searchable",
    "terms",
    "orphan_definitions",
    "repeated_questions",
    "holders",
    "other_body",
    "letter_form",
)
# Template fields a model rule's hits carry (foidraft/lint/model_hits.py).
MODEL_FIELDS = {
    "not_held": ("attribute", "attribute_id", "dataset", "nearest", "reason"),
    "searchable": ("attribute", "attribute_id", "dataset", "nearest", "reason", "search"),
    "terms": ("term_id", "splits"),
    "orphan_definitions": ("term",),
    "repeated_questions": (),
    # Who holds what (foidraft/recorded/holders.py).
    "holders": ("function", "function_id", "holder", "why"),
    "other_body": ("named",),
    # A second greeting, or words under the signature (foidraft/lint/letter_form.py).
    "letter_form": ("problem",),
}
MEASURED_KEYS = ("requests", "same_kind", "answered")
SCOPES = ("sentence", "line", "question", "paragraph", "document", "after")
EDIT_OPS = (
    "replace", "insert_before", "insert_after", "sentence_end", "question_end", "append",
    "delete", "delete_question",
)  # fmt: skip
REGIMES = ("FOIA", "FOISA", "EIR")
AUTHORITY_TYPES = ("police", "pcc", "council", "nhs", "central_government", "education", "other")
NATIONS = ("england", "wales", "scotland", "northern_ireland", "uk")

ID_RE = re.compile(r"^[A-Z]{1,4}\d{3}$")
NAME_RE = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
URL_RE = re.compile(r"^https?://\S+$")

RULE_KEYS = {
    "id", "name", "kind", "severity", "message", "why", "evidence", "check", "patterns",
    "requires", "unless", "anchor", "max", "applies_to", "suggestions", "examples",
    "supersedes", "tags", "status", "model", "measured", "known_problems", "lists",
    "measured_non_police", "non_police_severity", "body_neutral", "short", "also_kinds",
}  # fmt: skip
REQUIRED_RULE_KEYS = (
    "id", "name", "kind", "severity", "message", "why", "evidence", "patterns",
    "suggestions", "examples",
)  # fmt: skip
PATTERN_KEYS = {
    "regex", "phrase", "fuzzy", "words", "threshold", "case_sensitive", "group", "where",
}  # fmt: skip
# `{name}` in a regex stands for the rule's word list `name` (see `lists`).
LIST_REF_RE = re.compile(r"\{([a-z][a-z0-9_]*)\}")
EVIDENCE_KEYS = {"title", "url", "case", "quote"}
SUGGESTION_KEYS = {"title", "safe", "applies_to", "advice", "requires", "unless", *EDIT_OPS}
APPLIES_KEYS = {"regimes", "authority_types", "nations", "authorities"}
AUTHORITY_ID_RE = re.compile(r"[a-z0-9][a-z0-9_-]{0,60}")
CONTEXT_KEYS = {"scope", "patterns"}
