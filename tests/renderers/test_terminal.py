"""The terminal report: plain text for pipes and files, rich colour only when asked."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from specdiff.cli import main
from specdiff.renderers.diff import render_diff
from specdiff.renderers.terminal import to_terminal, to_text

from .fixtures import every_op_diff
from .golden import assert_golden

FIXTURES = Path(__file__).parent / "documents"


def test_every_op_text_matches_golden() -> None:
    assert_golden("every-op.txt", to_text(every_op_diff()))


def test_plain_text_marks_changes_without_colour() -> None:
    text = to_text(every_op_diff())
    assert "\x1b[" not in text
    assert "[-30-]{+10+}" in text
    assert "[modified SUBSTANTIVE] s2.3" in text


def test_colour_adds_ansi_but_keeps_the_markers() -> None:
    coloured = to_terminal(every_op_diff())
    assert "\x1b[" in coloured and "[-30-]" in coloured and "{+10+}" in coloured
    assert render_diff(every_op_diff(), fmt="text", color=True) == coloured


def test_cli_infers_the_format_from_the_output_suffix(tmp_path: Path) -> None:
    old, new = FIXTURES / "records-clerk-2019.txt", FIXTURES / "records-clerk-2024.txt"
    runner = CliRunner()
    for suffix, marker in ((".html", "<!DOCTYPE html>"), (".md", "## What changed"), (".txt", "summary: ")):
        out = tmp_path / f"report{suffix}"
        result = runner.invoke(main, ["diff", str(old), str(new), "-o", str(out)])
        assert result.exit_code == 0, result.output
        assert out.read_text(encoding="utf-8").startswith(marker) or marker in out.read_text(encoding="utf-8")
    piped = runner.invoke(main, ["diff", str(old), str(new)])
    assert piped.exit_code == 0 and "\x1b[" not in piped.output and "summary: " in piped.output


def test_cli_rejects_an_unknown_format_with_one_line() -> None:
    old = FIXTURES / "records-clerk-2019.txt"
    result = CliRunner().invoke(main, ["diff", str(old), str(old), "--format", "pdf"])
    assert result.exit_code == 2
    assert "html" in result.output and "Traceback" not in result.output


def test_cli_colours_only_when_stdout_is_a_terminal() -> None:
    import os
    import pty
    import subprocess
    import sys

    old, new = FIXTURES / "records-clerk-2019.txt", FIXTURES / "records-clerk-2024.txt"
    cmd = [sys.executable, "-m", "specdiff", "diff", str(old), str(new)]
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "TERM")} | {"TERM": "xterm"}
    leader, follower = pty.openpty()
    with subprocess.Popen(cmd, stdout=follower, stderr=subprocess.PIPE, env=env) as proc:
        os.close(follower)
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:
                break
            if not chunk:
                break
            chunks.append(chunk)
        proc.wait(timeout=60)
    os.close(leader)
    on_terminal = b"".join(chunks).decode("utf-8", "replace")
    assert proc.returncode == 0
    assert "\x1b[" in on_terminal and "{+" in on_terminal
    piped = subprocess.run(cmd, capture_output=True, text=True, env=env, check=True).stdout
    assert "\x1b[" not in piped and "{+" in piped
