"""The fast forms of rows.normalise, rows.is_caps and rows.is_furniture agree with the code they replaced."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from specdiff.parsers.rows import _CONTD, _DOT_LEADER, _PAGE_NO, is_caps, is_furniture, key, normalise

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


FURNITURE_LIKE = st.lists(
    st.sampled_from(
        ["Page", " ", "1", "12", "of", "-", "/", ".", ". ", "......", "(Cont'd)", "CONT", "Cont\u2019d", "continued",
         "CONTINUED.", "Rev", "06-22-18", "TITLE", "Clerk", "(", ")", "x" * 40, "\u0130", "\u212a", "\u017f", "\t"]
    ),
    max_size=12,
).map("".join)  # fmt: skip


def reference_is_furniture(text: str, title_keys: frozenset[str] = frozenset()) -> bool:
    if _PAGE_NO.match(text):
        return True
    if _DOT_LEADER.search(text):
        sides = [s.strip() for s in _DOT_LEADER.split(text) if s.strip()]
        if len(sides) <= 2 and any(
            re.search(r"\b(?:cont|page|rev|\d{1,2}[-/]\d{1,2}[-/]\d{2,4})", s, re.I) for s in sides
        ):
            return True
    if _CONTD.search(text) and len(text) < 90:
        head = key(_CONTD.sub("", text))
        return not head or head in title_keys or is_caps(_CONTD.sub("", text))
    return False


@given(st.one_of(FURNITURE_LIKE, TEXT), st.sampled_from([frozenset(), frozenset({"title", "clerk"})]))
def test_is_furniture_as_before(text: str, title_keys: frozenset[str]) -> None:
    assert is_furniture(text, title_keys) == reference_is_furniture(text, title_keys)
