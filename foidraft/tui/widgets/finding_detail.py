"""A finding explained: its message (and any other reason on the same words), the
numbered rewordings, then the rule's reasoning and its evidence.

Everything shown comes from the rule file or the letter, so it is assembled as Content
and never parsed as markup (a case id like "[2019] UKUT 1" must keep its brackets).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

from foidraft.lint.merging import folded
from foidraft.report import describe_suggestion
from foidraft.rules.counterparts import for_authority
from foidraft.tui.text import literal
from foidraft.tui.widgets.findings import SEVERITY_MARKS

if TYPE_CHECKING:
    from textual.app import ComposeResult

    from foidraft.authorities.model import Authority
    from foidraft.lint.model import Finding
    from foidraft.rules.model import Rule

Part = str | tuple[str, str]
PLACEHOLDER = "Choose a finding to see why it matters and how to reword it."
# Letters written from a reply quote the request and the authority's words, and keep
# foidraft's advice off them with markers, which puzzled a requester reading them.
MARKER_NOTE = (
    "The dimmed <!-- foidraft: ignore … --> notes keep foidraft's advice off the words "
    "this letter quotes; they are left out when you export or copy it, so the authority "
    "never sees them."
)


def letter_notes(notes: list[str] | tuple[str, ...], letter: str) -> list[str]:
    """The draft's own notes, and what its markers are when the letter has any."""
    from foidraft.text.markers import find_markers

    marked = next(find_markers(letter), None) is not None
    return [*notes, MARKER_NOTE] if marked else list(notes)


def paragraphs(text: str) -> str:
    """Rule text is folded YAML: keep its paragraphs, drop its line breaks."""
    return "\n\n".join(" ".join(p.split()) for p in text.split("\n\n") if p.strip())


def detail_content(
    finding: Finding,
    rule: Rule | None,
    source: str,
    notes: tuple[str, ...] = (),
    shorts: dict[str, str] | None = None,
    authority: Authority | None = None,
) -> Content:
    """The message, then the numbered rewordings (so the first is in sight even at 80x24),
    the letter's own notes, then why the rule exists and its evidence. ``shorts``: the
    short form of a reason by rule id (``Finding.short``), said when it shares
    the pane with another (the whole of each below the rewordings, and on e)."""
    icon, style = SEVERITY_MARKS.get(finding.severity, ("•", ""))
    others = folded(finding)
    shorts = (shorts or {}) if others else {}
    if len(others) > 1:  # three reasons or more: each in its shortest form, so all fit
        parts = _reasons_short(finding, others, shorts)
    else:
        parts = [
            (f"{icon} {_kind(finding).capitalize()}", f"bold {style}"),
            (f" · {finding.severity}", "$text-muted"),
            "\n",
        ]
        parts += [shorts.get(finding.rule) or finding.message, "\n"]
    for other in others if len(others) == 1 else ():  # a second rule on the same words:
        # its reason at once, so at 80x24 both are in sight (the why of each is on e)
        mark, tone = SEVERITY_MARKS.get(other.severity, ("•", ""))
        kind = (f" {_kind(other)} · {other.severity}: ", "bold")
        said = _said_once(other, finding, shorts.get(other.rule, ""))
        parts += [("Also ", "bold"), (mark, tone), kind, said, "\n"]
    if finding.fuzzy:
        parts += [
            (f"A close match (score {finding.score:.0f}), not exact: ", "italic"),
            "check it is what you meant before changing anything.\n",
        ]
    if not finding.suggestions:
        parts.append(("No rewording: the wording needs your own judgement.\n", "$text-muted"))
    for number, suggestion in enumerate(finding.suggestions, 1):
        text = describe_suggestion(suggestion, source)
        if suggestion.is_advice:
            parts += [(f"{number}. ", "$text-muted"), (f"{text} (advice)\n", "italic")]
        else:
            parts += [(f"{number}. ", "bold $text-accent"), f"{text}\n"]
    if any(s.edits for s in finding.suggestions):
        parts.append(("F8 (or Tab) then a number applies it; ctrl+z undoes.\n", "$text-muted"))
    if others:
        parts.append(("e explains each reason in full; i asks which to ignore.\n", "$text-muted"))
    if len(others) > 1 or shorts:  # the whole of each message, below the rewordings
        parts += ["\n", ("Each reason in full", "bold underline"), "\n"]
        parts += [f"{f.message}\n" for f in (finding, *others)]
    if notes:
        parts += ["\n", *_notes(notes)]
    if rule is not None:
        from foidraft.explain import body_record, track_record

        why = for_authority(rule.why, authority, beside=True)  # with its Act's numbers
        parts += ["\n", ("Why", "bold underline"), "\n", paragraphs(why), "\n"]
        for record in (track_record(rule), body_record(rule)):
            if record:
                parts += [(record, "italic"), "\n"]
        if rule.evidence:
            parts += ["\n", ("Evidence", "bold underline"), "\n"]
            for ev in rule.evidence:
                parts += _evidence(ev)
    return literal(*parts)


def _reasons_short(finding: Finding, others: list[Finding], shorts: dict[str, str]) -> list[Part]:
    """'3 reasons on 'decoy':' then, for each, its mark, kind and shortest form."""
    heading = f"{1 + len(others)} reasons on '{finding.match}'"
    parts: list[Part] = [(heading, "bold"), (" (e: each in full)", "$text-muted"), "\n"]
    for each in (finding, *others):
        mark, tone = SEVERITY_MARKS.get(each.severity, ("•", ""))
        quoted = each.match == finding.match or each.message.startswith(f"'{each.match}' ")
        on = "" if quoted else f" ('{each.match}')"
        kind = f" {_kind(each).capitalize()}{on}: "
        parts += [(mark, tone), (kind, "bold"), short_reason(each, shorts.get(each.rule, "")), "\n"]
    return parts


def short_reason(finding: Finding, short: str = "") -> str:
    """``finding``'s message (its rule's ``short`` form if given) without its quote of the
    words, cut to its first claim (at the first '. ', '; ', ': ' or ', so '): the rest,
    and why, are on e."""
    said = _unquoted(finding, short)
    cuts = [i for mark in (". ", "; ", ": ", ", so ") if (i := said.find(mark)) > 0]
    return (said[: min(cuts)] if cuts else said.rstrip(".")) + "."


def _said_once(other: Finding, shown: Finding, short: str = "") -> str:
    """``other``'s message (or its ``short`` form) without its opening quote of the words
    when the message above has just quoted the same words: a line saved where the pane
    has few."""
    return _unquoted(other, short) if other.match == shown.match else short or other.message


def _unquoted(finding: Finding, short: str = "") -> str:
    """``finding``'s message (or its ``short`` form) without its opening quote of the words
    ("'decoy': arrests and custody records..." -> "Arrests and custody records..."), or
    the message as it is."""
    message = short or finding.message
    quote = f"'{finding.match}': "
    if not message.startswith(quote):
        return message
    rest = message[len(quote) :]
    return rest[:1].upper() + rest[1:]


def _kind(finding: Finding) -> str:
    return finding.kind.replace("_", " ")


def notes_content(notes: tuple[str, ...]) -> Content:
    """The pane with no finding chosen: the letter's own notes first, if it has any."""
    if not notes:
        return Content(PLACEHOLDER)
    return literal(*_notes(notes), "\n", (PLACEHOLDER, "$text-muted"))


def _notes(notes: tuple[str, ...]) -> list[Part]:
    parts: list[Part] = [("Before you send this letter", "bold underline"), "\n"]
    return parts + [f"• {note}\n" for note in notes]


def _evidence(ev: dict[str, str]) -> list[Part]:
    out: list[Part] = ["• ", ev.get("title", ""), "\n"]  # the case's id is for contributors
    if ev.get("quote"):
        out.append((f"  “{' '.join(ev['quote'].split())}”\n", "italic"))
    if ev.get("url"):
        out.append((f"  {ev['url']}\n", "$text-primary"))
    return out


class FindingDetail(VerticalScroll):
    """The selected finding, explained."""

    HELP = """\
## Rewordings, why and evidence

This pane explains the finding chosen in the list (or under the cursor): rewordings
that avoid it, why authorities ask about this wording, and the published requests
and guidance that show it.

Rewordings are numbered: press the number in the findings list to apply one
(**ctrl+z** undoes it). A rewording with a gap (**[[…]]**) asks you what to put in
it. Ones marked *advice* describe what to add in your own words.
Scroll with the arrow keys when this pane has focus.
"""

    DEFAULT_CSS = """
    FindingDetail {
        height: 1fr;
        padding: 0 1;
        border: tall $border-blurred;
        border-title-color: $foreground;
        &:focus { border: tall $border; }
        & > Static { width: 1fr; }
    }
    """

    _shown = PLACEHOLDER
    _notes: tuple[str, ...] = ()
    # What is shown: finding, rule, source, shorts, authority (see ``show``).
    _last: tuple[Finding | None, Rule | None, str, dict[str, str], Authority | None] = (
        None, None, "", {}, None,
    )  # fmt: skip

    def compose(self) -> ComposeResult:
        yield Static(Content(PLACEHOLDER), id="finding-text")

    def show_notes(self, notes: list[str]) -> None:
        """A follow-up letter's notes (where to complain, by when): shown with every
        finding, after its rewordings, so they stay in reach until the letter is sent; the
        pane's title says whether there are any."""
        self._notes = tuple(notes)
        self.border_title = "Rewordings · notes · why" if notes else "Rewordings · why"
        self.show(*self._last)

    def show(
        self,
        finding: Finding | None,
        rule: Rule | None,
        source: str,
        shorts: dict[str, str] | None = None,
        authority: Authority | None = None,
    ) -> None:
        """``shorts``: each reason's short form by rule id (see ``detail_content``);
        ``authority``: the why is said in the numbering of the Act it answers under."""
        self._last = (finding, rule, source, shorts or {}, authority)
        if finding is None:
            self._update(notes_content(self._notes))
        else:
            self._update(detail_content(finding, rule, source, self._notes, shorts, authority))

    def _update(self, content: Content) -> None:
        if content.plain == self._shown:
            return  # a re-check that changed nothing here keeps the reader's place
        self._shown = content.plain
        self.query_one("#finding-text", Static).update(content)
        self.scroll_home(animate=False)

    @property
    def text(self) -> str:
        """What the pane says, as plain text (tests read it)."""
        return str(self.query_one("#finding-text", Static).content)
