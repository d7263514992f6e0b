"""Every kind of bad input gives one line on stderr and exit code 2, never a traceback."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from specdiff.cli import main
from tests.pdfmaker import make_pdf


def _run(path: Path, *options: str, env: dict[str, str] | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["parse", *options, str(path)], env=env)
    return result.exit_code, result.stderr


def _assert_one_line(code: int, err: str, needle: str) -> None:
    assert code == 2, err
    assert err.count("\n") == 1 and err.startswith("specdiff: error: "), err
    assert needle in err
    assert "Traceback" not in err


def test_missing_file(tmp_path: Path) -> None:
    _assert_one_line(*_run(tmp_path / "nope.txt"), "no such file")


def test_directory(tmp_path: Path) -> None:
    _assert_one_line(*_run(tmp_path), "directory")


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"  \n\n")
    _assert_one_line(*_run(path), "empty")


def test_binary_junk(tmp_path: Path) -> None:
    path = tmp_path / "junk.txt"
    path.write_bytes(bytes(range(256)) * 64)
    _assert_one_line(*_run(path), "not a text, PDF, DOCX or HTML file")


def test_truncated_pdf(tmp_path: Path) -> None:
    whole = make_pdf(tmp_path / "whole.pdf", [["Duties", "Types letters."]]).read_bytes()
    path = tmp_path / "cut.pdf"
    path.write_bytes(whole[: len(whole) // 3])
    _assert_one_line(*_run(path), "damaged or truncated")


def test_encrypted_pdf(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "locked.pdf", [["Duties", "Types letters."]], encrypt="secret")
    _assert_one_line(*_run(path), "encrypted")


def test_scanned_pdf_without_ocr_names_both_install_steps(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "scan.pdf", [["x"] * 5, ["y"] * 5], text=False, numbers=False)
    code, err = _run(path, env={"SPECDIFF_TESSERACT": ""})  # as on a machine without Tesseract
    _assert_one_line(code, err, "no text layer on any page: the PDF looks scanned")
    assert "pip install 'specdiff[ocr]'" in err and "apt-get install tesseract-ocr" in err


def test_scanned_pdf_with_ocr_turned_off(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "scan.pdf", [["x"] * 5, ["y"] * 5], text=False, numbers=False)
    _assert_one_line(*_run(path, "--ocr", "never"), "the PDF looks scanned; read it with --ocr auto")


def test_corrupt_docx(tmp_path: Path) -> None:
    path = tmp_path / "bad.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", "<w:document>not closed")
    _assert_one_line(*_run(path), "DOCX")


def test_fifty_megabyte_single_line(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_bytes(b"word " * (10 * 1024 * 1024))
    _assert_one_line(*_run(path), "characters")


@pytest.mark.parametrize("args", [["parse"], ["parse", "a", "b"], ["nosuchcommand"]])
def test_bad_usage_exits_2(args: list[str]) -> None:
    assert CliRunner().invoke(main, args).exit_code == 2


def test_unknown_dialect(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("DUTIES\nTypes letters.\n")
    result = CliRunner().invoke(main, ["parse", str(path), "--dialect", "klingon"])
    _assert_one_line(result.exit_code, result.stderr, "valid dialects")


def test_pdf_with_no_pages(tmp_path: Path) -> None:
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 3\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size 3 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref
    path = tmp_path / "zero.pdf"
    path.write_bytes(out)
    code, err = _run(path)
    _assert_one_line(code, err, "the PDF has no pages")
    assert "Success" not in err
