"""A bad rule file gets an error naming the file, line, rule and field."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from foidraft.errors import RuleFileError
from foidraft.rules.loader import load_rule_file
from foidraft.rules.registry import load_rule_data

GOOD_RULE = """\
  - id: FD901
    name: demo-rule
    kind: too_broad
    severity: warning
    message: "'{match}' is broad."
    why: Because.
    evidence:
      - title: A case
        url: https://example.org/case
    patterns:
      - phrase: all information
    suggestions:
      - title: Narrow it
        replace: the minutes of the meeting
    examples:
      bad: [Please send all information.]
      good: [Please send the minutes.]
"""


def write(tmp_path: Path, body: str, name: str = "rules.yaml") -> str:
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return str(path)


def problems(tmp_path: Path, body: str) -> list[str]:
    with pytest.raises(RuleFileError) as info:
        load_rule_file(write(tmp_path, body))
    return [str(p) for p in info.value.problems]


def test_a_valid_file_loads(tmp_path: Path) -> None:
    rules = load_rule_file(write(tmp_path, "version: 1\nrules:\n" + GOOD_RULE))
    assert [r["id"] for r in rules] == ["FD901"]
    # What each match holds: the word the requests hold less (foidraft/data/word_counts.txt)
    assert rules[0]["patterns"][0]["literals"] in (["all"], ["information"])


def test_unknown_key_names_file_line_rule_and_field(tmp_path: Path) -> None:
    body = "version: 1\nrules:\n" + GOOD_RULE.replace("    why: Because.\n", "    whyy: Because.\n")
    (msg,) = [p for p in problems(tmp_path, body) if "whyy" in p]
    assert "rules.yaml:8" in msg
    assert "rule FD901 (demo-rule)" in msg
    assert "field 'whyy'" in msg
    assert "did you mean 'why'" in msg


def test_bad_regex_is_located(tmp_path: Path) -> None:
    body = "version: 1\nrules:\n" + GOOD_RULE.replace(
        "      - phrase: all information", "      - regex: 'all (information'"
    )
    (msg,) = problems(tmp_path, body)
    assert ":13: rule FD901 (demo-rule): field 'patterns[0].regex': bad regular expression" in msg


def test_duplicate_id_is_an_error(tmp_path: Path) -> None:
    second = GOOD_RULE.replace("name: demo-rule", "name: other-rule")
    msgs = problems(tmp_path, "version: 1\nrules:\n" + GOOD_RULE + second)
    assert any("field 'id': duplicate id" in m and ":20:" in m for m in msgs)


def test_duplicate_yaml_key_is_an_error(tmp_path: Path) -> None:
    body = "version: 1\nrules:\n" + GOOD_RULE.replace(
        "    severity: warning\n", "    severity: warning\n    severity: info\n"
    )
    msgs = problems(tmp_path, body)
    assert any("duplicate key" in m and "severity" in m for m in msgs)


@pytest.mark.parametrize(
    ("old", "new", "expect"),
    [
        ("kind: too_broad", "kind: vague", "field 'kind': 'vague' is not one of"),
        ("severity: warning", "severity: loud", "field 'severity'"),
        ("name: demo-rule", "name: Demo Rule", "expected kebab-case"),
        ("id: FD901", "id: rule-1", "expected two to four capitals"),
        ("url: https://example.org/case", "url: example.org", "expected an http(s) link"),
        (
            "replace: the minutes of the meeting",
            "replace: '{nope}'",
            "unknown template field {nope}",
        ),
        (
            "replace: the minutes of the meeting",
            "replace: '{match|shout}'",
            "unknown template filter",
        ),
        ("      bad: [Please send all information.]\n", "", "field 'examples.bad'"),
        ("    message: \"'{match}' is broad.\"\n", "", "missing required field 'message'"),
    ],
)
def test_field_errors(tmp_path: Path, old: str, new: str, expect: str) -> None:
    body = "version: 1\nrules:\n" + GOOD_RULE.replace(old, new)
    assert any(expect in m for m in problems(tmp_path, body)), problems(tmp_path, body)


def test_invalid_yaml_reports_the_line(tmp_path: Path) -> None:
    msgs = problems(tmp_path, "version: 1\nrules:\n  - id: [unclosed\n")
    assert "not valid YAML" in msgs[0] and "rules.yaml:" in msgs[0]


def test_user_rules_replace_bundled_rules_by_id(tmp_path: Path) -> None:
    base = write(tmp_path, "version: 1\nrules:\n" + GOOD_RULE, "base.yaml")
    overlay_rule = GOOD_RULE.replace("severity: warning", "severity: info")
    overlay = write(tmp_path, "version: 1\nrules:\n" + overlay_rule, "user.yaml")
    merged = load_rule_data([(base, "bundled"), (overlay, "user")])
    assert [(r["id"], r["severity"], r["origin"]) for r in merged] == [("FD901", "info", "user")]


def test_cache_is_used_and_invalidated(tmp_path: Path) -> None:
    path = write(tmp_path, "version: 1\nrules:\n" + GOOD_RULE)
    cache = str(tmp_path / "cache")
    first = load_rule_data([(path, "bundled")], cache)
    assert list((tmp_path / "cache").iterdir())
    assert load_rule_data([(path, "bundled")], cache) == first
    Path(path).write_text(
        "version: 1\nrules:\n" + GOOD_RULE.replace("severity: warning", "severity: error"),
        encoding="utf-8",
    )
    assert load_rule_data([(path, "bundled")], cache)[0]["severity"] == "error"


def test_corrupt_cache_is_ignored(tmp_path: Path) -> None:
    path = write(tmp_path, "version: 1\nrules:\n" + GOOD_RULE)
    cache = tmp_path / "cache"
    load_rule_data([(path, "bundled")], str(cache))
    for f in cache.iterdir():
        f.write_bytes(b"\x00garbage")
    assert load_rule_data([(path, "bundled")], str(cache))[0]["id"] == "FD901"


def test_bundled_file_is_valid() -> None:
    from foidraft.paths import bundled_rules_file

    assert load_rule_file(bundled_rules_file())


def test_foidraft_rules_file_reports_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from foidraft.cli import main

    bad = write(
        tmp_path, textwrap.dedent("version: 1\nrules:\n") + GOOD_RULE.replace("why:", "wy:")
    )
    assert main(["rules", "--file", bad]) == 2
    err = capsys.readouterr().err
    assert "rule FD901 (demo-rule)" in err and "Traceback" not in err


def test_unless_takes_a_list_of_contexts_each_with_its_own_scope(tmp_path: Path) -> None:
    from foidraft.lint.api import check
    from foidraft.rules.registry import ruleset_from_file

    rule = GOOD_RULE.replace(
        "    suggestions:",
        "    unless:\n"
        "      - scope: sentence\n"
        "        patterns: [{phrase: minutes}]\n"
        "      - scope: document\n"
        "        patterns: [{phrase: if this exceeds the cost limit}]\n"
        "    suggestions:",
    )
    rules = ruleset_from_file(write(tmp_path, "version: 1\nrules:\n" + rule))

    def fired(text: str) -> bool:
        return any(f.rule == "FD901" for f in check(text, ruleset=rules))

    assert fired("Please send all information.")
    assert not fired("Please send all information, such as the minutes.")
    assert not fired("Please send all information.\n\nIf this exceeds the cost limit, drop it.")
    assert fired("Please send all information. The minutes came later.")


def test_an_empty_context_list_is_an_error(tmp_path: Path) -> None:
    rule = GOOD_RULE.replace("    suggestions:", "    unless: []\n    suggestions:")
    assert any(
        "at least one context" in m for m in problems(tmp_path, "version: 1\nrules:\n" + rule)
    )


def test_the_rules_table_lines_up_under_its_headings(capsys: pytest.CaptureFixture[str]) -> None:
    from foidraft.cli import main

    assert main(["rules"]) == 0
    header, first = capsys.readouterr().out.splitlines()[:2]
    for heading in ("kind", "name"):  # each column starts under its heading
        assert first[header.index(heading) - 1] == " " != first[header.index(heading)]
    for heading in ("fires", "right", "answered"):  # numbers end under their heading
        end = header.index(heading) + len(heading) - 1
        assert first[end].isdigit() and not first[end + 1].isdigit()
