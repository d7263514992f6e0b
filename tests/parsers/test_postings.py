"""Job postings and job descriptions: header fields one clause each, posting section kinds,
scraper labels as furniture."""

from __future__ import annotations

from specdiff.ingest import read
from specdiff.ingest.marks import SCRAPER_LABEL
from specdiff.parsers import parse
from specdiff.parsers.headings import inline_heading, kind_of

POSTING = """=== JOB DETAILS ===

Salary: $21.68 - $29.02 Hourly
Location: Sample County, XX
Job Number: 100-2024-1
Department: Records Office
Closing Date: 10/10/2024 11:59 PM Pacific

=== JOB DESCRIPTION ===

EXAMPLES OF DUTIES
Keeps the records of the office in good order and answers questions from the public.

MINIMUM QUALIFICATIONS
Two years of experience keeping public records.

WORKING CONDITIONS
Lifts boxes of up to twenty pounds and works at a desk for long periods.

HOW TO APPLY
Apply online before the closing date shown above.

SELECTION PROCESS
An oral interview weighted at one hundred percent.

BENEFITS
Medical, dental and vision insurance for employees and their families.

ABOUT THE DEPARTMENT
The Records Office keeps the county's records.
"""


def test_posting_headings_have_kinds_of_their_own() -> None:
    assert kind_of("WORKING CONDITIONS") == "working_conditions"
    assert kind_of("Physical Demands") == "working_conditions"
    assert kind_of("HOW TO APPLY") == "application_process"
    assert kind_of("Selection Process") == "selection_process"
    assert kind_of("Benefits") == "pay_and_benefits"
    assert kind_of("About the Department") == "about"
    assert kind_of("Essential criteria") == "minimum_qualifications"
    assert kind_of("Examples of Duties") == "duties"


def test_a_salary_field_keeps_its_label() -> None:
    assert inline_heading("Salary: $21.68 - $29.02 Hourly") is None
    assert inline_heading("Minimum Qualifications: two years") == ("Minimum Qualifications", "two years")


def test_posting_parses_into_fields_and_kinds_with_scraper_labels_aside() -> None:
    raw = read(POSTING.encode(), name="posting.txt")
    assert [ln.furniture for ln in raw.lines if ln.text.startswith("===")] == [SCRAPER_LABEL, SCRAPER_LABEL]
    doc = parse(raw)
    clauses = [c.text for _, c in doc.clauses()]
    assert "Salary: $21.68 - $29.02 Hourly" in clauses  # one field, one clause, label kept
    assert "Job Number: 100-2024-1" in clauses
    assert not any("===" in c for c in clauses)
    kinds = {s.kind for s in doc.sections}
    assert {
        "duties",
        "minimum_qualifications",
        "working_conditions",
        "application_process",
        "selection_process",
        "pay_and_benefits",
        "about",
    } <= kinds
    assert all("===" not in t.title for t in doc.titles)


def test_a_posting_is_recognised_as_a_job_posting_and_a_class_spec_is_not() -> None:
    from specdiff.parsers import detect

    doc = parse(read(POSTING.encode(), name="posting.txt"))
    assert doc.format == "job-posting"
    assert "prints a salary or pay range" in doc.format_reasons
    spec = (
        "SAMPLE CLERK\n\nDISTINGUISHING FEATURES OF THE CLASS\n\nFiles records.\n\nTYPICAL WORK ACTIVITIES\n\nFiles.\n"
    )
    assert detect(read(spec.encode(), name="spec.txt"))[0][0] != "job-posting"


QUESTIONNAIRE = """=== JOB DESCRIPTION ===

MINIMUM QUALIFICATIONS
Two years of experience keeping public records.

SUPPLEMENTAL QUESTIONS

    01
    Do you hold any of the following records certifications? Select all that apply.

            Certified Records Manager
            Sample State Records Certification
            None

    02
    Do you have a valid driver's license?
"""


def test_answer_options_indented_under_a_question_are_never_headings() -> None:
    """ "Sample State Records Certification" is an answer, not a (minimum qualifications) section."""
    doc = parse(read(QUESTIONNAIRE.encode(), name="posting.txt"))
    headings = [s.heading for s in doc.sections]
    assert not [h for h in headings if "Certification" in h], headings
    texts = [c.text for s in doc.sections for c in s.clauses]
    assert any("Sample State Records Certification" in t for t in texts)


EEO = """=== JOB DESCRIPTION ===

SUPPLEMENTAL QUESTIONS
Do you have a valid driver's license?

THE COUNTY OF SAMPLE IS AN EQUAL OPPORTUNITY EMPLOYER AND

VALUES DIVERSITY AT ALL LEVELS OF THE ORGANIZATION

It is the policy of the county to consider all applicants for employment.

WHAT YOU WILL DO
Keeps the records of the office in good order.
"""


def test_a_sentence_in_capitals_is_not_a_heading() -> None:
    """An equal-opportunity statement in capitals (and the rest of it on the next line, after "AND")
    opens no section; a heading phrased as a question-word clause still does."""
    doc = parse(read(EEO.encode(), name="posting.txt"))
    headings = [s.heading for s in doc.sections]
    assert not [h for h in headings if "EMPLOYER" in h or "DIVERSITY" in h], headings
    assert "WHAT YOU WILL DO" in headings


WRAPPED = """SAMPLE RECORDS CLERK
Class Code 1234

DUTIES
Keeps the records of the office in good order.

NOTES
Candidates in the examination process may file protests as provided in the rules and within the
required timeframe; however, the department may respond to and resolve protests before the list is
established, and candidates are urged to read the rules before they file.

THIS EXAMINATION IS TO BE GIVEN ONLY
ON A PROMOTIONAL BASIS

The city does not discriminate on the basis of age.

THE SELECTION PROCESS
Candidates will be interviewed.
"""


def test_the_second_line_of_a_statement_in_capitals_is_not_a_heading() -> None:
    """A statement in capitals wrapped over two lines ("... IS TO BE GIVEN ONLY" / "ON A
    PROMOTIONAL BASIS") is one clause: its second line opens no section, while a heading of its
    own between blank lines still does."""
    doc = parse(read(WRAPPED.encode(), name="posting.txt"))
    headings = [s.heading for s in doc.sections]
    assert not [h for h in headings if "BASIS" in h], headings
    assert "THE SELECTION PROCESS" in headings
    texts = [c.text for s in doc.sections for c in s.clauses]
    assert any("GIVEN ONLY ON A PROMOTIONAL BASIS" in t for t in texts), texts
