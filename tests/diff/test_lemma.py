"""The lemma table is the one spaCy's lookup-mode Lemmatizer uses."""

from __future__ import annotations

import spacy

from specdiff.diff.lemma import lemma, same_lemma


def test_lemmas_agree_with_spacy_lookup_lemmatizer() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()
    words = "ensures specialists planned managers regulations includes supervised"
    assert [t.lemma_ for t in nlp(words)] == [lemma(w) for w in words.split()]


def test_same_lemma_is_narrow() -> None:
    assert same_lemma("ensure", "ensures")
    assert not same_lemma("may", "must")
    assert not same_lemma("is", "are")  # suppletive forms are not looked up
