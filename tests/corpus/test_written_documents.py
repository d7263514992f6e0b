"""A document.json reads back as the document it was written from, so ``add`` may count changes
from the documents it just wrote without parsing their JSON back."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest

from specdiff.corpus.work import Prepared, prepare_file, read_document_json
from specdiff.model import Document
from tests.conftest import shared_path


def _shared_files() -> list[Path]:
    seeds = sorted(shared_path("seeds").glob("*.txt"))
    real = sorted(p for p in shared_path("realdocs").iterdir() if p.suffix in (".txt", ".html", ".docx", ".md"))
    return [*seeds, *real[::3]]


def _prepare(path: Path) -> Prepared:
    return prepare_file(str(path), str(path), path.name, None, "never")


@pytest.mark.shared
def test_the_json_written_reads_back_as_the_document() -> None:
    for path in _shared_files():
        prepared = _prepare(path)
        if prepared.error:
            continue
        rel = f"series/2020-01/{path.name}"
        assert Document.from_json(json.loads(prepared.payload_at(rel))) == prepared.document_at(rel), path


def test_a_written_document_is_used_only_while_the_file_holds_its_text(tmp_path: Path) -> None:
    source = tmp_path / "spec.txt"
    source.write_text("CLERK\n\nDUTIES\n\nFiles records.\n", encoding="utf-8")
    prepared = _prepare(source)
    path = tmp_path / "document.json"
    text = prepared.payload_at("clerk/2020-01/spec.txt")
    path.write_text(text, encoding="utf-8")
    document = prepared.document_at("clerk/2020-01/spec.txt")
    assert document is not None
    assert read_document_json(str(path), (text, document)) is document
    path.write_text(text.replace("Files records.", "Files forms."), encoding="utf-8")
    assert "Files forms." in json.dumps(read_document_json(str(path), (text, document)).to_json())


def test_a_prepared_file_crosses_processes_without_its_document(tmp_path: Path) -> None:
    source = tmp_path / "spec.txt"
    source.write_text("CLERK\n\nDUTIES\n\nFiles records.\n", encoding="utf-8")
    prepared = _prepare(source)
    assert prepared.document is not None
    copied = pickle.loads(pickle.dumps(prepared))
    assert copied.document is None and copied.payload == prepared.payload and copied.facts == prepared.facts
