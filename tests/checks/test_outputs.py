"""Every output format renders a failing, an approved and a clean run; the machine formats
validate against their published schemas (vendored in tests/data) and ours."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path

import jsonschema
import pytest
import xmlschema

from specdiff.checks.findings import CheckReport
from specdiff.checks.outputs import OUTPUT_FORMATS, RunInfo, render_report
from specdiff.checks.outputs.github import escape_data, escape_property
from specdiff.checks.outputs.markdown import md
from specdiff.errors import FormatError
from specdiff.schemas import load_schema
from tests.checks.builders import clean_document, diff_of, modified, requirement_change, run, with_clause_text

DATA = Path(__file__).resolve().parents[1] / "data"
GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "check"
INFO = RunInfo(timestamp=datetime(2025, 1, 15, 9, 30, tzinfo=UTC), hostname="ci-runner", version="0.1.0")


def failing_report(tmp_path: Path | None = None) -> CheckReport:
    """Errors, warnings, info and one approved finding, with a page number and hostile text."""
    old = clean_document(date="5/2018")
    new = with_clause_text(
        clean_document(status="tentative", format="generic"),
        "s5",
        0,
        "Open Competitive: six years <script>alert(1)</script> | `x` 100% done,\nok",
    )
    new = with_clause_text(new, "s3", 0, "Reviews \ufffd schedules for the Department of Agricultures Office.")
    diff = diff_of(
        old,
        new,
        (modified(old, new, "s5", 0), modified(old, new, "s3", 0)),
        requirement_changes=(requirement_change("t1"),),
    )
    policy = None
    if tmp_path is not None:
        path = tmp_path / "p.toml"
        path.write_text(
            '[[approved]]\ncheck = "changes.substantive"\nsection = "duties"\nreason = "reviewed"\n'
            'approved_by = "QA"\ndate = 2024-06-01\n',
            encoding="utf-8",
        )
        policy = str(path)
    return run(new, old=old, diff=diff, policy_path=policy)


def test_failing_report_has_every_kind_of_finding(tmp_path: Path) -> None:
    report = failing_report(tmp_path)
    counts = report.counts()
    assert counts["error"] >= 3 and counts["warning"] >= 2 and counts["approved"] == 1
    assert not report.passed


@pytest.mark.parametrize("fmt", OUTPUT_FORMATS)
def test_every_format_renders_clean_and_failing_runs(fmt: str, tmp_path: Path) -> None:
    for report in (run(clean_document()), failing_report(tmp_path)):
        text = render_report(report, fmt=fmt, info=INFO)
        assert text.endswith("\n") and text.strip()


def test_unknown_format_lists_the_valid_ones() -> None:
    with pytest.raises(FormatError, match="valid formats: text, json"):
        render_report(run(clean_document()), fmt="yaml")


def test_json_validates_against_our_schema(tmp_path: Path) -> None:
    schema = load_schema("specdiff/check/v1")
    for report in (run(clean_document()), failing_report(tmp_path)):
        data = json.loads(render_report(report, fmt="json", info=INFO))
        jsonschema.validate(data, schema, format_checker=jsonschema.FormatChecker())
        assert data["passed"] == report.passed and data["exit_code"] == (0 if report.passed else 1)


def test_json_matches_the_golden_file(tmp_path: Path) -> None:
    """A stable, reviewable contract; regenerate only with SPECDIFF_REGEN_GOLDEN=1."""
    text = render_report(failing_report(tmp_path), fmt="json", info=INFO).replace(str(tmp_path), "<tmp>")
    golden = GOLDEN / "failing-report.json"
    if os.environ.get("SPECDIFF_REGEN_GOLDEN") == "1":
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(text, encoding="utf-8")
    assert golden.exists(), f"{golden} is missing; run with SPECDIFF_REGEN_GOLDEN=1 to create it"
    assert text == golden.read_text(encoding="utf-8")


def test_sarif_validates_against_the_sarif_2_1_0_schema(tmp_path: Path) -> None:
    schema = json.loads((DATA / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft7Validator(schema, format_checker=jsonschema.FormatChecker())
    for report in (run(clean_document()), failing_report(tmp_path)):
        log = json.loads(render_report(report, fmt="sarif", info=INFO))
        errors = [e.message for e in validator.iter_errors(log)]
        assert errors == []
    results = log["runs"][0]["results"]
    assert {r["level"] for r in results} >= {"error", "warning", "note"}
    assert any(r.get("suppressions") for r in results)
    located = next(r for r in results if r["ruleId"] == "requirements.changed")
    region = located["locations"][0]["physicalLocation"]["region"]
    assert region["startLine"] == 50


def test_sarif_rule_index_points_at_the_rule(tmp_path: Path) -> None:
    log = json.loads(render_report(failing_report(tmp_path), fmt="sarif", info=INFO))
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    for result in log["runs"][0]["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]


def test_junit_validates_against_the_junit_xsd(tmp_path: Path) -> None:
    schema = xmlschema.XMLSchema(str(DATA / "JUnit.xsd"))
    for report in (run(clean_document()), failing_report(tmp_path)):
        xml = render_report(report, fmt="junit", info=INFO)
        schema.validate(xml)
    assert 'name="requirements.changed"' in xml and "<failure" in xml and "<skipped" not in xml
    assert 'timestamp="2025-01-15T09:30:00"' in xml and "\ufffd" in xml


def test_junit_skips_change_checks_without_a_previous_version() -> None:
    xml = render_report(run(clean_document()), fmt="junit", info=INFO)
    xmlschema.XMLSchema(str(DATA / "JUnit.xsd")).validate(xml)
    assert xml.count("<skipped") == 8


def test_github_annotations_escape_document_text(tmp_path: Path) -> None:
    report = failing_report(tmp_path)
    lines = render_report(report, fmt="github", info=INFO).splitlines()
    assert len(lines) == len(report.findings) + 1  # one line per finding: no text can start a command
    assert all(line.startswith("::") for line in lines[:-1])
    req = next(line for line in lines if "requirements.changed" in line)
    assert req.startswith("::error file=standards/records-analyst.txt,line=50,")
    hostile = next(line for line in lines if "six years" in line)
    assert "100%25" in hostile
    assert any(line.startswith("::notice ") and "approved by QA" in line for line in lines)


def test_github_escaping_rules() -> None:
    assert escape_data("50%\r\n::x") == "50%25%0D%0A::x"
    assert escape_property("a:b,c") == "a%3Ab%2Cc"


def test_markdown_escapes_html_and_table_pipes(tmp_path: Path) -> None:
    text = render_report(failing_report(tmp_path), fmt="markdown", info=INFO)
    assert "<script>" not in text and "&lt;script&gt;" in text and "\\|" in text
    assert text.startswith("## ❌ specdiff check")
    assert md("a|b <i>") == "a\\|b &lt;i&gt;"


def test_text_output_counts_substantive_changes_per_section_and_title(tmp_path: Path) -> None:
    text = render_report(failing_report(tmp_path), fmt="text", info=INFO)
    assert "1 in minimum_qualifications, Records Analyst 1 (Archives)" in text
    assert "FAILED:" in text.splitlines()[-1]
    assert "approved by QA on 2024-06-01: reviewed" in text
