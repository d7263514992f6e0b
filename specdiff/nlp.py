"""spaCy, loaded once per process and shared by every stage that needs it.

``import spacy`` and ``spacy.blank("en")`` cost most of a second; the parsers (sentences,
requirement patterns) and the diff (lemmas) each built their own blank pipeline, so a
``specdiff diff`` paid for three tokenizers. Now they share one, built on first use, and the
lemma table is read without building a pipeline at all. Nothing here runs at import time.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def english() -> Any:
    """Blank English with the rule-based sentencizer (no model download); its tokenizer
    (``make_doc``) and vocab serve every other rule component too."""
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


@lru_cache(maxsize=1)
def lemma_table() -> Any:
    """spaCy's English ``lemma_lookup`` table from spacy-lookups-data: what the lookup
    lemmatizer would load on ``initialize()``, without a pipeline to put it in."""
    from spacy.lookups import load_lookups

    return load_lookups("en", ["lemma_lookup"]).get_table("lemma_lookup")
