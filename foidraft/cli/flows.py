"""``foidraft flows``: list the scoping flows, or validate a flow file."""

from __future__ import annotations

from foidraft.cli.output import say

TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse

    from foidraft.interview.conditions import Condition
    from foidraft.interview.model import Flow

DESCRIPTION = (
    "List the scoping flows (id, title, number of questions). With --file, validate a flow "
    "file and list it; problems are reported with file, line, flow, question and field. "
    "`foidraft flows show ID` lists one flow's questions with their ids, kinds and choices "
    "(the ids a `foidraft new --answers` file uses)."
)


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("--file", metavar="PATH", help="validate this flow file instead")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    sub = p.add_subparsers(dest="action", metavar="ACTION")
    show = sub.add_parser("show", help="one flow's questions, ids, kinds and choices")
    show.add_argument("flow", metavar="ID")
    show.add_argument("-f", "--format", choices=("text", "json"), default="text")
    show.add_argument(
        "-a", "--authority", metavar="NAME", help="as this authority's requester sees it"
    )


def run(args: argparse.Namespace) -> int:
    from foidraft.interview.loader import load_flow_file, load_flows

    if getattr(args, "action", None) == "show":
        return _show(args)

    flows = [load_flow_file(args.file)] if args.file else list(load_flows().values())
    if args.json:
        import json

        print(json.dumps([flow_json(f) for f in flows], ensure_ascii=False, indent=2))
        return 0
    width = max((len(f.id) for f in flows), default=0)
    for f in flows:
        count = len(f.questions)
        say(f"{f.id:<{width}}  {f.title}  ({count} question{'s' if count != 1 else ''})")
    if args.file:
        say(f"{args.file}: OK")
    else:
        say(f"{len(flows)} flow{'s' if len(flows) != 1 else ''}.")
    return 0


def flow_json(flow: Flow) -> dict[str, object]:
    return {
        "id": flow.id,
        "title": flow.title,
        "description": flow.description,
        "questions": len(flow.questions),
        "question_ids": [q.id for q in flow.questions],
        "file": flow.file,
    }


def _show(args: argparse.Namespace) -> int:
    from foidraft.errors import FoidraftError
    from foidraft.interview.loader import load_flows
    from foidraft.interview.regime import for_authority

    flows = load_flows()
    flow = flows.get(args.flow)
    if flow is None:
        raise FoidraftError(f"no flow {args.flow!r}", hint=f"flows: {', '.join(flows)}")
    authority = None
    if args.authority:
        from foidraft.authorities.directory import resolve

        authority = resolve(args.authority)
    shown = for_authority(flow, authority)
    data = flow_detail(shown)
    if args.format == "json":
        import json

        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    say(f"{flow.id}: {one_line(flow.title)}")
    for q in data["questions"]:  # type: ignore[attr-defined]
        need = "" if q["required"] else " (optional)"
        say(f"\n{q['id']}  [{q['type']}]{need}  {one_line(q['prompt'])}")
        for c in q.get("choices", []):
            when = f"  (when {c['offered_when']})" if c.get("offered_when") else ""
            say(f"    {c['value']:<16} {one_line(c['label'])}{when}")
        if q.get("other"):
            say(f"    (or type: {one_line(q['other'])})")
    return 0


def flow_detail(flow: Flow) -> dict[str, object]:
    """A flow's questions as plain data: ids, kinds, prompts, choices, defaults."""
    questions = []
    for q in flow.questions:
        item: dict[str, object] = {
            "id": q.id,
            "type": q.type,
            "prompt": q.prompt,
            "why": " ".join(q.why.split()),
            "required": q.required,
            "asked_when": q.show_if is not None,
        }
        if q.is_choice:
            item["choices"] = [
                {"value": c.value, "label": c.label, "hint": " ".join(c.hint.split())}
                | ({"offered_when": said(c.when)} if c.when is not None else {})
                for c in q.choices
            ]
            item["other"] = q.other
        if q.type == "period":
            item["kinds"] = list(q.kinds)
        if q.default is not None:
            item["default"] = q.default if not isinstance(q.default, tuple) else list(q.default)
        if q.example is not None:
            item["example"] = q.example
        if q.suggest:
            item["suggested_from"] = q.suggest_from
        questions.append(item)
    return {"id": flow.id, "title": flow.title, "description": flow.description,
            "applies_to": {k: list(v) for k, v in flow.applies_to.items()},
            "questions": questions}  # fmt: skip


def one_line(text: str) -> str:
    """Flow text on one terminal line, with no control characters."""
    return " ".join("".join(" " if ord(ch) < 32 or 127 <= ord(ch) < 160 else ch
                            for ch in text).split())  # fmt: skip


def said(condition: Condition) -> str:
    """A choice's condition in a line an answers file's writer can follow: several rows
    share a label ("By outcome or decision") and each is offered after other answers."""
    from foidraft.interview.conditions import AllOf, AnyOf, Test

    if isinstance(condition, Test) and condition.op == "is":
        return f"{condition.key}: {' or '.join(map(str, condition.values))}"
    if isinstance(condition, Test):
        return f"{condition.key} {condition.op} {', '.join(map(str, condition.values))}"
    if isinstance(condition, AllOf | AnyOf):
        joiner = " and " if isinstance(condition, AllOf) else " or "
        return joiner.join(said(p) for p in condition.parts)
    return f"not ({said(condition.part)})"
