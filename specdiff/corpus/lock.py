"""One writer at a time: an advisory lock on ``.specdiff/lock``.

``flock`` is released by the kernel when its holder dies, even by SIGKILL, so a killed ``add``
never leaves a stale lock behind for someone to delete by hand. The holder writes its pid and
command into the file so that a waiting process can say who it is waiting for.
"""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import CorpusError

POLL = 0.05


@contextmanager
def locked(path: Path, *, wait: float, purpose: str) -> Iterator[None]:
    """Hold the corpus's write lock, waiting up to ``wait`` seconds for another writer to finish."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        _acquire(fd, path, wait)
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()} {purpose}\n".encode())
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def _acquire(fd: int, path: Path, wait: float) -> None:
    deadline = time.monotonic() + max(wait, 0.0)
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if time.monotonic() >= deadline:
                raise CorpusError(
                    f"the corpus at {path.parent.parent} is busy: {_holder(path)} is writing to it; "
                    f"waited {wait:g}s (retry, or pass --wait SECONDS)"
                ) from None
            time.sleep(POLL)


def _holder(path: Path) -> str:
    try:
        pid, _, purpose = path.read_text(encoding="utf-8").strip().partition(" ")
    except OSError:
        return "another specdiff process"
    return f"specdiff {purpose or 'process'} (pid {pid})" if pid.isdigit() else "another specdiff process"


__all__ = ["locked"]
