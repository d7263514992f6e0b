"""Bad usage and broken surroundings are one line on stderr and exit 2, never a traceback.

click's own usage errors are four lines (usage, hint, blank, error); a full stdout, a name too
long for the file system or an out-of-range SOURCE_DATE_EPOCH crashed with exit 3.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from bench.hostile_inputs import STANDARD
from specdiff.cli import main


@pytest.fixture
def standard(tmp_path: Path) -> Path:
    path = tmp_path / "std.txt"
    path.write_text(STANDARD, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["parse"], "Missing argument 'FILE'"),
        (["parse", "a", "b"], "unexpected extra argument"),
        (["nosuchcommand"], "No such command"),
        (["--bogus"], "No such option '--bogus'"),
        (["parse", "{std}", "--format", "pdf"], "'pdf' is not one of"),
        (["corpus", "--corpus", "{std}", "list"], "is a file"),
        (["diff", "{std}"], "Missing argument 'NEW'"),
        (["check", "{std}", "--fail-on", "sometimes"], "Invalid value for '--fail-on'"),
    ],
)
def test_usage_errors_are_one_line_naming_the_help(standard: Path, args: list[str], needle: str) -> None:
    result = CliRunner().invoke(main, [a.format(std=standard) for a in args])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith("specdiff: error: ") and needle in result.stderr
    assert "--help')" in result.stderr


def test_help_and_version_still_work() -> None:
    assert CliRunner().invoke(main, ["parse", "--help"]).exit_code == 0
    assert CliRunner().invoke(main, ["--version"]).exit_code == 0


def test_a_full_stdout_is_one_line(standard: Path) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full here")
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "specdiff", "parse", str(standard)], stdout=full, stderr=subprocess.PIPE, text=True
        )
    assert done.returncode == 2
    assert done.stderr == "specdiff: error: cannot write to stdout: No space left on device\n"


def test_a_file_name_too_long_is_one_line(standard: Path, tmp_path: Path) -> None:
    long_name = str(tmp_path / ("n" * 300))
    for args in (["parse", long_name], ["diff", str(standard), long_name], ["check", long_name + ".json"]):
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 2, (args, result.output)
        assert result.stderr.count("\n") == 1 and "File name too long" in result.stderr


def test_an_out_of_range_source_date_epoch_is_one_line(standard: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "9" * 20)
    result = CliRunner().invoke(main, ["check", str(standard)])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "SOURCE_DATE_EPOCH" in result.stderr
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert CliRunner().invoke(main, ["check", str(standard), "--format", "junit"]).exit_code in (0, 1)


def test_a_closed_stdout_pipe_is_quiet(standard: Path) -> None:
    reader, writer = os.pipe()
    os.close(reader)
    with os.fdopen(writer, "w") as closed:
        done = subprocess.run(
            [sys.executable, "-m", "specdiff", "parse", str(standard)], stdout=closed, stderr=subprocess.PIPE, text=True
        )
    assert done.returncode == 0 and "Traceback" not in done.stderr
