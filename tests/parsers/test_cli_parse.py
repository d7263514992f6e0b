"""`specdiff parse` end to end: formats, --dialect, and a bad dialect as one line with exit 2."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from specdiff.cli import main

FIXTURE = str(Path(__file__).parent / "fixtures" / "county-spec.txt")


def test_parse_json_text_and_markdown() -> None:
    runner = CliRunner()
    data = json.loads(runner.invoke(main, ["parse", FIXTURE, "--format", "json"]).output)
    assert data["format"] == "ny-county-class-spec" and data["format_reasons"]
    text = runner.invoke(main, ["parse", FIXTURE, "--format", "text"]).output
    assert "[duties] TYPICAL WORK ACTIVITIES" in text and "title: Harbor Master" in text
    markdown = runner.invoke(main, ["parse", FIXTURE, "--format", "markdown"]).output
    assert markdown.startswith("# Harbor Master")


def test_dialect_override_and_bad_dialect() -> None:
    runner = CliRunner()
    data = json.loads(runner.invoke(main, ["parse", FIXTURE, "--format", "json", "--dialect", "generic"]).output)
    assert data["format"] == "generic"
    bad = runner.invoke(main, ["parse", FIXTURE, "--dialect", "nope"])
    assert bad.exit_code == 2
    assert "valid dialects" in bad.output and "Traceback" not in bad.output
