"""One error contract for I/O: every command meets a full disk (RLIMIT_FSIZE), read-only
and unreadable folders, and a file where a folder should be with one line on stderr and
exit status 2, never a traceback, and changes nothing."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from foidraft.authorities.directory import load_directory
from foidraft.authorities.user import save_email
from foidraft.drafts import DraftStore
from foidraft.templates import TemplateStore, template_from_draft
from tests.hostile.proc import Ran, foidraft, permissions_apply

LETTER = (
    "Dear Greater Manchester Police,\n\nPlease provide the number of stop and search "
    "encounters in 2019/20, and all information about the front counter at Hexham.\n\n"
    "Yours faithfully,\n\nEve\n"
)
REPLY = "Please clarify what you mean by 'front counter'. We cannot identify 'Hexham'.\n"


@pytest.fixture
def home(foidraft_home: Path, warm_cache: None) -> Iterator[Path]:
    """A home with a draft ("stops"), a sent one ("counter"), a template ("stops") and a
    letter and reply beside, and the caches a first run leaves: each command on a new home
    spent about 4 s of CPU building them (a cold home on a full disk has its own test)."""
    draft = DraftStore().create("Stops", LETTER, authority="gmp")
    sent = DraftStore().create("Counter", LETTER, authority="gmp")
    sent.set_status("sent", dt.date(2024, 1, 2))
    DraftStore().save(sent)
    gmp = load_directory().resolve("gmp")
    TemplateStore().save(template_from_draft(draft, gmp, name="Stops"))
    save_email("wmp", "foi@wmp.police.uk", "2024-01-02")
    (foidraft_home.parent / "letter.txt").write_text(LETTER)
    (foidraft_home.parent / "reply.txt").write_text(REPLY)
    yield foidraft_home
    for folder in [foidraft_home.parent, *foidraft_home.parent.rglob("*")]:
        if folder.is_dir():  # let pytest clean up what was made read-only
            folder.chmod(0o700)


def snapshot(root: Path) -> dict[str, str]:
    """Every file under ``root`` and a hash of its bytes (what "changed nothing" means;
    empty lock files foidraft holds while writing do not count)."""
    out = {}
    for path in sorted(root.rglob("*")):
        if path.is_file() and "cache" not in path.parts and not path.name.endswith(".lock"):
            out[str(path.relative_to(root))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out


# Commands that write (a draft, a template, the authority file, personal rules, a letter,
# an export); {letter} and {reply} are files beside the home folder.
WRITERS = [
    ("drafts", "new", "Another", "--from", "{letter}"),
    ("drafts", "status", "stops", "sent", "--date", "2024-01-02"),
    ("template", "save", "stops", "--name", "Second", "--force"),
    ("authorities", "set-email", "gmp", "foi@gmp.police.uk"),
    ("learn", "stops", "--reply", "{reply}", "--yes", "--url", "https://example.org/r"),
    ("fix", "--choose", "FD101=1", "{letter}"),
    ("batch", "stops", "--to", "gmp,wmp"),
    ("export", "stops", "-f", "eml", "-o", "{out}"),
    ("reply", "counter", "{reply}", "--date", "2024-01-20"),
    ("reply", "counter", "{reply}", "--date", "2024-01-20", "--next", "clarify"),
]


def _run(home: Path, command: tuple[str, ...], **kwargs: object) -> Ran:
    beside = home.parent
    files = {"letter": beside / "letter.txt", "reply": beside / "reply.txt"}
    files["out"] = beside / "out" / "stops.eml"
    argv = [a.format(**files) if a.startswith("{") else a for a in command]
    return foidraft(home, *argv, **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize("command", WRITERS, ids=lambda c: " ".join(c[:2]))
def test_a_full_disk(home: Path, command: tuple[str, ...]) -> None:
    (home.parent / "out").mkdir()
    before = snapshot(home.parent)
    ran = _run(home, command, file_size=64)  # every write of a real file is refused
    assert ran.one_line_error, ran
    assert "larger than this system allows" in ran.err or "File too large" in ran.err, ran
    assert snapshot(home.parent) == before


def test_a_full_disk_before_any_cache_is_built(foidraft_home: Path) -> None:
    """The caches cannot be written either: the command still says one line and writes
    nothing."""
    foidraft_home.mkdir(mode=0o700)
    letter = foidraft_home.parent / "letter.txt"
    letter.write_text(LETTER)
    before = snapshot(foidraft_home.parent)
    ran = foidraft(foidraft_home, "drafts", "new", "Another", "--from", str(letter), file_size=64)
    assert ran.one_line_error, ran
    assert not list((foidraft_home / "cache").glob("*.marshal"))
    assert snapshot(foidraft_home.parent) == before


@pytest.fixture
def permissions(home: Path) -> None:
    if not permissions_apply(home.parent):
        pytest.fail("could not run a subprocess to which file permissions apply")


@pytest.mark.parametrize("command", WRITERS, ids=lambda c: " ".join(c[:2]))
def test_read_only_folders(home: Path, permissions: None, command: tuple[str, ...]) -> None:
    (home.parent / "out").mkdir()
    before = snapshot(home.parent)
    for folder in [home.parent, *home.parent.rglob("*")]:
        if folder.is_dir() and "cache" not in folder.parts:
            folder.chmod(0o500)
    ran = _run(home, command, as_user=True)
    assert ran.one_line_error, ran
    assert snapshot(home.parent) == before


READERS = [
    ("drafts", "rm", "stops"),
    ("drafts", "list"),
    ("drafts", "show", "stops"),
    ("template", "list"),
    ("export", "stops", "-f", "txt"),
    ("check", "{letter}"),
    ("due",),
    *WRITERS,
]


@pytest.mark.parametrize("command", READERS, ids=lambda c: " ".join(c[:2]))
def test_unreadable_folders(home: Path, permissions: None, command: tuple[str, ...]) -> None:
    (home.parent / "out").mkdir()
    data = home / "data"
    for folder in [data, *data.iterdir(), home / "config"]:
        if folder.is_dir():
            folder.chmod(0o000)
    (home.parent / "letter.txt").chmod(0o000)
    ran = _run(home, command, as_user=True)
    assert ran.one_line_error, ran


@pytest.mark.parametrize("command", READERS, ids=lambda c: " ".join(c[:2]))
def test_a_file_where_the_home_folder_should_be(home: Path, command: tuple[str, ...]) -> None:
    stand_in = home.parent / "not-a-folder"
    stand_in.write_text("a file, not a folder\n")
    ran = _run(home, command, env={"FOIDRAFT_HOME": str(stand_in)})
    if command[0] in ("check", "fix"):  # need nothing from the home folder: they work
        assert ran.code in (0, 1) and "FD" in ran.out, ran
        return
    assert ran.one_line_error, ran
    assert stand_in.read_text() == "a file, not a folder\n"


def test_every_folder_foidraft_creates_is_private_whatever_the_umask(tmp_path: Path) -> None:
    home = tmp_path / "a" / "b" / "home"  # none of it exists yet
    for umask in (0o022, 0o077, 0o000):
        ran = foidraft(home, "drafts", "new", "Counter closures", umask=umask)
        assert ran.code == 0, ran
        ran = foidraft(home, "authorities", "set-email", "gmp", "foi@gmp.police.uk", umask=umask)
        assert ran.code == 0, ran
        made = [tmp_path / "a", *sorted((tmp_path / "a").rglob("*"))]
        modes = {str(p): oct(p.stat().st_mode & 0o777) for p in made if p.is_dir()}
        assert set(modes.values()) == {"0o700"}, (oct(umask), modes)
        files = {str(p): oct(p.stat().st_mode & 0o777) for p in made if p.is_file()}
        assert set(files.values()) <= {"0o600"}, files
        for p in sorted(made, reverse=True):
            p.unlink() if p.is_file() else p.rmdir()
