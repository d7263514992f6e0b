"""spaCy, loaded once per process and shared by every stage that needs it.

``import spacy`` and ``spacy.blank("en")`` cost most of a second; the parsers (sentences,
requirement patterns) and the diff (lemmas) each built their own blank pipeline, so a
``specdiff diff`` paid for three tokenizers. Now they share one, built on first use (the diff
reads its lemma table with ``spacy.lookups.load_lookups``, no pipeline). Nothing here runs at
import time.
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
