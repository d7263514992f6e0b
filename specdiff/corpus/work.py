"""The map step of batch work: plain functions of file paths, run in a process pool.

Reading a published file (and identifying it), comparing two parsed documents, rendering a
report page: each depends on nothing but the files, so each task is a module-level function
taking and returning plain picklable values. That is all a process pool needs, and all Dask
(``client.map``) or Ray (``ray.remote``) would need to run the same functions across machines;
everything that writes to the corpus stays in the parent. How to read (the OCR mode) travels
with each task's arguments, never through the environment.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.context
import sys
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, TypeVar

import orjson

from ..errors import SpecdiffError
from ..jsontext import load_json
from ..model import Document
from .identify import Facts, facts_of
from .index import ClauseRow
from .layout import source_name
from .place import filed_as_of
from .store import Bookkeeping, document_payload, parser_fingerprint

T = TypeVar("T")


# Where the corpus path of a document goes in document.json before the parent has chosen it;
# json escapes NUL, so the placeholder's JSON text cannot come from a document's own text.
PATH_PLACEHOLDER = "\x00specdiff-corpus-path\x00"


@dataclass(frozen=True, slots=True)
class Prepared:
    """Everything the corpus needs from one published file, computed by the worker that read it:
    identification facts, the rows to index and the text of document.json. The parent only
    chooses the folder, writes and records, so it never waits on parsing or serialising."""

    error: str | None
    bookkeeping: Bookkeeping | None = None
    facts: Facts | None = None
    clauses: tuple[ClauseRow, ...] = ()
    count: int = 0
    payload: str = ""
    internal: bool = False  # the error is a bug of specdiff's, not a problem of the file
    document: Document | None = None  # the parsed document, in the process that parsed it only

    def payload_at(self, rel: str) -> str:
        """document.json with the document's source path set to ``rel``."""
        placeholder, path = (orjson.dumps(text).decode("utf-8") for text in (PATH_PLACEHOLDER, rel))
        return self.payload.replace(placeholder, path, 1)

    def document_at(self, rel: str) -> Document | None:
        """The document :meth:`payload_at` holds (source path ``rel``), if this process has it."""
        if self.document is None:
            return None
        return replace(self.document, source=replace(self.document.source, path=rel))

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled without ``document``: a pool worker sends the text of document.json, which is
        all the parent writes; the document would double what crosses the process boundary."""
        fields = (self.error, self.bookkeeping, self.facts, self.clauses, self.count, self.payload, self.internal)
        return (Prepared, fields)


def describe(doc: Document, kept: Bookkeeping, payload: str = "", facts: Facts | None = None) -> Prepared:
    """Facts and index rows of a parsed document (pure)."""
    facts = facts or facts_of(doc)
    rows = tuple(
        ClauseRow(clause.text, section.heading, section.kind, section.title or facts.title, clause.id)
        for section, clause in doc.clauses()
        if clause.text.strip()
    )
    return Prepared(None, kept, facts, rows, sum(1 for _ in doc.clauses()), payload, document=doc)


def prepare_file(
    path: str,
    label: str,
    original_name: str,
    as_of: tuple[str, str] | None,
    ocr: str,
    rel: str | None = None,
    source_file: str | None = None,
    today: str | None = None,
) -> Prepared:
    """Read, parse and describe one published file. ``as_of`` is the date it is filed as of and
    where that came from, if any; else, with ``today``, a file that prints no date is filed as
    of that day (:func:`.place.filed_as_of`). ``rel`` is its corpus path if already known."""
    from ..ingest import read
    from ..parsers import parse

    try:
        doc = parse(read(path, name=label, ocr=ocr))
    except SpecdiffError as exc:
        return Prepared(str(exc))
    except RecursionError as exc:  # before Exception: a document nested too deep for us
        return Prepared(f"cannot read {label}: it is nested too deep to read ({exc})")
    except Exception as exc:  # a bug of ours on this file must not cost the rest of a batch
        return Prepared(f"internal error on {label} ({type(exc).__name__}: {exc}); please report it", internal=True)
    facts = facts_of(doc)
    if as_of is None and today is not None:
        as_of = filed_as_of(facts, None, today)
    kept = Bookkeeping(
        source_file=source_file or source_name(doc.source.media_type, original_name),
        source_sha256=doc.source.sha256,
        original_name=original_name,
        as_of=as_of[0] if as_of else None,
        parser=doc.format,
        fingerprint=parser_fingerprint(),
        as_of_from=as_of[1] if as_of else None,
    )
    stored = replace(doc, source=replace(doc.source, path=rel or PATH_PLACEHOLDER))
    return describe(doc, kept, document_payload(stored, kept), facts)


def read_document_json(path: str, written: tuple[str, Document] | None = None) -> Document:
    """The document a document.json holds (its corpus bookkeeping aside). ``written`` is the text
    this process wrote there and the document it wrote it from: while the file still holds that
    text, the document is that one (a document.json reads back as the document it was written
    from; tests/corpus holds this), which spares parsing the JSON back."""
    text = Path(path).read_text(encoding="utf-8")
    if written is not None and written[0] == text:
        return written[1]
    return Document.from_json(load_json(text, path))


def run_map(
    func: Callable[..., T],
    args: Sequence[tuple[Any, ...]],
    *,
    jobs: int,
    label: str,
    pool: Callable[[], Executor] | None = None,
) -> Iterator[T]:
    """``func(*a)`` for each ``a``, in order, lazily, on ``jobs`` processes (in this one if 1).

    Results arrive in input order as soon as each is ready, so the caller can commit them one by
    one: work finished before a crash is kept. ``pool`` hands over the command's own pool (see
    :meth:`.session.Session.pool`), so that the steps of one command (reading the files, then
    counting the changes between versions) share workers that have already started spaCy, rather
    than each starting a pool of its own.
    """
    with progress(len(args), label) as advance:
        if jobs <= 1 or len(args) <= 1:
            for a in args:
                result = func(*a)
                advance()
                yield result
            return
        # Small chunks: a worker takes a chunk at a time, so the last chunk handed out is how long
        # the other workers may wait at the end of a batch (16 files of 25 ms each was 0.4 s).
        chunk = max(1, min(4, len(args) // (jobs * 8)))
        # the command's own pool outlives this batch (its session shuts it down); a new one does not
        with nullcontext(pool()) if pool is not None else new_pool(jobs) as executor:
            for result in executor.map(func, *zip(*args, strict=True), chunksize=chunk):
                advance()
                yield result


def new_pool(jobs: int) -> ProcessPoolExecutor:
    """A pool of ``jobs`` worker processes started the safe way (see :func:`_context`)."""
    return ProcessPoolExecutor(max_workers=jobs, mp_context=_context())


def start_workers() -> None:
    """Start the fork server now, for a command that will need workers: it loads spaCy
    (:mod:`.worker_start`) while the command goes on with its own start, instead of after it."""
    if _context().get_start_method() == "forkserver":
        from multiprocessing import forkserver

        forkserver.ensure_running()


def _context() -> multiprocessing.context.BaseContext:
    """Workers started from a clean server, not forked from us: a forked worker would inherit the
    corpus lock's file descriptor and keep the corpus locked after its parent was killed."""
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    if "forkserver" in methods:
        context.set_forkserver_preload(
            [
                "specdiff.corpus.work",
                "specdiff.corpus.steps",
                "specdiff.ingest",
                "specdiff.parsers",
                "specdiff.diff",
                "specdiff.corpus.worker_start",
            ]
        )
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


__all__ = [
    "Prepared",
    "describe",
    "new_pool",
    "prepare_file",
    "progress",
    "read_document_json",
    "run_map",
    "start_workers",
]
