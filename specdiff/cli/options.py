"""Options shared by several commands, as decorators (sqlite-utils style)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

from .output import STDOUT, write_output

F = TypeVar("F", bound=Callable[..., Any])


OCR_MODES = ("auto", "always", "never")  # as specdiff.ingest.ocr.OCR_MODES (tests hold them together)


def ocr_option(func: F) -> F:
    """``--ocr auto|always|never``: which PDF pages are read by OCR. The command passes it to
    every read it makes, worker processes included (``corpus add -j 4``)."""
    return click.option(
        "--ocr",
        type=click.Choice(OCR_MODES),
        default="auto",
        show_default=False,
        help="Read PDF pages by OCR: auto (pages with no or unreadable text; default), always, never.",
    )(func)


def output_option(func: F) -> F:
    """``-o/--output FILE``: where the artifact goes; stdout by default."""
    return click.option(
        "-o", "--output", default=STDOUT, show_default="stdout", help="Write to this file instead of stdout."
    )(func)


def say_written(output: str, counts: dict[str, int]) -> None:
    """One line on stderr after a report is written to a file, so the person who ran the
    command sees what it found without opening the file (stdout stays for the artifact)."""
    if output == STDOUT:
        return
    click.echo(
        f"wrote {output}: {counts['substantive']} substantive, {counts['editorial']} editorial changes "
        f"({counts['moved']} moved, {counts['added']} added, {counts['removed']} removed)",
        err=True,
    )


__all__ = ["OCR_MODES", "ocr_option", "output_option", "say_written", "write_output"]
