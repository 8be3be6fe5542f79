"""Every string a requester reads in the interview is in plain words: no development words
("seed", "corpus", "dev case", "cost fallback"), and no bare section number: a section
always comes with its Act or its plain name ("section 43 (commercial interests)")."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

import foidraft
from foidraft.authorities.model import Authority
from foidraft.interview import load_flows
from foidraft.interview.regime import for_authority

DEV_WORDS = re.compile(r"\b(?:seed|corpus|dev case|dev\.jsonl|cost fallback|fallback)\b", re.I)
SECTION = re.compile(r"(?<!['’])\b(?:ss?\d+|sections? \d+)[A-Z]?(?:\(\d+[A-Z]?\))*", re.I)
NAMED_AFTER = re.compile(r"^(?: of the Scottish Act)?\s*\([a-z]")
ACT_BEFORE = re.compile(r"(?:Act|Regulations) (?:\d{4} )?$")
FORCES = [
    None,
    Authority(id="wmp", name="West Midlands Police", type="police"),
    Authority(id="ps", name="Police Scotland", type="police", nation="scotland",
              regime="FOISA", recording_standard="scrs"),
]  # fmt: skip
CODE_FILES = [
    "interview/answers.py", "interview/wording.py", "interview/plain.py", "interview/period.py",
    "interview/period_input.py", "interview/year_input.py", "interview/date_input.py",
    "interview/flow.py", "interview/script.py",
    "tui/widgets/question_card.py", "tui/screens/flow_picker.py", "tui/screens/interview.py",
]  # fmt: skip


def flow_strings() -> Iterator[tuple[str, str]]:
    for flow in load_flows().values():
        yield flow.id, flow.title + " " + flow.description + " " + flow.not_suited
        for authority in FORCES:
            for q in for_authority(flow, authority).questions:
                where = f"{flow.id}/{q.id}"
                yield where, " ".join((q.prompt, q.why, q.placeholder, q.other or ""))
                for c in q.choices:
                    yield where, f"{c.label} {c.hint}"
                for n in q.not_offered:
                    yield where, f"{n.label} {n.why}"


def code_strings() -> Iterator[tuple[str, str]]:
    root = Path(foidraft.__file__).parent
    for name in CODE_FILES:
        tree = ast.parse((root / name).read_text(encoding="utf-8"))
        docstrings = {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef)
            and node.body
            and isinstance(node.body[0], ast.Expr)
        }
        for node in ast.walk(tree):
            text = node.value if isinstance(node, ast.Constant) else None
            if isinstance(text, str) and id(node) not in docstrings and " " in text:
                yield name, text


STRINGS = [*flow_strings(), *code_strings()]


def bare_sections(text: str) -> list[str]:
    out = []
    for m in SECTION.finditer(text):
        before, after = text[: m.start()], text[m.end() :]
        if ACT_BEFORE.search(before) or NAMED_AFTER.match(after):
            continue
        out.append(m.group(0))
    return out


def test_the_scan_sees_the_interview() -> None:
    assert len(STRINGS) > 500
    assert bare_sections("refused under s43, and s12") == ["s43", "s12"]
    assert bare_sections("section 43 (commercial interests); Sexual Offences Act 2003 s15") == []
    assert DEV_WORDS.search("the seed requester")


@pytest.mark.parametrize("kind", ["development words", "bare section numbers"])
def test_every_interview_string_is_plain(kind: str) -> None:
    bad = []
    for where, text in STRINGS:
        text = " ".join(text.split())
        found = DEV_WORDS.findall(text) if kind == "development words" else bare_sections(text)
        if found:
            bad.append(f"{where}: {found} in {text[:120]!r}")
    assert bad == [], "\n".join(bad)


def test_no_interview_text_calls_a_kind_of_request_a_flow() -> None:
    bad = [where for where, text in flow_strings() if re.search(r"\bflows?\b", text, re.I)]
    assert bad == []
