"""Every real document from another jurisdiction comes out as sections and clauses of the right
kinds, with no page furniture inside any clause and never as one blob."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from specdiff.ingest import read
from specdiff.parsers import parse
from tests.conftest import shared_path

pytestmark = pytest.mark.shared

# Which kinds each family of published forms must yield (by their own headings).
EXPECTED = {
    "calhr": {"description", "minimum_qualifications", "knowledge_skills_abilities"},
    "ns": {"description", "duties"},
    "la": {"duties", "minimum_qualifications"},
    "uk": set(),  # job descriptions headed "You will", "Skills you need": no class-spec kinds promised
    "au": set(),
    "us": set(),
}
FURNITURE = re.compile(
    r"(?:\.\s?){6,}|\bpage \d+ of \d+\b|\(cont['\u2019]?d\)|back to top|main content|one column page",
    re.IGNORECASE,
)


def _documents() -> list[Path]:
    folder = shared_path("realdocs")
    return sorted(p for p in folder.iterdir() if p.name[:3].isdigit())


@pytest.fixture(scope="module")
def realdocs_parsed() -> dict[str, object]:
    return {p.name: parse(read(p)) for p in _documents()}


def test_every_realdoc_has_the_kinds_its_headings_name(realdocs_parsed: dict[str, object]) -> None:
    assert len(realdocs_parsed) >= 30
    for name, doc in realdocs_parsed.items():
        family = name.split("_")[1].split("-")[0]
        kinds = {s.kind for s in doc.sections}  # type: ignore[attr-defined]
        named = {kind for kind in EXPECTED[family] if _prints_heading_of(name, kind)}
        assert named <= kinds, (name, kinds)


def _prints_heading_of(name: str, kind: str) -> bool:
    """Whether the document prints a heading-shaped line of that kind: a promotional LA bulletin
    (052) prints no duties at all, so none can be expected of it."""
    from specdiff.parsers.headings import heading_shape, kind_of

    lines = [ln.text.strip() for ln in read(shared_path("realdocs", name)).lines]
    return any(heading_shape(t) and kind_of(t.rstrip(":")) == kind for t in lines if t)


def test_postings_read_their_sections_as_posting_kinds(realdocs_parsed: dict[str, object]) -> None:
    """County postings and job descriptions: pay, application, selection, working conditions
    and about sections are kinds of their own, not 'other'."""
    kinds: set[str] = set()
    for name, doc in realdocs_parsed.items():
        if name.startswith(("098", "099", "100", "101", "102", "103", "104", "105", "106", "107")):
            kinds |= {s.kind for s in doc.sections}  # type: ignore[attr-defined]
    assert {"pay_and_benefits", "working_conditions", "about"} <= kinds


def test_calhr_single_class_specs_have_typical_tasks_as_duties(realdocs_parsed: dict[str, object]) -> None:
    singles = [n for n in realdocs_parsed if n.startswith(("012", "013", "014", "015", "018", "019", "024"))]
    assert singles
    for name in singles:
        assert "duties" in {s.kind for s in realdocs_parsed[name].sections}, name  # type: ignore[attr-defined]


def test_no_furniture_inside_any_clause_and_no_blob(realdocs_parsed: dict[str, object]) -> None:
    for name, doc in realdocs_parsed.items():
        clauses = [c for _, c in doc.clauses()]  # type: ignore[attr-defined]
        assert len(clauses) >= 10, name
        for clause in clauses:
            assert not FURNITURE.search(clause.text), (name, clause.text[:120])
        longest = max(len(c.text) for c in clauses)
        total = sum(len(c.text) for c in clauses)
        assert longest < 0.5 * total, (name, longest, total)


# Scraped postings in the older layout print no title at all: no "Title:" field, no heading (the
# MANIFEST says so); their first line is the scraper's "=== JOB DETAILS ===" label, furniture.
UNTITLED = ("098_", "100_", "101_", "106_")


def test_every_realdoc_has_a_title(realdocs_parsed: dict[str, object]) -> None:
    for name, doc in realdocs_parsed.items():
        if name.startswith(UNTITLED):
            assert all("===" not in t.title for t in doc.titles), name  # type: ignore[attr-defined]
            continue
        assert doc.titles, name  # type: ignore[attr-defined]


def test_every_realdoc_validates_and_round_trips(realdocs_parsed: dict[str, object]) -> None:
    import jsonschema

    from specdiff.model import Document
    from specdiff.schemas import load_schema

    validator = jsonschema.Draft202012Validator(load_schema("specdiff/document/v1"))
    for name, doc in realdocs_parsed.items():
        payload = doc.to_json()  # type: ignore[attr-defined]
        errors = sorted(validator.iter_errors(payload), key=str)
        assert not errors, (name, errors[0].message if errors else None)
        assert Document.from_json(payload) == doc, name
