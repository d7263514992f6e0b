"""The count step of the corpus: the changes between each pair of neighbouring versions.

``corpus log`` shows, for each version, how many substantive and editorial changes it made
from the one before. Counting means comparing two documents, so it is done once per pair, in
the pool, and recorded with what it was computed from (both documents and the diff's code):
a pair whose versions or diff code changed since is counted again, and a count a killed run
never wrote is written by the next command that looks.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable

from ..errors import SpecdiffError
from ..model import Document
from .index import StepCounts, VersionRow
from .session import Session
from .store import diff_fingerprint
from .work import read_document_json, run_map


def count_changes(
    old_path: str,
    new_path: str,
    old_written: tuple[str, Document] | None = None,
    new_written: tuple[str, Document] | None = None,
) -> dict[str, int] | str:
    """Compare two document.json files and count the changes (the numbers ``log`` shows), or
    say why they cannot be compared (a file unreadable or damaged since it was indexed).
    ``*_written``: what this process wrote to the file, if it did (see ``read_document_json``)."""
    from ..diff import compare

    try:
        old, new = read_document_json(old_path, old_written), read_document_json(new_path, new_written)
    except (OSError, UnicodeDecodeError, SpecdiffError, KeyError, TypeError, ValueError) as exc:
        return getattr(exc, "strerror", None) or str(exc)
    diff = compare(old, new)
    summary = diff.summary
    return {
        "substantive": summary["substantive"],
        "editorial": summary["editorial"],
        "added": summary["added"],
        "removed": summary["removed"],
        "modified": summary["modified"],
        "moved": summary["moved"],
        "metadata": len(diff.metadata_changes),
    }


def missing_steps(session: Session, series: Iterable[str]) -> list[tuple[VersionRow, VersionRow]]:
    """The neighbouring pairs whose count is missing or was computed from something else."""
    fp = diff_fingerprint()
    out: list[tuple[VersionRow, VersionRow]] = []
    for name in series:
        rows = session.index.versions(name)
        steps = session.index.steps(name)
        for prev, row in itertools.pairwise(rows):
            step = steps.get(row.version)
            if step is None or step.pair != _pair(prev, row, fp):
                out.append((prev, row))
    return out


def _pair(prev: VersionRow, row: VersionRow, fp: str) -> str:
    return f"{prev.version}={prev.doc_id}>{row.doc_id}@{fp}"


def update_steps(session: Session, series: Iterable[str]) -> None:
    """Count the changes between each pair of neighbouring versions the index lacks."""
    missing = missing_steps(session, sorted(series))
    if not missing:
        return

    def doc(row: VersionRow) -> str:
        return str(session.layout.version_dir(row.series, row.version) / "document.json")

    # Documents this process wrote are handed over only when it does the counting itself: to a
    # pool they would be pickled, which costs more than the workers parsing the JSON back.
    known = session.written if session.jobs <= 1 else {}
    paths = [(doc(prev), doc(row)) for prev, row in missing]
    args = [(old, new, known.get(old), known.get(new)) for old, new in paths]
    fp = diff_fingerprint()
    results = run_map(count_changes, args, jobs=session.jobs, label="comparing", pool=session.pool)
    for (prev, row), counts in zip(missing, results, strict=True):
        if isinstance(counts, str):
            session.warn(f"{row.series}: cannot count the changes from {prev.version} to {row.version}: {counts}")
            continue
        step = StepCounts(row.series, row.version, prev.version, _pair(prev, row, fp), **counts)
        with session.index.transaction():
            session.index.put_step(step)


__all__ = ["count_changes", "missing_steps", "update_steps"]
