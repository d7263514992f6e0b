"""The model's JSON round trip and its agreement with the shipped schemas."""

from __future__ import annotations

import jsonschema
from hypothesis import given
from hypothesis import strategies as st

from specdiff.model import Clause, Document, Section, Source, Span, Title
from specdiff.schemas import load_schema

SOURCE = Source(path="a.txt", sha256="0" * 64, media_type="text/plain", pages=None)


def _doc(texts: list[str]) -> Document:
    clauses = tuple(
        Clause(id=f"duties.{i}", text=t, span=Span(i + 1, i + 1), sentences=((0, len(t)),)) for i, t in enumerate(texts)
    )
    child = Clause(id="duties.0.a", text="child", span=Span(1, 1), label="(a)")
    if clauses:
        clauses = (Clause(clauses[0].id, clauses[0].text, clauses[0].span, children=(child,)), *clauses[1:])
    return Document(
        source=SOURCE,
        format="generic",
        titles=(Title(id="t1", title="Clerk 1", code="123", grade="5", aliases=("CLERK 1",)),),
        sections=(Section(id="duties", kind="duties", heading="Duties", clauses=clauses, title="Clerk 1"),),
        status="final",
        date="5/18",
    )


def test_document_validates_against_shipped_schema() -> None:
    jsonschema.validate(_doc(["Types letters.", "Files records."]).to_json(), load_schema("specdiff/document/v1"))


@given(st.lists(st.text(max_size=40), max_size=5))
def test_document_json_round_trips(texts: list[str]) -> None:
    doc = _doc(texts)
    assert Document.from_json(doc.to_json()) == doc


def test_walk_yields_children_after_parent() -> None:
    doc = _doc(["one", "two"])
    assert [c.id for _, c in doc.clauses()] == ["duties.0", "duties.0.a", "duties.1"]
