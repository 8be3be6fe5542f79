"""What a loaded flow is made of: questions with their choices, and the letter they build.

Everything here is immutable and already validated by the loader; the interview and the
composer only read it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from foidraft.interview.conditions import Condition

TYPE_CHECKING = False
if TYPE_CHECKING:
    from foidraft.authorities.model import Authority

QUESTION_TYPES = ("choice", "multi-choice", "text", "number", "yes-no", "period", "date")
CHOICE_TYPES = ("choice", "multi-choice")


@dataclass(frozen=True, slots=True)
class Choice:
    """One option. ``text`` is its wording in the letter (defaults to ``label``);
    ``short`` the same without codes or detail (defaults to ``text``).

    ``keywords`` find it in a search and from the requester's own words; ``parent`` is the
    class a sub-code belongs to; ``when`` offers it only while a condition on earlier
    answers holds; ``where`` offers it only for Scottish bodies ("scotland"), only for
    others ("elsewhere"), with ``reason`` saying why it is missing, or only for bodies in
    Northern Ireland ("northern_ireland"); ``alone`` cannot be
    ticked with anything else ("none"); ``scotland`` is its wording for Scottish bodies.
    """

    value: str
    label: str
    hint: str = ""
    text: str = ""
    short: str = ""
    keywords: tuple[str, ...] = ()
    parent: str = ""
    when: Condition | None = None
    where: str = ""
    reason: str = ""
    alone: bool = False
    scotland: Choice | None = None


@dataclass(frozen=True, slots=True)
class NotOffered:
    """Something a requester may expect to ask for, left out on purpose, and why."""

    label: str
    why: str


@dataclass(frozen=True, slots=True)
class Question:
    """One scoping question.

    ``default`` and ``example`` keep their validated YAML form (a period default is
    ``{"kind": ..., "years": n}``); :func:`foidraft.interview.answers.default_answer`
    turns them into answers for a given day.
    """

    id: str
    prompt: str
    why: str
    type: str
    choices: tuple[Choice, ...] = ()
    other: str | None = None
    other_example: str = ""  # a short typed answer: the box for it shows "e.g. ..."
    required: bool = True
    default: object = None
    example: object = None
    # A text question's example for each kind of body (authority type), in place of
    # ``example``: "housing repairs" is a council's service, not an NHS trust's.
    examples: tuple[tuple[str, str], ...] = ()
    show_if: Condition | None = None
    placeholder: str = ""
    min: int | None = None
    max: int | None = None
    min_length: int | None = None
    max_length: int | None = None
    pattern: str | None = None
    pattern_message: str = ""
    kinds: tuple[str, ...] = ()
    open_end: bool = True
    not_offered: tuple[NotOffered, ...] = ()
    line: int = 0
    # How typed ("other") entries read in the letter, e.g. "the offences you record as
    # {text}"; typed codes are checked against the choices when ``other_codes`` is set.
    other_text: str = ""
    other_codes: bool = False
    lead: str = ""  # said once before the picks that are codes: "Home Office offence code"
    # What "I don't know" becomes in the letter (empty: the requester is coached instead).
    unsure: str = ""
    place: bool = False  # typed "near the park" becomes "the ward or beat that includes..."
    retention_note: bool = True  # warn when a period reaches past six years' retention
    year_start: int = 4  # the month the body's financial year starts in (regime.py)
    suggest: str = ""  # what the requester's own words suggest as the default (suggest.py)
    suggest_from: str = ""  # the earlier text question whose words are read
    default_from: str = ""  # a period from a date named in an earlier answer, or a place
    scotland: Question | None = None  # the question as a Scottish body is asked it
    non_police: Question | None = None  # as a body that is not a police force is asked it
    whys: tuple[Variant, ...] = ()  # the first whose `when` holds replaces `why` (whys.py)

    def choice(self, value: str) -> Choice | None:
        for c in self.choices:
            if c.value == value:
                return c
        return None

    @property
    def is_choice(self) -> bool:
        return self.type in CHOICE_TYPES

    @property
    def blank(self) -> str:
        """What the letter preview shows until this question is answered."""
        return f"[{self.placeholder or self.id.replace('_', ' ')}]"


@dataclass(frozen=True, slots=True)
class Variant:
    when: Condition
    text: str


@dataclass(frozen=True, slots=True)
class Item:
    """A sentence or paragraph of the letter: shown when ``when`` holds, worded by the first
    variant whose ``when`` holds (else ``text``), repeated per choice for ``for_each``."""

    text: str
    id: str = ""
    when: Condition | None = None
    for_each: str | None = None
    variants: tuple[Variant, ...] = ()


@dataclass(frozen=True, slots=True)
class CostFallback:
    """The named conditional drop: which numbered questions go first at the cost limit."""

    drop: tuple[str, ...]
    text: str
    when: Condition | None = None
    source: str = ""  # the question whose picks say what to drop (instead of ``drop``)


DEFAULT_SALUTATION = "Dear {authority.addressee},"
DEFAULT_SIGN_OFF = "Yours faithfully,\n\n{requester.name}"
DEFAULT_COST_TEXT = (
    "If answering all of this would exceed the cost limit, please answer {keep} first "
    "and drop {drop}."
)


@dataclass(frozen=True, slots=True)
class Letter:
    salutation: str = DEFAULT_SALUTATION
    opening: tuple[Item, ...] = ()
    questions: tuple[Item, ...] = ()
    closing: tuple[Item, ...] = ()
    cost_fallback: CostFallback | None = None
    sign_off: str = DEFAULT_SIGN_OFF
    title: Item | None = None


@dataclass(frozen=True, slots=True)
class Flow:
    """A scoping interview for one type of request, loaded from ``prompts/<file>.yaml``."""

    id: str
    title: str
    description: str  # for the flow picker; ``description_scotland`` for a Scottish body
    questions: tuple[Question, ...]
    letter: Letter
    file: str = ""
    applies_to: dict[str, tuple[str, ...]] = field(default_factory=dict)
    not_suited: str = ""  # why the flow is not for a body outside ``applies_to``
    description_scotland: str = ""

    def question(self, question_id: str) -> Question:
        for q in self.questions:
            if q.id == question_id:
                return q
        raise KeyError(question_id)

    def suits(self, authority: Authority | None) -> bool:
        """Whether the flow is meant for ``authority`` (any flow suits no authority)."""
        if authority is None:
            return True
        wanted = (
            ("regimes", authority.regime),
            ("authority_types", authority.type),
            ("nations", authority.nation),
        )
        return all(key not in self.applies_to or v in self.applies_to[key] for key, v in wanted)

    def why_not(self, authority: Authority | None) -> str:
        """Why the flow does not suit ``authority`` ("" when it does)."""
        if self.suits(authority):
            return ""
        assert authority is not None
        return self.not_suited or (
            f"foidraft's questions for {self.title.lower()} are not written for a body like "
            f"{authority.name}; write a blank letter, or choose another authority."
        )
