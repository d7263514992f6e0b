"""Wrapped and PDF-like text (no blank lines): which lines are headings and which carry on a
sentence. Each fixture is a small document we wrote in the shape that broke the parser."""

from __future__ import annotations

from .helpers import parse_text, texts

LONG_TITLE_CASE_HEADING = """
LIGHTHOUSE KEEPER

Typical Work Activities

1. Keeps the lamp lit;
2. Logs passing vessels.

Full Performance Knowledge, Skills, Abilities and Personal Characteristics

good knowledge of optics; ability to climb stairs; patience.
"""


def test_long_title_case_heading_the_synonym_table_names_opens_its_section() -> None:
    doc = parse_text(LONG_TITLE_CASE_HEADING)
    kinds = [(s.kind, len(s.clauses)) for s in doc.sections]
    assert ("knowledge_skills_abilities", 3) in kinds
    assert [c.text for s, c in doc.clauses() if s.kind == "duties"] == ["Keeps the lamp lit;", "Logs passing vessels."]


WRAPPED_TITLE_CASE_HEADING = """
LIGHTHOUSE KEEPER

Typical Work Activities

Keeps the lamp lit.

Knowledge, Skills, Abilities and
Personal Characteristics

good knowledge of optics; ability to climb stairs; patience.
"""


def test_title_case_heading_wrapped_after_a_connector_is_joined() -> None:
    doc = parse_text(WRAPPED_TITLE_CASE_HEADING)
    ksa = next(s for s in doc.sections if s.kind == "knowledge_skills_abilities")
    assert ksa.heading == "Knowledge, Skills, Abilities and Personal Characteristics"
    assert len(ksa.clauses) == 3


CAPS_TAIL_OF_A_WRAPPED_SENTENCE = """
HARBOR PILOT

Typical Duties

Boards inbound vessels at the sea buoy and guides them to their berths in
the harbor, reporting each movement to the coordinating office of the
PHCO.
Checks tide tables before every departure and keeps the pilot log of the
HPA.
Trains apprentice pilots.

Minimum Qualifications

Five years of experience as a licensed mate.
"""


def test_caps_tail_of_a_wrapped_sentence_is_not_a_heading() -> None:
    doc = parse_text(CAPS_TAIL_OF_A_WRAPPED_SENTENCE)
    assert [s.kind for s in doc.sections] == ["duties", "minimum_qualifications"]
    duties = [c.text for s, c in doc.clauses() if s.kind == "duties"]
    assert len(duties) == 3
    assert duties[0].endswith("coordinating office of the PHCO.")
    assert duties[1].endswith("the HPA.")
    assert not any("not recognised" in w for w in doc.warnings)


TITLE_CASE_LINE_INSIDE_A_PARAGRAPH = """
HARBOR PILOT

Definition

Harbor pilots guide vessels through the channels and anchorages offered by the
Port Authority Marine Qualification Board and Regional Licensing Office Staff
(PAMQB), from the sea buoy to the berth. They report to the chief pilot.

Typical Duties

Boards inbound vessels.
"""


def test_title_case_line_inside_a_wrapped_paragraph_is_not_a_heading() -> None:
    doc = parse_text(TITLE_CASE_LINE_INSIDE_A_PARAGRAPH)
    assert [s.kind for s in doc.sections] == ["description", "duties"]
    assert len([c for s, c in doc.clauses() if s.kind == "description"]) == 1


HEADING_AFTER_AN_UNPUNCTUATED_SHORT_ITEM = """
HARBOR PILOT

Typical Duties
- Boards inbound vessels
- Keeps the pilot log
WORKING CONDITIONS
Exposure to weather at sea.
"""


def test_heading_after_a_short_unpunctuated_item_is_still_a_heading() -> None:
    doc = parse_text(HEADING_AFTER_AN_UNPUNCTUATED_SHORT_ITEM)
    assert [(s.kind, s.heading) for s in doc.sections][-1] == ("working_conditions", "WORKING CONDITIONS")


INLINE_NOTE_BETWEEN_LEVELS = """
Occ. Code 4410100
HARBOR SAFETY OFFICER 1 (INLAND WATERS), GRADE 14    4410100
HARBOR SAFETY OFFICER 2 (INLAND WATERS), GRADE 16    4410200
Classification Standard

Minimum Qualifications

HSO 1 (IW)

Open Competitive: two years of experience inspecting vessels.

NOTE: Experience on pleasure craft is not accepted.

HSO 2 (IW)

Promotion: one year of permanent service as an HSO 1 (IW).

Note: Classification Standards illustrate the nature of the work.
"""


def test_an_inline_note_holds_its_paragraph_and_the_next_level_returns_to_its_section() -> None:
    doc = parse_text(INLINE_NOTE_BETWEEN_LEVELS)
    assert [(s.kind, s.title) for s in doc.sections] == [
        ("minimum_qualifications", "Harbor Safety Officer 1 (Inland Waters)"),
        ("notes", None),
        ("minimum_qualifications", "Harbor Safety Officer 2 (Inland Waters)"),
        ("notes", None),
    ]


PAGE_BREAK_INSIDE_A_SENTENCE = """
HARBOR PILOT

Typical Duties
Boards inbound vessels at the sea buoy and guides them to their berths, following
the rules of the Port
- 2 -
HARBOR PILOT (Cont'd)
Authority. Keeps the pilot log.
Trains apprentice pilots on the simulator and on board, and rates their progress.
Page 3
Reports near misses to the harbor master.
"""


def test_a_page_break_inside_a_sentence_does_not_split_the_clause() -> None:
    assert texts(parse_text(PAGE_BREAK_INSIDE_A_SENTENCE), "duties") == [
        "Boards inbound vessels at the sea buoy and guides them to their berths, following the rules of the "
        "Port Authority. Keeps the pilot log.",
        "Trains apprentice pilots on the simulator and on board, and rates their progress.",
        "Reports near misses to the harbor master.",
    ]
