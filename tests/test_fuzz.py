"""Fuzz: ingest + parse + compare over mutated text, HTML and DOCX, bounded in number and cost.

Each case starts from a small standard in one format, mutates its bytes (or, for DOCX, the XML
inside the package, then the package itself), and runs the whole pipeline against the intact
version. Whatever the input, the only exception allowed is a SpecdiffError (one line, exit 2 at
the command line), and each case stays within the bounds docs/limits.md gives for a small input:
``CASE_SECONDS`` of CPU and ``CASE_PYTHON_MB`` of Python heap. Hypothesis shrinks any failure to
a minimal input; the example count is bounded so the suite stays fast.
"""

from __future__ import annotations

import io
import time
import tracemalloc
import zipfile
from collections.abc import Callable
from functools import cache

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench.hostile_inputs import STANDARD, docx_package, docx_paragraphs, numbered_docx
from specdiff.diff import compare
from specdiff.errors import SpecdiffError
from specdiff.ingest import read
from specdiff.model import Document
from specdiff.parsers import parse

CASE_SECONDS = 10.0  # CPU seconds per case (ingest + parse + compare of a few-KB input)
CASE_PYTHON_MB = 256  # peak Python heap per case (tracemalloc)
FUZZ = settings(
    max_examples=40, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow], database=None
)

HTML = (
    "<html><head><title>Records Clerk</title></head><body><main><h1>RECORDS CLERK</h1>"
    "<h2>DUTIES</h2><ul><li>Files letters.</li><li>Answers the telephone.</li></ul>"
    "<h2>MINIMUM QUALIFICATIONS</h2><p>Two years of clerical experience.</p>"
    "<table><tr><td>Grade</td><td>12</td></tr></table></main></body></html>"
)
DOCX_LINES = ["RECORDS CLERK", "DUTIES", "Files letters.", "MINIMUM QUALIFICATIONS", "Two years of experience."]
# Pieces a hostile or broken file is made of: control characters, markup, deep nesting, numbers
# where words belong, form feeds and blank lines by the thousand, a PDF header, lone surrogates'
# UTF-8 shapes, byte-order marks.
SNIPPETS = [
    b"\x00", b"\x1b[2J", b"\x0c" * 50, b"\n" * 500, b"\r", b"\xff\xfe", b"\xef\xbb\xbf", b"%PDF-1.7",
    b"<script>x()</script>\x01", b"<div>" * 300, b"</div>" * 40, b"<![CDATA[", b"&#0;", b"&amp;" * 20,
    b"\xed\xa0\x80", b"\xc3", b"\xe9t\xe9", b"MINIMUM QUALIFICATIONS:", b"1. ", b"(a) ", b"\xe2\x80\xa2 ",
    b"@everyone https://x.example", b"9" * 40, b"\t" * 30, b" " * 200,
]  # fmt: skip
DOCX_SNIPPETS = [
    '<w:numPr><w:ilvl w:val="abc"/><w:numId w:val="1"/></w:numPr>',
    '<w:numPr><w:ilvl w:val="-1"/><w:numId w:val="1"/></w:numPr>',
    '<w:numPr><w:ilvl w:val="200000000"/><w:numId w:val="1"/></w:numPr>',
    "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>cell</w:t></w:r></w:p></w:tc></w:tr></w:tbl>",
    "<w:p><w:r><w:br/><w:tab/><w:t>x</w:t></w:r></w:p>",
    "<w:p/>",
    "</w:body>",
    "<w:t>unclosed",
]


def _mutations(base: bytes, snippets: list[bytes]) -> st.SearchStrategy[bytes]:
    """Up to six edits of ``base``: insert a snippet, delete or duplicate a span, overwrite bytes."""

    @st.composite
    def mutate(draw: st.DrawFn) -> bytes:
        data = bytearray(base)
        for _ in range(draw(st.integers(1, 6))):
            at = draw(st.integers(0, len(data)))
            kind = draw(st.sampled_from(["insert", "delete", "duplicate", "overwrite"]))
            if kind == "insert":
                data[at:at] = draw(st.sampled_from(snippets) | st.binary(min_size=1, max_size=8))
            elif kind == "delete":
                del data[at : at + draw(st.integers(1, 40))]
            elif kind == "duplicate":
                span = bytes(data[at : at + draw(st.integers(1, 60))])
                data[at:at] = span * draw(st.integers(1, 20))
            else:
                data[at : at + 1] = bytes([draw(st.integers(0, 255))])
        return bytes(data)

    return mutate()


@st.composite
def mutated_docx(draw: st.DrawFn) -> bytes:
    """A DOCX whose document.xml (and numbering) was mutated, and sometimes the zip bytes too."""
    xml = docx_paragraphs(DOCX_LINES[:2], numbered=DOCX_LINES[2:], num_pr=draw(st.sampled_from(DOCX_SNIPPETS[:3])))
    body = xml.encode()
    cut = body.index(b"<w:body>") + len(b"<w:body>")
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(cut, len(body) - len(b"</w:body></w:document>")))
        body = body[:at] + draw(st.sampled_from(DOCX_SNIPPETS)).encode() + body[at:]
    numbering = numbered_docx(start=draw(st.sampled_from(["1", "x", "0", "32767"])), fmt="upperRoman")
    with zipfile.ZipFile(io.BytesIO(numbering)) as zf:
        numbering_xml = zf.read("word/numbering.xml").decode()
    package = docx_package(body.decode("utf-8", "replace"), numbering_xml)
    if draw(st.booleans()):
        package = draw(_mutations(package, [b"\x00" * 4, b"PK\x03\x04", b"\xff" * 8]))
    return package


@cache
def _intact(kind: str) -> Document:
    data = {"text": STANDARD.encode(), "html": HTML.encode(), "docx": numbered_docx()}[kind]
    return parse(read(data, name=f"intact.{ {'text': 'txt'}.get(kind, kind) }"))


def _pipeline(data: bytes, kind: str) -> None:
    """ingest + parse + compare with the intact version; only SpecdiffError may escape."""
    suffix = {"text": "txt", "html": "html", "docx": "docx"}[kind]
    intact = _intact(kind)
    tracemalloc.start()
    started = time.process_time()
    try:
        document = parse(read(data, name=f"fuzz.{suffix}"))
        compare(intact, document)
        compare(document, intact)
    except SpecdiffError as exc:
        assert "\n" not in str(exc), "an error is one line"
    finally:
        spent = time.process_time() - started
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert spent < CASE_SECONDS, f"{spent:.1f} s of CPU for {len(data):,} bytes"
    assert peak < CASE_PYTHON_MB * 1024 * 1024, f"{peak / 1e6:.0f} MB of Python heap for {len(data):,} bytes"


def _fuzz(kind: str, strategy: st.SearchStrategy[bytes]) -> Callable[[], None]:
    @FUZZ
    @given(strategy)
    def run(data: bytes) -> None:
        _pipeline(data, kind)

    return run


test_fuzz_text = _fuzz("text", _mutations(STANDARD.encode(), SNIPPETS))
test_fuzz_html = _fuzz("html", _mutations(HTML.encode(), SNIPPETS))
test_fuzz_docx = _fuzz("docx", mutated_docx())
