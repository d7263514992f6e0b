"""The map step of batch work: plain functions of file paths, run in a process pool.

Parsing a published file and comparing two parsed documents depend on nothing but the files, so
each task is a module-level function taking and returning plain picklable values. That is all a
process pool needs, and all Dask (``client.map``) or Ray (``ray.remote``) would need to run the
same functions across machines; everything that writes to the corpus stays in the parent.
"""

from __future__ import annotations

import json
import multiprocessing
import multiprocessing.context
import sys
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from ..errors import SpecdiffError
from ..model import Document

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Parsed:
    """What parsing one file gave: a document, or the one-line reason it could not be read."""

    document: Document | None
    error: str | None = None


def parse_file(path: str, name: str) -> Parsed:
    """Read and parse one published file (``name`` is how the document refers to it)."""
    from ..ingest import read
    from ..parsers import parse

    try:
        return Parsed(parse(read(path, name=name)))
    except SpecdiffError as exc:
        return Parsed(None, str(exc))


def load_json_document(path: str) -> Document:
    return Document.from_json(json.loads(Path(path).read_text(encoding="utf-8")))


def count_changes(old_path: str, new_path: str) -> dict[str, int]:
    """Compare two document.json files and count the changes (the numbers ``log`` shows)."""
    from ..diff import compare

    diff = compare(load_json_document(old_path), load_json_document(new_path))
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


def run_map(
    func: Callable[..., T],
    args: Sequence[tuple[Any, ...]],
    *,
    jobs: int,
    label: str,
) -> Iterator[T]:
    """``func(*a)`` for each ``a``, in order, lazily, on ``jobs`` processes (in this one if 1).

    Results arrive in input order as soon as each is ready, so the caller can commit them one by
    one: work finished before a crash is kept.
    """
    with progress(len(args), label) as advance:
        if jobs <= 1 or len(args) <= 1:
            for a in args:
                result = func(*a)
                advance()
                yield result
            return
        with ProcessPoolExecutor(max_workers=jobs, mp_context=_context()) as pool:
            chunk = max(1, min(16, len(args) // (jobs * 8)))
            for result in pool.map(func, *zip(*args, strict=True), chunksize=chunk):
                advance()
                yield result


def _context() -> multiprocessing.context.BaseContext:
    """Workers started from a clean server, not forked from us: a forked worker would inherit the
    corpus lock's file descriptor and keep the corpus locked after its parent was killed."""
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    if "forkserver" in methods:
        context.set_forkserver_preload(["specdiff.corpus.work", "specdiff.ingest", "specdiff.parsers", "specdiff.diff"])
    return context


@contextmanager
def progress(total: int, label: str) -> Iterator[Callable[[], None]]:
    """A rich progress bar on stderr when it is a terminal and the batch is worth one; else nothing."""
    if total < 2 or not sys.stderr.isatty():
        yield lambda: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(label, total=total)
        yield lambda: bar.advance(task)


__all__ = ["Parsed", "count_changes", "load_json_document", "parse_file", "progress", "run_map"]
