"""Where in a text a group of token patterns can match: the windows the Matcher needs to see.

spaCy's Matcher starts every pattern at every token and costs ~75 ns per pattern and token
whether or not the token can open it: a requirement sentence of 30 tokens cost ~3 us a token
against our ~50 patterns, most of reading requirements. A pattern whose first token is a fixed
test (no ``OP``) can only match from a token that passes it (an *opener*), and it ends within a
reach of that token: a fixed number of tokens when every element is bounded, or else the run of
tokens each of which some element of the group's patterns could accept. Running the Matcher on
those windows only (overlapping ones merged, so no token is seen twice) finds every match it
finds on the whole text, and no other: the patterns test tokens one by one and look at nothing
outside the match. Greedy filtering keeps the longest of overlapping matches; matches in
different windows never overlap, so filtering each window alone keeps the same ones.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

_COUNT = re.compile(r"\{(\d*),?(\d*)\}")


@dataclass(frozen=True)
class Reach:
    """What a token must be to open one of a group's patterns, and how far a match may run.

    ``openers`` maps each lower-case word that can open a pattern to the most tokens a match
    opened by it spans (None: unbounded); ``number_span`` is that length for a LIKE_NUM token
    when ``numbers_open`` (some pattern opens with LIKE_NUM). ``words`` is every lower-case word
    an element accepts, LIKE_NUM tokens too when ``numbers_run``: the tokens an unbounded match
    can run over (None: any token, in a group whose every pattern is bounded)."""

    openers: dict[str, int | None]
    numbers_open: bool
    number_span: int | None
    numbers_run: bool
    words: frozenset[str] | None

    def windows(self, lowers: Sequence[str], numeric: Sequence[bool]) -> list[tuple[int, int]]:
        """Token windows [start, end), ascending and disjoint, holding every possible match."""
        out: list[tuple[int, int]] = []
        count = len(lowers)
        run_end = count
        for index in range(count - 1, -1, -1):  # from the right: where each token's run ends
            lower, number = lowers[index], numeric[index]
            if not (self.words is None or lower in self.words or (number and self.numbers_run)):
                run_end = index
                continue
            if number and self.numbers_open:
                span = self.number_span
                if lower in self.openers:
                    span = _longer(span, self.openers[lower])
            elif lower in self.openers:
                span = self.openers[lower]
            else:
                continue
            end = run_end if span is None else min(count, index + span)
            while out and out[-1][0] <= end:  # overlaps or touches the windows after it
                end = max(end, out.pop()[1])
            out.append((index, end))
        out.reverse()
        return out


def reach(patterns: Iterable[list[dict[str, Any]]]) -> Reach:
    """The :class:`Reach` of a group of patterns written with LOWER, ORTH (IN, NOT_IN), LIKE_NUM
    and OP; anything a window could miss a match by (a first token that may be absent, a test
    of another attribute, an unbounded match over tokens no word list names) raises."""
    openers: dict[str, int | None] = {}
    numbers_open, numbers_run = False, False
    number_span: int | None = 0
    words: set[str] | None = set()
    unbounded = False
    for pattern in patterns:
        length = _length(pattern)
        unbounded = unbounded or length is None
        first = pattern[0]
        first_words = _accepts(first)
        if "OP" in first or first_words is None:
            raise ValueError(f"a pattern's first token must be there and be a word or a number: {first}")
        for element in pattern:
            accepted = _accepts(element)
            words = None if words is None or accepted is None else words | accepted
            numbers_run = numbers_run or element.get("LIKE_NUM") is True
        if first.get("LIKE_NUM") is True:
            number_span = length if not numbers_open else _longer(number_span, length)
            numbers_open = True
        for word in first_words:
            openers[word] = _longer(openers[word], length) if word in openers else length
    if unbounded and words is None:
        raise ValueError("an unbounded pattern over tokens no word list names has no reach")
    return Reach(openers, numbers_open, number_span, numbers_run, None if words is None else frozenset(words))


def _accepts(element: dict[str, Any]) -> set[str] | None:
    """The lower-case words one pattern element accepts (LIKE_NUM adds none); None when it
    accepts words no list names (NOT_IN, the "!" operator)."""
    tests = {key: value for key, value in element.items() if key != "OP"}
    if tests == {"LIKE_NUM": True}:
        return set()
    if len(tests) != 1 or next(iter(tests)) not in ("LOWER", "ORTH"):
        raise ValueError(f"no reach for the pattern element {element}")
    key, value = next(iter(tests.items()))
    if element.get("OP") == "!" or (isinstance(value, dict) and set(value) == {"NOT_IN"}):
        return None
    values = value["IN"] if isinstance(value, dict) and set(value) == {"IN"} else [value]
    if not all(isinstance(v, str) for v in values):
        raise ValueError(f"no reach for the pattern element {element}")
    if key == "ORTH" and any(v.lower() != v for v in values):
        raise ValueError(f"an ORTH with capitals has no lower-case word: {element}")
    return set(values)


def _length(pattern: list[dict[str, Any]]) -> int | None:
    """The most tokens the pattern can span, None when unbounded."""
    total = 0
    for element in pattern:
        op = element.get("OP")
        if op in ("*", "+"):
            return None
        if op is None or op in ("?", "!", "1"):
            total += 1
            continue
        count = _COUNT.fullmatch(op)
        if count is None or not (count.group(2) or "," not in op):
            return None  # "{n,}" is unbounded; an unknown operator is treated as unbounded
        total += int(count.group(2) or count.group(1))
    return total


def _longer(a: int | None, b: int | None) -> int | None:
    return None if a is None or b is None else max(a, b)


__all__ = ["Reach", "reach"]
