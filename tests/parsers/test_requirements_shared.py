"""The figures the issue sets, measured with ../shared/eval/score.py on the seeds, and every real
document with a minimum-qualifications section read without a crash."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from specdiff.diff import compare
from specdiff.ingest import read
from specdiff.parsers import parse
from specdiff.phrases.quantities import scan
from tests.conftest import SHARED, shared_path

FACT_GOLDS = sorted(p.name for p in (SHARED / "eval" / "gold").glob("facts-*.json"))
REALDOCS = sorted(p.name for p in (SHARED / "realdocs").glob("0*"))


def scorer() -> ModuleType:
    path = shared_path("eval", "score.py")
    spec = importlib.util.spec_from_file_location("specdiff_eval_score", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def parsed(path: Path) -> dict[str, Any]:
    return parse(read(path)).to_json()


@pytest.mark.shared
@pytest.mark.parametrize("name", FACT_GOLDS or ["(absent)"])
def test_fact_recall_and_precision_on_gold(name: str) -> None:
    gold = json.loads(shared_path("eval", "gold", name).read_text())
    result = scorer().score_facts(gold, parsed(shared_path(gold["file"])))
    assert result["fact_recall"] >= 0.9, result
    assert result["fact_precision"] >= 0.9, result


@pytest.mark.shared
def test_requirement_changes_of_the_seed_pair() -> None:
    gold = json.loads(shared_path("eval", "gold", "diff-nys-cms-hbe.json").read_text())
    old, new = (parse(read(shared_path(gold[side]))) for side in ("old", "new"))
    result = scorer().score_requirement_changes(gold["requirement_changes"], compare(old, new).to_json())
    expected = len(gold["requirement_changes"])
    assert result["requirement_changes_found"] == f"{expected}/{expected}", result
    assert result["requirement_changes_reported"] <= expected + 3, result


@pytest.mark.shared
@pytest.mark.slow
@pytest.mark.parametrize("name", REALDOCS or ["(absent)"])
def test_real_minimum_qualifications_are_read_or_reported(name: str) -> None:
    """Qualification text that names years, credits or a degree yields requirements; any other
    qualification text yields requirements or a warning: nothing is dropped in silence."""
    doc = parse(read(shared_path("realdocs", name)))
    texts = [c.text for s in doc.sections if s.kind == "minimum_qualifications" for c in s.walk()]
    if not any(t.strip() for t in texts):
        pytest.skip("the parser found no minimum-qualifications text")
    unread = [w for w in doc.warnings if w.startswith("requirements:")]
    if any(any(scan(t)) for t in texts):
        assert doc.requirements, unread
    assert doc.requirements or unread
    clause_ids = {c.id for _, c in doc.clauses()}
    for req in doc.requirements:
        assert req.clauses and set(req.clauses) <= clause_ids, req
        assert req.route in ("open_competitive", "promotion", "transfer", "other")
    assert all(w.split(":")[1].strip() in clause_ids | {"?"} for w in unread), unread
