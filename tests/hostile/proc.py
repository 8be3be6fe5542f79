"""Running the real program the way a probe does: a subprocess with its own FOIDRAFT_HOME,
a time-out (a hang fails the test instead of stopping the suite), a memory cap, and
optionally a file-size limit or without root's power to ignore file permissions."""

from __future__ import annotations

import ctypes
import os
import resource
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

MEMORY = 2 * 1024**3  # an alias bomb took 2.2 GB; stop it well before the machine suffers


@dataclass(frozen=True)
class Ran:
    code: int
    out: str
    err: str

    @property
    def one_line_error(self) -> bool:
        """Exit 2 with a one-line ``foidraft: error:`` (and at most a hint), no traceback."""
        lines = self.err.strip().splitlines()
        return (
            self.code == 2
            and "Traceback" not in self.err
            and bool(lines)
            and lines[0].startswith("foidraft: error: ")
            and all(line.startswith("  ") for line in lines[1:])
        )


def foidraft(
    home: Path,
    *argv: str,
    stdin: str | None = None,
    file_size: int | None = None,
    as_user: bool = False,
    timeout: float = 120,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
    umask: int | None = None,
) -> Ran:
    """``foidraft ARGV`` in a subprocess. ``file_size``: RLIMIT_FSIZE in bytes (a full
    disk); ``as_user``: without root's CAP_DAC_OVERRIDE, so permissions apply."""
    # No bytecode written by the child: under RLIMIT_FSIZE, Python's one write of a .pyc
    # is cut short without an error and the truncated file replaces the good one, which
    # breaks every later import of that module ("marshal data too short").
    full_env = {**os.environ, "FOIDRAFT_HOME": str(home), "NO_COLOR": "1",
                "PYTHONDONTWRITEBYTECODE": "1", **(env or {})}  # fmt: skip
    done = subprocess.run(
        [sys.executable, "-m", "foidraft", *argv],
        input=stdin, capture_output=True, text=True, timeout=timeout, env=full_env,
        cwd=cwd, preexec_fn=_limits(file_size, as_user, umask),
    )  # fmt: skip
    return Ran(done.returncode, done.stdout, done.stderr)


def _limits(file_size: int | None, as_user: bool, umask: int | None = None) -> Callable[[], None]:
    def apply() -> None:
        if umask is not None:
            os.umask(umask)
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))
        if file_size is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (file_size, file_size))
        if as_user and os.geteuid() == 0:
            drop_file_capabilities()

    return apply


# linux/capability.h
_VERSION_3 = 0x20080522
_DAC_OVERRIDE, _DAC_READ_SEARCH, _FOWNER = 1, 2, 3
_PR_CAPBSET_DROP = 24  # linux/prctl.h


class _Header(ctypes.Structure):
    _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]


class _Data(ctypes.Structure):
    _fields_ = [
        ("effective", ctypes.c_uint32),
        ("permitted", ctypes.c_uint32),
        ("inheritable", ctypes.c_uint32),
    ]


def drop_file_capabilities() -> None:
    """Give up root's power to read, write and chmod files regardless of their mode, so a
    read-only or unreadable folder stops this process as it would any user. They leave the
    bounding set too: otherwise root gets them back when it runs a program."""
    libc = ctypes.CDLL(None, use_errno=True)
    for cap in (_DAC_OVERRIDE, _DAC_READ_SEARCH, _FOWNER):
        if libc.prctl(_PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")
    header = _Header(_VERSION_3, 0)
    data = (_Data * 2)()
    if libc.capget(ctypes.byref(header), data) != 0:
        raise OSError(ctypes.get_errno(), "capget")
    keep = ~((1 << _DAC_OVERRIDE) | (1 << _DAC_READ_SEARCH) | (1 << _FOWNER)) & 0xFFFFFFFF
    data[0].effective &= keep
    data[0].permitted &= keep
    data[0].inheritable &= keep
    if libc.capset(ctypes.byref(header), data) != 0:
        raise OSError(ctypes.get_errno(), "capset")


def permissions_apply(folder: Path) -> bool:
    """True when a read-only folder stops writes for a subprocess run ``as_user``."""
    probe = folder / "probe-ro"
    probe.mkdir()
    probe.chmod(0o500)
    try:
        done = foidraft_python(f"open({str(probe / 'x')!r}, 'w')", as_user=True)
        return done.returncode != 0
    finally:
        probe.chmod(0o700)


def foidraft_python(code: str, *, as_user: bool = False) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
        preexec_fn=_limits(None, as_user),
    )  # fmt: skip
