"""The sample corpus: layout, and every published PDF/DOCX ingests back to its authoring text."""

from __future__ import annotations

import importlib.util
import re
import sys
from io import BytesIO
from pathlib import Path
from types import ModuleType

import pdfplumber
import pytest

from specdiff.ingest import read
from tests.conftest import ROOT

CORPUS = ROOT / "corpus"
SAMPLES = ROOT / "scripts" / "samples"
VERSIONS = sorted(p for p in CORPUS.glob("*/*") if p.is_dir())
AUTHORED = sorted(SAMPLES.glob("*/*.txt"))


def _render_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("render_samples", ROOT / "scripts" / "render_samples.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_corpus_has_series_with_dated_versions() -> None:
    series = {p.parent.name for p in VERSIONS}
    assert len(series) >= 2
    assert all(sum(1 for v in VERSIONS if v.parent.name == s) >= 2 for s in series)
    kinds = {f.suffix for v in VERSIONS for f in v.iterdir()}
    assert {".txt", ".pdf", ".docx"} <= kinds


@pytest.mark.parametrize("version", VERSIONS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_version_folder_holds_one_published_file(version: Path) -> None:
    assert re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])(-tentative)?", version.name)
    files = [f.name for f in version.iterdir() if f.name != "document.json"]  # the corpus's parse of it
    assert len(files) == 1 and files[0].startswith("standard."), files
    raw = read(version / files[0])
    assert sum(len(line.text.split()) for line in raw.lines) > 100


def _words(text: str) -> list[str]:
    return [w for w in text.split() if w not in ("|", "-", "\u2022")]


def _authored_words(source: Path) -> list[str]:
    words = []
    for line in source.read_text(encoding="utf-8").splitlines():
        if line.startswith("%"):
            continue
        line = re.sub(r"^(?:=|#+|\|)\s", "", line)
        words += _words(line.replace("|", " "))
    return words


@pytest.mark.parametrize("source", AUTHORED, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_published_file_reads_back_as_authored(source: Path) -> None:
    """Running header, page numbers and line-end hyphens leave no trace: the words are exactly
    the authoring text's, in order (list numbers included: Word's numbering is computed)."""
    version, fmt = source.name.removesuffix(".txt").rsplit(".", 1)
    raw = read(CORPUS / source.parent.name / version / f"standard.{fmt}")
    assert _words(raw.text) == _authored_words(source)
    if fmt == "pdf":
        thorough = read(CORPUS / source.parent.name / version / "standard.pdf", pdf_backend="pdfplumber")
        assert thorough.lines == raw.lines


def test_pdf_samples_have_header_page_numbers_and_a_hyphen() -> None:
    render = _render_module()
    for source in SAMPLES.glob("*/*.pdf.txt"):
        sample = render.parse(source.read_text(encoding="utf-8"))
        pdf = render.render_pdf(sample)
        assert pdf == render.render_pdf(sample), "rendering is not deterministic"
        assert sample.header
        with pdfplumber.open(BytesIO(pdf)) as doc:
            pages = [page.extract_text() or "" for page in doc.pages]
        assert len(pages) >= 2
        assert all(f"Page {n} of {len(pages)}" in text for n, text in enumerate(pages, start=1))
        assert sample.header in pages[1]
        assert any(re.search(r"[a-z]-\n[a-z]", text) for text in pages)


def test_docx_samples_render_deterministically() -> None:
    render = _render_module()
    for source in SAMPLES.glob("*/*.docx.txt"):
        sample = render.parse(source.read_text(encoding="utf-8"))
        assert render.render_docx(sample) == render.render_docx(sample)
