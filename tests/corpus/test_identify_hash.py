"""The content hash's word form is the words split and joined with single spaces."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from specdiff.corpus.identify import word_form


@given(st.text())
def test_word_form_is_the_words_joined_by_single_spaces(text: str) -> None:
    assert word_form(text) == " ".join(re.sub(r"[^\w]+", " ", text.casefold()).split())
