"""Identification's shortcuts give what the plain regular expressions give: the content hash's
word form, and the date-label search skipped on lines that name no date."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from specdiff.corpus.identify import _DATE_LABEL, _DATE_STEMS, word_form

_LABEL_WORDS = ["Date", "DATED", "revised", "Rev.", "effective", "Adopted", "ESTABLISHED", "issued", "approved"]
_LABEL_WORDS += ["updated", "amended", "Last  evaluated", "dates", "revision", ":", " ", "-", "2024", "x", "\u017f"]


@given(st.text())
def test_word_form_is_the_words_joined_by_single_spaces(text: str) -> None:
    assert word_form(text) == " ".join(re.sub(r"[^\w]+", " ", text.casefold()).split())


@given(st.text(alphabet=st.characters(max_codepoint=127)) | st.lists(st.sampled_from(_LABEL_WORDS)).map("".join))
def test_an_ascii_line_the_label_search_matches_holds_a_date_stem(line: str) -> None:
    if line.isascii() and _DATE_LABEL.search(line):
        assert any(stem in line.lower() for stem in _DATE_STEMS)


def test_the_stems_are_what_the_label_search_needs() -> None:
    """A line of each label matches, and loses its match without its stem."""
    for line in ("Date: 2024-01-02", "Revised 3/4/2024", "Rev.3/4/2024", "Last evaluated March 2024", "Issued 2024"):
        assert _DATE_LABEL.search(line)
        assert any(stem in line.lower() for stem in _DATE_STEMS)
