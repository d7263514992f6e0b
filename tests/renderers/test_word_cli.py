"""``specdiff diff OLD NEW -o redline.docx`` and ``--format docx`` end to end."""

from __future__ import annotations

import io
from pathlib import Path

import docx
from click.testing import CliRunner

from specdiff.cli import main

from .wordml import W, clauses, part

OLD = """CLASS SPECIFICATION: RECORDS CLERK

DUTIES:

1. Files incoming correspondence and maintains the records index.
2. Answers routine telephone inquiries from the public.

MINIMUM QUALIFICATIONS:

Two years of clerical experience in a public agency.
"""
NEW = OLD.replace("Two years", "Three years").replace("Answers routine", "ANSWERS ROUTINE")


def _pair(tmp_path: Path) -> tuple[str, str]:
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text(OLD, encoding="utf-8")
    new.write_text(NEW, encoding="utf-8")
    return str(old), str(new)


def test_output_suffix_docx_writes_a_word_redline(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1717243200")
    old, new = _pair(tmp_path)
    out = tmp_path / "redline.docx"
    result = CliRunner().invoke(main, ["diff", old, new, "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "wrote" in result.output and "1 substantive, 1 editorial" in result.output
    data = out.read_bytes()
    document = docx.Document(io.BytesIO(data))
    assert document.core_properties.author == "specdiff"
    texts = [p.text for p in clauses(data, accept=True)]
    assert "Three years of clerical experience in a public agency." in texts
    assert "2. ANSWERS ROUTINE telephone inquiries from the public." in texts  # editorial: the new text stands
    rejected = [p.text for p in clauses(data, accept=False)]
    assert "Two years of clerical experience in a public agency." in rejected
    assert {e.get(W + "date") for e in part(data, "word/document.xml").iter(W + "ins")} == {"2024-06-01T12:00:00Z"}


def test_format_docx_to_a_pipe_and_editorial_include(tmp_path: Path) -> None:
    old, new = _pair(tmp_path)
    result = CliRunner().invoke(main, ["diff", old, new, "--format", "docx", "--editorial", "include"])
    assert result.exit_code == 0
    data = result.stdout_bytes
    assert data[:2] == b"PK"
    rejected = [p.text for p in clauses(data, accept=False)]
    assert "2. Answers routine telephone inquiries from the public." in rejected  # editorial tracked too


def test_editorial_applies_to_docx_only_and_bad_values_exit_2(tmp_path: Path) -> None:
    old, new = _pair(tmp_path)
    result = CliRunner().invoke(main, ["diff", old, new, "--editorial", "include"])
    assert result.exit_code == 2 and "docx" in result.output
    result = CliRunner().invoke(main, ["diff", old, new, "-o", str(tmp_path / "r.docx"), "--editorial", "some"])
    assert result.exit_code == 2
    assert not (tmp_path / "r.docx").exists()
    result = CliRunner().invoke(main, ["diff", old, new, "--format", "doc"])
    assert result.exit_code == 2 and "docx" in result.output
