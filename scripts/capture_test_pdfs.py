"""A pytest plugin that keeps a copy of every PDF the test suite hands to our PDF reader.

The PDF speed work must give the same lines on the PDFs the tests write (fpdf2, hypothesis,
hostile files) as well as on the real ones; those PDFs only exist while a test runs. With

    PYTHONPATH=scripts SPECDIFF_CAPTURE_PDFS=$TMPDIR/specdiff-test-pdfs pytest -p capture_test_pdfs tests/ingest ...

each distinct PDF passed to ``specdiff.ingest.pdf.read_pdf`` is written to DIR as
``<sha256 prefix>.pdf``; ``scripts/pdf_lines.py dump`` then records what both backends read.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any


def pytest_configure(config: Any) -> None:
    folder = os.environ.get("SPECDIFF_CAPTURE_PDFS")
    if not folder:
        return
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    from specdiff.ingest import pdf

    original = pdf.read_pdf

    def capturing(data: bytes, name: str, **kwargs: Any) -> Any:
        digest = hashlib.sha256(data).hexdigest()[:16]
        target = out / f"{digest}.pdf"
        if not target.exists():
            target.write_bytes(data)
        return original(data, name, **kwargs)

    pdf.read_pdf = capturing
