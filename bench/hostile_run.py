"""Running one hostile case as a real process and judging it: exit code, stderr, time, memory.

Each run is a child process (``python -m specdiff ...``) waited for with ``os.wait4``, which
returns that child's own CPU time and peak resident memory, so every case is measured alone.
A case has a time cap; a run that reaches it is killed and counts as a hang.
"""

from __future__ import annotations

import os
import signal
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any


@dataclass
class Run:
    """What one command did."""

    code: int | None  # None: killed at its time cap
    stdout: str
    stderr: str
    cpu: float
    wall: float
    rss_mb: float

    @property
    def one_line(self) -> bool:
        """stderr is exactly one ``specdiff: error:`` line (and no traceback)."""
        return self.stderr.count("\n") == 1 and self.stderr.startswith("specdiff: error: ")


@dataclass
class Case:
    """One case of issue 21: how to set it up, what to run, and what holding means."""

    section: str
    name: str
    expect: str  # what holding means, in words
    run: Callable[[Path], tuple[Run | None, bool, str]]  # (the measured run, held, a note)


def specdiff(
    args: Sequence[str],
    *,
    env: dict[str, str] | None = None,
    cap: float = 120.0,
    stdout: IO[bytes] | None = None,
) -> Run:
    """``python -m specdiff ARGS`` in its own process group; killed (code None) after ``cap`` seconds.
    ``stdout``: where its output goes instead of being captured (``/dev/full``)."""
    with tempfile.TemporaryDirectory() as tmp:
        out_path, err_path = Path(tmp) / "out", Path(tmp) / "err"
        with out_path.open("wb") as out, err_path.open("wb") as err:
            started = time.perf_counter()
            # posix_spawn (vfork underneath), not fork: a forked child would start with this
            # process's pages, and its peak RSS would count them (the high-water mark survives exec).
            pid = os.posix_spawn(
                sys.executable,
                [sys.executable, "-m", "specdiff", *args],
                {**os.environ, **(env or {})},
                file_actions=[
                    (os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
                    (os.POSIX_SPAWN_DUP2, (stdout or out).fileno(), 1),
                    (os.POSIX_SPAWN_DUP2, err.fileno(), 2),
                ],
                setsid=True,
            )
            code, usage = _wait(pid, cap)
            wall = time.perf_counter() - started
        text = out_path.read_text(encoding="utf-8", errors="replace")
        err_text = err_path.read_text(encoding="utf-8", errors="replace")
    return Run(code, text, err_text, usage.ru_utime + usage.ru_stime, wall, usage.ru_maxrss / 1024)


def _wait(pid: int, cap: float) -> tuple[int | None, Any]:
    deadline = time.monotonic() + cap
    while True:
        done, status, usage = os.wait4(pid, os.WNOHANG)
        if done:
            return os.waitstatus_to_exitcode(status), usage
        if time.monotonic() > deadline:
            os.killpg(pid, signal.SIGKILL)
            _, status, usage = os.wait4(pid, 0)
            return None, usage
        time.sleep(0.02)


def verdict(run: Run, *, codes: Sequence[int], one_line: bool = False, max_seconds: float | None = None) -> bool:
    """Held: finished with one of ``codes`` (never 3, never killed), one line on stderr when asked."""
    if run.code is None or run.code not in codes:
        return False
    if one_line and not run.one_line:
        return False
    return max_seconds is None or run.cpu <= max_seconds


__all__ = ["Case", "Run", "specdiff", "verdict"]
