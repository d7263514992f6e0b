"""The place step of the corpus: the series folder and the version folder a new version goes in.

Identification (:mod:`.identify`) says which existing series a standard belongs to, if any;
here that becomes a folder name: the series found, the one given with ``--series``, or a new
one named for the standard's occupation code or title. The version is named for the date it is
filed under, ``YYYY-MM`` (plus ``-tentative`` or ``-draft``): the printed date, else the date
given with ``--as-of``, else the day it was added. Many published class specs print no date;
they are filed as of the day they were added, said so, and can be dated later (``corpus
set-date``, or ``add --as-of`` again) without losing anything.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import CorpusError
from ..model.identity import parse_date
from .identify import Facts, identify
from .index import Index
from .layout import Layout, child, slug
from .store import AS_OF_ADDED, AS_OF_GIVEN


def as_of_date(text: str, option: str = "--as-of") -> str:
    """A date the user gave (``--as-of``, ``set-date``) as ISO text; CorpusError if it is none."""
    iso = parse_date(text)
    if iso is None:
        raise CorpusError(f"{option} {text!r} is not a date; use YYYY-MM-DD, YYYY-MM or YYYY")
    return iso


def filed_as_of(facts: Facts, given: str | None, today: str) -> tuple[str, str] | None:
    """The date a version is filed as of and where it came from: the one given, else ``today``
    (the day it is added) when it prints none; None for a version with a printed date and no
    date given."""
    if given is not None:
        return given, AS_OF_GIVEN
    if facts.date is None:
        return today, AS_OF_ADDED
    return None


def series_for(index: Index, root: Path, facts: Facts, forced: str | None) -> tuple[str, str]:
    """The series folder a version goes in, and why: ``--series``, the series identified, or a
    new one (its occupation code, else a slug of its title, numbered past names taken: by the
    index or by a folder under ``root``). Each candidate name is tested on its own rather than
    by listing ``root``, which holds a folder per series and was listed once per file added."""
    if forced:
        return forced, "series given with --series"
    match = identify(facts, index.series_keys(facts.codes, facts.keys))
    if match.series is not None:
        return match.series, f"series by {match.reason}"
    if facts.codes:
        base = slug(facts.codes[0], fallback="series")
    else:
        base = slug(facts.title or "", fallback="untitled-series")
    indexed = set(index.series_names())
    name, n = base, 1
    while name in indexed or (root / name).is_dir():
        n += 1
        name = f"{base}-{n}"
    return name, f"new series: {match.reason}"


def forced_series(name: str) -> str:
    """The folder name of a series given with ``--series``."""
    forced = slug(name, fallback="")
    if not forced:
        raise CorpusError(f"--series {name!r} has no letters or digits to name a folder with")
    return forced


def version_for(
    layout: Layout, series: str, date: str | None, status: str, as_of: str | None, *, taken: str | None = None
) -> str:
    """``YYYY-MM`` of the printed ``date`` (else of ``as_of``) plus ``-tentative`` or ``-draft``;
    then ``-2``, ``-3``... when another version of the series already has that name (``taken`` is
    a folder of the series that may be kept: the version being renamed)."""
    when = date or as_of
    if when is None:
        raise CorpusError("no date is printed in it and none was given")
    base = when[:7] if status == "final" else f"{when[:7]}-{status}"
    name, n = base, 1
    while name != taken and child(child(layout.root, series), name).exists():
        n += 1
        name = f"{base}-{n}"
    return name


__all__ = ["as_of_date", "filed_as_of", "forced_series", "series_for", "version_for"]
