"""Which words are English words, and which changes of one word are spelling corrections.

A typo corrected ("Manger" -> "Manager", "autoomatic" -> "automatic") changes no meaning; a word
replaced by another real word ("may" -> "must", "county" -> "country") can change everything.
Telling them apart needs a word list, and spaCy ships two with its lookups data
(spacy-lookups-data, installed with spaCy; nothing is downloaded):

- ``lemma_lookup`` (WordNet's inflected forms and their lemmas, already read by lemma.py): a
  dictionary of real words; the common misspellings are not in it ("recieve", "managment").
- ``lexeme_prob``: log frequencies of a million word forms counted in a web corpus, misspellings
  and names included ("manger" -14.7, "manager" -10.4).

A change is a spelling correction when the two words are close in spelling, the commoner one
is a real word and the rarer one is not a word (not in the dictionary, and clearly rarer), or is
a word so rare next to the other that the change is a slip of the keyboard (a dictionary word
some 50 times rarer than the word it became, like "manger" next to "manager"). Between two
common words nothing is forgiven.

``lexeme_prob`` is 30 MB of JSON: parsing it takes seconds, so the file is kept as bytes and the
few words a diff asks about are found in it directly (the keys are written one per line, as
``json.dumps`` escapes them), each once per process.
"""

from __future__ import annotations

import gzip
import json
import re
from functools import lru_cache
from pathlib import Path

from rapidfuzz.distance import OSA

from .lemma import _table, same_lemma

UNKNOWN = -25.0  # log frequency of a word the list never saw
COMMON = -13.0  # a word at least this frequent is a real word, in the dictionary or not
CLEARLY_RARER = 2.5  # a non-word this much rarer (natural log: about 12 times) than its fix
SLIP = 4.0  # a dictionary word this much rarer (about 55 times) than the word it became ...
SLIP_RARE = -14.5  # ... and itself at most this frequent: a slip of the keyboard
_NUMBER = re.compile(rb"-?\d+(?:\.\d+)?")


@lru_cache(maxsize=1)
def _blob() -> bytes:
    """spacy-lookups-data's English ``lexeme_prob`` table as bytes (see the module docstring)."""
    import spacy_lookups_data  # type: ignore[import-untyped]

    path = Path(spacy_lookups_data.en["lexeme_prob"])
    if path.exists():
        return path.read_bytes()
    with gzip.open(path.with_suffix(path.suffix + ".gz"), "rb") as fh:
        return fh.read()


@lru_cache(maxsize=1)
def _dictionary() -> frozenset[str]:
    """The lemma lookup's words only: phrases.words.english_words() adds the lemma index (some
    52,000 more lower-case forms, names among them), so fewer misspellings would count as non-words."""
    table = _table()
    return frozenset(table) | frozenset(table.values())


@lru_cache(maxsize=8192)
def log_frequency(word: str) -> float:
    """The natural-log frequency of ``word`` in any letter case, ``UNKNOWN`` when unseen."""
    blob = _blob()
    best = UNKNOWN
    for form in dict.fromkeys((word, word.lower(), word.capitalize(), word.upper())):
        key = b"\n  " + json.dumps(form).encode("ascii") + b":"
        at = blob.find(key)
        if at >= 0:
            match = _NUMBER.match(blob, at + len(key))
            if match:
                best = max(best, float(match.group()))
    return best


def known(word: str) -> bool:
    """Is ``word`` (lower case) a real word: in the dictionary, or common in the corpus?"""
    return word in _dictionary() or log_frequency(word) >= COMMON


def close_spelling(a: str, b: str) -> bool:
    """One edit apart (a letter added, dropped, changed or two swapped), two in a long word."""
    longest = max(len(a), len(b))
    return OSA.distance(a, b, score_cutoff=2) <= (2 if longest >= 8 else 1)


def spelling_fix(a: str, b: str) -> bool:
    """Is the change ``a`` -> ``b`` (lower-case words) a spelling correction, either way round?"""
    if a == b or not (a.isalpha() and b.isalpha()) or min(len(a), len(b)) < 4:
        return False
    if same_lemma(a, b) or not close_spelling(a, b):
        return False
    rare, common = sorted((a, b), key=log_frequency)
    if not known(common):
        return False
    gap = log_frequency(common) - log_frequency(rare)
    if rare not in _dictionary():
        return log_frequency(rare) < COMMON and gap >= CLEARLY_RARER
    return log_frequency(rare) <= SLIP_RARE and gap >= SLIP
