"""The front door: the few functions a library user and the command line call.

    load(path_or_bytes)        -> Document     a published file (PDF, DOCX, HTML, text, ...) read and parsed
    compare(old, new)          -> Diff         what changed between two versions
    render(result, format)     -> str | bytes  a Diff, Document, Ladder or check report as a format
    check(new, against=...)    -> CheckReport  the CI gate: the document alone and its changes
    ladder(document)           -> Ladder       what distinguishes each level of a series
    compare_titles(...)        -> Ladder       one title against another
    Corpus(path)                               the revision store, one method per corpus command

``specdiff`` exposes each of these (``specdiff.load``, ...), imported on first use, so that
importing specdiff, and ``specdiff --help``, stay fast. Every error they raise on purpose is a
:class:`~specdiff.errors.SpecdiffError`. Nothing here prints, reads the environment or keeps
state: how to read (the OCR mode) is an argument, passed down to every worker process.
See docs/api.md.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from .corpus import Corpus
from .errors import FormatError
from .loading import OCR_MODES, load
from .model import Diff, Document

if TYPE_CHECKING:
    from .checks.findings import CheckReport
    from .checks.outputs import RunInfo
    from .ladders.model import Ladder

PathOrDocument = str | os.PathLike[str] | bytes | Document


def _document(source: PathOrDocument) -> Document:
    return source if isinstance(source, Document) else load(source)


def compare(old: PathOrDocument, new: PathOrDocument) -> Diff:
    """What changed from ``old`` to ``new`` (Documents, or files loaded with :func:`load`'s defaults)."""
    from .diff import compare as compare_documents

    return compare_documents(_document(old), _document(new))


def render(
    result: Diff | Document | Ladder | CheckReport,
    format: str = "json",
    *,
    editorial: str = "exclude",
    color: bool = False,
    sources: tuple[str | None, str | None] = (None, None),
    info: RunInfo | None = None,
) -> str | bytes:
    """``result`` in ``format``: text for the text formats, bytes for a Word file (``docx``).

    A Diff renders as ``json``, ``text``, ``markdown``, ``html`` or ``docx`` (``editorial``:
    whether the Word redline tracks editorial changes too, ``exclude`` or ``include``); a
    Document as ``json``, ``text``, ``markdown`` or ``requirements``; a Ladder as ``json``,
    ``text``, ``markdown``, ``html`` or ``docx``; a check report as ``text``, ``json``,
    ``junit``, ``sarif``, ``github`` or ``markdown`` (``info``: when and where it ran).
    ``color`` asks for ANSI colour in ``text`` (for a terminal); ``sources`` are links from an
    HTML report to the two files compared. An unknown format raises FormatError."""
    if isinstance(result, Diff):
        return _render_diff(result, format, editorial=editorial, color=color, sources=sources)
    if isinstance(result, Document):
        from .renderers.document import render_document

        return render_document(result, fmt=format)
    # Imported only here: importing the ladder package (its builder comes with it) cost a
    # rendered diff ~15 ms of start-up for a type it is not.
    from .checks.findings import CheckReport
    from .ladders.model import Ladder

    if isinstance(result, Ladder):
        from .renderers.ladder import BINARY_LADDER_RENDERERS, render_ladder, render_ladder_bytes

        if format in BINARY_LADDER_RENDERERS:
            return render_ladder_bytes(result, fmt=format)
        return render_ladder(result, fmt=format)
    if isinstance(result, CheckReport):
        from .checks.outputs import render_report

        return render_report(result, fmt=format, info=info)
    raise FormatError(f"cannot render a {type(result).__name__}: give a Diff, Document, Ladder or check report")


def _render_diff(
    diff: Diff, fmt: str, *, editorial: str, color: bool, sources: tuple[str | None, str | None]
) -> str | bytes:
    from .renderers.diff import BINARY_DIFF_RENDERERS, render_diff, render_diff_bytes

    if fmt in BINARY_DIFF_RENDERERS:
        return render_diff_bytes(diff, fmt=fmt, editorial=editorial)
    if fmt == "html":
        from .renderers.html import to_html

        return to_html(diff, sources=sources)
    return render_diff(diff, fmt=fmt, color=color)


def check(
    new: PathOrDocument,
    *,
    against: PathOrDocument | None = None,
    corpus: str | os.PathLike[str] | Corpus | None = None,
    policy: str | os.PathLike[str] | None = None,
    review: str | os.PathLike[str] | None = None,
    fail_on: str | None = None,
    dialect: str | None = None,
    ocr: str = "auto",
    notify: Callable[[str], None] = lambda message: None,
) -> CheckReport:
    """Check a standard before publication: the document alone, and, given the previous version
    (``against``, or found in ``corpus`` as ``corpus add`` would file it), its changes, under
    ``policy`` (a TOML file laid over the built-in one; ``fail_on`` overrides its threshold).
    ``review`` is a review.json of this very comparison: approved changes become information.
    ``report.passed`` is the verdict; notes for a person go to ``notify``."""
    from .checks.pipeline import build_context
    from .checks.policy import load_policy
    from .checks.run import run_checks

    ctx = build_context(
        _document(new) if isinstance(new, bytes) else new,
        load_policy(None if policy is None else os.fspath(policy), fail_on=fail_on),
        against=_document(against) if isinstance(against, bytes) else against,
        corpus=corpus,
        dialect=dialect,
        review=review,
        ocr=ocr,
        notify=notify,
    )
    return run_checks(ctx)


def ladder(document: PathOrDocument, levels: Sequence[str] | None = None) -> Ladder:
    """What distinguishes each level of a series from the one below it (``levels``: the titles to
    include, lowest first, by code, name or alias; default every title in print order)."""
    from .ladders import ladder as build_ladder

    return build_ladder(_document(document), list(levels) if levels else None)


def compare_titles(old: PathOrDocument, old_title: str | None, new: PathOrDocument, new_title: str | None) -> Ladder:
    """One title of ``old`` against one title of ``new`` (the same document or two), as a
    two-column ladder; a document of one title needs no title named."""
    from .ladders import compare_titles as build

    old_doc = _document(old)
    new_doc = old_doc if new is old else _document(new)
    return build(old_doc, old_title, new_doc, new_title)


__all__ = ["OCR_MODES", "Corpus", "check", "compare", "compare_titles", "ladder", "load", "render"]
