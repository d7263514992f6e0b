"""Keeping the index true to the files: the step every corpus command starts with.

The version folders are the truth; the index is a cache of them. ``sync`` compares each folder's
file sizes and times with what the index recorded, rereads only folders that differ, reparses a
published file only when its document.json is missing, damaged, made from other bytes or by
another parser, and recomputes the counts of changes only for pairs of versions that changed.
That one routine is also crash recovery: whatever a killed ``add`` or ``reindex`` left half done
is a folder the index does not know yet, and the next run finishes it.
"""

from __future__ import annotations

import itertools
import shutil
from collections.abc import Iterable
from pathlib import Path

from ..errors import CorpusError
from ..model import Document
from .identify import parse_date
from .index import Index, Step, VersionRow, remove_index
from .layout import Layout, VersionFolder, scan
from .lock import locked
from .opening import Corpus, init_corpus, open_corpus
from .store import (
    Entry,
    crash_window,
    diff_fingerprint,
    flush_to_disk,
    load_document,
    parser_fingerprint,
    sha256_file,
    write_atomic,
)
from .work import Prepared, count_changes, describe, prepare_file, run_map


def rebuild_index(corpus: Corpus, reason: str) -> None:
    """Throw the index away and build a new one from the files (caller holds the lock)."""
    corpus.warn(f"the index {corpus.layout.index} is unusable ({reason}); rebuilding it from the files")
    corpus.index.close()
    if not corpus.read_only:
        remove_index(corpus.layout.index)
    corpus.index = Index.snapshot(None) if corpus.read_only else Index.open(corpus.layout.index, timeout=corpus.wait)
    sync(corpus)


# --------------------------------------------------------------------------- the sync itself


def stamp(folder: VersionFolder) -> str:
    """Sizes and modification times of a version's two files: cheap evidence of an edit."""
    parts = []
    for path in (folder.source, folder.document):
        try:
            st = path.stat() if path else None
        except OSError:
            st = None
        parts.append(f"{path.name if path else '-'}:{st.st_size}:{st.st_mtime_ns}" if st else "-")
    return "|".join(parts)


def doc_id(sha256: str) -> str:
    return f"{sha256}:{parser_fingerprint()}"


def pending(corpus: Corpus) -> tuple[list[VersionFolder], list[tuple[str, str]], bool]:
    """What the index does not reflect: folders to (re)read, versions gone, and steps missing."""
    known = {(r.series, r.version): r for r in corpus.index.versions()}
    folders: list[VersionFolder] = []
    seen: set[tuple[str, str]] = set()
    for folder in scan(corpus.layout):
        if folder.problem or folder.source is None:
            corpus.warn(f"{folder.series}/{folder.version} skipped: {folder.problem}")
            continue
        seen.add((folder.series, folder.version))
        row = known.get((folder.series, folder.version))
        if row is None or row.stamp != stamp(folder) or row.doc_id != doc_id(row.sha256):
            folders.append(folder)
    gone = sorted(set(known) - seen)
    return folders, gone, bool(_missing_steps(corpus, corpus.index.series_names()))


def in_sync(corpus: Corpus) -> bool:
    folders, gone, steps = pending(corpus)
    return not (folders or gone or steps)


def ensure_synced(corpus: Corpus) -> None:
    """For reading commands: bring the index up to date if it lags, taking the lock only then.

    If another process is writing, read the index as it stands (its snapshot is consistent)
    rather than wait, and say so.
    """
    if in_sync(corpus):
        return
    if corpus.read_only:  # nobody can write it, so no lock: the in-memory index is ours alone
        sync(corpus)
        return
    try:
        with locked(corpus.layout.lock, wait=0, purpose="sync"):
            sync(corpus)
    except CorpusError:
        corpus.warn("another specdiff process is writing to the corpus; showing the index as it stands")


def sync(corpus: Corpus, *, verify: bool = False) -> int:
    """Make the index match the files (caller holds the lock). Returns how many folders were reread.

    With ``verify`` every folder is rehashed and every document.json rechecked, not only those
    whose size or time changed (``corpus reindex``).
    """
    if not corpus.read_only:
        _clean_tmp(corpus.layout)
    folders, gone, _ = pending(corpus)
    known = {(r.series, r.version): r for r in corpus.index.versions()}
    if verify:
        folders = [f for f in scan(corpus.layout) if f.source is not None and not f.problem]
    with corpus.index.transaction():
        for series, version in gone:
            corpus.index.drop_version(series, version)
    reparse: list[tuple[VersionFolder, Path, str, Entry | None]] = []
    for folder in folders:
        if folder.source is None:
            continue
        try:
            sha = sha256_file(folder.source)
        except OSError as exc:  # one unreadable file is that version's problem, not the corpus's
            corpus.warn(f"{folder.series}/{folder.version} skipped: cannot read {folder.source.name}: {exc.strerror}")
            continue
        loaded = load_document(folder.document, source_sha256=sha)
        usable = loaded.problem is None or (corpus.read_only and not loaded.corrupt)  # stale, but not rewritable
        if loaded.document is not None and loaded.entry is not None and usable:
            row = known.get(key(folder))
            if row and (row.sha256, row.doc_id, row.stamp) == (sha, doc_id(sha), stamp(folder)):
                continue  # verified: the index already says exactly this
            index_version(corpus, folder, describe(loaded.document, loaded.entry))
            continue
        if loaded.corrupt:
            corpus.warn(f"{folder.series}/{folder.version}: {loaded.problem}; rebuilding it from {folder.source.name}")
        kept = None if loaded.corrupt else loaded.entry  # a damaged file's bookkeeping is not trusted
        reparse.append((folder, folder.source, sha, kept or _recovered(known.get(key(folder)), sha)))
    args = [
        (
            str(source),
            corpus.layout.relative(source),
            old.original_name if old else source.name,
            old.as_of if old else None,
            corpus.layout.relative(source),
            source.name,
        )
        for _, source, _, old in reparse
    ]
    results = run_map(prepare_file, args, jobs=corpus.jobs, label="parsing")
    for (folder, _, _, _), prepared in zip(reparse, results, strict=True):
        if prepared.error is not None:
            corpus.warn(f"{folder.series}/{folder.version}: cannot parse {folder.source}: {prepared.error}")
            continue
        if not corpus.read_only:  # a read-only corpus is indexed from the parse in memory
            write_atomic(folder.document, prepared.payload, durable=False)
            crash_window()
        index_version(corpus, folder, prepared)
    if reparse and not corpus.read_only:
        flush_to_disk()
    # Every series, not only those reread: counts a killed run never computed are missing from
    # series whose folders are all in place, and this is the one routine that repairs them.
    update_steps(corpus, corpus.index.series_names())
    return len(folders)


def key(folder: VersionFolder) -> tuple[str, str]:
    return folder.series, folder.version


def _recovered(row: VersionRow | None, sha: str) -> Entry | None:
    """What the index remembers of a lost document.json (original file name, --as-of)."""
    if row is None or row.sha256 != sha:
        return None
    return Entry(row.source, sha, row.original_name or row.source, row.given_as_of, "", "")


def index_version(corpus: Corpus, folder: VersionFolder, prepared: Prepared) -> None:
    """Record one version in the index, in its own transaction (a crash loses at most this one)."""
    facts, entry = prepared.facts, prepared.entry
    assert facts is not None and entry is not None, "index_version needs a described document"
    as_of = entry.as_of
    if facts.date is None and as_of is None:
        as_of = parse_date(folder.version[:7])  # the folder name keeps the date it was filed under
    row = VersionRow(
        series=folder.series,
        version=folder.version,
        ord=0,
        date=facts.date,
        status=facts.status,
        as_of=as_of,
        title=facts.title,
        source=entry.source_file,
        original_name=entry.original_name,
        sha256=entry.source_sha256,
        content=facts.content,
        doc_id=doc_id(entry.source_sha256),
        stamp=stamp(folder),
        clauses=prepared.count,
        given_as_of=entry.as_of,
    )
    with corpus.index.transaction():
        corpus.index.put_version(row, facts.codes, facts.keys, prepared.clauses)
        corpus.index.reorder(folder.series)


def _missing_steps(corpus: Corpus, series: Iterable[str]) -> list[tuple[VersionRow, VersionRow]]:
    fp = diff_fingerprint()
    out: list[tuple[VersionRow, VersionRow]] = []
    for name in series:
        rows = corpus.index.versions(name)
        steps = corpus.index.steps(name)
        for prev, row in itertools.pairwise(rows):
            step = steps.get(row.version)
            if step is None or step.pair != _pair(prev, row, fp):
                out.append((prev, row))
    return out


def _pair(prev: VersionRow, row: VersionRow, fp: str) -> str:
    return f"{prev.version}={prev.doc_id}>{row.doc_id}@{fp}"


def update_steps(corpus: Corpus, series: Iterable[str]) -> None:
    """Count the changes between each pair of neighbouring versions the index lacks."""
    missing = _missing_steps(corpus, sorted(series))
    if not missing:
        return

    def doc(row: VersionRow) -> str:
        return str(corpus.layout.version_dir(row.series, row.version) / "document.json")

    args = [(doc(prev), doc(row)) for prev, row in missing]
    fp = diff_fingerprint()
    crash_window()  # the versions are recorded, their counts not yet: a kill here must be repaired
    results = run_map(count_changes, args, jobs=corpus.jobs, label="comparing")
    for (prev, row), counts in zip(missing, results, strict=True):
        if isinstance(counts, str):
            corpus.warn(f"{row.series}: cannot count the changes from {prev.version} to {row.version}: {counts}")
            continue
        step = Step(row.series, row.version, prev.version, _pair(prev, row, fp), **counts)
        with corpus.index.transaction():
            corpus.index.put_step(step)


def _clean_tmp(layout: Layout) -> None:
    """Version folders a killed run was assembling: never renamed into place, so never visible."""
    if layout.tmp.exists():
        shutil.rmtree(layout.tmp, ignore_errors=True)


def load_version(corpus: Corpus, row: VersionRow) -> Document:
    """The parsed document of an indexed version (reparsed in memory if its file is damaged)."""
    folder = corpus.layout.version_dir(row.series, row.version)
    loaded = load_document(folder / "document.json")
    if loaded.document is not None and not loaded.corrupt:
        return loaded.document
    corpus.warn(f"{row.series}/{row.version}: {loaded.problem}; run `specdiff corpus reindex` to rebuild it")
    from ..ingest import read
    from ..parsers import parse

    return parse(read(folder / row.source, name=f"{row.series}/{row.version}/{row.source}"))


__all__ = [
    "Corpus",
    "ensure_synced",
    "in_sync",
    "index_version",
    "init_corpus",
    "load_version",
    "open_corpus",
    "rebuild_index",
    "sync",
    "update_steps",
]
