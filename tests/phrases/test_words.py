"""is_english_word answers from the word files' text exactly what english_words' set answers."""

from __future__ import annotations

import random
import re
import string
import sys

import pytest

from specdiff.phrases import words
from specdiff.phrases.words import english_words, is_english_word, quoted_in, texts_of_files


def test_preimage_holds_every_character_that_lower_cases_to_an_ascii_letter() -> None:
    found: dict[str, set[str]] = {}
    for point in range(sys.maxunicode + 1):
        lowered = chr(point).lower()
        if lowered and all(c in string.ascii_lowercase for c in lowered):
            assert len(lowered) == 1, f"U+{point:04X} lower-cases to several ASCII letters"
            found.setdefault(lowered, set()).add(chr(point))
    assert {c: set(re.sub(r"\\(.)", r"\1", chars)) for c, chars in words._PREIMAGE.items()} == found


@pytest.fixture(scope="module")
def texts() -> tuple[str, str]:
    found = texts_of_files()
    if found is None:
        pytest.skip("spacy-lookups-data's English tables are not installed or hold escapes")
    return found


def test_quoted_strings_of_the_files_are_the_ascii_words_of_the_set(texts: tuple[str, str]) -> None:
    """The argument behind quoted_in, over the whole of the installed files: the strings of
    letters in their text (list items in the index) are exactly the set's plain ASCII words."""
    lookup, index = texts
    letters = "[A-Za-z\u212a]+"
    quoted = re.findall(f'"({letters})"', lookup) + re.findall(f'"({letters})"(?!\\s*:)', index)
    from_text = {q.lower() for q in quoted}
    from_set = {w for w in english_words() if w.isascii()}
    assert from_text == from_set


def test_quoted_in_agrees_with_the_set(texts: tuple[str, str]) -> None:
    known = sorted(w for w in english_words() if w.isascii() and len(w) <= 6)
    rng = random.Random(19)
    probes = [*rng.sample(known, 60), "adj", "adv", "noun", "verb", "ljc", "mjs", "kelvin", "end"]
    probes += ["".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(2, 4))) for _ in range(60)]
    for word in probes:
        assert quoted_in(word, *texts) == (word in english_words()), word


def test_is_english_word_falls_back_to_the_set_for_other_words() -> None:
    for word in ("café", "Word", "x-ray", "", "twenty4"):
        assert is_english_word(word) == (word in english_words())


def test_a_process_that_asks_often_builds_the_set_once_and_answers_the_same() -> None:
    from specdiff.phrases import words

    asked = ["ljc", "the", "mjk", "word", "qqx", "clerk", "zzv", "apply", "xqj", "salary"] * 3
    asked += [f"{a}{b}" for a in "bcd" for b in "xyz"]
    words.english_words.cache_clear()
    words._searched.cache_clear()
    answers = [words.is_english_word(w) for w in asked]
    assert words._searched.cache_info().misses == words._SEARCHES  # each word searched once, then the set
    assert words.english_words.cache_info().currsize == 1
    assert answers == [w in words.english_words() for w in asked]
