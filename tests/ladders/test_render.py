"""The ladder's formats: JSON against its schema, golden text/Markdown/HTML of the fixture
series, and document text that stays text in HTML and Markdown."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import jsonschema
import pytest

from specdiff.errors import FormatError
from specdiff.ingest import read
from specdiff.ladders import ladder
from specdiff.ladders.model import Ladder
from specdiff.parsers import parse
from specdiff.renderers.ladder import LADDER_RENDERERS, render_ladder
from specdiff.renderers.ladder_view import QUALIFICATION_FACTS, build_ladder_view
from specdiff.schemas import load_schema

from ..renderers.golden import assert_golden
from .helpers import DOCUMENTS, fixture

HOSTILE = ("<script>window.__pwned=1</script>", '<img src=x onerror="window.__pwned=1">', "**bold** | pipe")


def test_json_follows_the_schema_and_round_trips() -> None:
    result = ladder(fixture())
    data = json.loads(render_ladder(result, fmt="json"))
    jsonschema.validate(data, load_schema("specdiff/ladder/v1"))
    assert Ladder.from_json(data) == result


def test_schema_refuses_a_scope_item_without_a_shift() -> None:
    data = ladder(fixture()).to_json()
    item = next(i for s in data["steps"] for i in s["items"] if i["kind"] == "scope")
    item["shifts"] = []
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, load_schema("specdiff/ladder/v1"))


@pytest.mark.parametrize(("fmt", "suffix"), [("text", "txt"), ("markdown", "md"), ("html", "html")])
def test_fixture_series_golden(fmt: str, suffix: str) -> None:
    assert_golden(f"ladder/permit-technician.{suffix}", render_ladder(ladder(fixture()), fmt=fmt))


def test_unknown_format_lists_the_valid_ones() -> None:
    with pytest.raises(FormatError, match="valid formats: text, json, markdown, html"):
        render_ladder(ladder(fixture()), fmt="pdf")
    assert set(LADDER_RENDERERS) == {"text", "json", "markdown", "html"}


def test_shared_text_is_one_cell_spanning_its_levels() -> None:
    view = build_ladder_view(ladder(fixture()))
    [dc] = [s for s in view.sections if s.kind == "distinguishing_characteristics"]
    [row] = [r for r in dc.rows if r.cells[0].refs and r.cells[0].refs[0].text.startswith("may be assigned to a")]
    assert [c.span for c in row.cells] == [3]
    assert row.cells[0].also_text == "Same at PT 2, PT 3"
    [duties] = [s for s in view.sections if s.kind == "duties"]
    [row] = [r for r in duties.rows if r.cells[0].refs and r.cells[0].refs[0].text.startswith("Enters application")]
    assert [c.span for c in row.cells] == [3] and row.cells[0].also_text == "Inherited by PT 2, PT 3"


def test_every_row_covers_every_level_once() -> None:
    view = build_ladder_view(ladder(fixture()))
    for section in view.sections:
        for row in section.rows:
            assert sum(c.span for c in row.cells) == len(view.levels)


def test_qualification_facts_come_from_one_list() -> None:
    view = build_ladder_view(ladder(fixture()))
    labels = {name for routes in view.qualifications for route in routes for name, _ in route.facts}
    assert labels <= {name for name, _ in QUALIFICATION_FACTS}
    assert view.qualifications[0][0].facts == (("Experience", "2 years: clerical experience"),)


def hostile_series(tmp_path: Path) -> Ladder:
    text = (DOCUMENTS / "permit-technician.txt").read_text(encoding="utf-8")
    text = text.replace("Trains new staff in permit procedures.", f"Trains new staff {HOSTILE[0]} {HOSTILE[1]}.")
    text = text.replace("Prepares monthly reports of permits issued.", f"Prepares {HOSTILE[2]} reports.")
    path = tmp_path / "hostile.txt"
    path.write_text(text, encoding="utf-8")
    return ladder(parse(read(path)))


def test_document_text_never_becomes_markup(tmp_path: Path) -> None:
    result = hostile_series(tmp_path)
    page = render_ladder(result, fmt="html")
    assert "<script" not in page and "<img" not in page and 'onerror="' not in page
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in page
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page)
    assert policy is not None
    assert "script-src 'none'" in html.unescape(policy.group(1)) and "default-src 'none'" in html.unescape(
        policy.group(1)
    )
    markdown = render_ladder(result, fmt="markdown")
    assert "<script" not in markdown and r"\*\*bold\*\* \| pipe" in markdown
