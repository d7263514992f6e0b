"""``specdiff ingest`` and ``specdiff parse``: look at what was read and how it was understood."""

from __future__ import annotations

from pathlib import Path

import click

from ..jsontext import dump_json
from .options import ocr_option, output_option, write_output
from .output import choose_format

INGEST_FORMATS = ("text", "json")
PARSE_FORMATS = ("text", "json", "markdown", "requirements")
FROM_SUFFIX = "Default: from the -o file's suffix, else text."


@click.command()
@click.argument("file", type=click.Path(dir_okay=True, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(INGEST_FORMATS), default=None, help=FROM_SUFFIX)
@ocr_option
@output_option
def ingest(file: Path, fmt: str | None, ocr: str, output: str) -> None:
    """Print the lines recovered from FILE (with --format json, their page and line)."""
    from ..ingest import read

    fmt = choose_format(fmt, output, INGEST_FORMATS)
    raw = read(file, ocr=ocr)
    if fmt == "json":
        payload = {
            "source": raw.source.to_json(),
            "warnings": list(raw.warnings),
            "lines": [line.to_json() for line in raw.lines],
        }
        text = dump_json(payload)
    else:
        text = "".join(line.text + "\n" for line in raw.lines)
    write_output(text, output)


@click.command()
@click.argument("file", type=click.Path(dir_okay=True, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(PARSE_FORMATS), default=None, help=FROM_SUFFIX)
@click.option("--dialect", default=None, help="Parse as this format instead of detecting it.")
@ocr_option
@output_option
def parse(file: Path, fmt: str | None, dialect: str | None, ocr: str, output: str) -> None:
    """Parse FILE into the document model and print it."""
    from ..api import load, render

    fmt = choose_format(fmt, output, PARSE_FORMATS)
    write_output(render(load(file, dialect=dialect, ocr=ocr), fmt), output)


def register(group: click.Group) -> None:
    group.add_command(ingest)
    group.add_command(parse)
