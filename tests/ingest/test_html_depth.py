"""HTML nested deeper than libxml2's default depth (255 levels) is read whole or refused, never cut.

libxml2 stops building the tree at its depth limit and drops the rest of the page without an
error: a MINIMUM QUALIFICATIONS section after the deep part vanished, and a diff then reported
it as removed.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from specdiff.cli import main
from specdiff.errors import InputError
from specdiff.ingest import read


def _nested(depth: int) -> bytes:
    body = "<div>" * depth + "<p>Deep duty text.</p>" + "</div>" * depth
    return (
        f"<html><head><title>Records Clerk</title></head><body><h1>RECORDS CLERK</h1>{body}"
        "<h2>MINIMUM QUALIFICATIONS</h2><p>Two years of clerical experience.</p></body></html>"
    ).encode()


def _texts(depth: int) -> list[str]:
    return [line.text for line in read(_nested(depth), name="deep.html").lines if line.text]


@pytest.mark.parametrize("depth", [250, 300, 500])
def test_text_after_a_deep_part_is_kept(depth: int) -> None:
    expected = ["RECORDS CLERK", "Deep duty text.", "MINIMUM QUALIFICATIONS", "Two years of clerical experience."]
    assert _texts(depth) == expected


def test_deeper_than_the_limit_is_refused_naming_it() -> None:
    with pytest.raises(InputError, match=r"nested 6\d\d levels deep.*limit of 512 levels.*SPECDIFF_MAX_NESTING"):
        read(_nested(600), name="deep.html")


def test_raised_limit_reads_deeper_than_pythons_recursion_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPECDIFF_MAX_NESTING", "2048")
    assert _texts(2000)[-1] == "Two years of clerical experience."


def test_deeper_than_libxml2_builds_is_one_line_exit_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPECDIFF_MAX_NESTING", "100000")
    path = tmp_path / "deep.html"
    path.write_bytes(_nested(3000))
    result = CliRunner().invoke(main, ["parse", str(path)])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1
    assert "past 2,048 levels" in result.stderr and "the most that can be read" in result.stderr


def test_a_bad_limit_setting_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPECDIFF_MAX_NESTING", "lots")
    path = tmp_path / "page.html"
    path.write_bytes(_nested(3))
    result = CliRunner().invoke(main, ["parse", str(path)])
    assert result.exit_code == 2 and "SPECDIFF_MAX_NESTING='lots' is not a positive whole number" in result.stderr
