"""Format detection: each parser lists the marks of its published form, with a weight and a reason.

Confidence is the sum of the weights of the marks found (capped below 1), and the reasons say
which marks they were, so ``format_reasons`` in the JSON explains every choice.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import RawText

Signal = tuple[float, str, re.Pattern[str]]


def signal(weight: float, reason: str, pattern: str) -> Signal:
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
