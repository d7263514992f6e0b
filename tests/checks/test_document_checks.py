"""Each document check fires on a fixture built to trip it (the clean fixture trips none)."""

from __future__ import annotations

from dataclasses import replace

from specdiff.model import Section, Title
from tests.checks.builders import clean_document, findings, run, section, with_clause_text


def test_document_parses_fires_on_a_document_without_sections() -> None:
    report = run(clean_document(sections=()))
    assert [f.message for f in findings(report, "document.parses")] == ["no sections were found in the document"]
    assert not report.passed  # error by default


def test_document_parses_fires_when_sections_hold_no_text() -> None:
    empty = tuple(replace(s, clauses=()) for s in clean_document().sections)
    assert findings(run(clean_document(sections=empty)), "document.parses")


def test_document_format_warns_on_the_generic_fallback() -> None:
    report = run(clean_document(format="generic", format_reasons=("fallback",)))
    (finding,) = findings(report, "document.format")
    assert "generic" in finding.message and finding.severity == "warning"
    assert report.passed  # a warning does not fail the default policy


def test_sections_required_reports_a_missing_section() -> None:
    doc = clean_document()
    doc = replace(doc, sections=tuple(s for s in doc.sections if s.kind != "distinguishing_characteristics"))
    (finding,) = findings(run(doc), "sections.required")
    assert "distinguishing_characteristics" in finding.message and "missing" in finding.message


def test_sections_required_reports_an_empty_section_at_its_heading() -> None:
    doc = clean_document()
    doc = replace(doc, sections=tuple(replace(s, clauses=()) if s.kind == "description" else s for s in doc.sections))
    (finding,) = findings(run(doc), "sections.required")
    assert "empty" in finding.message and finding.location.line == 10


def test_sections_required_per_title_when_the_parser_scopes_sections_by_title() -> None:
    doc = clean_document()
    doc = replace(doc, sections=tuple(s for s in doc.sections if s.id != "s6"))  # level 2 loses its MQs
    (finding,) = findings(run(doc), "sections.required")
    assert finding.title == "Records Analyst 2 (Archives)" and finding.section == "minimum_qualifications"


def test_titles_code_grade_reports_each_missing_field() -> None:
    titles = (replace(clean_document().titles[0], grade=None), replace(clean_document().titles[1], code=""))
    found = findings(run(clean_document(titles=titles)), "titles.code_grade")
    assert [f.message for f in found] == [
        "'Records Analyst 1 (Archives)' has no grade",
        "'Records Analyst 2 (Archives)' has no code",
    ]


def test_titles_code_grade_is_silent_for_a_format_without_codes() -> None:
    titles = (Title("t1", "Clerk"),)
    doc = clean_document(format="ny-county-class-spec", titles=titles)
    assert findings(run(doc), "titles.code_grade") == []


def test_levels_resolve_reports_a_level_the_series_lacks() -> None:
    doc = with_clause_text(
        clean_document(), "s4", 0, "Reports to a Records Analyst 4 (Archives) and an RA 3 (Archives)."
    )
    found = findings(run(doc), "levels.resolve")
    assert [f.evidence for f in found] == ["Records Analyst 4", "RA 3"]
    assert found[0].location.line == 42


def test_levels_resolve_reports_a_section_scoped_to_an_unknown_title() -> None:
    doc = clean_document()
    extra = section("s9", "duties", "Records Analyst 3 (Archives)", ["Directs the program."], line=70, title="t9")
    (finding,) = findings(run(replace(doc, sections=(*doc.sections, extra))), "levels.resolve")
    assert "t9" in finding.message and finding.location.line == 70


def test_levels_resolve_reads_roman_numerals() -> None:
    titles = (Title("a", "Personnel Supervisor I"), Title("b", "Personnel Supervisor II"))
    doc = with_clause_text(
        clean_document(titles=titles, format="generic"), "s2", 0, "Assists a Personnel Supervisor III."
    )
    mentions = [f.evidence for f in findings(run(doc), "levels.resolve") if f.evidence]  # not the t1/t2 sections
    assert mentions == ["Personnel Supervisor III"]


def test_metadata_date_missing_and_unreadable() -> None:
    assert findings(run(clean_document(date=None)), "metadata.date")[0].message.startswith("no date")
    assert "cannot be read" in findings(run(clean_document(date="sometime")), "metadata.date")[0].message


def test_metadata_date_is_not_required_where_the_format_prints_none() -> None:
    assert findings(run(clean_document(date=None, format="position-description")), "metadata.date") == []


def test_metadata_status_missing_and_unknown() -> None:
    assert findings(run(clean_document(status=None)), "metadata.status")
    assert "not one of" in findings(run(clean_document(status="proposed")), "metadata.status")[0].message


def test_clauses_duplicate_reports_the_second_copy_in_one_section() -> None:
    doc = with_clause_text(clean_document(), "s3", 1, "Reviews  retention schedules submitted by program offices!")
    (finding,) = findings(run(doc), "clauses.duplicate")
    assert finding.location.line == 35 and "line 32" in finding.message


def test_clauses_duplicate_allows_the_same_clause_under_another_title() -> None:
    doc = with_clause_text(clean_document(), "s4", 0, "Reviews retention schedules submitted by program offices.")
    assert findings(run(doc), "clauses.duplicate") == []


def test_headings_unrecognised_reports_other_sections_with_a_heading() -> None:
    doc = clean_document()
    odd = Section("s9", "other", "As a subject matter expert", (), None, None)
    (finding,) = findings(run(replace(doc, sections=(*doc.sections, odd))), "headings.unrecognised")
    assert "As a subject matter expert" in finding.message
