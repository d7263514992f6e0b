"""HTML headings are headings whatever their shape, and the content's title comes first."""

from __future__ import annotations

from specdiff.ingest import read
from specdiff.parsers import parse

PAGE = b"""<!doctype html><html><head><title>Sample analyst - Some Site</title></head><body>
<nav><ul><li><a href="/a">Other job</a></li><li><a href="/b">Another job</a></li></ul></nav>
<main>
<blockquote><p>These are exciting times here, and this lead-in is printed above the title.</p></blockquote>
<h1>Sample analyst</h1>
<h2>You will</h2>
<ul><li><p>Analyse the samples that come in every day</p></li><li><p>Write up what was found</p></li></ul>
<h2>You'll have</h2>
<ul><li><p>Experience of analysing samples in a laboratory</p></li></ul>
</main>
<footer><a href="/privacy">Privacy</a></footer>
</body></html>"""


def test_content_title_leads_and_headings_are_marked() -> None:
    raw = read(PAGE, name="page.html")
    texts = [ln.text for ln in raw.lines if ln.text]
    assert texts[0] == "Sample analyst"
    assert texts[1].startswith("These are exciting times")
    assert {ln.text: ln.heading for ln in raw.lines if ln.heading} == {
        "Sample analyst": 1,
        "You will": 2,
        "You'll have": 2,
    }
    assert "Other job" not in texts and "Privacy" not in texts


def test_marked_headings_open_sections_whatever_their_shape() -> None:
    doc = parse(read(PAGE, name="page.html"))
    assert [t.title for t in doc.titles] == ["Sample analyst"]
    headings = [s.heading for s in doc.sections]
    assert "You will" in headings and "You'll have" in headings
    clauses = [c.text for _, c in doc.clauses()]
    assert "You will" not in clauses and "You'll have" not in clauses
