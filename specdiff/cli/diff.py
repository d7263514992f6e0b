"""``specdiff diff OLD NEW``: what changed between two versions of a standard."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..errors import EXIT_DIFFERENCES
from .options import ocr_option, output_option, say_written, write_output
from .output import choose_format


@click.command("diff")
@click.argument("old", type=click.Path(path_type=Path))
@click.argument("new", type=click.Path(path_type=Path))
@click.option("--format", "fmt", default=None, help="json, text, markdown, html or docx (default: from -o, else text).")
@click.option("--dialect", default=None, help="Parse both sides as this format instead of detecting it.")
@click.option("--exit-code", is_flag=True, help="Exit 1 when there is any substantive change.")
@click.option(
    "--editorial",
    type=click.Choice(["exclude", "include"]),
    default=None,
    help="docx: track editorial changes too, each with a comment saying why (default: exclude, the new text stands).",
)
@ocr_option
@click.option("--old-title", default=None, help="Compare this title of OLD (code, name or alias) with a title of NEW.")
@click.option("--new-title", default=None, help="The title of NEW to compare with (see specdiff ladder).")
@output_option
def diff_command(
    old: Path,
    new: Path,
    fmt: str | None,
    dialect: str | None,
    exit_code: bool,
    editorial: str | None,
    ocr: str,
    old_title: str | None,
    new_title: str | None,
    output: str,
) -> None:
    """Compare two versions of a standard (any ingestible format on either side), or with
    --old-title/--new-title one title with another (of one document or of two)."""
    if old_title is not None or new_title is not None:
        from .ladder import titles_report

        titles_report(
            old, new, old_title, new_title, fmt=fmt, dialect=dialect, ocr=ocr, output=output, exit_code=exit_code
        )
        return
    from ..api import compare, load, render
    from ..renderers.diff import BINARY_DIFF_RENDERERS, DIFF_FORMATS

    fmt = choose_format(fmt, output, DIFF_FORMATS)
    binary = fmt in BINARY_DIFF_RENDERERS
    if editorial is not None and not binary:
        raise click.BadParameter("applies to the docx redline only (--format docx or -o FILE.docx)",
                                 param_hint="--editorial")  # fmt: skip
    if binary and output == "-" and sys.stdout.isatty():
        raise click.UsageError(f"a {fmt} file is binary: write it with -o FILE.{fmt}")
    result = compare(load(old, dialect=dialect, ocr=ocr), load(new, dialect=dialect, ocr=ocr))
    sources: tuple[str | None, str | None] = (None, None)
    if fmt == "html" and output != "-":
        from ..renderers.html import source_links

        sources = source_links((old, new), Path(output))
    color = fmt == "text" and output == "-" and sys.stdout.isatty()
    write_output(render(result, fmt, editorial=editorial or "exclude", color=color, sources=sources), output)
    say_written(output, result.summary)
    if exit_code and result.has_substantive:
        raise SystemExit(EXIT_DIFFERENCES)


def register(group: click.Group) -> None:
    group.add_command(diff_command)
