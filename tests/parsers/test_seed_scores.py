"""The figures the issue asks for, from the shared gold files and the shared scorer.

score.py is imported by path from ../shared/eval so these tests judge exactly what
``python3 ../shared/eval/score.py all`` judges, in-process (no subprocess per seed).
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from specdiff.ingest import read
from specdiff.parsers import parse
from tests.conftest import shared_path

pytestmark = pytest.mark.shared
GOLD = (
    "dutchess-managed-care-coordinator",
    "nys-cms-hbe-2018",
    "nys-cms-hbe-2024-tentative",
    "wi-etf-health-insurance-program",
)


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("specdiff_eval_score", shared_path("eval", "score.py"))
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", GOLD)
def test_seed_meets_parse_targets(name: str) -> None:
    gold: dict[str, Any] = json.loads(Path(shared_path("eval", "gold", f"parse-{name}.json")).read_text())
    doc = parse(read(shared_path(gold["file"])))
    result = _scorer().score_parse(gold, doc.to_json())
    assert result["clause_placement"] >= 0.95, result["misses"]
    assert result["clean_segmentation"] >= 0.9
    assert result["titles_recall"] == 1.0
    assert result["forbidden_hits"] == 0
    assert result["date_ok"] and result["status_ok"]
