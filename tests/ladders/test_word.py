"""The ladder as a Word document: the same view as the HTML page, byte-stable for a given date."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path

import docx
from click.testing import CliRunner

from specdiff.cli import main
from specdiff.ladders import ladder
from specdiff.renderers.ladder import render_ladder_bytes
from specdiff.renderers.ladder_view import build_ladder_view, short_name
from specdiff.renderers.ladder_word import to_ladder_docx

from .helpers import DOCUMENTS, fixture
from .test_render import HOSTILE, hostile_series

WHEN = datetime(2025, 5, 1, tzinfo=UTC)


def _open(data: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(data))


def test_one_table_per_section_with_a_column_per_level() -> None:
    result = ladder(fixture())
    document = _open(to_ladder_docx(result, date=WHEN))
    view = build_ladder_view(result)
    names = [short_name(lv) for lv in result.levels]
    tables = document.tables
    assert len(tables) == 1 + len(view.sections) + 1  # levels, one per section, qualifications
    assert [c.text for c in tables[0].rows[0].cells] == ["", *names]
    for table, section in zip(tables[1:-1], view.sections, strict=True):
        assert [c.text for c in table.rows[0].cells] == names
        assert len(table.rows) == 1 + len(section.rows)
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert [s.label for s in view.sections] == [h for h in headings if h in {s.label for s in view.sections}]


def test_shared_text_is_one_merged_cell() -> None:
    document = _open(to_ladder_docx(ladder(fixture()), date=WHEN))
    rows = [r for t in document.tables for r in t.rows if r.cells[0].text.startswith("may be assigned to a")]
    [row] = rows
    assert len({id(c._tc) for c in row.cells}) == 1  # one cell spanning the three columns
    assert "Same at PT 2, PT 3" in row.cells[0].text


def test_same_date_same_bytes() -> None:
    result = ladder(fixture())
    assert to_ladder_docx(result, date=WHEN) == to_ladder_docx(result, date=WHEN)


def test_hostile_text_is_literal_text(tmp_path: Path) -> None:
    document = _open(to_ladder_docx(hostile_series(tmp_path), date=WHEN))
    text = "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    assert HOSTILE[0] in text and HOSTILE[1] in text


def test_cli_writes_docx_from_the_suffix(tmp_path: Path) -> None:
    out = tmp_path / "ladder.docx"
    result = CliRunner().invoke(main, ["ladder", str(DOCUMENTS / "permit-technician.txt"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert _open(out.read_bytes()).tables
    assert render_ladder_bytes(ladder(fixture()), fmt="text").decode("utf-8").startswith("Ladder: Permit Technician")
