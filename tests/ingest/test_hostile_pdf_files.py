"""PDFs and paths that are damaged, hostile or not files at all: bounded, honest, one line.

Limits are lowered through their environment variables so that each case stays small; the
issue-sized cases (20,000 pages, 1 GiB streams, 3 MB zip bombs) run in ``python -m bench.hostile``.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from bench.hostile_inputs import (
    STANDARD,
    pdf_file,
    pdf_inflating,
    pdf_page_tree_loop,
    pdf_pages,
    pdf_shared_stream,
    pdf_zero_pages,
)
from specdiff.cli import main
from specdiff.errors import InputError, SpecdiffError
from specdiff.ingest import read
from specdiff.limits import ALL, INPUT_MB


def _one_line(args: list[str]) -> str:
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2, (result.output, result.exception)
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("specdiff: error: ")
    return result.stderr


def test_an_ordinary_generated_pdf_reads() -> None:
    raw = read(pdf_pages([["RECORDS CLERK", "DUTIES", "Files letters."]]), name="ok.pdf")
    assert [line.text for line in raw.lines if line.text] == ["RECORDS CLERK", "DUTIES", "Files letters."]


def test_a_pdf_with_no_pages_says_so() -> None:
    with pytest.raises(InputError, match="the PDF has no pages") as info:
        read(pdf_zero_pages(), name="zero.pdf")
    assert "Success" not in str(info.value)


def test_a_looping_page_tree_keeps_the_pages_that_load() -> None:
    raw = read(pdf_page_tree_loop(), name="loop.pdf")
    assert [line.text for line in raw.lines if line.text] == ["RECORDS CLERK", "DUTIES", "Files letters."]
    assert raw.warnings  # the page that could not be loaded is named


def test_a_page_tree_that_is_only_a_loop_is_one_line() -> None:
    data = pdf_file([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [2 0 R] /Count 1 >>"])
    with pytest.raises(InputError, match="no page of the PDF can be loaded"):
        read(data, name="loop.pdf")


def test_more_pages_than_the_limit_are_refused_before_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPECDIFF_MAX_PAGES", "50")
    with pytest.raises(InputError, match=r"200 pages, past the limit of 50 pages.*SPECDIFF_MAX_PAGES"):
        read(pdf_shared_stream(200), name="shared.pdf")


def test_pages_sharing_one_stream_stop_at_the_text_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPECDIFF_MAX_CHARS", "20000")
    expected = r"characters of text, past the limit of 20,000 characters.*SPECDIFF_MAX_CHARS"
    with pytest.raises(InputError, match=expected):
        read(pdf_shared_stream(100), name="shared.pdf")


def test_a_stream_inflating_past_the_limit_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPECDIFF_MAX_UNPACKED_MB", "2")
    data = pdf_inflating(3)
    assert len(data) < 20_000
    with pytest.raises(InputError, match=r"inflate to more than .* past the limit of 2 MB.*SPECDIFF_MAX_UNPACKED_MB"):
        read(data, name="inflating.pdf")
    monkeypatch.setenv("SPECDIFF_MAX_UNPACKED_MB", "4")
    assert read(data, name="inflating.pdf").lines[0].text == "RECORDS CLERK"


def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "input.txt"
    os.mkfifo(fifo)
    outcome: list[str] = []
    worker = threading.Thread(target=lambda: outcome.append(_one_line(["parse", str(fifo)])), daemon=True)
    worker.start()
    worker.join(timeout=30)
    if worker.is_alive():  # unblock the reader so the test run can end, then fail
        with open(fifo, "wb"):
            pass
        pytest.fail("reading a FIFO blocked")
    assert "not a regular file" in outcome[0]


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/null", "/dev/urandom"])
def test_a_device_is_refused(device: str) -> None:
    if not Path(device).exists():
        pytest.skip(f"{device} is absent")
    assert "not a regular file (a device, FIFO or socket)" in _one_line(["parse", device])


def test_a_file_past_the_input_limit_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPECDIFF_MAX_INPUT_MB", "1")
    path = tmp_path / "big.txt"
    path.write_text(STANDARD + "Files letters.\n" * 80_000, encoding="utf-8")
    assert "past the limit of 1 MB (size of an input file); raise it with SPECDIFF_MAX_INPUT_MB=N" in _one_line(
        ["parse", str(path)]
    )
    with pytest.raises(InputError, match="SPECDIFF_MAX_INPUT_MB"):
        read(path.read_bytes(), name="big.txt")


def test_text_past_the_character_limit_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPECDIFF_MAX_CHARS", "1000")
    for name, data in (("a.txt", STANDARD * 10), ("a.html", f"<html><body><p>{STANDARD * 10}</p></body></html>")):
        with pytest.raises(InputError, match=r"past the limit of 1,000 characters.*SPECDIFF_MAX_CHARS"):
            read(data.encode(), name=name)
    assert read(STANDARD.encode(), name="ok.txt").lines[0].text == "RECORDS CLERK"


def test_a_too_long_file_name_is_one_line() -> None:
    assert "File name too long" in _one_line(["parse", "a" * 300 + ".txt"])


@pytest.mark.parametrize("value", ["lots", "-1", "0", "1e9", "9" * 30])
def test_a_bad_limit_setting_is_one_error(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv(INPUT_MB.env, value)
    with pytest.raises(SpecdiffError, match="is not a positive whole number"):
        INPUT_MB.get()


def test_every_limit_is_documented() -> None:
    docs = (Path(__file__).resolve().parents[2] / "docs" / "limits.md").read_text(encoding="utf-8")
    for limit in ALL:
        assert f"`{limit.env}`" in docs, limit.env
        assert limit.amount(limit.default) in docs, (limit.env, limit.amount(limit.default))


def test_pdfiums_stale_error_is_not_repeated(tmp_path: Path) -> None:
    """PDFium reports the last error it recorded: after an encrypted file, a file with no pages
    or a damaged one must not be called encrypted."""
    from tests.pdfmaker import make_pdf

    locked = make_pdf(tmp_path / "locked.pdf", [["Duties"]], encrypt="secret").read_bytes()
    for data, needle in ((pdf_zero_pages(), "has no pages"), (b"%PDF-1.4\n1 0 obj\n<<>>\n", "damaged or truncated")):
        with pytest.raises(InputError, match="encrypted"):
            read(locked, name="locked.pdf")
        with pytest.raises(InputError, match=needle):
            read(data, name="other.pdf")
