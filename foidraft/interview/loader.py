"""Load scoping flows from YAML and validate them strictly.

The flow file format (version 1)
================================

A flow is one YAML file in ``prompts/`` (one flow per file); reusable choice lists live in
``prompts/lists/*.yaml``. Adding a flow needs no code. Every problem is reported with the
file, line, flow, question and field, e.g. ``prompts/crime.yaml:42: flow
crime-statistics: question offences: field 'default': 'xx' is not one of the choices``.
Check a file with ``foidraft flows --file PATH``.

Top level::

    version: 1
    id: crime-statistics            # kebab-case, unique across flows
    title: Recorded crime statistics
    description: One or two sentences for the flow picker.
    scotland: {description: ...}    # optional: the picker's words for a Scottish body
    order: 10                       # optional: position in the picker (default 100)
    applies_to:                     # optional: whom the flow suits (as in rule files)
      authority_types: [police]     #   also regimes: [FOIA, FOISA], nations: [...]
    questions: [...]                # asked in this order, skipping hidden ones
    letter: {...}                   # how the answers become the letter

A question::

    - id: offences                  # lower_snake_case; templates use {offences}
      prompt: Which offences?
      why: Why forces need this, and which bounce it avoids (cite the case).
      type: multi-choice            # choice | multi-choice | text | number | yes-no
                                    #   | period | date
      choices:                      # choice types: `choices`, or `choices_from: <list id>`
        - value: "88A"              #   (optionally `only: [values]` to pick from the list)
          label: 88A Sexual grooming          # shown in the app
          hint: SOA 2003 s15; sub-codes 88/1 and 88/2
          text: 88A (sexual grooming)         # wording in the letter (default: label)
          short: sexual grooming              # wording without codes (default: text)
      other: Another offence (type it)        # optional: allow free text as well, with
      other_example: shoplifting    #   a short example for its box (its label is long)
      default: ["88A"]              # must be a valid answer; `example` likewise (used
      example: ["71/17", "88A"]     #   by the app as a hint, and by tests)
      required: true                # default true; false lets the requester skip it
      show_if: {unit: crimes}       # a condition on EARLIER answers (see below)
      placeholder: offence codes    # the preview shows [offence codes] until answered
      whys:                         # optional: the first whose `when` (on earlier answers)
        - {when: {topic: agency}, why: ...}   # holds replaces `why` (interview/whys.py);
                                    #   by answers, so not in a per-body key (README)
      not_offered:                  # things left out on purpose, each with its reason
        - {label: Platform or app, why: Free text in each record ...}
      scotland: {prompt: Which crimes?, choices_from: scottish-crimes}  # for Scottish bodies
      non_police:                   # for a body that is not a police force (a council,
        example: agency staff       #   an NHS trust...): its words, examples, lists and
        unsure: the staff responsible  # "I don't know"; its choices keep the values

Type-specific keys: multi-choice and number take ``min``/``max``; text takes
``min_length``, ``max_length``, ``pattern`` and ``pattern_message``; text and period take
``examples: {nhs: maternity care, council: housing repairs}`` (an example for each kind of
body it names, in place of ``example``, which it needs for the others: a period's example
in academic years, ``{education: 2021/22 to 2023/24 academic years}``, puts academic
years first in the field's hint and its error); period takes
``kinds`` (any of ``financial``, ``calendar``, ``dates``, an academic year being dates)
and ``open_end`` (allow "to the date of the request", default true); ``default_from:
<earlier text question>`` starts a period at a date those words name, and a ``place:
true`` choice with ``other`` at a place in the authority's area they name ("knife crime
in Coventry"). A period
default is ``{kind: financial, years: 3}`` (the last three complete years), ``{kind:
dates, months: 3}`` (the last three complete months) or explicit (``{kind: calendar,
start: 2021, end: 2023}``); a date default is an ISO date,
``end_of_last_financial_year`` or ``end_of_last_calendar_year``.

Conditions (``show_if``, ``when``) are data, never code::

    unit: crimes                    # equals (a multi-choice answer: includes)
    outcomes: [charged, all]        # one of
    flags: {answered: true}         # answered and not left empty
    years_back: {min: 1}            # number (or count of picks) at least 1; also max
    offences: {not: other}
    period: dates                   # a period tests its kind (academic: whole academic years)
    authority.recording_standard: scrs   # also authority.regime / .nation / .type
    any: [{...}, {...}]             # also all: [...] and not: {...}

A test on a question that is unanswered, hidden or left empty is false (so ``not:`` and
``answered: false`` are true). ``show_if`` may only cite earlier questions; ``when`` may
cite any question.

The letter::

    letter:
      title: "Crimes recorded: {offences.short} ({period.short})"   # draft title
      salutation: "Dear {authority.addressee},"     # the default
      opening:                      # paragraphs before the numbered questions
        - Please provide the following information under {authority.act}.
      questions:                    # numbered 1., 2., ... in the order they are included
        - id: crimes                # lets other items say {number.crimes} and the cost
          when: {unit: crimes}      #   fallback drop it
          text: The number of crimes recorded under ... {offences}, in {period}, ...
          variants:                 # the first variant whose `when` holds replaces text
            - when: {authority.recording_standard: scrs}
              text: ... {offences.short} ...
        - id: breakdown
          for_each: breakdowns      # one numbered question per picked choice: {each},
          text: The crimes in question {number.crimes} broken down by {each}.  # {each.short}
      cost_fallback:                # the named conditional drop
        drop: [breakdown]
        when: {fallback: true}
        text: "If answering all of this would exceed the cost limit, please answer {keep}
          first and drop {drop}."   # the default text
      closing:                      # paragraphs after the numbered questions
        - Please send the information {format}.
      sign_off: "Yours faithfully,\\n\\n{requester.name}"   # the default

An item is a string or a mapping (``id``, ``text``, ``when``, ``for_each``, ``variants``).
It is left out when its ``when`` fails, when it uses the answer of a question that is
hidden or was left empty, or when it cites the number of an item that was left out.
``title`` is an item too (its ``when`` and ``variants`` work the same way). In the live
preview a question not yet answered shows as its ``[placeholder]``, while its default
decides which items and questions show, so the preview has the shape of the letter the
defaults would give and fills in as the requester answers.

Templates are safe substitution (``foidraft.text.template``): ``{field}`` or
``{field|filter}`` (cap, lower, upper, strip, squash, year, next, prev), ``{{``/``}}`` for
braces; no code and no attribute access. Fields: ``{question_id}`` for any answer (a
multi-choice joins its picks: "a, b and c"; a date reads "31 March 2025"; yes/no reads
"yes"/"no"); ``{id.short}`` for choice types; for periods ``{id}`` ("the financial years
2021/22 to 2023/24 (1 April 2021 to 31 March 2024)"), ``{id.dates}`` ("1 April 2021 to
31 March 2024"), ``{id.each}`` ("for each financial year"), ``{id.short}`` ("financial
years 2021/22 to 2023/24"), ``{id.start}`` and ``{id.end}``; ``{number.<item id>}``;
``{each}``/``{each.short}`` in ``for_each`` items; ``{keep}``/``{drop}`` in the cost
fallback; ``{requester.name}``; ``{authority.addressee}`` (the authority's name, or "Sir
or Madam"); and the rule templates' fields (``{authority.name}``, ``{authority.act}``,
``{today}``, ...).

A choice list file (``prompts/lists/<id>.yaml``)::

    version: 1
    id: hocr-offences
    title: Home Office offence classes and codes
    choices: [...]                  # as in a question
"""

from __future__ import annotations

import functools
from pathlib import Path as FsPath
from typing import Any

from foidraft.authorities.model import NATIONS, REGIMES, TYPES
from foidraft.interview.errors import FlowFileError, FlowProblem
from foidraft.interview.letter import read_letter
from foidraft.interview.lists import load_lists, model_lists
from foidraft.interview.model import Choice, Flow, Question
from foidraft.interview.questions import read_question
from foidraft.interview.schema import FLOW_ID_RE, FORMAT_VERSION, FlowValidator
from foidraft.interview.yamlfile import read_yaml, yaml_files
from foidraft.validation import Path

FLOW_KEYS = ("version", "id", "title", "description", "scotland", "order", "applies_to",
             "not_suited", "questions", "letter")  # fmt: skip
APPLIES = {"regimes": REGIMES, "authority_types": TYPES, "nations": NATIONS}


def load_flows(folder: str | None = None) -> dict[str, Flow]:
    """Every flow in ``folder`` (default: the bundled ``prompts/``), by id, in picker order.

    Cached per folder for the life of the process; raises FlowFileError listing every
    problem in every file.
    """
    from foidraft import paths

    return dict(_load_folder(str(FsPath(folder or paths.bundled_prompts_dir()).resolve())))


def clear_cache() -> None:
    _load_folder.cache_clear()


def load_flow_file(path: str, lists: dict[str, tuple[Choice, ...]] | None = None) -> Flow:
    """One flow file, uncached. Lists default to the bundled ones plus any in a ``lists/``
    folder beside the file."""
    if lists is None:
        from foidraft import paths

        lists = {**model_lists(), **load_lists(str(FsPath(paths.bundled_prompts_dir()) / "lists"))}
        beside = FsPath(path).resolve().parent / "lists"
        if beside.is_dir():
            lists = {**lists, **load_lists(str(beside))}
    data, lines = read_yaml(path)
    return _validate_flow(data, lines, path, lists)


@functools.lru_cache(maxsize=8)
def _load_folder(folder: str) -> dict[str, Flow]:
    if not FsPath(folder).is_dir():
        raise FlowFileError([FlowProblem(folder, None, None, None, None, "no such folder")])
    lists = {**model_lists(), **load_lists(str(FsPath(folder) / "lists"))}
    flows: dict[str, Flow] = {}
    order: dict[str, int] = {}
    problems: list[FlowProblem] = []
    for path in yaml_files(folder):
        try:
            data, lines = read_yaml(path)
            flow = _validate_flow(data, lines, path, lists)
        except FlowFileError as exc:
            problems.extend(exc.flow_problems)
            continue
        if flow.id in flows:
            other = flows[flow.id].file
            problems.append(FlowProblem(path, lines.get(("id",)), flow.id, None, "id",
                                        f"duplicate flow id, also in {other}"))  # fmt: skip
        flows[flow.id] = flow
        raw_order = data.get("order", 100) if isinstance(data, dict) else 100
        order[flow.id] = raw_order if isinstance(raw_order, int) else 100
    if problems:
        raise FlowFileError(problems)
    return {k: flows[k] for k in sorted(flows, key=lambda k: (order[k], k))}


def _validate_flow(
    data: Any, lines: dict[Path, int], path: str, lists: dict[str, tuple[Choice, ...]]
) -> Flow:
    v = FlowValidator.for_lines(path, lines)
    if not isinstance(data, dict):
        v.problem((), "expected a mapping with version, id, title, questions and letter")
        raise FlowFileError(v.problems)
    raw_id = data.get("id")
    v.flow = raw_id if isinstance(raw_id, str) and raw_id else None
    raw = v.mapping(data, (), FLOW_KEYS)
    v.require(raw, ("version", "id", "title", "description", "questions", "letter"), ())
    if raw.get("version") != FORMAT_VERSION:
        v.problem(("version",), f"expected `version: {FORMAT_VERSION}`")
    flow_id = v.text(raw.get("id", ""), ("id",))
    if flow_id and not FLOW_ID_RE.match(flow_id):
        v.problem(("id",), "expected kebab-case, e.g. crime-statistics")
    if "order" in raw:
        v.whole(raw["order"], ("order",))
    applies = _applies_to(v, raw.get("applies_to", {}))
    questions = _questions(v, raw.get("questions", []), lists)
    letter = read_letter(v, raw["letter"], ("letter",), questions) if "letter" in raw else None
    if v.problems or letter is None:
        raise FlowFileError(v.problems)
    return Flow(
        id=flow_id,
        title=v.text(raw.get("title", ""), ("title",)),
        description=v.text(raw.get("description", ""), ("description",)),
        description_scotland=_scottish_description(v, raw.get("scotland")),
        questions=tuple(questions.values()),
        letter=letter,
        file=path,
        applies_to=applies,
        not_suited=" ".join(v.text(raw.get("not_suited", "-"), ("not_suited",)).split())
        if "not_suited" in raw
        else "",
    )


def _scottish_description(v: FlowValidator, raw: object) -> str:
    if raw is None:
        return ""
    scot = v.mapping(raw, ("scotland",), ("description",))
    v.require(scot, ("description",), ("scotland",))
    return v.text(scot.get("description", ""), ("scotland", "description"))


def _questions(
    v: FlowValidator, raw: object, lists: dict[str, tuple[Choice, ...]]
) -> dict[str, Question]:
    items = v.items(raw, ("questions",), min_items=1)
    all_ids = {q.get("id") for q in items if isinstance(q, dict) and isinstance(q.get("id"), str)}
    out: dict[str, Question] = {}
    for i, entry in enumerate(items):
        later = {str(x) for x in all_ids if x not in out}  # itself and everything after
        q = read_question(v, entry, ("questions", i), out, later, lists)
        if q is None or not q.id:
            continue
        if q.id in out:
            first = out[q.id].line
            v.problem(("questions", i, "id"), f"duplicate question id (first at line {first})")
            continue
        out[q.id] = q
    v.question = None
    return out


def _applies_to(v: FlowValidator, raw: object) -> dict[str, tuple[str, ...]]:
    data = v.mapping(raw, ("applies_to",), APPLIES)
    out: dict[str, tuple[str, ...]] = {}
    for key, options in APPLIES.items():
        if key in data:
            values = v.items(data[key], ("applies_to", key), min_items=1)
            for i, value in enumerate(values):
                if value not in options:
                    allowed = ", ".join(options)
                    v.problem(("applies_to", key, i), f"{value!r} is not one of: {allowed}")
            out[key] = tuple(str(x) for x in values)
    return out
