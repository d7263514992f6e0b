"""The fast forms of rows.normalise and rows.is_caps agree with the plain loops they replaced."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from specdiff.parsers.rows import is_caps, normalise

TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=80)
ASCII = st.text(alphabet=st.characters(max_codepoint=127), max_size=40)  # the one-call path
CAPS_LIKE = st.text(alphabet=st.sampled_from(list("ABCDÉ abcé1 -:\n\tΣσ\u00aa\u01c5")), max_size=20)


def reference_normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\u00a0", " ").replace("\u2007", " ").replace("\u202f", " ").replace("\t", "    ")
    text = text.replace("\ufeff", "").replace("\u200b", "")
    return "".join(ch for ch in text if ch >= " " or ch == "\n")


def reference_is_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


@given(TEXT)
def test_normalise_as_before(text: str) -> None:
    assert normalise(text) == reference_normalise(text)


@given(st.one_of(TEXT, CAPS_LIKE, ASCII))
def test_is_caps_as_before(text: str) -> None:
    assert is_caps(text) == reference_is_caps(text)


def test_control_characters_go_and_newlines_stay() -> None:
    assert normalise("A\x00B\x07C\nD\x1f") == "ABC\nD"
