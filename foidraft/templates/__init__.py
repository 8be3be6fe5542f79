"""Templates: letters kept to start new drafts from, or to send to many authorities.

The template file format
========================

A template is a UTF-8 ``.md`` file in the templates folder (``foidraft locate``), in the
drafts format (``foidraft.drafts``): a header between ``---`` lines, then the letter::

    ---
    foidraft: 1
    title: Stop and search by ethnicity
    fields: period, topic
    default-period: the financial year 1 April 2023 to 31 March 2024
    source: stop-and-search-3f2a.md
    created: 2024-05-01T09:30:15Z
    updated: 2024-05-01T09:30:15Z
    ---
    Dear {authority.name},

    Under {authority.act}, please provide ... for {period} ...

Placeholders
    ``{authority.name}``, ``{authority.short_name}``, ``{authority.act}``,
    ``{authority.cost_limit}`` and the other fields in ``foidraft.templates.fields``
    (``foidraft template fields NAME`` lists them), the calendar (``{last_fy}``,
    ``{last_3_cy}``, ``{today}``), and fields the user defines (``{period}``, ``{topic}``:
    a letter, then letters, digits and ``_``). ``|cap``, ``|lower`` and ``|upper`` change
    the case: ``{authority.act|cap}`` starts a sentence. ``{{`` and ``}}`` are literal
    braces. Anything else between braces is an error naming the line; substitution is a
    lookup in a flat table of strings, never ``str.format``.
Header fields
    ``title`` (placeholders allowed: it titles each draft), ``fields`` (the user's fields,
    comma-separated; ones the letter uses but the header omits are added),
    ``default-<field>`` (a default value), ``authority`` (set only when the template
    still names one authority), ``source`` (the draft it was saved from).

Rendering with a missing or blank value is an error naming every missing field; a
half-filled letter never comes out. Files are 0600, written atomically.
"""

from __future__ import annotations

from foidraft.templates.from_draft import (
    AREA,
    Replacement,
    addressee,
    apply_replacements,
    propose_area,
    propose_replacements,
    propose_title,
    template_from_draft,
)
from foidraft.templates.model import (
    Rendered,
    Template,
    draft_from_template,
    template_from_text,
)
from foidraft.templates.placeholders import MissingFieldsError, TemplateSyntaxError, escape
from foidraft.templates.store import TemplateStore, TemplateSummary

__all__ = [
    "AREA",
    "MissingFieldsError",
    "Rendered",
    "Replacement",
    "Template",
    "TemplateStore",
    "TemplateSummary",
    "TemplateSyntaxError",
    "addressee",
    "apply_replacements",
    "draft_from_template",
    "escape",
    "propose_area",
    "propose_replacements",
    "propose_title",
    "template_from_draft",
    "template_from_text",
]
