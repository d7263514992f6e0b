"""The ASCII short cut of clean_text never changes a result."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from specdiff.ingest.text import clean_text, clean_text_fully

ASCII = st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x7F), max_size=120)
MIXED = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=60)


@settings(max_examples=400)
@given(ASCII)
def test_ascii_lines_clean_as_ftfy_would(text: str) -> None:
    assert clean_text(text) == clean_text_fully(text)


@given(MIXED)
def test_any_line_cleans_as_ftfy_would(text: str) -> None:
    assert clean_text(text) == clean_text_fully(text)


def test_tab_becomes_four_spaces_without_ftfy() -> None:
    assert clean_text("Salary\t$40,000") == "Salary    $40,000"
