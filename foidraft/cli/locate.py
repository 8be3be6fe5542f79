"""``foidraft locate``: where things live (posting's `locate`)."""

from __future__ import annotations

from foidraft.cli.output import say

TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse

DESCRIPTION = "Print where foidraft keeps its files. FOIDRAFT_HOME moves them all."
WHAT = ("config", "data", "cache", "drafts", "templates", "trash", "rules", "user-rules", "prompts")


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("what", nargs="?", choices=WHAT, help="print just this path")


def run(args: argparse.Namespace) -> int:
    from foidraft import paths

    table = {
        "config": paths.config_file(),
        "data": paths.data_dir(),
        "cache": paths.cache_dir(),
        "drafts": paths.drafts_dir(),
        "templates": paths.templates_dir(),
        "trash": paths.trash_dir(),
        "rules": paths.bundled_rules_file(),
        "user-rules": paths.user_rules_file(),
        "prompts": paths.bundled_prompts_dir(),
    }
    if args.what:
        say(table[args.what])
    else:
        for key, value in table.items():
            say(f"{key:<11} {value}")
    return 0
