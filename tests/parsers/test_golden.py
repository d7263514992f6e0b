"""Golden JSON for each format, parsed from small documents we wrote ourselves.

Regenerate only on purpose: ``SPECDIFF_REGEN_GOLDEN=1 pytest tests/parsers/test_golden.py``.
A missing golden file fails the test; every output must validate against the shipped schema.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import jsonschema
import pytest

from specdiff.ingest import read
from specdiff.model import Document
from specdiff.parsers import parse
from specdiff.renderers.document import render_document
from specdiff.schemas import load_schema

HERE = Path(__file__).parent
GOLDEN = HERE.parent / "golden" / "parsers"
CASES = {
    "state-series.txt": "nys-classification-standard",
    "county-spec.txt": "ny-county-class-spec",
    "position-descriptions.txt": "position-description",
    "generic-spec.txt": "generic",
}


def _parsed(name: str) -> dict[str, object]:
    data = (HERE / "fixtures" / name).read_bytes()
    doc = parse(read(data, name=name))
    payload = doc.to_json()
    payload["source"]["path"] = name  # type: ignore[index]
    return payload


@pytest.mark.parametrize(("name", "fmt"), CASES.items())
def test_golden_document(name: str, fmt: str) -> None:
    payload = _parsed(name)
    assert payload["format"] == fmt
    jsonschema.validate(payload, load_schema("specdiff/document/v1"))
    assert Document.from_json(payload).to_json() == payload
    golden = GOLDEN / f"{Path(name).stem}.json"
    text = json.dumps(payload, indent=1, ensure_ascii=False) + "\n"
    if os.environ.get("SPECDIFF_REGEN_GOLDEN") == "1":
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(text, encoding="utf-8")
    assert golden.exists(), f"{golden} is missing: run with SPECDIFF_REGEN_GOLDEN=1 and review it"
    assert text == golden.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", CASES)
def test_text_and_markdown_views(name: str) -> None:
    doc = Document.from_json(_parsed(name))
    for fmt in ("text", "markdown"):
        out = render_document(doc, fmt=fmt)
        assert all(s.heading in out for s in doc.sections)
        assert all(t.title in out for t in doc.titles)
