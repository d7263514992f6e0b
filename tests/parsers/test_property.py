"""Parsing never raises on arbitrary text: it returns a document (with warnings) that validates."""

from __future__ import annotations

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from specdiff.model import Document, Line, RawText, Source
from specdiff.parsers import PARSERS, parse
from specdiff.schemas import load_schema

SCHEMA = load_schema("specdiff/document/v1")
LINE_PIECES = st.sampled_from(
    [
        "",
        "   ",
        "MINIMUM QUALIFICATIONS:",
        "Illustrative Tasks",
        "GOAL A:",
        "40%",
        "A.1",
        "1. Does work;",
        "(B) Option",
        "EITHER: (A)",
        "Or II",
        "\u2022",
        "\u2022 Bullet item.",
        "TITLE (Cont'd)",
        "Class Code 1 . . . . . . . . . . 01-02-15",
        "[1] ABC Alpha Beta Gamma",
        "Date: 5/18",
        "Tentative",
        "POSITION SUMMARY \u2013 Clerk",
        "Clerk 1 (Records), Grade 5  1234567",
        "Knowledge of: a; b; c.",
        "Promotion:",
        "e.g. Occ. Ch. Sec. 4.20",
    ]
)


def _raw(lines: list[str]) -> RawText:
    return RawText(Source("p.txt", "0" * 64, "text/plain"), tuple(Line(t, i) for i, t in enumerate(lines, 1)))


def _check(doc: Document) -> None:
    jsonschema.validate(doc.to_json(), SCHEMA)
    ids = [c.id for _, c in doc.clauses()]
    assert len(ids) == len(set(ids))
    for _, clause in doc.clauses():
        assert all(0 <= a <= b <= len(clause.text) for a, b in clause.sentences)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.text(max_size=60), max_size=25))
def test_parsing_arbitrary_text_never_raises(lines: list[str]) -> None:
    _check(parse(_raw(lines)))


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(LINE_PIECES, st.text(max_size=30)), max_size=40), st.sampled_from(sorted(PARSERS)))
def test_every_dialect_survives_standard_shaped_noise(lines: list[str], dialect: str) -> None:
    _check(parse(_raw(lines), dialect=dialect))
