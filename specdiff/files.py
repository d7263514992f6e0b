"""Writing a file so that its readers see the old bytes or the new ones, never a mixture.

A temporary file in the same folder, written (and flushed to disk when ``durable``), then
renamed over the target: a rename within one file system is atomic, so a killed process, a
full disk or a second writer leaves either the whole old file or the whole new one. Every
writer of specdiff's (a report given with ``-o``, a corpus's document.json, its marker, a
review) writes this way.
"""

from __future__ import annotations

import functools
import os
import tempfile
from pathlib import Path

TEMP_PREFIX = ".specdiff-"  # short, so that a temporary name is never longer than its target's


@functools.cache
def umask() -> int:
    """The process's file-creation mask, read without changing it where the system says it
    (Linux's /proc), else set and restored once; a temporary file is private (0600) until it
    gets the mode an ordinary file of the user's would have."""
    try:
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_atomic(path: Path, data: bytes | str, *, durable: bool = True, mode: int | None = None) -> None:
    """Replace (or create) ``path`` with ``data`` in one step; text is written as UTF-8.

    ``mode`` keeps the permission bits of a file being replaced; a new file gets the ordinary
    ones (0666 less the umask). ``durable`` flushes the bytes to disk before the rename (a
    batch may instead flush once at its end). Raises OSError; nothing is left behind on failure.
    """
    raw = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=TEMP_PREFIX, suffix=".tmp")
    try:
        os.fchmod(fd, mode if mode is not None else 0o666 & ~umask())
        with os.fdopen(fd, "wb") as fh:
            fh.write(raw)
            if durable:
                fh.flush()
                os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


__all__ = ["TEMP_PREFIX", "umask", "write_atomic"]
