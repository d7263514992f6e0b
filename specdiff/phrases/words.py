"""English word forms, for telling a word from a non-word: a line-end hyphen to keep or join, a
text layer that is not text, an OCR misreading one letter from a real word.

The word list is spaCy's lookup tables (spacy-lookups-data, already a dependency): every lemma
and inflection, read once per process when first asked for.
"""

from __future__ import annotations

import functools
import gzip
import json
from importlib import resources


@functools.lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Lower-case English word forms from spacy-lookups-data (lemmas and inflections);
    empty when the package is missing, which only makes rejoining rely on the document."""
    words: set[str] = set()
    try:
        data = resources.files("spacy_lookups_data") / "data"
        with gzip.open(str(data / "en_lemma_lookup.json.gz"), "rt", encoding="utf-8") as fh:
            lookup: dict[str, str] = json.load(fh)
        with gzip.open(str(data / "en_lemma_index.json.gz"), "rt", encoding="utf-8") as fh:
            index: dict[str, list[str]] = json.load(fh)
    except (ModuleNotFoundError, FileNotFoundError, OSError, ValueError):
        return frozenset()
    words.update(lookup)
    words.update(lookup.values())
    for forms in index.values():
        words.update(forms)
    return frozenset(w.lower() for w in words if w.isalpha())


__all__ = ["english_words"]
