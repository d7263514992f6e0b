"""Each change check fires on a hand-made revision built to trip it."""

from __future__ import annotations

from dataclasses import replace

from specdiff.checks.change_checks import pair_titles
from specdiff.model import Title
from tests.checks.builders import (
    TITLES,
    clean_document,
    diff_of,
    findings,
    modified,
    requirement_change,
    run,
    with_clause_text,
)

OLD = clean_document(date="5/2018")


def test_change_checks_are_skipped_without_a_previous_version() -> None:
    report = run(clean_document())
    skipped = {o.id for o in report.outcomes if o.status == "skipped"}
    assert "changes.substantive" in skipped and "requirements.changed" in skipped


def test_substantive_change_in_minimum_qualifications_is_an_error_by_section_rule() -> None:
    new = with_clause_text(clean_document(), "s5", 0, "Open Competitive: six years of records management experience.")
    report = run(new, old=OLD, diff=diff_of(OLD, new, (modified(OLD, new, "s5", 0),)))
    (finding,) = findings(report, "changes.substantive")
    assert finding.severity == "error" and finding.section == "minimum_qualifications"
    assert finding.title == "Records Analyst 1 (Archives)"
    assert finding.location.line == 52 and "six years" in finding.message
    assert not report.passed


def test_substantive_change_in_duties_is_information_only() -> None:
    new = with_clause_text(clean_document(), "s3", 0, "Approves retention schedules.")
    report = run(new, old=OLD, diff=diff_of(OLD, new, (modified(OLD, new, "s3", 0),)))
    (finding,) = findings(report, "changes.substantive")
    assert finding.severity == "info" and report.passed


def test_editorial_changes_are_not_reported() -> None:
    new = clean_document()
    report = run(new, old=OLD, diff=diff_of(OLD, new, (modified(OLD, new, "s5", 0, substantive=False),)))
    assert findings(report, "changes.substantive") == []


def test_titles_added_and_removed() -> None:
    level3 = Title("t3", "Records Analyst 3 (Archives)", "1234300", "22")
    added = run(clean_document(titles=(*TITLES, level3)), old=OLD)
    assert [f.title for f in findings(added, "titles.added")] == ["Records Analyst 3 (Archives)"]
    removed = run(clean_document(titles=TITLES[:1]), old=OLD)
    assert [f.title for f in findings(removed, "titles.removed")] == ["Records Analyst 2 (Archives)"]
    assert not removed.passed


def test_grade_change_pairs_titles_by_code() -> None:
    regraded = (TITLES[0], replace(TITLES[1], title="RECORDS ANALYST 2 (ARCHIVES)", grade="20"))
    report = run(clean_document(titles=regraded), old=OLD)
    (finding,) = findings(report, "titles.grade_changed")
    assert finding.message == "RECORDS ANALYST 2 (ARCHIVES): grade 18 → 20"
    assert findings(report, "titles.added") == [] and findings(report, "titles.removed") == []


def test_code_change_pairs_titles_by_name() -> None:
    recoded = (TITLES[0], replace(TITLES[1], code="9999200"))
    (finding,) = findings(run(clean_document(titles=recoded), old=OLD), "titles.code_changed")
    assert "1234200 → 9999200" in finding.message


def test_pair_titles_is_case_and_punctuation_blind() -> None:
    old = (Title("a", "CLERK 1 (TYPING)"),)
    new = (Title("b", "Clerk 1, Typing"),)
    assert pair_titles(old, new) == ([(old[0], new[0])], [], [])


def test_status_moving_backwards() -> None:
    report = run(clean_document(status="tentative"), old=OLD)
    (finding,) = findings(report, "metadata.status_backwards")
    assert "final" in finding.message and "tentative" in finding.message
    assert (
        findings(run(clean_document(status="final"), old=replace(OLD, status="tentative")), "metadata.status_backwards")
        == []
    )


def test_date_not_advanced() -> None:
    same = run(clean_document(date="5/18"), old=replace(OLD, date="05/2018"))
    assert "the same as" in findings(same, "metadata.date_not_advanced")[0].message
    earlier = run(clean_document(date="2017-01-01"), old=OLD)
    assert "earlier" in findings(earlier, "metadata.date_not_advanced")[0].message
    assert not earlier.passed


def test_date_check_is_silent_when_a_date_is_missing() -> None:
    assert findings(run(clean_document(date=None), old=OLD), "metadata.date_not_advanced") == []


def test_requirements_changed_is_an_error_located_at_the_title_qualifications() -> None:
    new = clean_document()
    report = run(new, old=OLD, diff=diff_of(OLD, new, requirement_changes=(requirement_change("t1"),)))
    (finding,) = findings(report, "requirements.changed")
    assert finding.severity == "error" and finding.location.line == 50
    assert finding.message == "Open competitive, level 1: experience 2 → 6 years"
    assert not report.passed
