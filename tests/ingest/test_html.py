"""HTML ingestion: main content only, title kept, tables row by row, entities decoded."""

from __future__ import annotations

from specdiff.ingest import read
from tests.ingest.makers import CHROME_HTML


def _lines() -> list[str]:
    return [ln.text for ln in read(CHROME_HTML.encode(), name="page.html").lines]


def test_site_chrome_is_dropped() -> None:
    text = "\n".join(_lines())
    for chrome in ("Main Content Anchor", "Page Content Main", "Sign In", "Careers", "Privacy", "var x"):
        assert chrome not in text


def test_title_comes_from_the_title_element_without_the_site_name() -> None:
    assert _lines()[0] == "Sample Analyst Series"


def test_table_rows_are_lines_and_headings_stand_alone() -> None:
    lines = _lines()
    assert "Class Title | Code" in lines and "Sample Analyst | 1234" in lines
    heading = lines.index("Definition of Series")
    assert lines[heading + 1] == ""


def test_entities_and_list_items() -> None:
    lines = _lines()
    assert any("records & prepare reports on the agency's programs" in ln for ln in lines)
    assert "\u2022 Either a degree" in lines and "\u2022 or four years of work." in lines


def test_replacement_character_becomes_a_space_with_a_warning() -> None:
    raw = read("<html><body><p>Personnel Supervisor\ufffdII</p></body></html>".encode(), name="x.html")
    assert [ln.text for ln in raw.lines if ln.text] == ["Personnel Supervisor II"]
    assert raw.warnings and "U+FFFD" in raw.warnings[0]
