"""The seed revision pair (NYS CMS (HBE) 2018 -> 2024 tentative) through the default policy.

What these assert depends on the NYS parser (branch ``parsers``: status, date, sections per
title) and, for requirements.changed, the requirement extraction (branch ``reqs``). Until they are
merged the tests skip with that reason; the checks themselves are tested on hand-made documents.
"""

from __future__ import annotations

import pytest

from specdiff.checks import CheckContext, load_policy, run_checks
from specdiff.checks.findings import CheckReport
from specdiff.diff import compare as compare_documents
from specdiff.ingest import read
from specdiff.parsers import parse
from tests.conftest import shared_path

pytestmark = pytest.mark.shared


def _seed_pair(*, needs_parser: bool = True) -> CheckReport:
    old = parse(read(shared_path("seeds", "nys-cms-hbe-2018.txt")))
    new = parse(read(shared_path("seeds", "nys-cms-hbe-2024-tentative.txt")))
    parsed = new.format == "nys-classification-standard" and new.status is not None and old.status is not None
    if needs_parser and not parsed:
        pytest.skip("needs the NYS parser (status, date and sections per title; branch 'parsers')")
    return run_checks(CheckContext(new, load_policy(), old, compare_documents(old, new)))


def test_seed_pair_trips_the_minimum_qualification_rule() -> None:
    report = _seed_pair()
    mq = [f for f in report.findings if f.check == "changes.substantive" and f.section == "minimum_qualifications"]
    assert mq and all(f.severity == "error" for f in mq)
    assert not report.passed


def test_seed_pair_trips_the_status_check_and_its_dates_are_read() -> None:
    report = _seed_pair()
    checks = {f.check for f in report.findings}
    assert "metadata.status_backwards" in checks  # final (2018) -> tentative (2024)
    assert "metadata.date" not in checks  # both "5/18" and "3/2024" are readable dates
    assert "metadata.date_not_advanced" not in checks  # 3/2024 is after 5/18


def test_seed_pair_reports_requirement_changes_as_errors() -> None:
    report = _seed_pair(needs_parser=False)
    found = [f for f in report.findings if f.check == "requirements.changed"]
    if not found:
        pytest.skip("needs requirement extraction in the diff (branch 'reqs')")
    assert len(found) >= 7 and all(f.severity == "error" for f in found)
    assert any("2 → 6 years" in f.message for f in found)  # level 1: experience 2 -> 6 years
    assert not report.passed
