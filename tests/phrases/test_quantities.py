"""Matching only the pattern groups a text can open gives what the combined Matcher gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from specdiff.phrases.quantities import _pipeline, _squeeze

from ..conftest import shared_path

WORDS = st.sampled_from(
    ["two", "(2)", "years", "year", "of", "experience", "bachelor's", "Bachelors", "degree", "in", "master’s",
     "graduation", "from", "a", "four", "-", "college", "high", "school", "diploma", "GED", "30", "semester",
     "credit", "hours", "or", "45", "quarter", "units", "six", "months", "full", "time", "and", "one", "half",
     "Ph.D.", "doctor", "equivalency", "12th", "grade", ";", ".", "associate", "additional", "university"]
)  # fmt: skip


def _same(text: str) -> bool:
    nlp, matchers = _pipeline()
    doc = nlp.make_doc(_squeeze(text)[0])
    return matchers.matches(doc) == list(matchers.combined(doc))


@settings(max_examples=400, deadline=None)
@given(st.lists(WORDS, max_size=30).map(" ".join))
def test_group_matchers_agree_with_the_combined_matcher(text: str) -> None:
    assert _same(text)


def test_group_matchers_agree_on_every_line_of_the_shared_documents() -> None:
    paths = sorted(shared_path("seeds").glob("*.txt")) + sorted(shared_path("realdocs").glob("*.txt"))
    lines = [line for path in paths for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(lines) > 500
    assert all(_same(line) for line in lines)
