"""OCR end to end on scans we make at test time (scripts/make_scans.py): a scanned rendering of
each corpus PDF reads as the original (0 substantive changes, >= 98% of words agreeing), a real
change typed into a scan is flagged, bad scans give one warning per page. Needs Tesseract: skipped
with the reason where it is absent, a failure in CI."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest
from click.testing import CliRunner

from bench.ocr import word_agreement
from specdiff.cli import main
from specdiff.diff import compare
from specdiff.ingest import read
from specdiff.model import Diff, Document
from specdiff.parsers import parse
from tests.conftest import ROOT
from tests.scanmaker import require_tesseract, scan_file

CORPUS_PDFS = sorted(ROOT.glob("corpus/*/*/standard.pdf"))


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> str:
    require_tesseract()
    return str(tmp_path_factory.mktemp("scans"))


@functools.cache
def _document(path: str) -> Document:
    return parse(read(path))


def _diff(old: Path, new: Path) -> Diff:
    return compare(_document(str(old)), _document(str(new)))


@pytest.mark.slow
@pytest.mark.parametrize("original", CORPUS_PDFS, ids=lambda p: f"{p.parent.parent.name}/{p.parent.name}")
def test_scanned_corpus_pdf_reads_as_the_original(folder: str, original: Path) -> None:
    scanned = scan_file(folder, f"{original.parent.parent.name}--{original.parent.name}.scan.pdf")
    doc = _document(str(scanned))
    assert doc.source.ocr_pages == tuple(range(1, (doc.source.pages or 0) + 1))
    assert all(c.ocr_confidence is not None for _, c in doc.clauses())
    diff = _diff(original, scanned)
    assert [c.reasons for c in diff.changes if c.substantive] == []
    assert not diff.metadata_changes
    agree, total = word_agreement(diff)
    assert agree / total >= 0.98, (agree, total)


@pytest.mark.slow
def test_typed_page_scan_reads_as_typed(folder: str) -> None:
    diff = _diff(scan_file(folder, "typewritten.pdf"), scan_file(folder, "typewritten.scan.pdf"))
    assert [c.reasons for c in diff.changes if c.substantive] == []
    agree, total = word_agreement(diff)
    assert agree / total >= 0.98, (agree, total)


@pytest.mark.slow
def test_real_changes_in_a_scan_are_substantive(folder: str) -> None:
    diff = _diff(scan_file(folder, "typewritten.pdf"), scan_file(folder, "typewritten-changed.scan.pdf"))
    flagged = [c for c in diff.changes if c.substantive]
    years = [c for c in flagged if any("four" in r for r in c.reasons)]
    added = [c for c in flagged if c.op == "added" and "bank accounts" in c.new[0].text]
    assert years and added, [c.reasons for c in flagged]
    assert any(r.field == "experience_years" and r.new == 4 for r in diff.requirement_changes)


@pytest.mark.slow
def test_bad_scans_warn_per_page_and_read_the_good_page(folder: str) -> None:
    raw = read(scan_file(folder, "bad-scans.pdf"))
    warnings = "\n".join(raw.warnings)
    assert "page 1 is blank" in warnings
    assert "page 2 lay turned" in warnings
    assert "page 3: OCR found no readable text" in warnings
    assert raw.source.ocr_pages == (2, 4)
    assert any("SENIOR ACCOUNT CLERK" in line.text for line in raw.lines if line.page == 4)
    assert any("SENIOR ACCOUNT CLERK" in line.text for line in raw.lines if line.page == 2)


def test_ocr_never_and_always_on_the_command_line(folder: str) -> None:
    scanned = scan_file(folder, "typewritten.scan.pdf")
    never = CliRunner().invoke(main, ["parse", "--ocr", "never", str(scanned)])
    assert never.exit_code == 2 and "--ocr auto" in never.stderr
    typed = scan_file(folder, "typewritten.pdf")
    always = CliRunner().invoke(main, ["ingest", "--ocr", "always", "--format", "json", str(typed)])
    assert always.exit_code == 0, always.stderr
    assert '"ocr_pages"' in always.stdout and '"ocr_confidence"' in always.stdout


def test_auto_leaves_a_born_digital_pdf_alone() -> None:
    for path in CORPUS_PDFS:
        raw = read(path, ocr="auto")
        assert raw.source.ocr_pages == ()
        assert all(line.ocr_confidence is None for line in raw.lines)
        assert raw.lines == read(path, ocr="never").lines
