"""Lemmas from spaCy's lookup lemmatizer (spacy-lookups-data), loaded once per process, lazily.

spaCy's ``Lemmatizer`` in ``mode="lookup"`` does exactly ``table.get(word, word)`` on the
``lemma_lookup`` table that ``spacy.lookups.load_lookups("en", ...)`` reads from
spacy-lookups-data (see ``Lemmatizer.lookup_lemmatize`` and ``initialize``). We load that table
directly: the same lemmas, without building a ``spacy.blank("en")`` pipeline around it (0.3 s
that a CLI run cannot spare). Nothing imports spaCy until a change actually needs to know
whether "ensure" and "ensures" are the same word; no model download is involved.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def _table() -> Any:
    """spaCy's English ``lemma_lookup`` Table (keyed by string hash; ``get`` takes the string)."""
    from spacy.lookups import load_lookups

    return load_lookups("en", ["lemma_lookup"]).get_table("lemma_lookup")


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
