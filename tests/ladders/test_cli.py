"""``specdiff ladder`` and ``specdiff diff --old-title/--new-title`` end to end."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
from click.testing import CliRunner

from specdiff.cli import main
from specdiff.schemas import load_schema

from .helpers import DOCUMENTS

SERIES = str(DOCUMENTS / "permit-technician.txt")


def test_ladder_json_follows_the_schema() -> None:
    result = CliRunner().invoke(main, ["ladder", SERIES, "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    jsonschema.validate(data, load_schema("specdiff/ladder/v1"))
    assert [lv["id"] for lv in data["levels"]] == ["pt-1", "pt-2", "pt-3"]


def test_ladder_format_from_the_output_suffix_and_a_line_on_stderr(tmp_path: Path) -> None:
    out = tmp_path / "ladder.html"
    result = CliRunner().invoke(main, ["ladder", SERIES, "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert result.stderr.startswith(f"wrote {out}: 3 titles, ")


def test_ladder_levels_named_on_the_command_line() -> None:
    result = CliRunner().invoke(main, ["ladder", SERIES, "--level", "PT 1", "--level", "0555300", "--format", "json"])
    assert [lv["id"] for lv in json.loads(result.output)["levels"]] == ["pt-1", "pt-3"]


def test_ladder_bad_title_is_one_line_and_exit_2() -> None:
    result = CliRunner().invoke(main, ["ladder", SERIES, "--level", "PT 1", "--level", "PT 7"])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("specdiff: error: no title 'PT 7'")


def test_diff_two_titles_of_one_document() -> None:
    args = ["diff", SERIES, SERIES, "--old-title", "PT 2", "--new-title", "Permit Technician 3", "--format", "json"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    jsonschema.validate(data, load_schema("specdiff/ladder/v1"))
    assert data["comparison"] == "titles" and [(s["old"], s["new"]) for s in data["steps"]] == [("pt-2", "pt-3")]
    assert data["steps"][0]["inheritances"][0]["source"] == "lower"


def test_diff_titles_text_and_exit_code() -> None:
    args = ["diff", SERIES, SERIES, "--old-title", "PT 1", "--new-title", "PT 2", "--exit-code"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 1
    assert "PT 2 compared with PT 1" in result.output and "SCOPE ↑ UP" in result.output


def test_diff_titles_refuses_a_version_only_format() -> None:
    args = ["diff", SERIES, SERIES, "--old-title", "PT 1", "--new-title", "PT 2", "--format", "sarif"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2 and "valid formats: text, json, markdown, html" in result.output


def test_diff_without_titles_is_still_a_version_diff() -> None:
    result = CliRunner().invoke(main, ["diff", SERIES, SERIES, "--format", "json"])
    assert json.loads(result.output)["schema"] == "specdiff/diff/v1"
