"""``specdiff check`` end to end: exit codes 0/1/2, one line on stderr for bad input, -o files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from specdiff.checks.default_policy import DEFAULT_POLICY_TOML
from specdiff.cli import main
from tests.checks.builders import clean_document

CLEAN = """RECORDS CLERK

DUTIES

Files the agency's records in the central registry.

Answers questions from the public about record requests.

MINIMUM QUALIFICATIONS

Two years of clerical experience.
"""


def _invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["check", *args])
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    (tmp_path / "clean.txt").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "damaged.txt").write_text(CLEAN.replace("questions", "questions \ufffd"), encoding="utf-8")
    (tmp_path / "revised.txt").write_text(CLEAN.replace("Two years", "Four years"), encoding="utf-8")
    return tmp_path


def test_a_clean_document_passes_with_exit_0(docs: Path) -> None:
    code, out, err = _invoke(str(docs / "clean.txt"))
    assert code == 0, err
    assert out.splitlines()[-1].startswith("passed:") and err == ""


def test_an_error_finding_fails_with_exit_1(docs: Path) -> None:
    code, out, _ = _invoke(str(docs / "damaged.txt"))
    assert code == 1
    assert "encoding.replacement_char" in out and out.splitlines()[-1].startswith("FAILED:")


def test_fail_on_never_reports_without_failing(docs: Path) -> None:
    assert _invoke(str(docs / "damaged.txt"), "--fail-on", "never")[0] == 0


def test_a_policy_can_turn_the_failing_check_off(docs: Path) -> None:
    policy = docs / "policy.toml"
    policy.write_text('[checks]\n"encoding.replacement_char" = "warning"\n', encoding="utf-8")
    assert _invoke(str(docs / "damaged.txt"), "--policy", str(policy))[0] == 0


def test_against_compares_and_runs_the_change_checks(docs: Path) -> None:
    code, out, _ = _invoke(str(docs / "revised.txt"), "--against", str(docs / "clean.txt"), "--format", "json")
    data = json.loads(out)
    assert data["old"].endswith("clean.txt")
    assert not any(c["status"] == "skipped" for c in data["checks"])
    changed = [f for f in data["findings"] if f["check"] == "changes.substantive"]
    assert any(f["section"] == "minimum_qualifications" and f["severity"] == "error" for f in changed)
    assert code == 1


def test_document_json_is_accepted_as_input(docs: Path) -> None:
    path = docs / "document.json"
    path.write_text(json.dumps(clean_document().to_json()), encoding="utf-8")
    code, out, err = _invoke(str(path), "--format", "json")
    assert code == 0, err
    assert json.loads(out)["findings"] == []


def test_output_file_is_written_and_stdout_stays_empty(docs: Path) -> None:
    target = docs / "report.sarif"
    code, out, _ = _invoke(str(docs / "damaged.txt"), "--format", "sarif", "-o", str(target))
    assert code == 1 and out == ""
    assert json.loads(target.read_text(encoding="utf-8"))["version"] == "2.1.0"


def test_print_default_policy(docs: Path) -> None:
    code, out, _ = _invoke("--print-default-policy")
    assert code == 0 and out == DEFAULT_POLICY_TOML


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["missing.txt"], "missing.txt"),
        (["clean.txt", "--against", "missing.txt"], "missing.txt"),
        (["clean.txt", "--policy", "missing.toml"], "cannot read policy"),
        (["clean.txt", "--policy", "bad.toml"], "unknown check"),
        (["clean.txt", "--corpus", "missing-dir"], "is not a specdiff corpus"),
        (["bad.json"], "not a specdiff/document/v1 document"),
        (["empty.txt"], "empty"),
    ],
)
def test_bad_input_exits_2_with_one_line_on_stderr(
    docs: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], needle: str
) -> None:
    monkeypatch.chdir(docs)
    (docs / "bad.toml").write_text('[checks]\n"no.such" = "error"\n', encoding="utf-8")
    (docs / "bad.json").write_text('{"schema": "other"}', encoding="utf-8")
    (docs / "empty.txt").write_text("", encoding="utf-8")
    code, out, err = _invoke(*args)
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and needle in err and "Traceback" not in err


@pytest.mark.parametrize(
    "args",
    [[], ["clean.txt", "--against", "clean.txt", "--corpus", "."], ["clean.txt", "--format", "yaml"]],
)
def test_bad_usage_exits_2(docs: Path, monkeypatch: pytest.MonkeyPatch, args: list[str]) -> None:
    monkeypatch.chdir(docs)
    assert _invoke(*args)[0] == 2
