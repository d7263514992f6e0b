"""The TOML policy: defaults, overrides, section rules, approvals, and errors that exit 2."""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path

import pytest

from specdiff.checks import CHECKS, default_policy_text, load_policy
from specdiff.errors import PolicyError
from tests.checks.builders import clean_document, diff_of, findings, modified, run, with_clause_text

OLD = clean_document(date="5/2018")
NEW = with_clause_text(clean_document(), "s5", 0, "Open Competitive: six years of records management experience.")
MQ_DIFF = diff_of(OLD, NEW, (modified(OLD, NEW, "s5", 0),))


def _policy(tmp_path: Path, text: str) -> str:
    path = tmp_path / "policy.toml"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_default_policy_names_every_check_exactly_once() -> None:
    data = tomllib.loads(default_policy_text())
    assert list(data["checks"]) == list(CHECKS)
    assert data["sections"]["minimum_qualifications"]["changes.substantive"] == "error"


def test_requirements_changed_is_an_error_by_default() -> None:
    assert load_policy().severities["requirements.changed"] == "error"


def test_a_policy_file_changes_only_what_it_names(tmp_path: Path) -> None:
    policy = load_policy(_policy(tmp_path, 'fail_on = "warning"\n[checks]\n"headings.unrecognised" = "off"\n'))
    assert policy.fail_on == "warning"
    assert policy.severities["headings.unrecognised"] == "off"
    assert policy.severities["titles.removed"] == "error"
    assert policy.sections["minimum_qualifications"]["changes.substantive"] == "error"


def test_fail_on_warning_fails_a_run_with_warnings(tmp_path: Path) -> None:
    doc = clean_document(format="generic")
    assert run(doc).passed
    assert not run(doc, policy_path=_policy(tmp_path, 'fail_on = "warning"\n')).passed


def test_an_off_check_is_skipped(tmp_path: Path) -> None:
    report = run(
        clean_document(format="generic"), policy_path=_policy(tmp_path, '[checks]\n"document.format" = "off"\n')
    )
    assert findings(report, "document.format") == []
    assert next(o for o in report.outcomes if o.id == "document.format").status == "skipped"


def test_section_approval_accepts_the_reviewed_change(tmp_path: Path) -> None:
    path = _policy(
        tmp_path,
        """
[[sections.minimum_qualifications.approved]]
title = "RECORDS ANALYST 1 (ARCHIVES)"
contains = "six years"
reason = "Experience raised after the 2024 review"
approved_by = "J. Smith"
date = 2024-03-15
""",
    )
    report = run(NEW, old=OLD, diff=MQ_DIFF, policy_path=path)
    (finding,) = findings(report, "changes.substantive")
    assert finding.approval is not None and finding.approval.approved_by == "J. Smith"
    assert report.passed and report.counts()["approved"] == 1


def test_an_approval_that_does_not_match_leaves_the_failure(tmp_path: Path) -> None:
    path = _policy(
        tmp_path,
        '[[approved]]\ncheck = "changes.substantive"\ncontains = "seven years"\n'
        'reason = "r"\napproved_by = "me"\ndate = 2024-01-01\n',
    )
    assert not run(NEW, old=OLD, diff=MQ_DIFF, policy_path=path).passed


def test_an_expired_approval_no_longer_applies(tmp_path: Path) -> None:
    path = _policy(
        tmp_path,
        '[[approved]]\ncheck = "changes.substantive"\nreason = "r"\napproved_by = "me"\n'
        "date = 2024-01-01\nexpires = 2024-12-31\n",
    )
    assert not run(NEW, old=OLD, diff=MQ_DIFF, policy_path=path).passed  # TODAY is 2025-01-15


def test_approvals_match_files_by_glob(tmp_path: Path) -> None:
    path = _policy(
        tmp_path,
        '[[approved]]\ncheck = "changes.substantive"\nfile = "standards/*.txt"\nreason = "r"\n'
        'approved_by = "me"\ndate = 2024-01-01\n',
    )
    assert run(NEW, old=OLD, diff=MQ_DIFF, policy_path=path).passed


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("fail_on = 'sometimes'", "fail_on"),
        ("[checks]\n'no.such' = 'error'", "unknown check 'no.such'"),
        ("[checks]\n'titles.added' = 'fatal'", "not one of"),
        ("[sections.benefits]\n'changes.substantive' = 'error'", "unknown section 'benefits'"),
        ("[formats.generic]\nrequired_sections = ['salary']", "must be a list of"),
        ("[formats.lapd]\nrequired_sections = []", "unknown format 'lapd'"),
        ("colour = 'red'", "unknown key 'colour'"),
        ("version = 2", "version 2"),
        ("[[approved]]\ncheck = 'titles.added'\napproved_by = 'me'\ndate = 2024-01-01", "'reason' is required"),
        ("[[approved]]\ncheck = 'titles.added'\nreason = 'r'\napproved_by = 'me'", "'date' is required"),
        ("[[approved]]\nreason = 'r'\napproved_by = 'me'\ndate = 2024-01-01", "'check' is required"),
        ("[[approved]]\ncheck = 'titles.added'\nreason = 'r'\napproved_by = 'me'\ndate = 'soon'", "not a date"),
        ("fail_on = ", "not valid TOML"),
    ],
)
def test_bad_policies_are_policy_errors(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(PolicyError, match=message.replace("(", r"\(")):
        load_policy(_policy(tmp_path, text))


def test_a_missing_policy_file_is_a_policy_error(tmp_path: Path) -> None:
    with pytest.raises(PolicyError, match="cannot read policy"):
        load_policy(tmp_path / "absent.toml")


def test_approval_dates_accept_strings(tmp_path: Path) -> None:
    path = _policy(
        tmp_path, '[[approved]]\ncheck = "titles.added"\nreason = "r"\napproved_by = "me"\ndate = "2024-02-03"\n'
    )
    assert load_policy(path).approvals[0].approval.date == date(2024, 2, 3)


def test_docs_describe_every_check_id() -> None:
    docs = (Path(__file__).resolve().parents[2] / "docs" / "check.md").read_text(encoding="utf-8")
    missing = [check for check in CHECKS if f"`{check}`" not in docs]
    assert missing == []
