"""Scanned PDFs for the OCR tests, made at test time by scripts/make_scans.py (kept in the
repository as a script, so the fixtures can be regenerated and read), and the Tesseract guard:
OCR tests skip with a reason where Tesseract is absent, and fail in CI (CI=true)."""

from __future__ import annotations

import functools
import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import IN_CI, ROOT


@functools.cache
def make_scans() -> ModuleType:
    """scripts/make_scans.py as a module."""
    spec = importlib.util.spec_from_file_location("make_scans", ROOT / "scripts" / "make_scans.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def require_tesseract() -> None:
    """Skip (fail in CI) when Tesseract with English data is not installed."""
    from specdiff.ingest.ocr import available

    if available():
        return
    message = "Tesseract with English data is not installed (apt-get install tesseract-ocr tesseract-ocr-eng)"
    if IN_CI:
        pytest.fail(message + "; CI=true requires it (.ci/run installs it)")
    pytest.skip(message)


@functools.cache
def scan_file(folder: str, name: str) -> Path:
    """One of make_scans' outputs, written once per test process into ``folder``."""
    path = Path(folder) / name
    if not path.exists():
        group = "bad" if name == "bad-scans.pdf" else "typewritten" if name.startswith("typewritten") else "corpus"
        for file_name, data in make_scans().make(group).items():
            (Path(folder) / file_name).write_bytes(data)
    return path
