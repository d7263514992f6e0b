"""Legacy Word .doc: read through LibreOffice or antiword when present, else one clear error.

The .doc is made at test time from a DOCX we write (LibreOffice converts it); tests that need a
converter skip with the reason where it is missing, and fail in CI (.ci/run installs both)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from specdiff.cli import main
from specdiff.ingest import read, sniff_kind
from tests.conftest import IN_CI

LINES = [f"{n}. Receives, sorts and files incoming records and correspondence, batch {n}." for n in range(1, 31)]


def _need(program: str) -> str:
    found = shutil.which(program)
    if found:
        return found
    message = f"{program} is not installed (apt-get install libreoffice-writer-nogui antiword)"
    if IN_CI:
        pytest.fail(message + "; CI=true requires it")
    pytest.skip(message)


@pytest.fixture(scope="module")
def doc_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import docx

    soffice = _need("soffice")
    folder = tmp_path_factory.mktemp("doc")
    document = docx.Document()
    document.add_paragraph("Records Clerk")
    document.add_paragraph("Typical Work Activities:")
    for line in LINES:
        document.add_paragraph(line)
    document.save(str(folder / "spec.docx"))
    profile = (folder / "profile").as_uri()
    command = [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "doc"]
    subprocess.run(
        [*command, "--outdir", str(folder), str(folder / "spec.docx")],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return folder / "spec.doc"


@pytest.mark.slow
@pytest.mark.parametrize("converter", ["libreoffice", "antiword"])
def test_doc_read_through_a_converter(doc_file: Path, converter: str, monkeypatch: pytest.MonkeyPatch) -> None:
    _need("antiword" if converter == "antiword" else "soffice")
    monkeypatch.setenv("SPECDIFF_DOC_CONVERTER", converter)
    raw = read(doc_file)
    assert raw.source.media_type == "application/msword"
    texts = [line.text.strip() for line in raw.lines]
    assert "Records Clerk" in texts and LINES[0] in texts and LINES[-1] in texts


def test_doc_without_a_converter_is_one_clear_error(doc_file: Path) -> None:
    result = CliRunner().invoke(main, ["parse", str(doc_file)], env={"SPECDIFF_DOC_CONVERTER": "none"})
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "legacy Word .doc" in result.stderr
    assert "apt-get install libreoffice-writer-nogui" in result.stderr


def test_other_compound_files_are_not_word() -> None:
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600 + "Workbook".encode("utf-16-le")
    assert sniff_kind(ole) == "binary"
    assert sniff_kind(ole + "WordDocument".encode("utf-16-le")) == "doc"
