"""``specdiff ladder FILE``, and ``specdiff diff OLD NEW --old-title T --new-title U``: titles
compared with each other rather than versions of one title."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

import click

from ..errors import EXIT_DIFFERENCES
from .options import ocr_option, output_option, write_output
from .output import choose_format

LADDER_FORMATS = ("text", "json", "markdown", "html", "docx")  # as specdiff.renderers.ladder (tests hold them together)


def _format(fmt: str | None, output: str) -> str:
    return choose_format(fmt, output, LADDER_FORMATS)


def _write(ladder: object, fmt: str, output: str) -> None:
    """The rendered ladder to stdout or ``output``; a binary format is never sent to a terminal."""
    from ..api import render
    from ..ladders.model import Ladder

    assert isinstance(ladder, Ladder)
    if fmt == "docx" and output == "-" and sys.stdout.isatty():
        raise click.UsageError(f"a {fmt} file is binary: write it with -o FILE.{fmt}")
    write_output(render(ladder, fmt), output)


def _say(output: str, ladder: object) -> None:
    """One line on stderr after writing to a file: how many steps and what they found."""
    from ..ladders.model import Ladder

    if output == "-" or not isinstance(ladder, Ladder):
        return
    totals: dict[str, int] = {}
    for step in ladder.steps:
        for kind, count in step.counts.items():
            totals[kind] = totals.get(kind, 0) + count
    click.echo(
        f"wrote {output}: {len(ladder.levels)} titles, {totals.get('scope', 0)} same duty with a different scope, "
        f"{totals.get('only_new', 0) + totals.get('only_old', 0)} at one title only, "
        f"{totals.get('inherited', 0)} inherited, {totals.get('shared', 0)} shared",
        err=True,
    )


@click.command("ladder")
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(LADDER_FORMATS), default=None, help="Default: from -o, else text.")
@click.option(
    "--level",
    "levels",
    multiple=True,
    metavar="TITLE",
    help="A title to include (code, name or alias), lowest first; repeat it. Default: every title in print order.",
)
@click.option("--dialect", default=None, help="Parse as this format instead of detecting it.")
@ocr_option
@output_option
def ladder_command(
    file: Path, fmt: str | None, levels: Sequence[str], dialect: str | None, ocr: str, output: str
) -> None:
    """What distinguishes each level of a series from the one below it (duties, scope, qualifications)."""
    from ..api import ladder, load

    result = ladder(load(file, dialect=dialect, ocr=ocr), list(levels) or None)
    _write(result, _format(fmt, output), output)
    _say(output, result)


def titles_report(
    old: Path,
    new: Path,
    old_title: str | None,
    new_title: str | None,
    *,
    fmt: str | None,
    dialect: str | None,
    ocr: str,
    output: str,
    exit_code: bool,
) -> None:
    """``diff --old-title/--new-title``: one title against another, as a two-column ladder."""
    from ..api import compare_titles, load

    chosen = _format(fmt, output)
    if chosen not in LADDER_FORMATS:
        raise click.BadParameter(f"{chosen!r}; valid formats: {', '.join(LADDER_FORMATS)}", param_hint="--format")
    old_doc = load(old, dialect=dialect, ocr=ocr)
    new_doc = old_doc if old.resolve() == new.resolve() else load(new, dialect=dialect, ocr=ocr)
    result = compare_titles(old_doc, old_title, new_doc, new_title)
    _write(result, chosen, output)
    _say(output, result)
    if exit_code and any(i.kind != "shared" for s in result.steps for i in s.items):
        raise SystemExit(EXIT_DIFFERENCES)


def register(group: click.Group) -> None:
    group.add_command(ladder_command)
