"""Options shared by several commands, as decorators (sqlite-utils style)."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from ..errors import OutputError

F = TypeVar("F", bound=Callable[..., Any])


def output_option(func: F) -> F:
    """``-o/--output FILE``: where the artifact goes; stdout by default."""
    return click.option(
        "-o", "--output", default="-", show_default="stdout", help="Write to this file instead of stdout."
    )(func)


def write_output(text: str | bytes, output: str) -> None:
    """Write the artifact (text, or the bytes of a binary format) to stdout or atomically to a
    file (temporary file, then rename), so a failed run never leaves a half-written report behind."""
    if output == "-":
        if isinstance(text, bytes):
            sys.stdout.buffer.write(text)
            sys.stdout.buffer.flush()
            return
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    path = Path(output)
    directory = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(dir=directory, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise OutputError(f"cannot write {output}: {exc.strerror or exc}") from exc
    try:
        umask = os.umask(0o022)
        os.umask(umask)
        os.fchmod(fd, 0o666 & ~umask)  # mkstemp makes it private; a report is an ordinary file
        with os.fdopen(fd, "wb") as fh:
            fh.write(text.encode("utf-8") if isinstance(text, str) else text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def say_written(output: str, counts: dict[str, int]) -> None:
    """One line on stderr after a report is written to a file, so the person who ran the
    command sees what it found without opening the file (stdout stays for the artifact)."""
    if output == "-":
        return
    click.echo(
        f"wrote {output}: {counts['substantive']} substantive, {counts['editorial']} editorial changes "
        f"({counts['moved']} moved, {counts['added']} added, {counts['removed']} removed)",
        err=True,
    )
