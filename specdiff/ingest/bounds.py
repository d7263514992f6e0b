"""Checks that keep a reader's work bounded and honest on hostile or broken files.

The readers lean on libraries (libxml2, zipfile, PDFium) that have limits of their own and
sometimes meet them silently: libxml2 stops building an HTML tree at its depth limit and drops
the rest of the page without an error. Each check here turns such a case into one
:class:`~specdiff.errors.InputError` naming the limit (see :mod:`specdiff.limits`).
"""

from __future__ import annotations

from typing import Any

from ..limits import NESTING


def checked_depth(root: Any, error_log: Any, label: str) -> int:
    """The nesting depth of a parsed HTML tree; InputError if the parser stopped at its own depth
    limit (the rest of the page would be missing) or the tree is deeper than :data:`NESTING`."""
    from lxml import etree

    for entry in error_log:
        if entry.type_name == "ERR_RESOURCE_LIMIT":
            raise NESTING.error(label, "HTML elements nested deeper than libxml2 builds a tree", at_ceiling=True)
    depth = deepest = 0
    for event, _ in etree.iterwalk(root, events=("start", "end")):
        depth += 1 if event == "start" else -1
        deepest = max(deepest, depth)
    if deepest > NESTING.get():
        raise NESTING.error(label, f"HTML elements nested {deepest:,} levels deep")
    return deepest


__all__ = ["checked_depth"]
