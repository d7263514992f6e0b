"""surface.py's postal-code rule agrees with the look-behind pattern it replaced, on any text."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from specdiff.diff.surface import settle

# the pattern as first written: the comma before the region code seen by a look-behind
REFERENCE_POSTAL = re.compile(r"(?<=,)(\s*[A-Z]{2}),\s*(?:\d{5}(?:-\d{4})?|[A-Z]\d[A-Z] ?\d[A-Z]\d)\b")
PIECES = st.sampled_from([",", ", ", " ", "OR", "CO", "97309", "-1234", "A1B 2C3", "K1A0B1", "x", "1", "("])
ADDRESSES = st.sampled_from(["Salem, OR, 97309", ",OR,K1A 0B1", ", CO, 80120-1234"])
TEXT = st.lists(st.one_of(PIECES, ADDRESSES), max_size=14).map("".join)


def reference_postal(a: str, b: str) -> tuple[str, str]:
    if bool(REFERENCE_POSTAL.search(a)) != bool(REFERENCE_POSTAL.search(b)):
        return REFERENCE_POSTAL.sub(r"\1", a), REFERENCE_POSTAL.sub(r"\1", b)
    return a, b


@given(TEXT, TEXT)
def test_postal_codes_as_before(a: str, b: str) -> None:
    # no "(" and no region code printed twice: only the postal rule can change the texts
    a, b = a.replace("(", " "), b.replace("(", " ")
    if re.search(r",\s*([A-Z]{2})(?:,\s*\1)+\b", a + "\n" + b):
        return
    assert settle(a, b)[:2] == reference_postal(a, b)
