"""Format detection with confidence and reasons, and the --dialect override."""

from __future__ import annotations

import pytest

from specdiff.errors import ParseError
from specdiff.parsers import PARSERS, detect

from .helpers import parse_text, raw_of

STATE = """
Occ. Code 4410100
HARBOR SAFETY OFFICER 1 (INLAND WATERS), GRADE 14
4410100
HARBOR SAFETY OFFICER 2 (INLAND WATERS), M-2
4410200
Draft Classification Standard

Brief Description of Class Series

Harbor Safety Officers (HSO) inspect vessels.

Illustrative Duties

HARBOR SAFETY OFFICER 1 (IW)

Boards vessels to inspect safety equipment.

HARBOR SAFETY OFFICER 2 (IW)

Supervises HSO 1 (IW) staff.

Date: 11/2031
"""


def test_state_standard_is_detected_with_reasons() -> None:
    best = detect(raw_of(STATE))[0]
    assert best[0] == "nys-classification-standard"
    assert best[1] > 0.5 and best[2]


def test_state_standard_titles_scopes_and_metadata() -> None:
    doc = parse_text(STATE)
    assert [(t.title, t.code, t.grade) for t in doc.titles] == [
        ("Harbor Safety Officer 1 (Inland Waters)", "4410100", "14"),
        ("Harbor Safety Officer 2 (Inland Waters)", "4410200", "M-2"),
    ]
    assert (doc.status, doc.date) == ("draft", "11/2031")
    scoped = {(s.kind, s.title) for s in doc.sections}
    assert ("duties", "Harbor Safety Officer 2 (Inland Waters)") in scoped
    assert doc.format_reasons and doc.format_confidence


def test_unknown_text_falls_back_to_generic() -> None:
    assert detect(raw_of("Some words.\n\nMore words."))[0][0] == "generic"


def test_dialect_overrides_detection() -> None:
    doc = parse_text(STATE, dialect="generic")
    assert doc.format == "generic" and doc.format_reasons == ("dialect generic given",)


def test_unknown_dialect_is_a_parse_error_listing_the_valid_ones() -> None:
    with pytest.raises(ParseError, match="valid dialects"):
        parse_text(STATE, dialect="klingon")
    assert set(PARSERS) == {
        "nys-classification-standard",
        "ny-county-class-spec",
        "position-description",
        "job-posting",
        "generic",
    }


COUNTY_MENTIONING_A_STANDARD = """
BRIDGE TENDER

Distinguishing Characteristics

This position operates a movable bridge over the canal.

Typical Work Activities

1. Opens the bridge for vessels;
2. Logs each opening as the Classification Standard was written to require.

Minimum Qualifications

EITHER: (A) Two years of experience operating bridges;

OR: (B) An equivalent combination of training and experience.
"""


def test_a_body_sentence_mentioning_a_classification_standard_does_not_make_a_state_standard() -> None:
    best = detect(raw_of(COUNTY_MENTIONING_A_STANDARD))[0]
    assert best[0] != "nys-classification-standard", best
