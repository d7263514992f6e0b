"""The Matcher run on the windows where a pattern can match finds what it finds on the whole text.

The reference is the Matcher over every pattern on the whole text, as ``scan`` ran it before
windows; ``scan`` reads the matches as a set (no two labels match the same tokens), so the
windows must give the same set.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from specdiff.phrases.quantities import MODIFIERS, _degree_patterns, _number_forms, _pipeline, _squeeze, _unit_tails

from ..conftest import shared_path

WORDS = st.sampled_from(
    ["two", "(2)", "years", "year", "of", "experience", "bachelor's", "Bachelors", "degree", "in", "master’s",
     "graduation", "from", "a", "four", "-", "college", "high", "school", "diploma", "GED", "30", "semester",
     "credit", "hours", "or", "45", "quarter", "units", "six", "months", "full", "time", "and", "one", "half",
     "Ph.D.", "doctor", "equivalency", "12th", "grade", ";", ".", "associate", "additional", "university",
     "twelve", "(", ")", "graduated", "junior", "community", "juris", "’", "'s", "calendar", "yrs", "credits"]
)  # fmt: skip


@lru_cache(maxsize=1)
def _combined() -> Any:
    """Every pattern in one Matcher, run on the whole text."""
    from spacy.matcher import Matcher

    nlp, _ = _pipeline()
    matcher = Matcher(nlp.vocab)
    modifiers: dict[str, Any] = {"LOWER": {"IN": MODIFIERS}, "OP": "*"}
    for unit, tails in _unit_tails().items():
        patterns = [[*form, modifiers, *tail] for form in _number_forms() for tail in tails]
        matcher.add(f"QTY_{unit}", patterns, greedy="LONGEST")
    for level, patterns in _degree_patterns().items():
        matcher.add(f"DEG_{level}", patterns, greedy="LONGEST")
    return matcher


def _same(text: str) -> bool:
    nlp, matchers = _pipeline()
    doc = nlp.make_doc(_squeeze(text)[0])
    whole = list(_combined()(doc))
    found = matchers.matches(doc)
    one_label_a_span = len({(start, end) for _, start, end in whole}) == len(whole)
    return one_label_a_span and len(found) == len(whole) and set(found) == set(whole)


@settings(max_examples=600, deadline=None)
@given(st.lists(WORDS, max_size=30).map(" ".join))
def test_windows_find_what_the_whole_text_gives(text: str) -> None:
    assert _same(text)


def test_windows_agree_on_every_line_of_the_shared_documents() -> None:
    paths = sorted(shared_path("seeds").glob("*.txt")) + sorted(shared_path("realdocs").glob("*.txt"))
    lines = [line for path in paths for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(lines) > 500
    assert all(_same(line) for line in lines)
