"""Look-alike letters put right where only one reading is a word.

OCR reads "Illustrative Tasks" as "lllustrative Tasks" and "level" as "!evel". The parser then
misses a heading and every duty under it lands in the wrong section. A word that is not an
English word, but becomes one when its look-alike characters (l, I, 1, |, !; rn and m; 0 and O)
are read the other way, is corrected; a word with no such reading, or already a word, is left as
read. Only look-alikes are tried, never a letter OCR could not have confused, and never inside a
number, so "2 years" cannot become anything else.
"""

from __future__ import annotations

import itertools
import re

_CORE = re.compile(r"^([^\w|!]*)([\w|!]+?)([^\w|!]*)$")
_AMBIGUOUS = {"l": "li", "I": "li", "1": "li", "|": "li", "!": "li", "0": "o", "O": "o"}
_MAX_AMBIGUOUS = 5  # 2**5 readings at most per word


def correct(word: str, words: frozenset[str]) -> str:
    """The word with its look-alikes read as the one English word they can spell, if any."""
    match = _CORE.match(word)
    if not match or not words:
        return word
    lead, core, tail = match.groups()
    if not any(c.isalpha() for c in core) or core.lower() in words or core.isdigit():
        return word
    if sum(c.isdigit() for c in core) > sum(c.isalpha() for c in core):
        return word  # a number with a letter in it ("10A"), not a misread word
    fixed = _reading(core, words)
    return word if fixed is None else lead + fixed + tail


def _reading(core: str, words: frozenset[str]) -> str | None:
    """The reading of the look-alikes that spells a word with the fewest characters changed."""
    units: list[tuple[str, ...]] = []
    i = 0
    while i < len(core):
        if core.startswith("rn", i):
            units.append(("rn", "m"))
            i += 2
            continue
        c = core[i]
        units.append(("m", "rn") if c == "m" else (c, *_AMBIGUOUS[c]) if c in _AMBIGUOUS else (c,))
        i += 1
    if sum(len(u) > 1 for u in units) > _MAX_AMBIGUOUS:
        return None
    best: tuple[int, str] | None = None
    for choice in itertools.product(*units):
        candidate = "".join(choice)
        if candidate.lower() in words and candidate != core:
            changes = sum(a != b[0] for a, b in zip(choice, units, strict=True))
            if best is None or changes < best[0]:
                best = (changes, candidate)
    return None if best is None else _cased(best[1], core)


def _cased(candidate: str, read: str) -> str:
    """The corrected word in the case it was printed: all capitals when the other letters read
    were capitals; a capital first letter when one was read, or when a look-alike of "I" opens
    the word ("lllustrative" is "Illustrative"); else lower case."""
    letters = [c for c in read if c.isalpha() and c not in "lIO"]
    if letters and all(c.isupper() for c in letters):
        return candidate.upper()
    text = candidate.lower()
    if read[0].isupper() or (read[0] in "l1|!" and text[0] == "i"):
        return text[0].upper() + text[1:]
    return text
