"""The ``foidraft`` command. Each subcommand lives in its own module, imported only when
it runs, so ``foidraft check`` never pays for the terminal app or the network code."""

from __future__ import annotations

import sys

TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse

# name -> (module, one-line help)
COMMANDS: dict[str, tuple[str, str]] = {
    "check": (
        "foidraft.cli.check",
        "check letters for wording that draws clarification or refusal",
    ),
    "fix": ("foidraft.cli.fix", "apply suggested rewordings to a letter"),
    "explain": ("foidraft.cli.explain", "explain a rule: why, evidence, examples, rewordings"),
    "rules": ("foidraft.cli.rules", "list the rules, or validate a rule file"),
    "flows": ("foidraft.cli.flows", "list the scoping flows, or validate a flow file"),
    "new": ("foidraft.cli.new", "write a request from a file of answers, without the app"),
    "drafts": ("foidraft.cli.drafts", "list, show, create and file away your drafts"),
    "authorities": ("foidraft.cli.authorities", "search, show and list forces and public bodies"),
    "deadline": ("foidraft.cli.deadline", "work out when an FOI reply or review is due"),
    "template": ("foidraft.cli.template", "save a draft as a template; list and show templates"),
    "batch": ("foidraft.cli.batch", "write one draft per authority from a template"),
    "export": (
        "foidraft.cli.export",
        "a draft as text, an email, a mailto: or WhatDoTheyKnow link",
    ),
    "due": ("foidraft.cli.due", "list sent requests due soon or overdue"),
    "learn": ("foidraft.cli.learn", "turn an authority's clarification request into a rule"),
    "reply": ("foidraft.cli.reply", "read an authority's reply, track it, write the next letter"),
    "similar": ("foidraft.cli.similar", "find earlier WhatDoTheyKnow requests like yours"),
    "details": ("foidraft.cli.details", "show or set your name and email for letters and emails"),
    "locate": ("foidraft.cli.locate", "print where foidraft keeps drafts, settings and caches"),
}


def _parser(only: str | None) -> argparse.ArgumentParser:
    import argparse

    from foidraft.version import __version__

    parser = argparse.ArgumentParser(
        prog="foidraft",
        description="Draft UK Freedom of Information requests that do not bounce. "
        "Run without arguments to open the app.",
    )
    parser.add_argument("-V", "--version", action="version", version=f"foidraft {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    import importlib

    for name, (module, help_text) in COMMANDS.items():
        if only is not None and name != only:
            continue
        mod = importlib.import_module(module)
        sp = sub.add_parser(
            name, help=help_text, description=getattr(mod, "DESCRIPTION", help_text)
        )
        mod.configure(sp)
    return parser


def main(argv: list[str] | None = None) -> int:
    args_list = sys.argv[1:] if argv is None else argv
    if not args_list:
        return _run_app()
    if args_list[0] == "check":  # the hot path: skip argparse when the options are plain
        from foidraft.cli import check

        quick = check.quick_parse(args_list[1:])
        if quick is not None:
            return _guarded(lambda: int(check.run(quick)))
    only = args_list[0] if args_list[0] in COMMANDS else None
    if only is None and not args_list[0].startswith("-"):
        return _unknown_command(args_list[0])
    parser = _parser(only)
    if only is not None and (code := _unknown_action(parser, args_list)) is not None:
        return code
    args = _parse(parser, args_list)
    if args.command is None:
        parser.print_help()
        return 2
    import importlib

    module = importlib.import_module(COMMANDS[args.command][0])
    return _guarded(lambda: int(module.run(args)))


def _parse(parser: argparse.ArgumentParser, args: list[str]) -> argparse.Namespace:
    """The command line read as its usage says, an option anywhere among the words:
    argparse took `drafts status NAME --date D sent` as STATUS=NAME and left 'sent'
    unrecognised. Only when words are left over is the command's own parser asked to read
    its words and options mixed."""
    parsed, extra = parser.parse_known_args(args)
    if not extra:
        return parsed
    leaf, depth = parser, 0
    while depth < len(args) and args[depth] in (actions := _actions_of(leaf)):
        leaf, depth = actions[args[depth]], depth + 1
    if leaf is parser:
        return parser.parse_args(args)  # argparse's own message for what is left
    try:
        return leaf.parse_intermixed_args(args[depth:], namespace=parsed)
    except TypeError:  # a command whose words argparse cannot read mixed
        return parser.parse_args(args)


def _unknown_command(name: str) -> int:
    """One line for a command foidraft lacks, with the nearest it has ("templates":
    "template"); argparse printed all eighteen on a line of 250 characters."""
    import difflib

    from foidraft.cli.output import say

    near = difflib.get_close_matches(name, list(COMMANDS), n=1, cutoff=0.6)
    hint = f"did you mean `foidraft {near[0]}`?" if near else "`foidraft --help` lists them"
    say(f"foidraft: error: no command {name!r}: {hint}", err=True, wrap=True)
    return 2


def _unknown_action(parser: argparse.ArgumentParser, args: list[str]) -> int | None:
    """One line for an action a command lacks (``foidraft authorities zzzz``), saying how
    to do what was most likely meant; argparse printed its usage and every action. None
    when the action is known (or the command takes none)."""
    import difflib
    import shlex

    from foidraft.cli.output import say

    if len(args) < 2 or args[1].startswith("-"):
        return None
    command = _actions_of(parser).get(args[0])
    actions = _actions_of(command) if command is not None else {}
    if not actions or args[1] in actions:
        return None
    words = [shlex.quote(word) for word in args[1:]]
    near = difflib.get_close_matches(args[1], list(actions), n=1, cutoff=0.6)
    if near:
        hint = f"did you mean `{' '.join(['foidraft', args[0], near[0], *words[1:]])}`?"
    elif args[0] == "authorities":  # a name typed straight after the command
        hint = f"to find a body by name: `foidraft authorities search {' '.join(words)}`"
    else:
        hint = f"it has {', '.join(actions)} (`foidraft {args[0]} --help`)"
    said = f"`foidraft {args[0]}` has no action {args[1]!r}; {hint}"
    say(f"foidraft: error: {said}", err=True, wrap=True)
    return 2


def _actions_of(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    """The subcommands ``parser`` takes, by name (none for a command without actions)."""
    import argparse

    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def console() -> None:
    """The installed ``foidraft`` command: ``main``, then, after ``check``, a quick exit.
    Tearing the interpreter down frees every one of the knowledge base's objects one by
    one, which costs about a tenth of a one-page check; exit handlers still run and the
    output is flushed first, so only that teardown is skipped."""
    checking = sys.argv[1:2] == ["check"]
    if checking:
        # The collector never runs in a check (``foidraft.cli.check.run``), and the quick
        # exit frees nothing: switched off for good here, it is not switched back on after
        # the check, when its first run would walk every object loaded (a few ms).
        import gc

        gc.disable()
    code = main()
    if not checking:
        sys.exit(code)
    import atexit
    import os

    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:  # noqa: SIM105 - contextlib would be one more import on the way out
            stream.flush()
        except (OSError, ValueError):  # a reader that went away: nothing more to say
            pass
    os._exit(code)


def _guarded(run: object) -> int:
    """Run a command; user errors become one line on stderr and exit status 2."""
    from foidraft.errors import FoidraftError, RuleFileError, os_error

    try:
        try:
            return run()  # type: ignore[operator, no-any-return]
        except OSError as exc:  # a full disk, a read-only folder, a file for a folder...
            if isinstance(exc, BrokenPipeError):
                raise
            raise os_error(exc) from None
    except RuleFileError as exc:
        _error(exc.message, exc.hint, [str(p) for p in exc.problems[1:20]])
        return 2
    except FoidraftError as exc:
        _error(exc.message, exc.hint)
        return 2
    except KeyboardInterrupt:
        print("foidraft: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader (e.g. `| head`) went away; that is not our error.
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


def _error(message: str, hint: str | None, details: list[str] | tuple[str, ...] = ()) -> None:
    from foidraft.cli.output import say

    say(f"foidraft: error: {message}", err=True)
    for line in details:
        say(f"  {line}", err=True)
    if hint:
        say(f"  hint: {hint}", err=True)


def _run_app() -> int:
    from foidraft.tui.app import run

    return _guarded(run)
