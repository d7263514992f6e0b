"""Sentence spans: spaCy's sentencizer plus our rules for abbreviations and section numbers."""

from __future__ import annotations

from specdiff.parsers.sentences import sentence_spans


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text)]


def test_abbreviations_do_not_end_sentences() -> None:
    text = "Uses tools (e.g. gauges, meters) daily. See Occ. Code 0100 and Ch. 5 of the manual. Reports results."
    assert _sentences(text) == [
        "Uses tools (e.g. gauges, meters) daily.",
        "See Occ. Code 0100 and Ch. 5 of the manual.",
        "Reports results.",
    ]


def test_section_numbers_do_not_end_sentences() -> None:
    text = "Protests are filed under Sec. 4.20, 4.22 as applicable. Review periods may be combined."
    assert len(_sentences(text)) == 2


def test_spans_point_into_the_text() -> None:
    text = "  One sentence here.  Another one.  "
    assert all(text[a:b].strip() == text[a:b] and text[a:b] for a, b in sentence_spans(text))
    assert sentence_spans("") == ()
