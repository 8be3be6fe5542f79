"""The installed ``foidraft`` in a real terminal (tmux): a new request made with the
keyboard ends as a draft file on disk; the seed's request is reworded with F8 and 1; a
real reply is read into the next letter and Home's new dates; ctrl+q quits cleanly.

CI installs tmux; without it this test fails (it never skips), saying so.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import shlex
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

import pytest

pytestmark = [pytest.mark.tmux, pytest.mark.slow]
PATIENCE = 30.0  # seconds: a guard against hanging, far above what any step needs


def progress(screen: str) -> str | None:
    """'Question 3' while the interview is on screen, else None."""
    found = re.search(
        r"Question \d+(?=, (?:(?:at least )?\d+ more|the last one|maybe more after it))", screen
    )
    return found.group(0) if found else None


def moved_on(screen: str, *, before: str) -> bool:
    """The next question is on screen, or the editor (a half-drawn screen is neither)."""
    now = progress(screen)
    return (now is not None and now != before) or "Findings" in screen


class Terminal:
    def __init__(self, tmux: str, socket: str) -> None:
        self.tmux = tmux
        self.socket = socket

    def run(self, *args: str) -> str:
        result = subprocess.run(
            [self.tmux, "-L", self.socket, *args], capture_output=True, text=True, check=True
        )
        return result.stdout

    def screen(self) -> str:
        return self.run("capture-pane", "-p", "-t", "app")

    def keys(self, *keys: str) -> None:
        self.run("send-keys", "-t", "app", *keys)

    def type(self, text: str) -> None:
        self.run("send-keys", "-t", "app", "-l", text)

    def wait_for(self, ready: Callable[[str], bool], what: str, patience: float = PATIENCE) -> str:
        deadline = time.monotonic() + patience
        while True:
            text = self.screen()
            if ready(text):
                return text
            if time.monotonic() > deadline:
                raise AssertionError(f"gave up waiting for {what}; the screen shows:\n{text}")
            time.sleep(0.05)

    def wait_for_text(self, needle: str) -> str:
        return self.wait_for(lambda text: needle in text, repr(needle))


def start(tmp_path: Path, width: int = 100, height: int = 30) -> tuple[Terminal, Path]:
    """The installed program in a new tmux server, on a fresh FOIDRAFT_HOME."""
    tmux = shutil.which("tmux")
    if tmux is None:
        pytest.fail("tmux is not installed: the real-terminal test needs it (apt-get install tmux)")
    program = Path(sys.executable).parent / "foidraft"
    assert program.exists(), f"the foidraft console script is not installed at {program}"
    home = tmp_path / "home"
    socket = f"foidraft-test-{uuid.uuid4().hex[:8]}"
    command = (
        f"env FOIDRAFT_HOME={shlex.quote(str(home))} TERM=xterm-256color "
        f"{shlex.quote(str(program))}; echo EXIT=$?; sleep 60"
    )
    term = Terminal(tmux, socket)
    env = {k: v for k, v in os.environ.items() if k not in ("TMUX", "NO_COLOR")}
    subprocess.run(
        [tmux, "-L", socket, "-f", os.devnull, "new-session", "-d", "-s", "app",
         "-x", str(width), "-y", str(height), command],
        check=True, env=env,
    )  # fmt: skip
    return term, home


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[tuple[Terminal, Path]]:
    term, home = start(tmp_path)
    try:
        yield term, home
    finally:
        subprocess.run([term.tmux, "-L", term.socket, "kill-server"], capture_output=True)


def new_request(term: Terminal) -> None:
    """From Home, a first new request: the name (asked once, first), then the search."""
    term.keys("n")
    term.wait_for_text("Before your first request")
    term.type("Jo Bloggs")
    term.keys("Enter")
    term.wait_for_text("Which police force")


def first_question(term: Terminal) -> str:
    """From the authority chosen in New request: its first kind of request, straight on
    to its first question."""
    term.keys("Enter")
    term.wait_for_text("Recorded crime statistics")
    term.keys("Enter")
    return term.wait_for_text("Question 1, ")


def test_new_request_in_a_real_terminal_saves_a_draft(terminal: tuple[Terminal, Path]) -> None:
    term, home = terminal
    term.wait_for_text("No drafts yet")
    new_request(term)
    term.type("west mids")
    term.wait_for(
        lambda text: "West Midlands Police" in text and "police force ·" in text, "matches"
    )
    screen = first_question(term)
    for _ in range(30):  # accept each default; the requester's words come first
        step = progress(screen)
        if step is None:
            break
        words = " ".join(screen.split())  # a prompt may wrap anywhere (the card's width)
        if "In your own words" in words:
            term.type("knife crime")  # suggests the knife flag and the offences it is on
        if "drop first?" in words:
            term.keys("Space")  # the requester decides: the first part offered
        term.keys("Enter")
        screen = term.wait_for(partial(moved_on, before=step), "the next step")
    term.wait_for_text("Findings")  # the editor, on the new draft
    term.keys("Escape")
    term.wait_for_text("1 draft")
    term.keys("C-q")
    term.wait_for_text("EXIT=0")

    drafts = list((home / "data" / "drafts").glob("*.md"))
    assert len(drafts) == 1
    text = drafts[0].read_text(encoding="utf-8")
    assert "authority: wmp" in text
    assert "Dear West Midlands Police," in text
    assert "Yours faithfully,\n\nJo Bloggs" in text
    assert "title: 'Knife crime: crimes recorded" in text or "Knife crime: crimes recorded" in text
    assert "knife or sharp instrument flag" in text


def stable(term: Terminal, quiet: float = 0.4) -> str:
    """The screen once it has stopped changing for ``quiet`` seconds (checks run in the
    background, so a key's effect lands a little later)."""
    deadline = time.monotonic() + PATIENCE
    last, since = term.screen(), time.monotonic()
    while time.monotonic() < deadline:
        time.sleep(0.05)
        now = term.screen()
        if now != last:
            last, since = now, time.monotonic()
        elif time.monotonic() - since >= quiet:
            return now
    raise AssertionError(f"the screen never settled; it shows:\n{last}")


def head(screen: str) -> str:
    """The top line drawn: the title, the authority, the status and whether it is saved."""
    return screen.strip().splitlines()[0]


def asking(screen: str) -> str:
    """What the field under the letter asks to fill in ("" when it is closed; "busy" while
    it shows but does not have the focus yet: its keys are not in the footer, the last line
    drawn: the app may draw fewer lines than the terminal has)."""
    if "Fill in:" not in screen:
        return ""
    if "Later" not in screen.rstrip().splitlines()[-1]:
        return "busy"
    # up to a box's edge: a toast from the rewording before may sit beside it
    return screen.split("Fill in:", 1)[1].splitlines()[0].split("▌")[0].strip(" ▎▊")


def shown_count(screen: str) -> int:
    """How many findings the editor's list says it holds (none: no count shown)."""
    count = re.search(r"(\d+) findings?", screen)
    return int(count.group(1)) if count else 0


def test_f8_and_1_reword_the_seed_request_in_a_real_terminal(tmp_path: Path) -> None:
    """The seed's first request, reworded with F8 and 1 until nothing is left to apply:
    none of the five points West Midlands Police raised survives, every gap the app asks
    for is filled, and the findings the editor shows are those of the letter it saved.

    Each step waits on what it needs, not on a quiet screen: F8 on the list's keys in the
    footer (a 1 pressed before the list has the focus types in the letter), 1 on the letter
    unsaved or a gap asked for (when it applies nothing, on a quiet screen), a gap's words
    on its field's keys in the footer, and ctrl+s on the editor's count of findings
    becoming the count a check of the letter just saved gives (a count that never matches
    fails the test)."""
    from foidraft.authorities.infer import resolve_any
    from foidraft.lint.api import check
    from tests.composition import HOLE_RE, fill

    seed = Path(__file__).parent.parent / "data" / "seed-first-request.txt"
    home = tmp_path / "home"
    program = Path(sys.executable).parent / "foidraft"
    subprocess.run(
        [str(program), "drafts", "new", "Grooming arrests", "--authority", "wmp", "--from",
         str(seed)],
        check=True, capture_output=True, env={**os.environ, "FOIDRAFT_HOME": str(home)},
    )  # fmt: skip
    (draft_file,) = (home / "data" / "drafts").glob("*.md")
    wmp = resolve_any("West Midlands Police")[0]
    counts: dict[str, int] = {}

    def checked(saved: str) -> int:
        letter = saved.split("---\n", 2)[2]
        if letter not in counts:
            counts[letter] = len(check(letter, wmp))
        return counts[letter]

    def shows_the_saved_letters_findings(screen: str) -> bool:
        return "findings" in screen.lower() and shown_count(screen) == checked(
            draft_file.read_text(encoding="utf-8")
        )

    term, _ = start(tmp_path, width=160, height=40)
    try:
        term.wait_for_text("Grooming arrests")
        term.keys("Enter")
        wanted = "the editor's count of findings to be a check's of the letter it saved"
        screen = term.wait_for(shows_the_saved_letters_findings, wanted)
        saved = draft_file.read_text(encoding="utf-8")
        unchanged = applied = 0
        for _ in range(80):
            if not re.search(r"(\d+) findings?", screen):
                break  # nothing left to visit (1 would now type in the letter)
            before = term.screen()
            term.keys("F8")
            try:  # the list has the focus (its keys in the footer) and the highlight moved
                term.wait_for(
                    lambda text, was=before: text != was and "1-9 Apply" in text,
                    "F8's finding", patience=2.0,
                )  # fmt: skip
            except AssertionError:  # the one finding, highlighted already
                term.wait_for_text("1-9 Apply")
            stable(term, quiet=0.1)
            term.keys("1")
            try:  # a rewording applied: the letter is unsaved, or a gap in it is asked for
                term.wait_for(
                    lambda text: "Fill in:" in text or "unsaved" in head(text),
                    "a rewording applied", patience=2.0,
                )  # fmt: skip
                screen = stable(term, quiet=0.1)
            except AssertionError:  # nothing to apply: a toast says why
                screen = stable(term)
                if "Still checking" in screen:  # pressed before the last check was back
                    screen = term.wait_for(shows_the_saved_letters_findings, wanted)
                    continue
            while "Fill in:" in screen:  # the app asks for each gap in turn
                # its field has the focus once its keys are in the footer (words typed
                # before then go in the letter)
                screen = term.wait_for(
                    lambda text: asking(text) not in ("", "busy"), "the gap's field's focus"
                )
                hint = asking(screen)
                term.type(fill(f"[[{hint}]]"))
                term.keys("Enter")
                # The field closes, or asks for the next gap (words typed while the app is
                # still busy with this one would go in the letter); a next gap asking for
                # the same words is waited out.
                with contextlib.suppress(AssertionError):
                    term.wait_for(
                        lambda text, asked=hint: asking(text) not in (asked, "busy"),
                        "the gap filled", patience=2.0,
                    )  # fmt: skip
                screen = stable(term, quiet=0.1)
            term.keys("C-s")  # saved (so the file is the letter on screen), then checked
            term.wait_for(lambda text: "unsaved" not in head(text), "the letter saved")
            screen = term.wait_for(shows_the_saved_letters_findings, wanted)
            now = draft_file.read_text(encoding="utf-8")
            if now != saved:
                saved, unchanged, applied = now, 0, applied + 1
            else:
                unchanged += 1
                if unchanged > shown_count(screen):
                    break  # a lap of the list without a rewording to apply
        else:
            raise AssertionError("still rewording after 80 presses of F8 and 1")
        letter = saved.split("---\n", 2)[2]
        assert applied >= 5, applied
        for point in ("2019/20", "online", "associated", "decoy", "names of all"):
            assert point not in letter, point
        assert not HOLE_RE.search(letter)
        left = check(letter, wmp)
        assert shown_count(screen) == len(left), screen
        assert not [f for f in left if f.severity in ("warning", "error")]
        term.keys("Escape")
        term.wait_for_text("1 draft")
        term.keys("C-q")
        term.wait_for_text("EXIT=0")
    finally:
        subprocess.run([term.tmux, "-L", term.socket, "kill-server"], capture_output=True)


def test_a_reply_read_in_a_real_terminal_gives_the_next_letter_and_the_new_dates(
    tmp_path: Path,
) -> None:
    """West Midlands Police's real final reply pasted on the sent request: its meaning on
    screen, a ground ticked, the review request in the editor (checked as a review, so
    only a letter's form can draw a warning), and the review date on Home."""
    from foidraft.lint.api import check
    from foidraft.lint.letters import FORM_RULES

    data = Path(__file__).parent.parent / "data"
    home = tmp_path / "home"
    program = Path(sys.executable).parent / "foidraft"
    env = {**os.environ, "FOIDRAFT_HOME": str(home)}
    cli = partial(subprocess.run, check=True, capture_output=True, env=env)
    cli([str(program), "drafts", "new", "Paedophile hunters", "--authority", "wmp", "--from",
         str(data / "wmp-8a-21-letter.txt")])  # fmt: skip
    cli([str(program), "drafts", "status", "Paedophile hunters", "sent", "--date", "2021-01-02"])
    cli([str(program), "details", "--name", "Jo Bloggs"])  # the review is signed, not asked
    term, _ = start(tmp_path, width=120, height=40)
    try:
        term.wait_for_text("Paedophile hunters")
        term.keys("p")
        term.wait_for_text("Paste the authority's reply")
        term.run("load-buffer", "-b", "reply", str(data / "wmp-8a-21-final.txt"))
        term.run("paste-buffer", "-p", "-b", "reply", "-t", "app")
        stable(term)
        term.keys("C-s")
        term.wait_for_text("The reply gives no date")  # asked, never today unsaid
        # The date field has the focus. A week ago: the review deadline is still ahead.
        term.type((dt.date.today() - dt.timedelta(days=7)).isoformat())
        term.keys("C-s")
        screen = term.wait_for_text("Ask for an internal review")
        assert "Part of your request is answered" in screen
        assert "s23(5)" in screen and "questions 3 and 4" in screen
        term.keys("C-s")  # on with the next letter the reply offers
        term.wait_for_text("Grounds that fit this reply")
        term.keys("Space")  # the first ground; none is ticked for the requester
        term.keys("C-s")
        term.wait_for_text("Findings")
        screen = stable(term)
        assert "Review: Paedophile hunters" in screen
        term.keys("Escape")
        screen = term.wait_for_text("2 drafts")
        assert "review by" in screen  # the review deadline, counted from the reply
        term.keys("C-q")
        term.wait_for_text("EXIT=0")
    finally:
        subprocess.run([term.tmux, "-L", term.socket, "kill-server"], capture_output=True)
    (review,) = [p for p in (home / "data" / "drafts").glob("*.md") if "letter: review" in
                 p.read_text(encoding="utf-8")]  # fmt: skip
    text = review.read_text(encoding="utf-8")
    assert "I am writing to ask for an internal review" in text
    loud = [f for f in check(text) if f.severity in ("warning", "error")]
    assert all(f.name in FORM_RULES for f in loud), [(f.rule, f.match) for f in loud]
