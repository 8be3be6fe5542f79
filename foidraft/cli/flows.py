"""``foidraft flows``: list the scoping flows, or validate a flow file."""

from __future__ import annotations

from foidraft.cli.output import say

TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse

    from foidraft.interview.model import Flow

DESCRIPTION = (
    "List the scoping flows (id, title, number of questions). With --file, validate a flow "
    "file and list it; problems are reported with file, line, flow, question and field."
)


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("--file", metavar="PATH", help="validate this flow file instead")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")


def run(args: argparse.Namespace) -> int:
    from foidraft.interview.loader import load_flow_file, load_flows

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
