"""Every multi-level series among the real documents (CalHR series specifications): the ladder
is built, follows its schema, holds every clause of a step once, and names no change of scope
from a title's own name."""

from __future__ import annotations

import json

import jsonschema
import pytest

from specdiff.ingest import read
from specdiff.ladders import ladder
from specdiff.parsers import parse
from specdiff.renderers.ladder import render_ladder
from specdiff.schemas import load_schema

from ..conftest import shared_path
from .helpers import assert_every_clause_once

pytestmark = pytest.mark.shared

SERIES = (
    "010_calhr-counselor-school-for-the-deaf-series.html",
    "011_calhr-counselor-school-for-the-blind-series.html",
    "020_calhr-office-assistant-technician-series.html",
    "021_calhr-personnel-specialist-series.html",
    "022_calhr-agricultural-pest-control-series.html",
)


@pytest.mark.parametrize("name", SERIES)
def test_real_series_ladder_is_whole_and_valid(name: str) -> None:
    doc = parse(read(shared_path("realdocs", name)))
    result = ladder(doc)
    jsonschema.validate(json.loads(render_ladder(result, fmt="json")), load_schema("specdiff/ladder/v1"))
    assert_every_clause_once(result)
    names = {w.casefold() for t in doc.titles for w in t.title.replace(",", " ").split()}
    for step in result.steps:
        for item in (i for i in step.items if i.kind == "scope"):
            for shift in item.shifts:
                for term in shift.old + shift.new:
                    assert not (term.text.casefold() in names and term.scale != "level"), (name, term)


def test_a_class_named_in_a_qualification_is_not_supervision() -> None:
    result = ladder(parse(read(shared_path("realdocs", SERIES[0]))))
    last = result.steps[-1]
    [item] = [i for i in last.items if any("equivalent to a Supervising Counselor" in r.text for r in i.new)]
    assert item.kind == "reworded" and item.shifts == ()
