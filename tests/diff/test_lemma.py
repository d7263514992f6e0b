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


def test_table_is_spacys_lemma_lookup_table_entry_for_entry() -> None:
    from spacy.lookups import load_lookups

    from specdiff.diff.lemma import _table

    spacy_table = load_lookups("en", ["lemma_lookup"]).get_table("lemma_lookup")
    ours = _table()
    assert len(ours) == len(spacy_table)
    assert all(spacy_table.get(word) == form for word, form in ours.items())
