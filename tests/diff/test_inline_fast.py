"""The inline diff's fold of small equalities agrees with the plain form it replaced."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from specdiff.diff.inline import Segment, _fold_small_equalities, _raw_segments, _regroup, _words


def _reference_edit_words(segments: list[Segment], lo: int, hi: int) -> int:
    return max((_words(t) for op, t in segments[max(0, lo) : hi] if op != "equal"), default=-1)


def reference_fold(segments: list[Segment]) -> list[Segment]:
    while True:
        folded: list[Segment] = []
        changed = False
        for k, (op, tokens) in enumerate(segments):
            inner = op == "equal" and 0 < k < len(segments) - 1
            if inner and _words(tokens) <= min(
                _reference_edit_words(segments, k - 2, k), _reference_edit_words(segments, k + 1, k + 3)
            ):
                folded += [("delete", tokens), ("insert", tokens)]
                changed = True
            else:
                folded.append((op, tokens))
        if not changed:
            return segments
        segments = _regroup(folded)


WORD = st.sampled_from(["two", "three", "(2)", "(3)", "years", "of", "experience", ",", ".", "the", "and"])
TEXT = st.lists(WORD, max_size=25).map(" ".join)


@given(TEXT, TEXT)
def test_fold_as_before(old: str, new: str) -> None:
    segments = _regroup(_raw_segments(old, new))
    assert _fold_small_equalities(segments) == reference_fold(segments)
