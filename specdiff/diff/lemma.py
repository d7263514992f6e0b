"""Lemmas from spaCy's lookup lemmatizer (spacy-lookups-data), loaded once per process, lazily.

Building ``spacy.blank("en")`` costs most of a second, so nothing imports spaCy until a change
actually needs to know whether "ensure" and "ensures" are the same word. No model download is
involved: the lookup table ships in the spacy-lookups-data package.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def _table() -> Any:
    """spaCy's ``lemma_lookup`` Table (keyed by string hash; ``get`` accepts the string)."""
    from ..nlp import lemma_table

    return lemma_table()


@lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """The dictionary form of a lower-case word ("ensures" -> "ensure"); unknown words as is."""
    return str(_table().get(word, word))


def same_lemma(a: str, b: str) -> bool:
    """True when two different words are inflections of one lemma. Suppletive pairs (is/are)
    never reach spaCy: only words sharing their first two letters are looked up, which keeps
    the rule narrow and spaCy unloaded for most comparisons."""
    if a == b:
        return True
    if not (a.isalpha() and b.isalpha()) or a[:2] != b[:2]:
        return False
    return lemma(a) == lemma(b)
