"""The comparison form's faster steps agree with the plain forms they replaced, on any text.

The reference patterns below are the steps as first written: a look-behind opening each
pattern, a regex for ASCII punctuation, a word-by-word casefold. The steps now skip ahead to
the one character a match needs, translate ASCII in one pass and lower-case an ASCII text whole;
the characters drawn here are the ones where the two could part (apostrophes after and between
letters, full stops beside digits and commas, underscores, non-ASCII letters whose case folds
to more than one letter or to ASCII).
"""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from specdiff.diff.glossary import word_tokens
from specdiff.diff.normalize import drop_apostrophes, drop_punctuation, number_form

REFERENCE_APOSTROPHE = re.compile(r"(?<=[A-Za-z])[\u2019'\u02bc`](?=[A-Za-z])|(?<=[sS])[\u2019'](?=\W|$)")
REFERENCE_DECIMALS = re.compile(r"(?<![\w.,])\.(?=\d)|(?<=\d)\.00\b")
REFERENCE_PUNCT = re.compile(r"[^\w\s]|_")
REFERENCE_WORD = re.compile(r"[0-9A-Za-z\u00c0-\u024f]+")

CHARACTERS = "aAsSzZ019 ._,-'\u2019\u2018\u02bc`\"()#$%&\t\n\u00a0é\u2013\u00df\u0130\u212a\ufb01\u03a3"
TEXT = st.text(alphabet=st.sampled_from(CHARACTERS), max_size=40)
ASCII_TEXT = st.text(alphabet=st.characters(max_codepoint=127), max_size=40)


@given(TEXT)
def test_apostrophes_as_before(text: str) -> None:
    assert drop_apostrophes(text) == REFERENCE_APOSTROPHE.sub("", text)


@given(st.one_of(TEXT, st.from_regex(r"[ a,.]{0,3}\.?\d{0,3}(\.00?)?[ ,.a0]{0,3}", fullmatch=True)))
def test_decimals_as_before(text: str) -> None:
    text = text.replace("(", " ")  # no parenthesis: only the decimals rule can change the text
    reference = text
    if any(digit in text for digit in "0123456789"):
        reference = REFERENCE_DECIMALS.sub(lambda m: "0." if m.group(0) == "." else "", text)
    assert number_form(text) == reference


@given(st.one_of(TEXT, ASCII_TEXT))
def test_punctuation_as_before(text: str) -> None:
    assert drop_punctuation(text) == REFERENCE_PUNCT.sub(" ", text)


@given(st.one_of(TEXT, ASCII_TEXT))
def test_word_tokens_as_before(text: str) -> None:
    plain = re.sub(r"[\u2019\u2018'`\u02bc]", "", text)
    assert word_tokens(text) == tuple(w.casefold() for w in REFERENCE_WORD.findall(plain))
