"""A text that can only be one sentence is answered without spaCy: never where spaCy's
sentencizer (with our merge rules) would find more than one."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from specdiff.parsers.sentences import _nlp, _one_sentence, _sentence_ends, _trim, merge_spans, spans_for_all

PIECES = st.sampled_from(
    ["Performs", "duties", "e.g.", "No.", "5.2", "U.S.", ".", "!", "?", "...", "?!", ")", "(", "\"", "'", "’",
     "\u3002", "\u0964", "\u2026", "\u203c", "$", "-", "a", "B", "1.", ";", ",", ":", "\n", "\t", " ", "  ",
     "\x1c", "\u2028", "\u00a0", "of", "state", "\u0589", "\u00bf"]
)  # fmt: skip
TEXT = st.lists(PIECES, max_size=14).map(" ".join) | st.lists(PIECES, max_size=14).map("".join)


def _spacy_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The answer the shortcut stands for: the sentencizer's sentences, merged and trimmed."""
    raw = [(s.start_char, s.end_char) for s in _nlp()(text).sents]
    return tuple(_trim(text, sp) for sp in merge_spans(text, raw) if text[sp[0] : sp[1]].strip())


@settings(max_examples=600, deadline=None)
@given(TEXT)
def test_one_sentence_only_where_spacy_finds_one(text: str) -> None:
    if text.strip() and _one_sentence(text):
        assert _spacy_spans(text) == (_trim(text, (0, len(text))),)


@settings(max_examples=200, deadline=None)
@given(st.lists(TEXT, max_size=6))
def test_spans_for_all_as_spacy_gives_them(texts: list[str]) -> None:
    assert spans_for_all(texts) == [_spacy_spans(text) if text.strip() else () for text in texts]


def test_the_common_clause_is_answered_without_spacy() -> None:
    assert _one_sentence("Performs the duties of the office.\n")
    assert _one_sentence("Reviews applications and enrolment records (see below).")
    assert not _one_sentence("Reviews files. Answers calls.")
    assert not _one_sentence("Uses tools (e.g. gauges) daily")
    assert not _one_sentence("Files reports\u3002 Answers calls")  # a sentence end outside ASCII


def test_every_sentence_end_outside_ascii_is_searched() -> None:
    ascii_ends, other_ends, _ = _sentence_ends()
    chars = _nlp().get_pipe("sentencizer").punct_chars
    assert set(ascii_ends) == {c for c in chars if c.isascii()}
    assert all(other_ends.fullmatch(c) for c in chars if not c.isascii())
