"""The stored word-level diff: readable runs, whitespace-blind."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from specdiff.diff.inline import inline_diff


def _ops(old: str, new: str) -> list[tuple[str, str]]:
    return [(op.op, op.text) for op in inline_diff(old, new)]


def test_number_with_figure_is_one_change() -> None:
    assert _ops("within thirty (30) days", "within sixty (60) days") == [
        ("equal", "within "),
        ("delete", "thirty (30)"),
        ("insert", "sixty (60)"),
        ("equal", " days"),
    ]


def test_rewrapping_is_not_a_change() -> None:
    assert _ops("two years of\nexperience", "two years of experience") == [("equal", "two years of experience")]


def test_pure_insertion_and_deletion() -> None:
    assert _ops("", "new text") == [("insert", "new text")]
    assert _ops("old text", "") == [("delete", "old text")]


words = st.lists(st.sampled_from(["the", "two", "six", "years", "(2)", "of", "staff", ",", "may"]), max_size=12)


@given(words, words)
def test_inline_reconstructs_both_sides(a: list[str], b: list[str]) -> None:
    old, new = " ".join(a), " ".join(b)
    ops = inline_diff(old, new)
    rebuilt_old = "".join(o.text for o in ops if o.op != "insert")
    rebuilt_new = "".join(o.text for o in ops if o.op != "delete")
    assert rebuilt_new == new
    assert rebuilt_old.split() == old.split()
