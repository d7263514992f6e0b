"""Format detection: each parser lists the marks of its published form, with a weight and a reason.

Confidence is the sum of the weights of the marks found (capped below 1), and the reasons say
which marks they were, so ``format_reasons`` in the JSON explains every choice.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

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

# The only non-ASCII characters that ``re.IGNORECASE`` lets match an ASCII character (dotted and
# dotless i, long s, the Kelvin sign); tests/parsers/test_signals_words.py checks every code point.
FOLDS_TO_ASCII = "\u0130\u0131\u017f\u212a"


def signal(weight: float, reason: str, pattern: str) -> Signal:
    pattern = _LINE_START.sub(r"^[^\\S\\n]*", pattern)
    pattern = _LEAD_START.sub(r"^(?:[^\\w\\n]|_)*", pattern)
    return weight, reason, re.compile(pattern, re.IGNORECASE | re.MULTILINE)


def score(raw: RawText, signals: Sequence[Signal]) -> tuple[float, tuple[str, ...]]:
    """(confidence, reasons) for one format.

    Most marks are absent from most documents, and ``re`` finds that out by trying the mark at
    every character (line-start anchors and IGNORECASE give it no literal to skip by): ~60 us a
    mark on a 13 KB standard. A mark's regex runs only when the lower-cased text holds one of the
    words any match must contain (:func:`words`); a substring search says "certainly not"
    ~10 times faster. The text is lower-cased as UTF-8 bytes (a quarter of the time of
    ``str.lower``): only ASCII bytes change, and no character outside ASCII encodes to one, so
    an ASCII word is in the bytes exactly where it is in the text. The few characters that
    IGNORECASE folds onto ASCII letters turn the word test off for that text."""
    text = raw.text
    folded: bytes | None = None
    total, reasons = 0.0, []
    for weight, reason, pattern in signals:
        needed = words(pattern)
        if needed:
            if folded is None:
                folded = (
                    b"" if any(c in text for c in FOLDS_TO_ASCII) else text.encode("utf-8", "surrogatepass").lower()
                )
            if folded and not any(word in folded for word in needed):
                continue
        if pattern.search(text):
            total += weight
            reasons.append(reason)
    return min(total, 0.99), tuple(reasons)


@lru_cache(maxsize=256)
def words(pattern: re.Pattern[str]) -> frozenset[bytes]:
    """Lower-case ASCII strings of which every text ``pattern`` matches holds at least one (as
    ``str.lower`` gives it; as bytes, to search the bytes :func:`score` folds), read off the
    parsed pattern; empty when it needs no fixed text."""
    parser: Any = importlib.import_module("re._parser")
    return frozenset(word.encode() for word in _needs(parser, parser.parse(pattern.pattern, pattern.flags)) or ())


def _needs(parser: Any, items: Any) -> frozenset[str] | None:
    """What a sequence of parsed items needs: its longest run of ASCII literals, or what a group,
    an alternation (each branch's needs) or a repeat of at least once inside it needs; the choice
    whose shortest string is longest."""
    choices: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is parser.LITERAL and av < 128:
            run.append(chr(av).lower())
            continue
        if run:
            choices.append(frozenset({"".join(run)}))
            run = []
        need: frozenset[str] | None = None
        if op is parser.SUBPATTERN:
            need = _needs(parser, av[-1])
        elif op is parser.ATOMIC_GROUP:
            need = _needs(parser, av)
        elif op in (parser.MAX_REPEAT, parser.MIN_REPEAT, parser.POSSESSIVE_REPEAT) and av[0] >= 1:
            need = _needs(parser, av[2])
        elif op is parser.BRANCH:
            branches = [_needs(parser, branch) for branch in av[1]]
            need = frozenset().union(*branches) if all(branches) else None  # type: ignore[arg-type]
        if need:
            choices.append(need)
    if run:
        choices.append(frozenset({"".join(run)}))
    return max(choices, key=lambda choice: min(map(len, choice)), default=None)
