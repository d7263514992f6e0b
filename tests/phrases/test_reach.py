"""Windows of a pattern group: openers, bounded and unbounded reach, merging, and the patterns
a window could miss a match of (refused)."""

from __future__ import annotations

import pytest

from specdiff.phrases.reach import reach


def test_a_bounded_pattern_reaches_its_longest_length() -> None:
    group = reach(
        [
            [{"LOWER": "high"}, {"LOWER": "school"}],
            [{"LOWER": "from"}, {"OP": "{0,3}", "LOWER": {"NOT_IN": ["."]}}, {"LOWER": "x"}],
        ]
    )
    assert group.openers == {"high": 2, "from": 5}
    lowers = ["a", "high", "school", "b", "c", "from", "d", "e", "f", "g", "h"]
    assert group.windows(lowers, [False] * len(lowers)) == [(1, 3), (5, 10)]


def test_an_unbounded_pattern_reaches_to_the_end_of_its_words() -> None:
    group = reach([[{"LIKE_NUM": True}, {"LOWER": {"IN": ["full", "time"]}, "OP": "*"}, {"LOWER": "years"}]])
    lowers = ["at", "least", "two", "full", "time", "years", "of", "work", "3", "years"]
    numeric = [word in ("two", "3") for word in lowers]
    assert group.windows(lowers, numeric) == [(2, 6), (8, 10)]


def test_overlapping_and_touching_windows_merge() -> None:
    group = reach([[{"LOWER": "a"}, {"LOWER": "b"}, {"LOWER": "c"}]])
    assert group.windows(["a", "a", "x", "x", "a", "x", "x", "a"], [False] * 8) == [(0, 8)]
    assert group.windows(["a", "x", "x", "x", "a"], [False] * 5) == [(0, 3), (4, 5)]
    # a window reaching over two later ones takes in both
    wide = reach([[{"LOWER": "w"}, {"LOWER": "x"}, {"LOWER": "x"}, {"LOWER": "x"}, {"LOWER": "x"}], [{"LOWER": "a"}]])
    assert wide.windows(["w", "x", "a", "x", "a", "x", "x"], [False] * 7) == [(0, 5)]
    assert group.windows([], []) == []


@pytest.mark.parametrize(
    "pattern",
    [
        [{"LOWER": "a", "OP": "?"}, {"LOWER": "b"}],  # the first token may be absent
        [{"POS": "NOUN"}],  # another attribute
        [{"LOWER": "a"}, {"LOWER": {"NOT_IN": ["b"]}, "OP": "+"}],  # unbounded over any word
        [{"LOWER": {"REGEX": "^a"}}],
    ],
)
def test_patterns_a_window_could_miss_are_refused(pattern: list[dict[str, object]]) -> None:
    with pytest.raises(ValueError):
        reach([pattern])
