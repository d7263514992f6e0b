"""``corpus add``: file newly published standards into their series, in publication order.

Files are parsed in a process pool (the map step); filing is done here, one file at a time, in
the order given. Each version folder is assembled under ``.specdiff/tmp`` and renamed into place
in one step, then recorded in the index; a run killed at any point leaves either no folder or a
complete one, and the next run indexes whatever the index missed.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import CorpusError
from .identify import Facts, as_of_date, identify, series_name, version_name
from .layout import Layout, VersionFolder, child, is_safe_name, slug
from .lock import locked
from .store import (
    UMASK,
    crash_window,
    flush_to_disk,
    sha256_file,
    write_atomic,
)
from .sync import Corpus, index_version, sync, update_steps
from .work import Prepared, prepare_file, run_map


@dataclass(frozen=True, slots=True)
class Outcome:
    """What happened to one file: ``added``, ``unchanged`` (already there) or ``failed``."""

    file: str
    status: str
    message: str
    series: str | None = None
    version: str | None = None
    internal: bool = False  # failed on a bug of specdiff's (exit 3), not on the file


def add_files(
    corpus: Corpus,
    files: Sequence[Path],
    *,
    as_of: str | None = None,
    series: str | None = None,
) -> list[Outcome]:
    """Add published files to the corpus; one Outcome per file, in the order given."""
    as_of = as_of_date(as_of) if as_of else None
    forced = _forced_series(series) if series else None
    outcomes: dict[int, Outcome] = {}
    with locked(corpus.layout.lock, wait=corpus.wait, purpose="add"):
        sync(corpus)  # finish whatever an interrupted run left
        for i, path in enumerate(files):  # known bytes need no parsing
            known = _known(corpus, path)
            if known:
                outcomes[i] = known
        todo = [i for i in range(len(files)) if i not in outcomes]
        args = [(str(files[i]), str(files[i]), files[i].name, as_of) for i in todo]
        touched: set[str] = set()
        for i, prepared in zip(todo, run_map(prepare_file, args, jobs=corpus.jobs, label="adding"), strict=True):
            path = files[i]
            if prepared.error is not None:
                outcomes[i] = Outcome(str(path), "failed", prepared.error, internal=prepared.internal)
                continue
            try:
                outcomes[i] = _file_one(corpus, path, prepared, as_of, forced)
            except CorpusError as exc:
                outcomes[i] = Outcome(str(path), "failed", f"cannot add {path}: {exc}")
            except OSError as exc:  # this file could not be copied in; the next one may be
                outcomes[i] = Outcome(str(path), "failed", f"cannot add {path}: {exc.strerror or exc}")
            if outcomes[i].status == "added":
                touched.add(outcomes[i].series or "")
        if touched:
            flush_to_disk()
        update_steps(corpus, touched)
    return [outcomes[i] for i in range(len(files))]


def _known(corpus: Corpus, path: Path) -> Outcome | None:
    """The outcome for a file whose exact bytes are already in the corpus (None otherwise)."""
    try:
        sha = sha256_file(path)
    except OSError:
        return None  # parsing will say what is wrong with it
    return _unchanged(path, corpus.index.has_sha(sha))


def _unchanged(path: Path, where: tuple[str, str] | None) -> Outcome | None:
    if where is None:
        return None
    message = f"{path}: already in the corpus as {where[0]}/{where[1]}; nothing changed"
    return Outcome(str(path), "unchanged", message, *where)


def _forced_series(name: str) -> str:
    forced = slug(name, fallback="")
    if not forced:
        raise CorpusError(f"--series {name!r} has no letters or digits to name a folder with")
    return forced


def _file_one(corpus: Corpus, path: Path, prepared: Prepared, as_of: str | None, forced: str | None) -> Outcome:
    index = corpus.index
    facts, entry = prepared.facts, prepared.entry
    assert facts is not None and entry is not None
    same_bytes = _unchanged(path, index.has_sha(entry.source_sha256))  # e.g. one file given twice
    if same_bytes:
        return same_bytes
    name, why = _choose_series(corpus, facts, forced)
    same_text = index.conn.execute(
        "SELECT version FROM versions WHERE series = ? AND content = ? ORDER BY version", (name, facts.content)
    ).fetchone()
    if same_text:
        where = f"{name}/{same_text[0]}"
        message = f"{path}: same text as {where} (another file of the same version); nothing changed"
        return Outcome(str(path), "unchanged", message, name, same_text[0])
    version = _free_version(corpus.layout, name, version_name(facts, as_of))
    _write_version(corpus.layout, path, prepared, name, version)
    crash_window()
    folder = corpus.layout.version_dir(name, version)
    index_version(corpus, VersionFolder(name, version, folder, folder / entry.source_file), prepared)
    return Outcome(str(path), "added", f"added {name}/{version} ({path.name}; {why})", name, version)


def _choose_series(corpus: Corpus, facts: Facts, forced: str | None) -> tuple[str, str]:
    if forced:
        return forced, "series given with --series"
    match = identify(facts, corpus.index.series_keys(facts.codes, facts.keys))
    if match.series is not None:
        return match.series, f"series by {match.reason}"
    base = series_name(facts)
    taken = set(corpus.index.series_names()) | {p.name for p in corpus.layout.root.iterdir() if p.is_dir()}
    name, n = base, 1
    while name in taken:
        n += 1
        name = f"{base}-{n}"
    return name, f"new series: {match.reason}"


def _free_version(layout: Layout, series: str, base: str) -> str:
    """``base``, or ``base-2``, ``base-3``... when another version already has that date."""
    name, n = base, 1
    while child(child(layout.root, series), name).exists():
        n += 1
        name = f"{base}-{n}"
    return name


def _write_version(layout: Layout, path: Path, prepared: Prepared, series: str, version: str) -> None:
    """Assemble the folder in .specdiff/tmp, then rename it into place: all of it or nothing."""
    assert prepared.entry is not None
    if not (is_safe_name(series) and is_safe_name(version)):
        raise CorpusError(f"refusing the folder name {series}/{version}")
    layout.tmp.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=layout.tmp, prefix="version-"))
    try:
        staging.chmod(0o777 & ~UMASK)
        name = prepared.entry.source_file
        shutil.copyfile(path, staging / name)
        if sha256_file(staging / name) != prepared.entry.source_sha256:
            raise CorpusError("the file changed while it was being added; add it again")
        payload = prepared.payload_at(f"{series}/{version}/{name}")
        write_atomic(staging / "document.json", payload, durable=False)
        series_dir = child(layout.root, series)
        series_dir.mkdir(exist_ok=True)
        os.rename(staging, child(series_dir, version))
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


__all__ = ["Outcome", "add_files"]
