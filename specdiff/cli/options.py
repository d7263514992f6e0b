"""Options shared by several commands, as decorators (sqlite-utils style)."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any, TypeVar

import click

from .output import STDOUT, write_output

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


__all__ = ["output_option", "say_written", "write_output"]
