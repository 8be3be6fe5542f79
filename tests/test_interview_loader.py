"""A bad flow file gets an error naming the file, line, flow, question and field."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from foidraft.cli import main
from foidraft.interview import FlowFileError, FlowProblem, load_flow_file, load_flows

# A small valid flow. Each case below edits one line of it (or adds one) and marks the
# line the problem must be reported at with "#!".
BASE = """\
version: 1
id: demo
title: Demo
description: A demo flow.
questions:
  - id: unit
    prompt: What?
    why: Because forces need it.
    type: choice
    choices:
      - {value: crimes, label: Crimes}
      - {value: arrests, label: Arrests}
    default: crimes
  - id: offences
    prompt: Which?
    why: Because.
    type: multi-choice
    choices_from: offences
    show_if: {unit: crimes}
  - id: period
    prompt: When?
    why: Because.
    type: period
    default: {kind: financial, years: 3}
  - id: note
    prompt: Anything else?
    why: Because.
    type: text
    required: false
letter:
  title: "Demo: {offences.short}"
  opening:
    - Please provide the following information under {authority.act}.
  questions:
    - id: count
      text: The number of {unit} for {offences} in {period}.
    - id: extra
      text: "Of those in question {number.count}, {note}."
  cost_fallback:
    drop: [extra]
  closing:
    - Thank you.
"""
LIST = """\
version: 1
id: offences
title: Offences
choices:
  - {value: "88A", label: 88A Sexual grooming}
  - {value: "8R", label: 8R Malicious communications}
"""


def write(folder: Path, flow: str, list_text: str = LIST) -> Path:
    (folder / "lists").mkdir(parents=True, exist_ok=True)
    (folder / "lists" / "offences.yaml").write_text(list_text, encoding="utf-8")
    path = folder / "demo.yaml"
    path.write_text(flow, encoding="utf-8")
    return path


def edit(old: str, new: str) -> str:
    assert BASE.count(old) == 1, old
    return BASE.replace(old, new)


def marked_line(text: str) -> int:
    lines = [i for i, line in enumerate(text.splitlines(), 1) if "#!" in line]
    assert len(lines) == 1
    return lines[0]


def problems_of(folder: Path) -> list[FlowProblem]:
    with pytest.raises(FlowFileError) as caught:
        load_flows(str(folder))
    problems = caught.value.flow_problems
    assert problems and len(problems) == len(caught.value.problems)
    return problems


def test_the_base_flow_is_valid(tmp_path: Path) -> None:
    write(tmp_path, BASE)
    flow = load_flows(str(tmp_path))["demo"]
    assert [q.id for q in flow.questions] == ["unit", "offences", "period", "note"]
    assert [c.value for c in flow.question("offences").choices] == ["88A", "8R"]


QUESTION = "question"
CASES: list[tuple[str, str, str, str | None, str | None, str]] = [
    # (case, old line, new line(s), question, field, message)
    ("unknown top-level key", "title: Demo\n", "title: Demo\ntitel: X  #!\n",
     None, "titel", "unknown key (did you mean 'title'?)"),
    ("bad version", "version: 1\n", "version: 2  #!\n", None, "version", "expected `version: 1`"),
    ("bad flow id", "id: demo\n", "id: Demo_Flow  #!\n", None, "id", "kebab-case"),
    ("unknown question key", "    prompt: Which?\n", "    promt: Which?  #!\n",
     "offences", "promt", "unknown key (did you mean 'prompt'?)"),
    ("missing why", "  - id: unit\n    prompt: What?\n    why: Because forces need it.\n",
     "  - id: unit  #!\n    prompt: What?\n", "unit", None, "missing required field 'why'"),
    ("examples for an unknown kind of body", "    type: text\n",
     "    type: text\n    example: parking\n    examples: {counsil: parking}  #!\n",
     "note", "examples.counsil", "unknown key (did you mean 'council'?)"),
    ("examples with no example", "    type: text\n",
     "    type: text\n    examples: {nhs: maternity care}  #!\n",
     "note", "examples", "examples needs `example`"),
    ("unknown type", "    type: choice\n", "    type: dropdown  #!\n",
     "unit", "type", "'dropdown' is not one of: choice, multi-choice"),
    ("duplicate question id", "  - id: note\n", "  - id: period  #!\n",
     "period", "id", "duplicate question id (first at line 20)"),
    ("reserved question id", "  - id: note\n", "  - id: authority  #!\n",
     "authority", "id", "reserved"),
    ("show_if names no question", "    show_if: {unit: crimes}\n",
     "    show_if: {units: crimes}  #!\n", "offences", "show_if.units",
     "no question 'units' (did you mean 'unit'?)"),
    ("show_if names a later question", "    show_if: {unit: crimes}\n",
     "    show_if: {note: {answered: true}}  #!\n", "offences", "show_if.note",
     "'note' is not asked before this question"),
    ("show_if value is not a choice", "    show_if: {unit: crimes}\n",
     "    show_if: {unit: burglary}  #!\n", "offences", "show_if.unit",
     "'burglary' is not a possible answer here (crimes, arrests)"),
    ("unknown condition test", "    show_if: {unit: crimes}\n",
     "    show_if: {unit: {equals: crimes}}  #!\n", "offences", "show_if.unit.equals",
     "unknown test"),
    ("choice default is not a choice", "    default: crimes\n", "    default: burglary  #!\n",
     "unit", "default", "'burglary' is not one of the choices (crimes, arrests)"),
    ("choice default is a list", "    default: crimes\n", "    default: [crimes]  #!\n",
     "unit", "default", "takes one value, not a list"),
    ("multi-choice default not in the list", "    choices_from: offences\n",
     '    choices_from: offences\n    default: ["99Z"]  #!\n', "offences", "default",
     "'99Z' is not one of the choices (88A, 8R)"),
    ("unknown choice list", "    choices_from: offences\n",
     "    choices_from: offence-list  #!\n", "offences", "choices_from",
     "no choice list 'offence-list' (known: absence-reasons"),
    ("choices and choices_from", "  - id: offences\n",
     "  - id: offences  #!\n    choices: [{value: a, label: A}]\n", "offences", None,
     "give either `choices` or `choices_from`"),
    ("duplicate choice value", "      - {value: arrests, label: Arrests}\n",
     "      - {value: crimes, label: Arrests}  #!\n", "unit", "choices[1].value",
     "duplicate choice value 'crimes'"),
    ("choice without a label", "      - {value: arrests, label: Arrests}\n",
     "      - {value: arrests}  #!\n", "unit", "choices[1]", "missing required field 'label'"),
    ("an example for typed words, but no typed words", "    default: crimes\n",
     "    default: crimes\n    other_example: shoplifting  #!\n", "unit", "other_example",
     "other_example needs `other`"),
    ("key for another type", "    required: false\n",
     "    required: false\n    choices: [{value: a, label: A}]  #!\n", "note", "choices",
     "only choice and multi-choice questions take 'choices'"),
    ("period default kind", "    default: {kind: financial, years: 3}\n",
     "    default: {kind: fortnightly, years: 3}  #!\n", "period", "default.kind",
     "'fortnightly' is not one of"),
    ("period default years", "    default: {kind: financial, years: 3}\n",
     "    default: {kind: financial, years: 50}  #!\n", "period", "default.years",
     "from 1 to 20"),
    ("period kinds", "    type: period\n", "    type: period\n    kinds: [weekly]  #!\n",
     "period", "kinds[0]", "'weekly' is not one of: financial, calendar, dates"),
    ("bad text pattern", "    required: false\n",
     "    required: false\n    pattern: '(unclosed'  #!\n", "note", "pattern",
     "bad regular expression"),
    ("number default out of range", "    required: false\n",
     "    required: false\n  - id: years\n    prompt: How many?\n    why: Because.\n"
     "    type: number\n    max: 5\n    default: 9  #!\n", "years", "default",
     "not a valid answer: Give a number no larger than 5"),
    ("unknown template field", "      text: The number of {unit} for {offences} in {period}.\n",
     "      text: The number of {unit} for {offences} in {periods}.  #!\n", None,
     "letter.questions[0].text", "unknown template field {periods} (did you mean 'period'?)"),
    ("unknown template filter", "      text: The number of {unit} for {offences} in {period}.\n",
     "      text: The number of {unit|shout} for {offences} in {period}.  #!\n", None,
     "letter.questions[0].text", "unknown template filter |shout"),
    ("number of an unknown item", '      text: "Of those in question {number.count}, {note}."\n',
     '      text: "Of those in question {number.cnt}, {note}."  #!\n', None,
     "letter.questions[1].text", "unknown template field {number.cnt}"),
    ("for_each over a single choice", "  cost_fallback:\n",
     '    - {id: per, for_each: unit, text: "{each}"}  #!\n  cost_fallback:\n', None,
     "letter.questions[2].for_each", "'unit' is not a multi-choice question"),
    ("duplicate item id", "    - id: extra\n", "    - id: count  #!\n", None,
     "letter.questions[1].id", "duplicate item id 'count'"),
    ("cost fallback drops an unknown item", "    drop: [extra]\n", "    drop: [extras]  #!\n",
     None, "letter.cost_fallback.drop[0]", "no numbered question has id 'extras'"),
    ("when tests a text answer", "    - Thank you.\n",
     "    - {when: {note: hello}, text: Hi.}  #!\n", None, "letter.closing[0].when.note",
     "a text answer can only be tested with `answered`"),
    ("when names an unknown authority key", "    - Thank you.\n",
     "    - {when: {authority.force: x}, text: Hi.}  #!\n", None,
     "letter.closing[0].when.authority.force", "no question 'authority.force'"),
    ("unknown letter key", "  closing:\n", "  closings:  #!\n", None, "letter.closings",
     "unknown key (did you mean 'closing'?)"),
    ("YAML duplicate key", "    prompt: What?\n", "    prompt: What?\n    prompt: Again  #!\n",
     None, "prompt", "duplicate key"),
    ("YAML syntax", "    prompt: What?\n", "    prompt: What: is it?  #!\n",
     None, None, "not valid YAML"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("old", "new", "question", "field", "message"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_each_problem_names_file_line_flow_question_and_field(
    tmp_path: Path, old: str, new: str, question: str | None, field: str | None, message: str
) -> None:
    text = edit(old, new)
    path = write(tmp_path, text)
    line = marked_line(text)
    problems = problems_of(tmp_path)
    matching = [p for p in problems if message in p.message]
    assert matching, "\n".join(str(p) for p in problems)
    p = matching[0]
    assert (p.file, p.line, p.field) == (str(path), line, field), str(p)
    if question is not None:
        assert p.question == question
    shown = str(p)
    assert shown.startswith(f"{path}:{line}: ")
    if p.flow:
        assert "flow " in shown
    if field:
        assert f"field '{field}'" in shown
    assert shown.endswith(message) or message in shown


def test_flow_and_question_appear_in_the_message(tmp_path: Path) -> None:
    text = edit("    default: crimes\n", "    default: burglary  #!\n")
    path = write(tmp_path, text)
    with pytest.raises(FlowFileError) as caught:
        load_flow_file(str(path))
    assert caught.value.message.startswith(
        f"{path}:13: flow demo: question unit: field 'default': 'burglary' is not one of"
    )
    assert "foidraft flows --file" in (caught.value.hint or "")


def test_every_problem_is_reported_not_just_the_first(tmp_path: Path) -> None:
    text = edit("    default: crimes\n", "    default: burglary\n").replace(
        "    promt", "    prompt"
    )
    text = text.replace("{periods}", "{period}").replace("    type: period\n", "    type: era\n")
    write(tmp_path, text)
    problems = problems_of(tmp_path)
    fields = {p.field for p in problems}
    assert {"default", "type"} <= fields


def test_bad_list_file_is_located(tmp_path: Path) -> None:
    bad_list = LIST.replace('  - {value: "8R", label: 8R Malicious communications}\n',
                            '  - {value: "8R"}\n')  # fmt: skip
    write(tmp_path, BASE, bad_list)
    problems = problems_of(tmp_path)
    assert [(Path(p.file).name, p.line, p.field) for p in problems] == [
        ("offences.yaml", 6, "choices[1]")
    ]
    assert "missing required field 'label'" in problems[0].message


def test_duplicate_flow_ids_across_files(tmp_path: Path) -> None:
    write(tmp_path, BASE)
    (tmp_path / "again.yaml").write_text(BASE, encoding="utf-8")
    problems = problems_of(tmp_path)
    assert len(problems) == 1 and "duplicate flow id, also in" in problems[0].message


def test_missing_folder_and_unreadable_file(tmp_path: Path) -> None:
    problems = problems_of(tmp_path / "nowhere")
    assert problems[0].message == "no such folder"
    with pytest.raises(FlowFileError, match="cannot read"):
        load_flow_file(str(tmp_path / "missing.yaml"))


def test_top_level_must_be_a_mapping(tmp_path: Path) -> None:
    write(tmp_path, "- just\n- a list\n")
    problems = problems_of(tmp_path)
    assert "expected a mapping" in problems[0].message


# -- foidraft flows ----------------------------------------------------------------------
def test_cli_lists_the_bundled_flows(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["flows"]) == 0
    out = capsys.readouterr().out
    assert "crime-statistics" in out and "Recorded crime statistics" in out
    assert "questions)" in out and out.rstrip().endswith("flows.")


def test_cli_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["flows", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    by_id = {f["id"]: f for f in data}
    crime = by_id["crime-statistics"]
    assert crime["questions"] == len(crime["question_ids"]) and "period" in crime["question_ids"]


def test_cli_validates_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, BASE)
    assert main(["flows", "--file", str(path)]) == 0
    assert "demo" in capsys.readouterr().out
    bad = write(tmp_path, edit("    default: crimes\n", "    default: burglary\n"))
    assert main(["flows", "--file", str(bad)]) == 2
    err = capsys.readouterr().err
    assert f"{bad}:13: flow demo: question unit: field 'default'" in err
    assert "Traceback" not in err
