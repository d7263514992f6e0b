"""Making a folder a corpus, and opening one for one command: a :class:`Session`, writable or not.

Reading must work where writing cannot: a corpus on a read-only mount, checked out by another
user, or shipped on a CD. Such a corpus is opened with an in-memory copy of its index (or a
new one when the index is missing or unusable) that the usual sync brings up to date with the
files without writing anything, so ``list``, ``log``, ``search`` and ``diff`` answer as they
would on a writable copy. Commands that write say plainly that the corpus is read-only.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import CorpusError
from ..files import write_atomic
from ..model import Document
from .index import Index, IndexCorrupt, remove_index
from .layout import MARKER, Layout

Notify = Callable[[str], None]
WRITTEN_KEPT = 512
CORPUS_SCHEMA = "specdiff/corpus/v1"


@dataclass
class Session:
    """A corpus opened for one command: its paths, its index, where warnings go (stderr in the
    CLI), and how the command reads files (worker processes, OCR mode).

    ``read_only``: nothing may be written (no lock, no document.json, an in-memory index)."""

    layout: Layout
    index: Index
    notify: Notify
    wait: float = 30.0
    jobs: int = 1
    warned: set[str] = field(default_factory=set)
    read_only: bool = False
    ocr: str = "auto"
    # document.json files this command wrote, with their text and the document each holds, so
    # that counting the changes between versions just added needs no parse of the JSON back
    # (see :func:`.work.read_document_json`); the newest WRITTEN_KEPT only, to bound memory.
    written: dict[str, tuple[str, Document]] = field(default_factory=dict)
    # the command's worker processes, started at the first batch that needs them (see pool())
    workers: ProcessPoolExecutor | None = field(default=None, repr=False)

    def pool(self) -> ProcessPoolExecutor:
        """The command's process pool, started at its first batch and shared by its steps: a
        worker's first task pays for starting spaCy (about 0.6 s), which a second pool for the
        second step of an ``add`` (counting the changes) paid again. A worker that dies breaks
        the pool and the step fails with it, ending the command, so a broken pool is never reused.
        """
        from .work import new_pool

        if self.workers is None:
            self.workers = new_pool(self.jobs)
        return self.workers

    def remember(self, path: str, text: str, document: Document) -> None:
        """Note that ``text``, the JSON of ``document``, was written to ``path``."""
        self.written.pop(path, None)
        self.written[path] = (text, document)
        while len(self.written) > WRITTEN_KEPT:
            del self.written[next(iter(self.written))]

    def warn(self, message: str) -> None:
        if message not in self.warned:
            self.warned.add(message)
            self.notify(f"specdiff: warning: {message}")

    def close(self) -> None:
        if self.workers is not None:
            self.workers.shutdown(wait=True, cancel_futures=True)
            self.workers = None
        self.index.close()


def init_corpus(root: Path) -> bool:
    """Make ``root`` a corpus (marker file and hidden cache folder); False if it already was one."""
    layout = Layout(root)
    if root.exists() and not root.is_dir():
        raise CorpusError(f"cannot make a corpus at {root}: it is a file")
    for path, what in ((layout.marker, "a file"), (layout.hidden, "a folder")):
        kind = "a folder" if path.is_dir() else "a file"
        if (path.exists() or path.is_symlink()) and kind != what:
            raise CorpusError(f"cannot make a corpus at {root}: {path.name} is {kind}, not {what}; move it away")
    try:
        root.mkdir(parents=True, exist_ok=True)
        _hidden(layout)
        if layout.marker.exists():
            return False
        from .. import __version__

        payload = {"schema": CORPUS_SCHEMA, "created_by": f"specdiff {__version__}"}
        write_atomic(layout.marker, json.dumps(payload, indent=1) + "\n")
    except OSError as exc:
        raise CorpusError(f"cannot make a corpus at {root}: {exc.strerror or exc}") from exc
    return True


def _hidden(layout: Layout) -> None:
    if layout.hidden.exists() and not layout.hidden.is_dir():
        name = layout.hidden.name
        raise CorpusError(f"cannot use the corpus at {layout.root}: {name} is a file, not the cache folder")
    layout.hidden.mkdir(exist_ok=True)
    ignore = layout.hidden / ".gitignore"
    if not ignore.exists():
        write_atomic(ignore, "# specdiff's cache (index, lock): rebuilt from the files, never committed\n*\n")


def writable(layout: Layout) -> bool:
    """Whether this process may write the corpus: its folder, its cache folder and its index."""
    paths = [layout.root, layout.hidden, layout.index]
    return all(os.access(p, os.W_OK) for p in paths if p.exists() or p == layout.root)


def open_session(
    root: Path, notify: Notify, *, wait: float = 30.0, jobs: int = 1, ocr: str = "auto", reading: bool = False
) -> Session:
    """Open an initialised corpus, replacing an unusable index with an empty one (with a warning).

    With ``reading`` a corpus this process cannot write is opened read-only (see the module's
    docstring); otherwise it is an error that says so."""
    layout = Layout(root)
    if not layout.marker.is_file():
        raise CorpusError(f"{root} is not a specdiff corpus (no {MARKER}); run `specdiff corpus --corpus {root} init`")
    if not writable(layout):
        if not reading:
            raise CorpusError(f"the corpus at {root} is read-only here: it can be read, not changed")
        return Session(layout, Index.snapshot(layout.index), notify, wait, jobs, read_only=True, ocr=ocr)
    try:
        _hidden(layout)
    except OSError as exc:
        if reading:
            return Session(layout, Index.snapshot(layout.index), notify, wait, jobs, read_only=True, ocr=ocr)
        raise CorpusError(f"cannot use the corpus at {root}: {exc.strerror or exc}") from exc
    try:
        index = Index.open(layout.index, timeout=wait)
    except IndexCorrupt as exc:
        notify(f"specdiff: warning: the index {layout.index} is unusable ({exc}); rebuilding it from the files")
        remove_index(layout.index)
        index = Index.open(layout.index, timeout=wait)
    return Session(layout, index, notify, wait, jobs, ocr=ocr)


__all__ = ["CORPUS_SCHEMA", "Notify", "Session", "init_corpus", "open_session", "writable"]
