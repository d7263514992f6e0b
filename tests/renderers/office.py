"""LibreOffice headless, for the tests that open a redline as an office suite would.

LibreOffice is never needed to write a redline; here it stands in for Word: if it cannot load
the file, or loses the revisions, neither would a reviewer's word processor. Debian's
``libreoffice-writer-nogui`` provides it (``.ci/run`` installs it); without it the test is
skipped with the reason, and in CI (CI=true) its absence is a failure.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import IN_CI


def libreoffice() -> str:
    found = shutil.which("libreoffice") or shutil.which("soffice")
    if found is None:
        message = "LibreOffice is not installed (Debian: apt-get install libreoffice-writer-nogui)"
        if IN_CI:
            pytest.fail(message + "; CI=true requires it")
        pytest.skip(message)
    return found


def to_pdf(document: Path, workdir: Path) -> Path:
    """Convert ``document`` to PDF with a private LibreOffice profile (parallel runs stay apart)."""
    profile = workdir / "lo-profile"
    run = subprocess.run(
        [
            libreoffice(),
            "--headless",
            "--norestore",
            f"-env:UserInstallation={profile.as_uri()}",
            "--convert-to",
            "pdf",
            "--outdir",
            str(workdir),
            str(document),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "HOME": str(workdir)},
        check=False,
    )
    pdf = workdir / (document.stem + ".pdf")
    assert run.returncode == 0 and pdf.exists(), f"LibreOffice could not convert {document.name}: {run.stderr}"
    return pdf


def pdf_pages(pdf: Path) -> list[str]:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(pdf))
    try:
        return [document[i].get_textpage().get_text_range() for i in range(len(document))]
    finally:
        document.close()
