"""The clean fixture trips nothing: every other test breaks it in one way and expects one check."""

from __future__ import annotations

from tests.checks.builders import clean_document, run


def test_clean_document_has_no_findings() -> None:
    report = run(clean_document())
    assert report.findings == ()
    assert report.passed


def test_clean_revision_has_no_findings() -> None:
    old = clean_document(date="5/2018")
    report = run(clean_document(), old=old)
    assert report.findings == ()
    assert {o.status for o in report.outcomes} == {"passed"}
