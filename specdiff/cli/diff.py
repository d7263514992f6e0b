"""``specdiff diff OLD NEW``: what changed between two versions of a standard."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..errors import EXIT_DIFFERENCES
from .options import output_option, say_written, write_output
from .output import choose_format


@click.command("diff")
@click.argument("old", type=click.Path(path_type=Path))
@click.argument("new", type=click.Path(path_type=Path))
@click.option("--format", "fmt", default=None, help="json, text, markdown or html (default: from -o, else text).")
@click.option("--dialect", default=None, help="Parse both sides as this format instead of detecting it.")
@click.option("--exit-code", is_flag=True, help="Exit 1 when there is any substantive change.")
@output_option
def diff_command(old: Path, new: Path, fmt: str | None, dialect: str | None, exit_code: bool, output: str) -> None:
    """Compare two versions of a standard (any ingestible format on either side)."""
    from ..diff import compare
    from ..ingest import read
    from ..parsers import parse
    from ..render.diff import DIFF_RENDERERS, render_diff

    fmt = choose_format(fmt, output, DIFF_RENDERERS)
    result = compare(parse(read(old), dialect=dialect), parse(read(new), dialect=dialect))
    color = fmt == "text" and output == "-" and sys.stdout.isatty()
    write_output(render_diff(result, fmt=fmt, color=color), output)
    say_written(output, result.summary)
    if exit_code and result.has_substantive:
        raise SystemExit(EXIT_DIFFERENCES)


def register(group: click.Group) -> None:
    group.add_command(diff_command)
