"""``specdiff diff`` end to end: formats, -o, --exit-code, bad input."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
from click.testing import CliRunner

from specdiff.cli import main
from specdiff.schemas import load_schema

OLD = """CLASS SPECIFICATION: RECORDS CLERK

DUTIES:

1. Files incoming correspondence and maintains the records index.
2. Answers routine telephone inquiries from the public.

MINIMUM QUALIFICATIONS:

Two years of clerical experience in a public agency.
"""


def _pair(tmp_path: Path, new_text: str) -> tuple[str, str]:
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text(OLD, encoding="utf-8")
    new.write_text(new_text, encoding="utf-8")
    return str(old), str(new)


def test_json_output_follows_the_schema(tmp_path: Path) -> None:
    old, new = _pair(tmp_path, OLD.replace("Two years", "Three years"))
    result = CliRunner().invoke(main, ["diff", old, new, "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    jsonschema.validate(data, load_schema("specdiff/diff/v1"))
    assert data["summary"]["substantive"] == 1


def test_exit_code_flags_substantive_changes_only(tmp_path: Path) -> None:
    old, new = _pair(tmp_path, OLD.replace("Two years", "Three years"))
    assert CliRunner().invoke(main, ["diff", old, new, "--exit-code"]).exit_code == 1
    old, new = _pair(tmp_path, OLD.replace("Files incoming", "FILES INCOMING"))
    result = CliRunner().invoke(main, ["diff", old, new, "--exit-code"])
    assert result.exit_code == 0
    assert "editorial" in result.output and "case" in result.output


def test_output_file_picks_format_from_suffix(tmp_path: Path) -> None:
    old, new = _pair(tmp_path, OLD)
    out = tmp_path / "report.json"
    result = CliRunner().invoke(main, ["diff", old, new, "-o", str(out)])
    assert result.exit_code == 0
    assert json.loads(out.read_text())["summary"]["unchanged"] >= 3


def test_missing_file_is_one_line_and_exit_2(tmp_path: Path) -> None:
    old, _ = _pair(tmp_path, OLD)
    result = CliRunner().invoke(main, ["diff", old, str(tmp_path / "nope.txt")])
    assert result.exit_code == 2
    assert "Traceback" not in result.output


def test_unknown_format_is_usage_error(tmp_path: Path) -> None:
    old, new = _pair(tmp_path, OLD)
    result = CliRunner().invoke(main, ["diff", old, new, "--format", "pdf"])
    assert result.exit_code == 2
