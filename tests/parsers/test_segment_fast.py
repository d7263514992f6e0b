"""The fast form of segment's semicolon cuts agrees with the loop over every character it replaced."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from specdiff.parsers.segment import _ALTERNATIVE, _semicolons

TEXT = st.lists(st.sampled_from([*"();; ao rx\n\t\u00a0\u2028", "or ", "and/or", "; or", "Or"]), max_size=40).map(
    "".join
)


def reference_semicolons(text: str, start: int) -> list[int]:
    depth, cuts = 0, []
    for i in range(start, len(text)):
        ch = text[i]
        depth += ch == "("
        depth -= ch == ")" and depth > 0
        if ch == ";" and depth == 0 and text[i + 1 : i + 2] in (" ", "") and not _ALTERNATIVE.match(text, i + 1):
            cuts.append(i)
    return cuts


@given(TEXT, st.integers(min_value=0, max_value=70))
def test_semicolon_cuts_as_before(text: str, start: int) -> None:
    assert _semicolons(text, start) == reference_semicolons(text, start)
