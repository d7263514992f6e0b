"""Format detection: each parser lists the marks of its published form, with a weight and a reason.

Confidence is the sum of the weights of the marks found (capped below 1), and the reasons say
which marks they were, so ``format_reasons`` in the JSON explains every choice.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import RawText

Signal = tuple[float, str, re.Pattern[str]]


# A mark at the start of a line may follow spaces or tabs on that line, never other lines: a
# leading ``^\s*`` ran on across every following newline from every line start, so a file of
# blank lines cost time quadratic in their number (64 KB of newlines: 186 s). Whether the text
# matches is the same either way, since ``^`` also matches after the last of those newlines.
# The same holds for a lead of non-word characters (``^[\W_]*``, marks that allow a bullet or
# a numbering glyph before the heading): ``\W`` includes the newline.
_LINE_START = re.compile(r"^\^\\s\*")
_LEAD_START = re.compile(r"^\^\[\\W_\]\*")


def signal(weight: float, reason: str, pattern: str) -> Signal:
    pattern = _LINE_START.sub(r"^[^\\S\\n]*", pattern)
    pattern = _LEAD_START.sub(r"^(?:[^\\w\\n]|_)*", pattern)
    return weight, reason, re.compile(pattern, re.IGNORECASE | re.MULTILINE)


def score(raw: RawText, signals: Sequence[Signal]) -> tuple[float, tuple[str, ...]]:
    """(confidence, reasons) for one format."""
    text = raw.text
    total, reasons = 0.0, []
    for weight, reason, pattern in signals:
        if pattern.search(text):
            total += weight
            reasons.append(reason)
    return min(total, 0.99), tuple(reasons)
