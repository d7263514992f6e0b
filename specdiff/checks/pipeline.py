"""From what ``specdiff check`` is given to a :class:`CheckContext`: load, find the previous
version, compare.

The previous version is given (``against``) or found in a corpus exactly as ``corpus add``
would file the new document (:meth:`specdiff.corpus.Corpus.previous_version`): a document the
corpus would make a new series of has no previous version, for ``check`` as for ``add``.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from ..corpus import Corpus
from ..diff import compare
from ..errors import CorpusError
from ..loading import load
from ..model import Document
from ..review import ReviewError, load_review
from .context import CheckContext
from .policy import Policy

Source = str | os.PathLike[str] | Document


def build_context(
    new: Source,
    policy: Policy,
    *,
    against: Source | None = None,
    corpus: str | os.PathLike[str] | Corpus | None = None,
    dialect: str | None = None,
    review: str | os.PathLike[str] | None = None,
    ocr: str = "auto",
    notify: Callable[[str], None] = lambda message: None,
) -> CheckContext:
    """The context to check; notes for a person (e.g. "compared with ...") go to ``notify``.

    ``review`` is a review.json exported from the change report of this very comparison: a
    review of other documents is refused (one line, exit 2) rather than silently ignored."""
    ctx = _context(new, policy, against=against, corpus=corpus, dialect=dialect, ocr=ocr, notify=notify)
    if review is None:
        return ctx
    marks = load_review(Path(review))
    if ctx.diff is None:
        raise ReviewError(
            f"--review {review}: there is no comparison to apply it to (give --against OLD or --corpus DIR)"
        )
    marks.require(ctx.diff.old.source.sha256, ctx.diff.new.source.sha256, str(review))
    return replace(ctx, review=marks)


def _document(source: Source, dialect: str | None, ocr: str) -> tuple[Document, str]:
    if isinstance(source, Document):
        return source, source.source.path
    return load(source, dialect=dialect, ocr=ocr), str(source)


def _context(
    new_source: Source,
    policy: Policy,
    *,
    against: Source | None,
    corpus: str | os.PathLike[str] | Corpus | None,
    dialect: str | None,
    ocr: str,
    notify: Callable[[str], None],
) -> CheckContext:
    new, new_label = _document(new_source, dialect, ocr)
    if against is not None and corpus is not None:
        raise CorpusError("give --against or --corpus, not both")
    if against is not None:
        old, old_label = _document(against, dialect, ocr)
        return CheckContext(new, policy, old, compare(old, new), (), new_label, old_label)
    if corpus is not None:
        store = corpus if isinstance(corpus, Corpus) else Corpus(corpus, ocr=ocr, notify=notify)
        found = store.previous_version(new)
        if found is None:
            notify(f"specdiff: no earlier version of {new_label} in corpus {store.root}; checked the document alone")
            return CheckContext(new, policy, new_label=new_label)
        notify(f"specdiff: compared with {found.path.parent} (series {found.row.series})")
        diff = compare(found.document, new)
        return CheckContext(new, policy, found.document, diff, found.others, new_label, str(found.path))
    return CheckContext(new, policy, new_label=new_label)


__all__ = ["build_context"]
