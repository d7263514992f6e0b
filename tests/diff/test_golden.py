"""Golden JSON of a small hand-built pair with one change of every kind.

Regenerate (after checking the difference by eye) with ``SPECDIFF_REGEN_GOLDEN=1 pytest
tests/diff/test_golden.py``; a missing golden file fails.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import jsonschema

from specdiff.diff import compare
from specdiff.model import Document
from specdiff.schemas import load_schema

from .docs import DUTIES_1, DUTIES_2, base_spec, make_doc

GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "diff" / "small-pair.json"


def small_pair() -> tuple[Document, Document]:
    new = base_spec()
    new[0][2][0] = "RECORDS CLERKS (WATER BOARD) keep the permit and usage records of the board."  # case
    new[1][2][:] = [DUTIES_1[1], DUTIES_1[0], DUTIES_1[2]]  # reorder; DUTIES_1[3] removed
    new[1][2].append("Scans archived permit maps into the document system within thirty (30) days.")  # added
    new[2][2][:] = [
        "Supervises a small unit of clerical staff engaged in records management.",
        "Reviews permit files for completeness.",  # split ...
        "Forwards the permit files to the engineers.",  # ... in two
        DUTIES_2[2],
    ]
    new[3][2][0] = "Open Competitive: three years of clerical experience in a public agency."  # number
    new[3][2][1] = "Promotion: one year of permanent service as a RC 1 (WB)."  # abbreviation
    old = base_spec()
    old[2][2][1] = "Reviews permit files for completeness; forwards the permit files to the engineers."
    return make_doc(old), make_doc(new, new=True, status="tentative", date="3/2024")


def test_small_pair_matches_golden() -> None:
    data = compare(*small_pair()).to_json()
    jsonschema.validate(data, load_schema("specdiff/diff/v1"))
    text = json.dumps(data, indent=1, ensure_ascii=False, sort_keys=True) + "\n"
    if os.environ.get("SPECDIFF_REGEN_GOLDEN") == "1":
        GOLDEN.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN.write_text(text, encoding="utf-8")
    assert GOLDEN.exists(), f"{GOLDEN} is missing: run with SPECDIFF_REGEN_GOLDEN=1 to create it"
    assert text == GOLDEN.read_text(encoding="utf-8")
