"""OCR misreadings are editorial only on text OCR read; any other change stays substantive."""

from __future__ import annotations

from dataclasses import replace

import pytest

from specdiff.diff import compare
from specdiff.diff.ocr_confusions import explained_by_ocr
from specdiff.ingest import read
from specdiff.ingest.ocr.lexicon import correct
from specdiff.model import Document
from specdiff.parsers import parse
from specdiff.phrases.words import english_words

ORIGINAL = "Graduation from high school and two (2) years of clerical experience in a modern office;"


@pytest.mark.parametrize(
    "scanned",
    [
        "Graduation from high school and two (2) years of clerical experience in a rnodern office;",
        "Graduation frorn high school and two (2) years of c1erical experience in a modern 0ffice;",
        "Graduation from high schoo| and two (2) years of clerical experi- ence in a modern office;",
        "Graduation. from high school and two (2) years of clerical éxperience in a modern office,",
        "Graduation from high school and two (2) years of clerical experience in a modern officei",
        "Graduation from high school and two (2) years of clerical experlence in a modern office;",
    ],
)
def test_misreadings_are_explained_on_ocr_text(scanned: str) -> None:
    assert explained_by_ocr(ORIGINAL, scanned, old_ocr=False, new_ocr=True)
    assert explained_by_ocr(scanned, ORIGINAL, old_ocr=True, new_ocr=False)


@pytest.mark.parametrize(
    "scanned",
    [
        ORIGINAL.replace("two (2)", "four (4)"),
        ORIGINAL.replace("(2)", "(3)"),
        ORIGINAL.replace("high school", "college"),
        ORIGINAL.replace("clerical", "typing"),
        ORIGINAL.replace("a modern", "an older"),
        ORIGINAL + " or one year of college",
    ],
)
def test_real_changes_are_never_misreadings(scanned: str) -> None:
    assert not explained_by_ocr(ORIGINAL, scanned, old_ocr=False, new_ocr=True)


def test_misreadings_count_only_where_ocr_read_the_text() -> None:
    scanned = ORIGINAL.replace("modern", "rnodern")
    assert not explained_by_ocr(ORIGINAL, scanned, old_ocr=False, new_ocr=False)


def _with_ocr(doc: Document) -> Document:
    sections = tuple(
        replace(s, clauses=tuple(replace(c, ocr_confidence=91.0) for c in s.clauses)) for s in doc.sections
    )
    return replace(doc, sections=sections)


def test_the_verdict_forgives_misreadings_only_on_ocr_clauses(tmp_path) -> None:  # type: ignore[no-untyped-def]
    old_path, new_path = tmp_path / "old.txt", tmp_path / "new.txt"
    body = "MINIMUM QUALIFICATIONS:\n\n{}\n"
    old_path.write_text(body.format(ORIGINAL), encoding="utf-8")
    new_path.write_text(body.format(ORIGINAL.replace("clerical", "c1erical")), encoding="utf-8")
    old, new = parse(read(old_path)), parse(read(new_path))
    typed = compare(old, new)
    assert typed.summary["substantive"] == 1
    scanned = compare(old, _with_ocr(new))
    assert scanned.summary["substantive"] == 0 and scanned.summary["editorial"] == 1
    assert [c.reasons for c in scanned.changes if c.op == "modified"] == [("OCR misreading",)]
    refs = [r for c in scanned.changes for r in c.new]
    assert refs and all(r.ocr_confidence == 91.0 for r in refs)


@pytest.mark.parametrize(
    ("read_as", "word"),
    [
        ("lllustrative", "Illustrative"),
        ("!evel", "level"),
        ("rnodern", "modern"),
        ("c1erk,", "clerk,"),
        ("TYPlCAL", "TYPICAL"),
        ("cornrnittee", "committee"),
        ("2", "2"),
        ("10A", "10A"),
        ("clerk", "clerk"),
        ("Xqzv", "Xqzv"),
    ],
)
def test_lookalike_letters_read_as_the_word_they_spell(read_as: str, word: str) -> None:
    assert correct(read_as, english_words()) == word


def test_reports_mark_a_change_read_with_low_confidence(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from specdiff.renderers.diff import render_diff

    old_path, new_path = tmp_path / "old.txt", tmp_path / "new.txt"
    body = "MINIMUM QUALIFICATIONS:\n\n{}\n"
    old_path.write_text(body.format(ORIGINAL), encoding="utf-8")
    new_path.write_text(body.format(ORIGINAL.replace("two (2)", "three (3)")), encoding="utf-8")
    old, new = parse(read(old_path)), parse(read(new_path))
    low = replace(
        new,
        sections=tuple(
            replace(s, clauses=tuple(replace(c, ocr_confidence=52.0) for c in s.clauses)) for s in new.sections
        ),
    )
    diff = compare(old, low)
    assert diff.summary["substantive"] == 1  # a low-confidence line is marked, never forgiven
    for fmt, marker in (
        ("text", "! OCR: read by OCR with low confidence (52/100)"),
        ("markdown", "**OCR:**"),
        ("html", 'class="ocr-low"'),
    ):
        assert marker in render_diff(diff, fmt=fmt), fmt
    assert "OCR" not in render_diff(compare(old, new), fmt="text")
