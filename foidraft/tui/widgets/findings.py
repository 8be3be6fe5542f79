"""The list of findings beside the letter: severity, line, how many more reasons, message."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, ClassVar

from textual.binding import BindingType
from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from foidraft.lint.merging import folded
from foidraft.tui.keymap import bindings
from foidraft.tui.text import literal

if TYPE_CHECKING:
    from textual.timer import Timer

    from foidraft.lint.model import Finding

# An icon as well as a colour, so severity reads without colour (NO_COLOR, monochrome).
SEVERITY_MARKS = {
    "error": ("✖", "$text-error"),
    "warning": ("▲", "$text-warning"),
    "info": ("●", "$text-primary"),
}
NOTHING_FOUND = "Nothing to query."
CHECKING = "Checking the letter…"  # until the first check is back (a long letter: a while)
# The first check after installing reads the rules (3 s of CPU, longer on a busy machine):
# once it has taken SLOW seconds, the list counts them and says the letter takes typing.
SLOW = 1.0
TICK = 0.25  # seconds between two updates of the checking row while it waits
SPINNER = "⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏"


def checking_words(elapsed: float) -> str:
    """What the list says ``elapsed`` seconds into the first check of the letter."""
    if elapsed < SLOW:
        return CHECKING
    return (  # lines of 20 characters at most: the list's width at 60 columns
        f"{CHECKING}\n{int(elapsed)} s so far.\n\nYou can keep typing:\nfindings show here"
        "\nonce it is done."
    )


def finding_prompt(finding: Finding) -> Content:
    """One row, built without parsing markup: the message quotes the letter. Another
    rule's reason folded in shows as "+1" before the message, where the list's narrow
    column (at 80 columns) still has room: the pane below says it."""
    icon, style = SEVERITY_MARKS.get(finding.severity, ("•", ""))
    parts: list[str | tuple[str, str]] = [(icon, style), (f" L{finding.line} ", "$text-muted")]
    if more := len(folded(finding)):
        parts.append((f"+{more} ", "bold"))
    if finding.fuzzy:
        parts.append(("≈ ", "$text-muted"))  # a close match, not exact
    parts.append(finding.message)
    return literal(*parts)


def nearest(old: Finding | None, old_index: int | None, findings: list[Finding]) -> int | None:
    """Which finding to keep selected after a re-check: the same rule on the same words
    nearest where it was, else the one now in its place (the first, to begin with)."""
    if not findings:
        return None
    if old is not None:
        same = [
            (abs(f.start - old.start), i)
            for i, f in enumerate(findings)
            if f.rule == old.rule and f.match == old.match
        ]
        if same:
            return min(same)[1]
    return min(old_index or 0, len(findings) - 1)


class FindingsList(OptionList):
    """Findings in the order they appear in the letter."""

    HELP = """\
## Findings

Each line is something in your letter that authorities often ask about before they
can answer: **✖** likely to bounce, **▲** often queried, **●** worth a look.
**+1** (or +2) before the message: the same words have another reason too, said in
the pane beside it (it grows while you read the findings).

- **Up** / **Down** choose a finding; the letter scrolls to it and the pane below
  explains why it matters, with the evidence.
- **1**-**9** apply that rewording (**Enter** applies the first). **Ctrl+Z** undoes it.
- **i** ignores this advice for this draft only (with a +1, it asks which reason, or
  all); **u** stops ignoring one.
- **e** shows the full explanation, with examples (of each reason, with a +1).
- **Tab** / **Shift+Tab** move between the letter and this list.
"""

    BINDINGS: ClassVar[list[BindingType]] = bindings(
        *((f"editor.apply-{n}", f"screen.apply_suggestion({n})") for n in range(1, 10)),
        ("editor.apply-first", "screen.apply_suggestion(1)"),
        ("editor.ignore-rule", "screen.ignore_rule"),
        ("editor.unignore-rule", "screen.unignore_rule"),
        ("editor.explain", "screen.explain"),
    )

    DEFAULT_CSS = """
    FindingsList {
        height: 1fr;
        text-wrap: nowrap;  /* one finding a line; the pane below has the whole message */
        text-overflow: ellipsis;
        max-height: 100%;
        border-title-color: $foreground;
        border-subtitle-color: $text-muted;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002
        super().__init__(Option(Content(CHECKING), disabled=True), id=id)
        self.border_subtitle = "checking…"
        self.findings: list[Finding] = []
        self.generation = -1  # the lint generation shown; the benchmark waits on it
        self._rows: list[tuple[object, ...]] = []
        self._row_options: dict[tuple[object, ...], Option] = {}
        self._waiting_since = time.monotonic()
        self._ticks = 0
        self._ticker: Timer | None = None

    def on_mount(self) -> None:
        if self.generation < 0:  # still checking: show it is under way (``checking_words``)
            self._ticker = self.set_interval(TICK, self._tick)

    def _tick(self) -> None:
        if self.generation >= 0:
            self._stop_ticking()
            return
        self._ticks += 1
        words = checking_words(time.monotonic() - self._waiting_since)
        self.replace_option_prompt_at_index(0, Content(words))
        self.border_subtitle = f"{SPINNER[self._ticks % len(SPINNER)]} checking"

    def _stop_ticking(self) -> None:
        if self._ticker is not None:
            self._ticker.stop()
            self._ticker = None

    def show(self, findings: list[Finding], generation: int, selected: int | None) -> None:
        """Show a new check's findings. Rows that read the same keep their Option (and
        its cached layout), and an unchanged list is left alone: a long letter has
        hundreds of findings and is re-checked on every pause in typing."""
        self.findings = findings
        self.generation = generation
        self._stop_ticking()
        rows = _row_keys(findings)
        if rows != self._rows or not findings:
            self._rows = rows
            cache, self._row_options = self._row_options, {}
            for row, finding in zip(rows, findings, strict=True):
                self._row_options[row] = cache.get(row) or Option(finding_prompt(finding))
            scroll_y = self.scroll_y
            if findings:
                self.set_options(self._row_options[row] for row in rows)
            else:
                self.set_options([Option(Content(NOTHING_FOUND), disabled=True)])
            self.scroll_to(y=scroll_y, animate=False, immediate=True)
            self.border_subtitle = Content(_count(findings))
        if selected is not None and self.highlighted != selected:
            self.highlighted = selected


def _row_keys(findings: list[Finding]) -> list[tuple[object, ...]]:
    """What each row shows, numbered when two rows would read the same."""
    seen: dict[tuple[object, ...], int] = {}
    keys: list[tuple[object, ...]] = []
    for f in findings:
        key = (f.severity, f.rule, f.message, f.line, f.fuzzy, len(folded(f)))
        seen[key] = seen.get(key, 0) + 1
        keys.append((*key, seen[key]))
    return keys


# What the list's border calls each severity: a note (info) is worth a look, not a warning,
# as ``foidraft check`` (exit 0) and the scoring of false alarms (tests/corpus.py) treat it.
COUNT_WORDS = {"error": "error", "warning": "warning", "info": "note"}


def _count(findings: list[Finding]) -> str:
    """'3 findings: 1 warning, 2 notes' (or '2 findings (notes)'): the loud ones apart from
    the notes, so a letter with notes alone does not read as one with warnings."""
    if not findings:
        return "nothing to query"
    total = f"{len(findings)} finding{'s' if len(findings) != 1 else ''}"
    counts = [(w, sum(1 for f in findings if f.severity == s)) for s, w in COUNT_WORDS.items()]
    words = [(n, word + ("s" if n != 1 else "")) for word, n in counts if n]
    if sum(n for n, _ in words) != len(findings):
        return total  # a severity foidraft does not know: no split to offer
    if len(words) == 1:
        return f"{total} ({words[0][1]})"
    return f"{total}: {', '.join(f'{n} {word}' for n, word in words)}"
