"""Every seed and every real document in ../shared ingests into clean lines.

The assertions are general (what furniture, leaders, letter spacing or a broken hyphen look
like), never a document's own words, so they hold for documents we have not seen.
"""

from __future__ import annotations

import functools
import itertools
import re

import pytest

from specdiff.ingest import read
from specdiff.model import RawText
from tests.conftest import SHARED, shared_path

REALDOCS = sorted(p.name for p in (SHARED / "realdocs").glob("*") if p.suffix in (".pdf", ".docx", ".html", ".txt"))
HTMLS = [name for name in REALDOCS if name.endswith(".html")]
SEEDS = sorted(p.name for p in (SHARED / "seeds").glob("*.txt"))

_PAGE_NUMBER = re.compile(r"^\s*(?:page\s*)?[-(]?\s*\d{1,3}\s*[-)]?\s*(?:of\s*\d{1,3})?\s*$", re.I)
_CONTINUED = re.compile(r"(?<![a-z])(?:cont\.?|continued|cont'd)(?![a-z])", re.I)


@functools.lru_cache(maxsize=64)
def _read(name: str) -> RawText:
    return read(shared_path("realdocs", name))


@pytest.mark.shared
@pytest.mark.parametrize("name", SEEDS or ["(absent)"])
def test_seed_ingests(name: str) -> None:
    raw = read(shared_path("seeds", name))
    assert sum(1 for ln in raw.lines if ln.text.strip()) > 20


@pytest.mark.shared
@pytest.mark.parametrize("name", REALDOCS or ["(absent)"])
def test_realdoc_ingests_clean(name: str) -> None:
    """Every realdoc; each PDF also has its furniture and line-end hyphens checked here, so that
    it is read once per test process (pdfplumber takes about a second per document)."""
    raw = _read(name)
    _assert_clean([ln.text for ln in raw.lines])
    if name.endswith(".pdf"):
        _assert_no_furniture(raw)
        _assert_no_broken_words(raw)
        thorough = read(shared_path("realdocs", name), pdf_backend="pdfplumber")
        assert [ln.text for ln in thorough.lines] == [ln.text for ln in raw.lines], "pdfium and pdfplumber differ"


def _assert_clean(lines: list[str]) -> None:
    assert sum(len(text.split()) for text in lines) > 150
    for text in lines:
        assert not re.search(r"(?:\.\s?){4,}", text), f"dot leader left: {text!r}"
        assert not re.search(r"(?:\b\w\s{1,4}){5,}", text.replace("|", "")), f"letter spacing left: {text!r}"
        assert len(text) - len(text.lstrip()) < 16, f"centring padding left: {text!r}"
        assert not re.search(r"&(?:amp|lt|gt|quot|apos|nbsp|#\d+|#x[0-9a-f]+);", text, re.I), f"&ref; left: {text!r}"


def _assert_no_furniture(raw: RawText) -> None:
    pages: dict[int, list[str]] = {}
    for line in raw.lines:
        if line.text.strip():
            pages.setdefault(line.page or 0, []).append(" ".join(line.text.split()))
    edges = [texts[0] for texts in pages.values()] + [texts[-1] for texts in pages.values()]
    for text in edges:
        assert not _PAGE_NUMBER.match(text), f"page number left: {text!r}"
        assert not (_CONTINUED.search(text) and len(text.split()) < 10), f"running header left: {text!r}"
    # a line printed at the top or bottom of several pages is a running header or footer
    blurred = [re.sub(r"\d+", "#", text.lower()) for text in edges]
    repeated = {text for text in blurred if blurred.count(text) > 1 and len(text) > 3}
    assert not repeated, f"repeated on several pages: {repeated}"


def _assert_no_broken_words(raw: RawText) -> None:
    filled = [ln.text.rstrip() for ln in raw.lines if ln.text.strip()]
    for line, following in itertools.pairwise(filled):
        broken = re.search(r"[a-z]{2,}-$", line) and re.match(r"\s*[a-z]", following)
        assert not broken or "http" in line, f"hyphen at a line end: {line!r} / {following!r}"


@pytest.mark.shared
@pytest.mark.parametrize("name", HTMLS or ["(absent)"])
def test_html_is_main_content_with_its_title(name: str) -> None:
    lines = [ln.text for ln in _read(name).lines if ln.text.strip()]
    text = "\n".join(lines)
    for chrome in ("Main Content Anchor", "Page Content Main", "Sign In", "Skip to", "Back to Top"):
        assert chrome not in text
    assert "\ufffd" not in text and "&#39;" not in text
    assert not lines[0].endswith(("CalHR", "- ")), "site name left in the title"
    assert len(lines[0].split()) <= 15


def _paragraphs(raw: RawText) -> list[str]:
    return [" ".join(block.split()) for block in re.split(r"\n\s*\n", raw.text) if block.strip()]


@pytest.mark.shared
@pytest.mark.parametrize(
    ("pdf", "other", "share"),
    [
        (
            "025_ns-policy-research-analyst-ec10-90001329.pdf",
            "028_ns-policy-research-analyst-ec10-90001329-docx.docx",
            0.7,
        ),
        ("032_la-tax-auditor-1514-2018-062218.pdf", "033_la-tax-auditor-1514-2018-062218-plaintext.txt", 0.6),
    ],
)
def test_same_document_in_two_formats_gives_the_same_paragraphs(pdf: str, other: str, share: float) -> None:
    ours, theirs = _paragraphs(_read(pdf)), _paragraphs(_read(other))
    same = len(set(ours) & set(theirs))
    assert same >= share * len(theirs), f"{same} of {len(theirs)} paragraphs identical"
