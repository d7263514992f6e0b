"""From command-line paths to a :class:`CheckContext`: load, find the previous version, compare."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from ..review import ReviewError, load_review
from .context import CheckContext
from .corpus_lookup import find_previous
from .loading import compare_documents, load_document
from .policy import Policy


def build_context(
    new_path: Path,
    policy: Policy,
    *,
    against: Path | None = None,
    corpus: Path | None = None,
    dialect: str | None = None,
    review: Path | None = None,
) -> tuple[CheckContext, list[str]]:
    """The context to check, and notes for stderr (e.g. "no earlier version in the corpus").

    ``review`` is a review.json exported from the change report of this very comparison: a
    review of other documents is refused (one line, exit 2) rather than silently ignored."""
    ctx, notes = _context(new_path, policy, against=against, corpus=corpus, dialect=dialect)
    if review is None:
        return ctx, notes
    marks = load_review(review)
    if ctx.diff is None:
        raise ReviewError(
            f"--review {review}: there is no comparison to apply it to (give --against OLD or --corpus DIR)"
        )
    marks.require(ctx.diff.old.source.sha256, ctx.diff.new.source.sha256, str(review))
    return replace(ctx, review=marks), notes


def _context(
    new_path: Path,
    policy: Policy,
    *,
    against: Path | None = None,
    corpus: Path | None = None,
    dialect: str | None = None,
) -> tuple[CheckContext, list[str]]:
    new = load_document(new_path, dialect=dialect)
    notes: list[str] = []
    if against is not None:
        old = load_document(against, dialect=dialect)
        ctx = CheckContext(new, policy, old, compare_documents(old, new), (), str(new_path), str(against))
        return ctx, notes
    if corpus is not None:
        match = find_previous(corpus, new)
        if match is None:
            notes.append(f"no earlier version of {new_path} in corpus {corpus}; checked the document alone")
            return CheckContext(new, policy, new_label=str(new_path)), notes
        notes.extend(f"skipped unreadable {path}" for path in match.unreadable)
        old = match.previous.document
        others = tuple(v.document for v in match.versions if v is not match.previous)
        notes.append(f"compared with {match.previous.path.parent} (series {match.series})")
        ctx = CheckContext(
            new, policy, old, compare_documents(old, new), others, str(new_path), str(match.previous.path)
        )
        return ctx, notes
    return CheckContext(new, policy, new_label=str(new_path)), notes


__all__ = ["build_context"]
