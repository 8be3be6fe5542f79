"""The scoping interview: flows as data (``prompts/*.yaml``), a headless state machine,
periods, and the letter composer. Never imports the terminal app."""

from __future__ import annotations

from foidraft.interview.answers import Answer
from foidraft.interview.errors import FlowFileError, FlowProblem
from foidraft.interview.flow import Interview
from foidraft.interview.lists import load_lists
from foidraft.interview.loader import clear_cache, load_flow_file, load_flows
from foidraft.interview.model import Choice, Flow, Item, Letter, NotOffered, Question
from foidraft.interview.period import Period
from foidraft.interview.period_input import parse_period

__all__ = [
    "Answer",
    "Choice",
    "Flow",
    "FlowFileError",
    "FlowProblem",
    "Interview",
    "Item",
    "Letter",
    "NotOffered",
    "Period",
    "Question",
    "clear_cache",
    "load_flow_file",
    "load_flows",
    "load_lists",
    "parse_period",
]
