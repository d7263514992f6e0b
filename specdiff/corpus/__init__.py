"""The corpus: every published version of every standard of a division, in one folder.

A directory a person can keep in git (``<series>/<version>/standard.*`` plus ``document.json``)
with an SQLite index beside it that is only a cache of the files. See docs/corpus.md. The
command line (``specdiff corpus``) is a thin layer over these functions; other stages (``specdiff
check --corpus``) can use them directly, e.g.::

    corpus = open_corpus(Path("corpus"), notify=print)
    ensure_synced(corpus)
    found = previous_version(corpus, document)   # (VersionRow, Document) or None
"""

from __future__ import annotations

from .add import Outcome, add_files
from .history import list_series, previous_version, series_diff, series_log
from .site import build_report
from .sync import Corpus, ensure_synced, init_corpus, open_corpus, sync

__all__ = [
    "Corpus",
    "Outcome",
    "add_files",
    "build_report",
    "ensure_synced",
    "init_corpus",
    "list_series",
    "open_corpus",
    "previous_version",
    "series_diff",
    "series_log",
    "sync",
]
