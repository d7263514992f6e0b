"""ClauseDraft.tail: the end of a draft's text, read row by row without re-joining every piece."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from specdiff.parsers.segment import ClauseDraft

pieces = st.lists(st.text(alphabet=" \tab.,;:-1", max_size=12), max_size=8)


@given(pieces)
def test_tail_is_the_end_of_the_text(parts: list[str]) -> None:
    draft = ClauseDraft(rows=[], pieces=parts)
    assert draft.text.endswith(draft.tail)
    assert draft.text.split()[-1:] == draft.tail.split()[-1:]
    assert bool(draft.tail) == bool(draft.text)


def test_tail_skips_blank_pieces_and_squeezes_spaces() -> None:
    assert ClauseDraft(rows=[], pieces=["one  two", "three   four ", "  "]).tail == "three four"
