"""The limits that keep every input's cost bounded, in one table (docs/limits.md explains each).

A published standard is a few hundred KB and a few hundred pages; a file far past these limits
is a mistake or an attack (a zip bomb, a PDF whose pages all share one huge content stream,
HTML nested thousands deep). Past a limit specdiff stops with one line (exit 2) that names the
limit and the environment variable that raises it, instead of running for minutes, growing to
gigabytes, or dropping text silently. Each limit is read from the environment when it is used,
so a library user can raise one for a single call.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from types import FrameType

from .errors import InputError, SpecdiffError


@dataclass(frozen=True, slots=True)
class Limit:
    """One bound: its default, its unit, and the variable that raises it."""

    env: str
    default: int
    unit: str
    what: str
    ceiling: int | None = None  # a bound no setting can raise (a library's own hard limit)

    def get(self) -> int:
        """The limit in force: the environment's value if set, else the default."""
        raw = os.environ.get(self.env, "").strip().replace("_", "")
        if not raw:
            return self.default
        if not (raw.isascii() and raw.isdigit() and len(raw) <= 18) or int(raw) <= 0:
            raise SpecdiffError(f"{self.env}={os.environ[self.env]!r} is not a positive whole number")
        value = int(raw)
        return min(value, self.ceiling) if self.ceiling else value

    def error(self, label: str, found: str, *, at_ceiling: bool = False) -> InputError:
        """The one-line error for an input past this limit (or past its ceiling, which no
        setting raises)."""
        if at_ceiling or (self.ceiling and self.get() >= self.ceiling):
            limit = self.amount(self.ceiling)
            return InputError(f"cannot read {label}: {found}, past {limit} ({self.what}), the most that can be read")
        hint = f"raise it with {self.env}=N"
        return InputError(f"cannot read {label}: {found}, past the limit of {self.amount()} ({self.what}); {hint}")

    def amount(self, value: int | None = None) -> str:
        """The limit (or ``value``) with its unit, as the messages and docs print it."""
        number = f"{self.get() if value is None else value:,}"
        return f"{number} {self.unit}" if self.unit else number


MB = 1024 * 1024

INPUT_MB = Limit("SPECDIFF_MAX_INPUT_MB", 200, "MB", "size of an input file")
UNPACKED_MB = Limit("SPECDIFF_MAX_UNPACKED_MB", 100, "MB", "what a DOCX or the compressed streams of a PDF unpack to")
PAGES = Limit("SPECDIFF_MAX_PAGES", 2_000, "pages", "pages of a PDF")
TEXT_CHARS = Limit("SPECDIFF_MAX_CHARS", 5_000_000, "characters", "text of one document")
# libxml2 stops building an HTML tree at 2,048 levels even with its huge-tree option, so no
# setting reads deeper; the default is far above any real page (the realdocs reach 30).
NESTING = Limit("SPECDIFF_MAX_NESTING", 512, "levels", "nesting of HTML elements or JSON values", 2_048)
# Word's "Start at" box stops at 32,767; a list said to start at 10^10 is damage or an attack.
LIST_NUMBER = Limit("SPECDIFF_MAX_LIST_NUMBER", 32_767, "", "the first number of a DOCX list")

ALL = (INPUT_MB, UNPACKED_MB, PAGES, TEXT_CHARS, NESTING, LIST_NUMBER)


@contextmanager
def recursion_room(depth: int) -> Iterator[None]:
    """Let a recursive walk go ``depth`` levels below the current frame, then restore the limit.

    The readers walk trees recursively; a tree within :data:`NESTING` must not fail on Python's
    default recursion limit (1,000) merely because it is deeper than that.
    """
    old = sys.getrecursionlimit()
    needed = len(_frames()) + depth + 200
    if needed > old:
        sys.setrecursionlimit(needed)
    try:
        yield
    finally:
        sys.setrecursionlimit(old)


def _frames() -> list[FrameType]:
    frames = []
    frame: FrameType | None = sys._getframe(1)
    while frame is not None:
        frames.append(frame)
        frame = frame.f_back
    return frames


__all__ = [
    "ALL",
    "INPUT_MB",
    "LIST_NUMBER",
    "MB",
    "NESTING",
    "PAGES",
    "TEXT_CHARS",
    "UNPACKED_MB",
    "Limit",
    "recursion_room",
]
