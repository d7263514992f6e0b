"""A line of figures only: amounts, ranges and percentages ("$55,916 to $81,766 and $65,897 to $96,361").

Such a line is a value, not a sentence: the segmenter keeps it with the label above it, and
the diff pairs it by its figures, not by word similarity (a salary range changed is a changed
value, and two ranges have no words to compare).
"""

from __future__ import annotations

import re

_FIGURE = re.compile(r"[$\u20ac\u00a3]?\d[\d,.]*%?[,;.]?|[$\u20ac\u00a3]|to|and|or|[-\u2013\u2014/]")


def figures_only(text: str) -> bool:
    """Amounts and ranges only ("$55,916 to $81,766"), and complete: a line ending on "and", "to"
    or a comma runs on. A value line, not the start of a sentence (segment) and not a clause
    similarity can pair (the diff's value pass)."""
    tokens = text.split()
    if not tokens or tokens[-1] in ("to", "and", "or") or tokens[-1].endswith((",", ";", "-", "\u2013", "/")):
        return False
    return any(t[:1].isdigit() or t[1:2].isdigit() for t in tokens) and all(_FIGURE.fullmatch(t) for t in tokens)


__all__ = ["figures_only"]
