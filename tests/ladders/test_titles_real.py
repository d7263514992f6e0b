"""Two titles compared on the seeds: the Wisconsin position descriptions (Coordinator against
Assistant, one file) and the Dutchess County Managed Care Coordinator against the NYS Contract
Management Specialist 1 (two files, two publishers)."""

from __future__ import annotations

import pytest

from specdiff.ingest import read
from specdiff.ladders import compare_titles
from specdiff.parsers import parse
from specdiff.renderers.ladder import render_ladder

from ..conftest import shared_path
from .helpers import assert_every_clause_once

pytestmark = pytest.mark.shared


def test_wisconsin_coordinator_against_assistant() -> None:
    doc = parse(read(shared_path("seeds", "wi-etf-health-insurance-program.txt")))
    result = compare_titles(doc, "Health Insurance Program Assistant", doc, "HIPC")
    [step] = result.steps
    assert_every_clause_once(result)
    counts = step.counts
    assert counts["shared"] >= 30 and counts["only_new"] >= 20  # the same audit work, and the coordinator's own
    shared = {r.text for i in step.items if i.kind == "shared" for r in i.new}
    assert "Under general supervision" in shared
    assert any(t.startswith("E.1 Determine employee eligibility") for t in shared)  # relabelled, same duty
    only_new = [r.text for i in step.items if i.kind == "only_new" for r in i.new]
    assert any("guide the work activities of HICS contract staff" in t for t in only_new)
    assert step.scope == ()  # both under general supervision; no level or supervision stated on both sides
    assert result.shared == ()  # one file, but no series-wide sections to share


def test_dutchess_coordinator_against_nys_cms_1() -> None:
    dutchess = parse(read(shared_path("seeds", "dutchess-managed-care-coordinator.txt")))
    nys = parse(read(shared_path("seeds", "nys-cms-hbe-2024-tentative.txt")))
    result = compare_titles(dutchess, None, nys, "Contract Management Specialist 1")
    [step] = result.steps
    assert len(result.documents) == 2 and [lv.id for lv in result.levels] == ["mcc", "cms-1"]
    assert {s.scale: s.direction for s in step.scope} == {"supervision_received": "up"}
    sections = {i.section for i in step.items if i.new}
    assert "description" in sections  # the NYS series description belongs to CMS 1 here
    [inheritance] = step.inheritances
    assert (inheritance.source, inheritance.extent) == ("cms-2", "many")  # CMS 1 may help CMS 2: carries nothing
    assert not [i for i in step.items if i.kind == "inherited"]
    page = render_ladder(result, fmt="html")
    assert "Managed Care Coordinator" in page and "CMS 1" in page
