"""``foidraft new --flow ID --authority NAME --answers FILE``: a letter from a file of
answers, saved as a draft, without the app."""

from __future__ import annotations

from foidraft.authorities.names import in_running_text
from foidraft.cli.output import AUTHORITY_HELP, say, write_data
from foidraft.errors import FoidraftError

TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse

DESCRIPTION = (
    "Write a request from a YAML file of answers (question id: answer; see the ids with "
    "`foidraft flows show ID`), and save it as a draft. Questions left out take what your "
    "own words suggest, or their default. Notes go to standard error."
)


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("--flow", required=True, metavar="ID", help="the kind of request")
    p.add_argument("--authority", required=True, metavar="NAME", help=AUTHORITY_HELP)
    p.add_argument("--answers", required=True, metavar="FILE", help="YAML answers ('-': stdin)")
    p.add_argument("--name", metavar="NAME", help="sign as (default: your saved name)")
    p.add_argument("--print", dest="print_only", action="store_true",
                   help="print the title and letter instead of saving a draft")  # fmt: skip


def run(args: argparse.Namespace) -> int:
    from foidraft.cli.drafts import named_authority
    from foidraft.cli.inputs import read_text
    from foidraft.drafts import DraftStore, load_profile
    from foidraft.interview.loader import load_flows
    from foidraft.interview.script import answer_all

    flows = load_flows()
    flow = flows.get(args.flow)
    if flow is None:
        raise FoidraftError(f"no flow {args.flow!r}", hint=f"flows: {', '.join(flows)}")
    authority = named_authority(args.authority)  # any public body, as `drafts new` takes
    why = flow.why_not(authority)
    if why:
        raise FoidraftError(
            f"{flow.title} does not apply to {in_running_text(authority.name)}: {why}"
        )
    answers = _answers(read_text(args.answers), args.answers)
    name = args.name if args.name is not None else load_profile().name
    interview, notes = answer_all(flow, answers, authority=authority, requester_name=name)
    for note in notes:
        say(f"note: {note}", err=True)
    if args.print_only:  # the letter is the data: exact to a pipe, visible on a terminal
        write_data(f"{interview.title()}\n\n{interview.letter()}".encode())
        return 0
    draft = DraftStore().create(interview.title(), interview.letter(), authority.ref)
    say(draft.path)
    return 0


def _answers(text: str, where: str) -> dict[str, object]:
    import yaml

    from foidraft.text.safe_yaml import UnsafeYaml, safe_load

    try:
        data = safe_load(text) if text.strip() else {}
    except UnsafeYaml as exc:  # an alias bomb or a cycle: refused before it is built
        line = f":{exc.line}" if exc.line is not None else ""
        raise FoidraftError(f"{where}{line}: {exc.message}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        raise FoidraftError(f"{where}{line}: not valid YAML") from None
    if not isinstance(data, dict) or not all(isinstance(k, str) for k in data):
        raise FoidraftError(f"{where}: expected a mapping of question ids to answers")
    return data
