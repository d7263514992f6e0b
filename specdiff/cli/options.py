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


OCR_MODES = ("auto", "always", "never")


def ocr_option(func: F) -> F:
    """``--ocr auto|always|never``: which PDF pages are read by OCR. It sets ``SPECDIFF_OCR`` for
    the rest of the command, so every file the command reads (in worker processes too, e.g.
    ``corpus add -j 4``) is read the same way without each layer passing it on; the previous
    value comes back when the command ends."""
    return click.option(
        "--ocr",
        type=click.Choice(OCR_MODES),
        default=None,
        expose_value=False,
        callback=_set_ocr,
        help="Read PDF pages by OCR: auto (pages with no or unreadable text; default), always, never.",
    )(func)


def _set_ocr(ctx: click.Context, _param: click.Parameter, value: str | None) -> None:
    if value is None:
        return
    before = os.environ.get("SPECDIFF_OCR")
    os.environ["SPECDIFF_OCR"] = value

    def restore() -> None:
        if before is None:
            os.environ.pop("SPECDIFF_OCR", None)
        else:
            os.environ["SPECDIFF_OCR"] = before

    ctx.call_on_close(restore)


def output_option(func: F) -> F:
    """``-o/--output FILE``: where the artifact goes; stdout by default."""
    return click.option(
        "-o", "--output", default="-", show_default="stdout", help="Write to this file instead of stdout."
    )(func)


def write_output(text: str, output: str) -> None:
    """Write the artifact to stdout or atomically to a file (temporary file, then rename),
    so a failed run never leaves a half-written report behind."""
    if output == "-":
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
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
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
