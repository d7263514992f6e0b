"""Lemmas from spaCy's lookup lemmatizer (spacy-lookups-data), loaded once per process, lazily.

spaCy's ``Lemmatizer`` in ``mode="lookup"`` does exactly ``table.get(word, word)`` on the
``lemma_lookup`` table that ``spacy.lookups.load_lookups("en", ...)`` reads from
spacy-lookups-data (see ``Lemmatizer.lookup_lemmatize`` and ``initialize``). We read that same
file the same way ``load_lookups`` finds it (the ``en`` mapping spacy-lookups-data registers as
spaCy's lookups entry point, ``.json`` else ``.json.gz``, as ``spacy.util.load_language_data``
does) into a plain dict: the same lemmas, without a ``spacy.blank("en")`` pipeline around it,
and without ``load_lookups``' ``Table``, whose hashing of every key and Bloom filter took
0.1 s of a 1 s CLI run for the handful of words a diff looks up. Nothing imports spaCy
for this; no model download is involved.
"""

from __future__ import annotations

import gzip
import json
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    """spaCy's English ``lemma_lookup`` table: inflected form -> lemma."""
    import spacy_lookups_data  # type: ignore[import-untyped]

    path = Path(spacy_lookups_data.en["lemma_lookup"])
    if path.exists():
        with path.open(encoding="utf-8") as fh:
            table: dict[str, str] = json.load(fh)
        return table
    with gzip.open(path.with_suffix(path.suffix + ".gz"), "rt", encoding="utf-8") as fh:
        table = json.load(fh)
    return table


@lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """The dictionary form of a lower-case word ("ensures" -> "ensure"); unknown words as is."""
    return _table().get(word, word)


def same_lemma(a: str, b: str) -> bool:
    """True when two different words are inflections of one lemma. Suppletive pairs (is/are)
    never reach spaCy: only words sharing their first two letters are looked up, which keeps
    the rule narrow and the table unloaded for most comparisons."""
    if a == b:
        return True
    if not (a.isalpha() and b.isalpha()) or a[:2] != b[:2]:
        return False
    return lemma(a) == lemma(b)


_NOUN_SUFFIXES = ("ment", "ation", "tion", "ion", "ance", "ence")


def derived(a: str, b: str) -> bool:
    """True when one word names the action of the other ("development"/"develops",
    "supervision"/"supervises", "assistance"/"assists"): a noun made from the verb's lemma with
    a common suffix. A duty list rewritten from "Production of ballots" to "Produces ballots"
    says the same thing."""
    if not (a.isalpha() and b.isalpha()) or a[:3] != b[:3]:
        return False
    noun, verb = sorted((lemma(a), lemma(b)), key=len, reverse=True)
    for suffix in _NOUN_SUFFIXES:
        stem = noun[: -len(suffix)]
        if noun.endswith(suffix) and len(stem) >= 4 and verb in (stem, stem + "e"):
            return True
    return False
