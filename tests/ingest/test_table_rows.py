"""A table row is one clause; a mark moving between the columns of a grid is a change."""

from __future__ import annotations

from specdiff.diff import compare
from specdiff.ingest import read
from specdiff.ingest.html import marks_named
from specdiff.parsers import parse

GRID = """# Sample clerk

## Physical demands

| Demand | Never | Occasionally | Frequently |
|--------|-------|--------------|------------|
| Lifting | | {lift} | |
| Typing | | | X |
"""


def _doc(lift_column: str) -> object:
    cells = {"occ": "X"} if lift_column == "occ" else {}
    text = GRID.replace("| | {lift} | |", "| | X | |" if cells else "| | | X |")
    return parse(read(text.encode(), name="grid.md"))


def test_marks_read_with_their_column_heading() -> None:
    assert marks_named(["Lifting", "", "X", ""], ["Demand", "Never", "Occasionally", "Frequently"]) == [
        "Lifting",
        "",
        "Occasionally: X",
        "",
    ]
    assert marks_named(["Lifting", "Heavy boxes"], ["Demand", "Detail"]) == ["Lifting", "Heavy boxes"]  # text stays
    assert marks_named(["a", "X"], []) == ["a", "X"]  # no heading row: nothing to name


def test_each_table_row_is_one_clause() -> None:
    clauses = [c.text for _, c in _doc("occ").clauses()]  # type: ignore[attr-defined]
    assert "Lifting | Occasionally: X" in clauses and "Typing | Frequently: X" in clauses


def test_a_mark_moving_to_another_column_is_a_substantive_change() -> None:
    diff = compare(_doc("occ"), _doc("freq"))  # type: ignore[arg-type]
    changed = [c for c in diff.changes if c.op != "unchanged"]
    assert len(changed) == 1 and changed[0].substantive
    assert changed[0].new[0].text == "Lifting | Frequently: X"


def test_html_grid_rows_name_their_marks() -> None:
    page = (
        b"<html><body><main><h1>Sample clerk</h1><table><thead><tr><th>Demand</th><th>Never</th>"
        b"<th>Often</th></tr></thead><tr><td>Lifting</td><td></td><td>X</td></tr></table></main></body></html>"
    )
    texts = [ln.text for ln in read(page, name="grid.html").lines if ln.text]
    assert "Lifting | Often: X" in texts
