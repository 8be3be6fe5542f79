"""The editor's pure parts: where marks sit and move, which editor runs, literal text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from foidraft.lint.model import Edit as LintEdit
from foidraft.lint.model import Finding, Suggestion
from foidraft.tui.external_editor import editor_command
from foidraft.tui.text_spans import (
    Mark,
    inserted_end,
    line_starts,
    location_of,
    row_highlights,
    shift_marks,
)
from foidraft.tui.widgets.finding_detail import detail_content
from foidraft.tui.widgets.findings import _count, finding_prompt, nearest

TEXT = st.text(alphabet="ab\né—", max_size=30)


def offset_of(location: tuple[int, int], text: str) -> int:
    return line_starts(text, "\n")[location[0]] + location[1]


@given(TEXT, st.data())
def test_a_shifted_mark_covers_the_same_words_as_before(text: str, data: st.DataObject) -> None:
    # A mark and an edit that does not touch it: after the edit the mark must cover the
    # same characters, found by recomputing locations from offsets in the new text.
    n = len(text)
    a = data.draw(st.integers(0, n))
    b = data.draw(st.integers(a, n))
    if a < b:
        region = data.draw(st.sampled_from(["before", "after"]))
        lo, hi = (0, a) if region == "before" else (b, n)
    else:
        lo, hi = 0, n
    s = data.draw(st.integers(lo, hi))
    e = data.draw(st.integers(s, hi))
    if a < b and not (e <= a or s >= b):
        return
    insert = data.draw(st.text(alphabet="xy\n", max_size=5))
    starts = line_starts(text, "\n")
    mark = Mark(location_of(s, starts), location_of(e, starts), "warning", 0)
    top, bottom = location_of(a, starts), location_of(b, starts)
    new_text = text[:a] + insert + text[b:]
    moved = shift_marks([mark], top, bottom, inserted_end(top, insert))
    if a == b and s < a < e:  # typed inside the mark: it widens
        expected = (s, e + len(insert))
    elif a == b and s == e == a:  # an empty mark at the insertion point stays before it
        expected = (s, e)
    elif s >= b:
        expected = (s + len(insert) - (b - a), e + len(insert) - (b - a))
    else:
        expected = (s, e) if e <= a else (s, e + len(insert) - (b - a))
    assert len(moved) == 1
    got = (offset_of(moved[0].start, new_text), offset_of(moved[0].end, new_text))
    assert got == expected


def test_a_mark_whose_words_are_replaced_is_dropped() -> None:
    mark = Mark((0, 4), (0, 8), "warning", 0)
    assert shift_marks([mark], (0, 6), (0, 10), (0, 7)) == []
    assert shift_marks([mark], (0, 0), (0, 4), (0, 0)) == [Mark((0, 0), (0, 4), "warning", 0)]


def test_highlights_are_in_utf8_bytes_and_never_zero_ended() -> None:
    lines = ["é 2019/20", "", "end"]
    assert row_highlights(Mark((0, 2), (0, 9), "info", 0), lines, "info") == [(0, 3, 10, "info")]
    # Spanning rows; ends at column 0 of the last row, which must not paint that row
    # (TextArea reads an end of 0 as "to the end of the line").
    spans = row_highlights(Mark((0, 2), (2, 0), "info", 0), lines, "info")
    assert spans == [(0, 3, None, "info"), (1, 0, None, "info")]
    # An empty mark shows on the next character.
    assert row_highlights(Mark((2, 1), (2, 1), "info", 0), lines, "info") == [(2, 1, 2, "info")]


def finding(
    rule: str, start: int, match: str, message: str = "m", severity: str = "warning"
) -> Finding:
    return Finding(
        rule=rule, name="n", kind="k", severity=severity, start=start, end=start + len(match),
        line=1, column=start + 1, match=match, message=message,
        suggestions=[Suggestion("[b]Bold[/b] title", (LintEdit(start, start + 1, "[i]x"),))],
    )  # fmt: skip


def test_the_count_keeps_notes_apart_from_warnings() -> None:
    """A letter with quiet notes alone does not read as one with warnings."""
    note = finding("FD1", 0, "x", severity="info")
    warning = finding("FD2", 5, "y")
    assert _count([]) == "nothing to query"
    assert _count([note]) == "1 finding (note)"
    assert _count([note, note]) == "2 findings (notes)"
    assert _count([warning, note, note]) == "3 findings: 1 warning, 2 notes"
    error = finding("FD3", 9, "z", severity="error")
    assert _count([error, warning]) == "2 findings: 1 error, 1 warning"


def test_outside_text_is_shown_literally() -> None:
    f = finding("FD1", 0, "[red]x", message="'[red]x[/red]' is [b]odd[/b]")
    assert "'[red]x[/red]' is [b]odd[/b]" in finding_prompt(f).plain
    detail = detail_content(f, None, "[red]x[/red]").plain
    assert "[b]Bold[/b] title" in detail
    assert '"[i]x"' in detail


def test_the_selection_stays_on_the_same_words_after_a_recheck() -> None:
    old = [finding("FD1", 5, "2019/20"), finding("FD1", 40, "2021-22")]
    new = [finding("FD1", 2, "2019/20"), finding("FD1", 45, "2021-22")]
    assert nearest(old[1], 1, new) == 1
    assert nearest(old[1], 1, new[:1]) == 0  # gone: the one now in its place
    assert nearest(None, None, new) == 0
    assert nearest(old[0], 0, []) is None


def test_the_editor_command_prefers_visual_then_editor_then_nano() -> None:
    found = {"code": "/bin/code", "vim": "/bin/vim", "nano": "/bin/nano", "vi": "/bin/vi"}

    def which(name: str) -> str | None:
        return found.get(name)

    both = {"VISUAL": "code --wait", "EDITOR": "vim"}
    assert editor_command("d.md", both, which) == (["code", "--wait", "d.md"], "", "")
    assert editor_command("d.md", {"EDITOR": "vim"}, which) == (["vim", "d.md"], "", "")
    gone = editor_command("d.md", {"EDITOR": "emacs -nw"}, which)
    assert gone is not None
    assert gone.argv == ["/bin/nano", "d.md"]
    assert "$EDITOR (emacs -nw) could not be run" in gone.note
    assert not gone.ask_first  # nano needs no warning; vi (below) does
    found.pop("nano")
    vi = editor_command("d.md", {}, which)
    assert vi is not None and vi.argv == ["/bin/vi", "d.md"] and ":wq" in vi.ask_first
    assert editor_command("d.md", {}, lambda name: None) is None


def test_the_detail_shows_the_rewordings_before_why_and_evidence() -> None:
    from foidraft.rules.registry import default_ruleset

    rule = default_ruleset().get("FD101")
    assert rule is not None and rule.evidence
    f = finding("FD101", 0, "2019/20", message="'2019/20' could mean two things")
    text = detail_content(f, rule, "2019/20").plain
    order = [text.index(part) for part in ("could mean", "1. ", "Why", "Evidence")]
    assert order == sorted(order)


def test_the_detail_names_the_kind_of_problem_not_the_rules_internal_name() -> None:
    f = Finding(
        rule="FD101", name="ambiguous-split-year", kind="ambiguous_period", severity="info",
        start=0, end=7, line=1, column=1, match="2019/20", message="m", suggestions=[],
    )  # fmt: skip
    first_line = detail_content(f, None, "2019/20").plain.splitlines()[0]
    assert first_line == "● Ambiguous period · info"  # never the rule's id (FD101)


def test_the_detail_says_how_loud_the_rule_is_for_bodies_other_than_the_police() -> None:
    from foidraft.explain import body_record
    from foidraft.rules.registry import default_ruleset

    rule = next(r for r in default_ruleset() if r.non_police_severity is not None)
    f = finding(rule.id, 0, "x", message="m")
    said = body_record(rule)
    assert said.startswith("For councils") and said in detail_content(f, rule, "x").plain
