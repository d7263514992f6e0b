"""read() hands a PDF to the backend it is asked for (pdfium by default), never silently another."""

from __future__ import annotations

from pathlib import Path

import pytest

from specdiff.errors import InputError
from specdiff.ingest import pdf, read
from tests.ingest.makers import two_column_pdf


@pytest.mark.parametrize("backend", [None, "pdfium", "pdfplumber"])
def test_the_named_backend_reads_the_pdf(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, backend: str | None) -> None:
    path = two_column_pdf(tmp_path / "cols.pdf")
    called: list[str] = []
    for name, reader in list(pdf.BACKENDS.items()):
        monkeypatch.setitem(
            pdf.BACKENDS, name, lambda data, label, _n=name, _r=reader: called.append(_n) or _r(data, label)
        )
    raw = read(path) if backend is None else read(path, pdf_backend=backend)
    assert called == [backend or "pdfium"]
    assert "COLUMN TEST HEADING" in raw.text


def test_an_unknown_backend_is_named_in_the_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="valid backends: pdfplumber, pdfium"):
        read(two_column_pdf(tmp_path / "cols.pdf"), pdf_backend="nope")
