"""Clause segmentation on documents we wrote: lists, lead-ins, wrapped items, lost breaks."""

from __future__ import annotations

from .helpers import parse_text, texts

WRAPPED_LIST = """
TIDE GAUGE TECHNICIAN

EXAMPLES OF WORK PERFORMED:

1. Calibrates tide gauges and pressure sensors at remote
   stations;
2. Records readings in the station log, checks them against the
   regional model and reports

   anomalies to the duty officer;
3. Performs related work as required.
"""


def test_numbered_items_are_one_clause_each_with_wrapped_lines_joined() -> None:
    doc = parse_text(WRAPPED_LIST)
    duties = [(c.label, c.text) for s, c in doc.clauses() if s.kind == "duties"]
    assert duties == [
        ("1.", "Calibrates tide gauges and pressure sensors at remote stations;"),
        (
            "2.",
            "Records readings in the station log, checks them against the regional model and reports "
            "anomalies to the duty officer;",
        ),
        ("3.", "Performs related work as required."),
    ]


KSA = """
REQUIRED KNOWLEDGE, SKILLS AND ABILITIES:

Good knowledge of marine instruments; working knowledge of tide tables (including
harmonic constants; datum conversions); ability to climb ladders; patience.
"""


def test_semicolon_items_of_a_knowledge_paragraph_are_clauses() -> None:
    doc = parse_text(KSA)
    assert texts(doc, "knowledge_skills_abilities") == [
        "Good knowledge of marine instruments",
        "working knowledge of tide tables (including harmonic constants; datum conversions)",
        "ability to climb ladders",
        "patience.",
    ]


LEAD_IN = """
Illustrative Tasks

As the station lead:

\u2022 Schedules maintenance visits.
\u2022 Trains new technicians in gauge
  calibration.

Prepares the annual report.
"""


def test_lead_in_owns_its_bullets_and_the_next_paragraph_is_a_sibling() -> None:
    doc = parse_text(LEAD_IN)
    section = next(s for s in doc.sections if s.kind == "duties")
    assert [c.text for c in section.clauses] == ["As the station lead:", "Prepares the annual report."]
    assert [c.text for c in section.clauses[0].children] == [
        "Schedules maintenance visits.",
        "Trains new technicians in gauge calibration.",
    ]


LOST_BREAKS = """
Typical Duties

Inspects harbor moorings and records their condition in the inventory
system used by the port authority for planning repairs.
Orders parts for damaged moorings and checks that each replacement meets
the standards of the port authority.
Supervises seasonal staff.
"""


def test_paragraph_breaks_lost_in_extraction_are_recovered() -> None:
    doc = parse_text(LOST_BREAKS)
    assert len(texts(doc, "duties")) == 3


WEIGHTED = """
POSITION SUMMARY \u2013 Marina Operations Coordinator

Under general direction, coordinates marina operations.

GOALS AND WORKER ACTIVITIES

60%
GOAL A:
Keep the marina safe for

visitors and staff.
A.1 Inspects docks daily.
A.2
Reports hazards to the harbor master.

40% GOAL B: Manage slip rentals.
B.1 Issues rental contracts.
"""


def test_goals_carry_weights_and_activities_are_children() -> None:
    doc = parse_text(WEIGHTED)
    duties = next(s for s in doc.sections if s.kind == "duties")
    goal_a, goal_b = duties.clauses
    assert (goal_a.weight, goal_a.label, goal_a.text) == (
        "60%",
        "GOAL A",
        "Keep the marina safe for visitors and staff.",
    )
    assert [(c.label, c.text) for c in goal_a.children] == [
        ("A.1", "Inspects docks daily."),
        ("A.2", "Reports hazards to the harbor master."),
    ]
    assert (goal_b.weight, goal_b.label, [c.label for c in goal_b.children]) == ("40%", "GOAL B", ["B.1"])
    assert duties.title == "Marina Operations Coordinator"


OPTIONS = """
MARINA CLERK

MINIMUM QUALIFICATIONS:

Open Competitive:

EITHER: (A) Graduation from a two-year college and one (1) year of clerical
experience;

OR: (B) Graduation from high school and three
(3) years of clerical experience.

Promotion:

One year of permanent service as a Clerk Typist.
"""


def test_route_labels_own_their_options_and_labels_leave_the_text() -> None:
    doc = parse_text(OPTIONS)
    mq = next(s for s in doc.sections if s.kind == "minimum_qualifications")
    open_comp, promotion = mq.clauses
    assert open_comp.text == "Open Competitive:"
    assert [(c.label, c.text[:24]) for c in open_comp.children] == [
        ("(A)", "Graduation from a two-ye"),
        ("(B)", "Graduation from high sch"),
    ]
    assert "three (3) years" in open_comp.children[1].text
    assert [c.text for c in promotion.children] == ["One year of permanent service as a Clerk Typist."]


def test_clause_ids_are_stable_and_readable() -> None:
    first = parse_text(WEIGHTED)
    again = parse_text(WEIGHTED)
    ids = [c.id for _, c in first.clauses()]
    assert ids == [c.id for _, c in again.clauses()]
    assert "duties.moc.goal-a.a-1" in ids
    assert len(set(ids)) == len(ids)


STAR_BULLETS = """
Knowledge, Skills and Abilities

* good knowledge of tide tables; ability to read charts;
* ability to climb ladders;
* patience; tact; good eyesight.
"""


def test_star_bullets_in_a_run_are_list_items_not_semicolon_paragraphs() -> None:
    doc = parse_text(STAR_BULLETS)
    ksa = [(c.label, c.text) for s, c in doc.clauses() if s.kind == "knowledge_skills_abilities"]
    assert ksa == [
        (None, "good knowledge of tide tables; ability to read charts;"),
        (None, "ability to climb ladders;"),
        (None, "patience; tact; good eyesight."),
    ]


STAR_BULLETS_PDF = """
Typical Duties
* Inspects moorings and records their condition in the inventory system used by the
port authority for planning repairs;
* Orders parts;
* Supervises seasonal staff.
"""


def test_star_bullets_without_blank_lines_each_start_a_clause() -> None:
    assert texts(parse_text(STAR_BULLETS_PDF), "duties") == [
        "Inspects moorings and records their condition in the inventory system used by the port authority for "
        "planning repairs;",
        "Orders parts;",
        "Supervises seasonal staff.",
    ]


STAR_FOOTNOTE = """
Minimum Qualifications

Four years of experience in port operations.*

* Port operations include pilotage, mooring and cargo handling.
"""


def test_a_single_star_line_is_a_footnote_with_its_marker_as_label() -> None:
    doc = parse_text(STAR_FOOTNOTE)
    mq = [(c.label, c.text) for s, c in doc.clauses() if s.kind == "minimum_qualifications"]
    assert mq[-1] == ("*", "Port operations include pilotage, mooring and cargo handling.")


BREAK_WITH_ROOM_LEFT = """
Typical Duties
Inspects harbor moorings and records their condition in the inventory system used by
the port authority for planning repairs and replacements next season.
Orders parts for damaged moorings and checks that each replacement meets the standards
of the port authority and the insurer of the marina.
"""


def test_a_line_ending_a_sentence_with_room_for_the_next_word_ends_its_paragraph() -> None:
    # "...season." (69 characters, not short) had room for "Orders" within the paragraph's 84-character lines
    assert len(texts(parse_text(BREAK_WITH_ROOM_LEFT), "duties")) == 2


FULL_LINE_ENDING_A_SENTENCE = """
Typical Duties
Inspects harbor moorings and records their condition in the inventory system. Notes
the wear of each chain. Orders parts for damaged moorings and checks that each one
meets the standards of the port authority and the insurer of the marina on the bay.
"""


def test_a_sentence_ending_at_a_full_line_does_not_end_the_paragraph() -> None:
    # "...chain. Orders ... one" is full: "meets" would not have fit, so the line just wrapped
    assert len(texts(parse_text(FULL_LINE_ENDING_A_SENTENCE), "duties")) == 1


STAR_GLYPH_DOCUMENT = """
Typical Duties

Level 1

Keeps the log.
* Checks the tide gauges every morning; resets them when needed.

Level 2

* Supervises the gauge technicians; reviews their logs.
* Reports faults to the regional office.
"""


def test_once_a_document_lists_with_star_bullets_a_lone_star_line_is_a_bullet_too() -> None:
    doc = parse_text(STAR_GLYPH_DOCUMENT)
    duties = [(c.label, c.text) for s, c in doc.clauses() if s.kind == "duties"]
    assert (None, "Checks the tide gauges every morning; resets them when needed.") in duties
    assert all(label is None for label, _ in duties)


LABELS_INSIDE_A_SENTENCE = """
MARINA CLERK

MINIMUM QUALIFICATIONS:
EITHER: (A) Graduation from a two-year college and one (1) year of clerical experience;
OR: (B) Graduation from high school and three (3) years of clerical experience; or
(C) An equivalent combination of the training and experience described in (A) and
(B) above.
OR: (D) Four years of clerical experience at a marina, with the duties listed in (A)
and (B) above.
"""


def test_a_label_wrapped_to_the_start_of_a_line_inside_a_sentence_is_not_an_option() -> None:
    doc = parse_text(LABELS_INSIDE_A_SENTENCE)
    options = [(c.label, c.text) for s, c in doc.clauses() if s.kind == "minimum_qualifications"]
    assert [label for label, _ in options] == ["(A)", "(B)", "(C)", "(D)"]
    assert options[2][1].endswith("described in (A) and (B) above.")
    assert options[3][1].endswith("listed in (A) and (B) above.")


NOTE_AFTER_A_FULL_LINE = """
MARINA CLERK

MINIMUM QUALIFICATIONS:
Four years of clerical experience in the office of a marina, boatyard or harbor master.
NOTE: Volunteer experience is credited at half time.
Promotion: One year of permanent service as a Clerk.
"""


def test_a_note_or_route_label_after_a_sentence_end_opens_a_clause() -> None:
    assert texts(parse_text(NOTE_AFTER_A_FULL_LINE), "minimum_qualifications") == [
        "Four years of clerical experience in the office of a marina, boatyard or harbor master.",
        "NOTE: Volunteer experience is credited at half time.",
        "Promotion: One year of permanent service as a Clerk.",
    ]


STAR_GLYPH_NO_RUN = """
Typical Duties

As the gauge lead:
* Checks the tide gauges every morning; resets them when needed.

Keeps the station log.

* Trains new technicians; reviews their logs.
"""


def test_a_star_printed_twice_at_line_starts_is_a_bullet_even_without_a_run() -> None:
    doc = parse_text(STAR_GLYPH_NO_RUN)
    labels = {c.text: c.label for _, c in doc.clauses()}
    assert labels["Checks the tide gauges every morning; resets them when needed."] is None
    assert labels["Trains new technicians; reviews their logs."] is None


def test_a_line_ending_on_a_joiner_runs_on_into_the_label_in_a_pdf() -> None:
    """The sample corpus PDF wraps "(A) and" / "(B) above." where "(B)" would have fitted by
    character count: proportional type is no measure of room on the line."""
    from pathlib import Path

    from specdiff.ingest import read
    from specdiff.parsers import parse

    pdf = Path(__file__).resolve().parents[2] / "corpus" / "records-clerk" / "2023-08" / "standard.pdf"
    doc = parse(read(pdf))
    options = [(c.label, c.text) for s, c in doc.clauses() if s.kind == "minimum_qualifications" and c.label]
    assert [label for label, _ in options] == ["(A)", "(B)", "(C)"]
    assert options[2][1].endswith("described in (A) and (B) above.")


REQUIREMENT = (
    "A bachelor's degree and three years of harbour survey experience; or any equivalent combination of "
    "experience and training. Must hold a boat licence."
)


def test_a_requirement_with_an_or_alternative_is_one_clause_under_any_heading() -> None:
    # Under a knowledge heading a paragraph is cut at two semicolon items; "; or" joins two
    # alternatives of one requirement, so the paragraph stays whole there as it does elsewhere.
    for heading in ("KNOWLEDGE, SKILLS AND ABILITIES:", "THE IDEAL CANDIDATE:"):
        doc = parse_text(f"\n{heading}\n\n{REQUIREMENT}\n")
        assert [c.text for _, c in doc.clauses()] == [REQUIREMENT], heading


def test_an_and_item_still_ends_a_semicolon_list() -> None:
    text = "Knowledge of tide tables; ability to read charts; and the ability to climb ladders."
    doc = parse_text(f"\nKNOWLEDGE, SKILLS AND ABILITIES:\n\n{text}\n")
    assert texts(doc, "knowledge_skills_abilities") == [
        "Knowledge of tide tables",
        "ability to read charts",
        "and the ability to climb ladders.",
    ]
