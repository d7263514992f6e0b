"""English word forms, for telling a word from a non-word: a line-end hyphen to keep or join, a
text layer that is not text, an OCR misreading one letter from a real word.

The word list is spaCy's lookup tables (spacy-lookups-data, already a dependency): every lemma
and inflection, read once per process when first asked for.

Building that set (two JSON files, 114,000 words lower-cased) costs ~0.1 s of CPU, a tenth of a
cold ``specdiff diff``, where the only question may be whether one short line ("LJC") is a word.
:func:`is_english_word` answers one such question from the files' text instead (see there).
"""

from __future__ import annotations

import functools
import gzip
import json
import re
from importlib import resources

_FILES = ("en_lemma_lookup.json.gz", "en_lemma_index.json.gz")

# Every single character whose ``str.lower()`` is the ASCII letter: the letter in both cases,
# and for "k" the Kelvin sign (tests/phrases/test_words.py checks this over all of Unicode).
_PREIMAGE = {c: re.escape(c + c.upper() + ("\u212a" if c == "k" else "")) for c in "abcdefghijklmnopqrstuvwxyz"}


@functools.lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Lower-case English word forms from spacy-lookups-data (lemmas and inflections);
    empty when the package is missing, which only makes rejoining rely on the document."""
    words: set[str] = set()
    try:
        data = resources.files("spacy_lookups_data") / "data"
        with gzip.open(str(data / _FILES[0]), "rt", encoding="utf-8") as fh:
            lookup: dict[str, str] = json.load(fh)
        with gzip.open(str(data / _FILES[1]), "rt", encoding="utf-8") as fh:
            index: dict[str, list[str]] = json.load(fh)
    except (ModuleNotFoundError, FileNotFoundError, OSError, ValueError):
        return frozenset()
    words.update(lookup)
    words.update(lookup.values())
    for forms in index.values():
        words.update(forms)
    return frozenset(w.lower() for w in words if w.isalpha())


def is_english_word(word: str) -> bool:
    """``word in english_words()``, for one lower-case word, without building the set when it
    is not built yet and the word is plain ASCII letters.

    Then the word is in the set exactly when one of the files holds it as a JSON string (in the
    index file: as a list item, not a part-of-speech key) in some casing whose ``lower()`` is
    the word. Such strings are found in the files' text by a regular expression: every
    ``"`` there delimits a string once the only escape in the text is ``\\/`` (checked, else
    the set is built), only JSON punctuation lies between one string and the next, and a
    string of letters is written as itself. Files that are not JSON at all would make the two
    answers differ; spacy-lookups-data's are JSON (they are what spaCy loads).

    A search of the text costs ~5 ms and building the set ~85 ms, once: each word's answer is
    remembered, and a process that has searched for :data:`_SEARCHES` words (a batch reading
    many files) builds the set and looks words up in it from then on."""
    if english_words.cache_info().currsize or not (word.isascii() and word.isalpha() and word.islower()):
        return word in english_words()
    if _searched.cache_info().misses >= _SEARCHES:
        return word in english_words()
    return _searched(word)


_SEARCHES = 16  # searches of the files' text that cost about what building the set does


@functools.lru_cache(maxsize=_SEARCHES)
def _searched(word: str) -> bool:
    """:func:`is_english_word` for an ASCII lower-case word, by searching the files' text."""
    texts = texts_of_files()
    return word in english_words() if texts is None else quoted_in(word, *texts)


def quoted_in(word: str, lookup: str, index: str) -> bool:
    """Whether the files' text holds ``word`` (ASCII, lower-case) as a word form: a string of
    the lookup file, or a list item of the index file, in any casing that lower-cases to it."""
    quoted = '"' + "".join(f"[{_PREIMAGE[c]}]" for c in word) + '"'
    return re.search(quoted, lookup) is not None or re.search(quoted + r"(?!\s*:)", index) is not None


@functools.lru_cache(maxsize=1)
def texts_of_files() -> tuple[str, str] | None:
    """The decompressed text of the lookup and index files, or None when they cannot be read
    or hold an escape other than ``\\/`` (the callers then build the set, which decodes them)."""
    try:
        data = resources.files("spacy_lookups_data") / "data"
        lookup, index = (gzip.decompress((data / name).read_bytes()).decode("utf-8") for name in _FILES)
    except (ModuleNotFoundError, FileNotFoundError, OSError, ValueError):
        return None
    if any(text.count("\\") != text.count("\\/") for text in (lookup, index)):
        return None
    return lookup, index


__all__ = ["english_words", "is_english_word"]
