"""The Word redline on hand-made diffs: revisions, comments, headings, front matter, bytes."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import UTC, datetime

import docx
import pytest

from specdiff.errors import FormatError
from specdiff.model import Change, Diff
from specdiff.renderers.diff import BINARY_DIFF_RENDERERS, render_diff, render_diff_bytes
from specdiff.renderers.keychanges import key_changes
from specdiff.renderers.word import comment_lines, report_date, to_docx

from .fixtures import HOSTILE, every_op_diff, hostile_diff, large_diff
from .wordml import W, clauses, part, resolve, revision_tags

WHEN = datetime(2024, 6, 1, 12, 30, 0, tzinfo=UTC)


def _new_in_order(diff: Diff) -> list[tuple[int, str]]:
    refs = [(r.span.line if r.span else 0, k, r.text) for k, c in enumerate(diff.changes) for r in c.new]
    return [(k, " ".join(t.split())) for _, k, t in sorted(refs)]


def _old_in_order(diff: Diff, tracked_only: bool) -> list[tuple[int, str]]:
    refs = [
        (r.span.line if r.span else 0, k, r.text)
        for k, c in enumerate(diff.changes)
        for r in c.old
        if not tracked_only or c.substantive or c.op == "unchanged"
    ]
    return [(k, " ".join(t.split())) for _, k, t in sorted(refs)]


def _owned(data: bytes, accept: bool) -> list[tuple[int, str]]:
    out = []
    for p in clauses(data, accept):
        assert len(p.changes) == 1, p
        out.append((next(iter(p.changes)), p.text))
    return out


def test_accept_all_is_the_new_version_and_reject_all_the_old() -> None:
    diff = every_op_diff()
    data = to_docx(diff, date=WHEN)
    assert _owned(data, accept=True) == _new_in_order(diff)
    editorial = {k for k, c in enumerate(diff.changes) if not c.substantive and c.op != "unchanged"}
    rejected = [(k, t) for k, t in _owned(data, accept=False) if k not in editorial]
    assert rejected == _old_in_order(diff, tracked_only=True)


def test_with_editorial_included_reject_all_restores_every_old_clause() -> None:
    diff = every_op_diff()
    data = to_docx(diff, editorial="include", date=WHEN)
    assert _owned(data, accept=True) == _new_in_order(diff)
    assert _owned(data, accept=False) == _old_in_order(diff, tracked_only=False)


def test_every_kind_of_revision_is_written_and_moves_are_paired() -> None:
    data = to_docx(every_op_diff(), date=WHEN)
    tags = revision_tags(data)
    assert tags["ins"] and tags["del"] and tags["moveFrom"] and tags["moveTo"]
    body = part(data, "word/document.xml")
    froms = {e.get(W + "name") for e in body.iter(W + "moveFromRangeStart")}
    tos = {e.get(W + "name") for e in body.iter(W + "moveToRangeStart")}
    assert froms == tos and len(froms) == 1  # the substantive move; the editorial reorder stands
    ends = {e.get(W + "id") for e in body.iter(W + "moveFromRangeEnd")} | {
        e.get(W + "id") for e in body.iter(W + "moveToRangeEnd")
    }
    starts = {e.get(W + "id") for e in body.iter() if e.tag in (W + "moveFromRangeStart", W + "moveToRangeStart")}
    assert starts == ends
    deleted_runs = [r for d in body.iter(W + "del") for r in d.iter(W + "r")]
    assert deleted_runs and all(r.find(W + "t") is None for r in deleted_runs)  # w:delText only
    whole = [p for p in body.iter(W + "p") if p.find(f"{W}pPr/{W}rPr/{W}del") is not None]
    assert any("Operates the microfilm reader." in "".join(p.itertext()) for p in whole)


def test_every_revision_and_comment_is_by_specdiff_on_the_report_date() -> None:
    data = to_docx(every_op_diff(), date=WHEN)
    body, notes = part(data, "word/document.xml"), part(data, "word/comments.xml")
    tags = ("ins", "del", "moveFrom", "moveTo", "moveFromRangeStart", "moveToRangeStart")
    marked = [e for t in tags for e in body.iter(W + t)] + list(notes.iter(W + "comment"))
    assert marked
    assert {e.get(W + "author") for e in marked} == {"specdiff"}
    assert {e.get(W + "date") for e in marked} == {"2024-06-01T12:30:00Z"}
    ids = [e.get(W + "id") for t in (*tags, "bookmarkStart") for e in body.iter(W + t)]
    assert len(ids) == len(set(ids))
    assert not set(ids) & {e.get(W + "id") for e in body.iter(W + "commentRangeStart")}


def test_a_diff_without_changes_still_makes_a_document() -> None:
    diff = every_op_diff()
    data = to_docx(Diff(diff.old, diff.new), date=WHEN)
    document = docx.Document(io.BytesIO(data))
    assert "No substantive change." in [p.text for p in document.paragraphs]
    assert clauses(data, accept=True) == []


def test_a_comment_on_each_substantive_change_gives_its_reasons() -> None:
    diff = every_op_diff()
    data = to_docx(diff, date=WHEN)
    notes = ["\n".join(p.text for p in c.paragraphs) for c in docx.Document(io.BytesIO(data)).comments]
    substantive = [c for c in diff.changes if c.substantive]
    assert len(notes) == len(substantive)
    assert all(n.startswith("Substantive change") for n in notes)
    assert any("Number changed" in n for n in notes)
    assert any("Moved from Duties — Records Clerk 1 to Duties — Records Clerk 2" in n for n in notes)
    anchors = part(data, "word/document.xml").findall(f".//{W}commentRangeStart")
    assert len(anchors) == len(substantive)


def test_included_editorial_changes_carry_a_comment_saying_why() -> None:
    data = to_docx(every_op_diff(), editorial="include", date=WHEN)
    notes = ["\n".join(p.text for p in c.paragraphs) for c in docx.Document(io.BytesIO(data)).comments]
    editorial = [n for n in notes if n.startswith("Editorial")]
    assert len(editorial) == every_op_diff().summary["editorial"]
    assert all("changes no meaning" in n for n in editorial)
    assert any("apostrophes" in n for n in editorial) and any("capital letters" in n for n in editorial)


def test_comment_names_the_change_and_where_it_was_printed() -> None:
    change = next(c for c in every_op_diff().changes if c.id == "s4.1")
    lines = comment_lines(change)
    assert lines[0] == "Substantive change (modified, s4.1)"
    assert lines[1] == "Why: Reworded"
    assert lines[2] == "Old line 30 → new line 30"


def test_sections_and_titles_are_headings_for_the_navigation_pane() -> None:
    document = docx.Document(io.BytesIO(to_docx(every_op_diff(), date=WHEN)))
    headings = [(p.style.name, p.text) for p in document.paragraphs if p.style.name.startswith("Heading")]
    body = headings[headings.index(("Heading 1", "Records Clerk")) :]
    assert ("Heading 2", "Duties") in body and ("Heading 3", "Records Clerk 1") in body
    assert ("Heading 2", "Minimum qualifications") in body
    assert document.paragraphs[
        [p.text for p in document.paragraphs].index("Records Clerk")
    ].paragraph_format.page_break_before


def test_labelled_items_are_laid_out_as_list_items() -> None:
    document = docx.Document(io.BytesIO(to_docx(every_op_diff(), date=WHEN)))
    styles = {p.text: p.style.name for p in document.paragraphs}
    assert styles["Receives, sorts and indexes incoming records;"] == "Clause Item"
    assert styles["Work is performed under direct supervision."] == "Clause"


def test_front_matter_links_each_key_change_to_its_clause() -> None:
    diff = every_op_diff()
    data = to_docx(diff, date=WHEN)
    body = part(data, "word/document.xml")
    bookmarks = {e.get(W + "name") for e in body.iter(W + "bookmarkStart")}
    links = [e.get(W + "anchor") for e in body.iter(W + "hyperlink")]
    linked = [i.change for g in key_changes(diff) for i in g.items if i.change is not None]
    assert len(links) == len(linked) > 0, "each key change with a clause links to it, as in the HTML report"
    assert set(links) <= bookmarks
    document = docx.Document(io.BytesIO(data))
    tables = [[[c.text for c in row.cells] for row in t.rows] for t in document.tables]
    headers = [t[0] for t in tables]
    assert ["", "Key change", "Concerns"] in headers
    assert ["Title and route", "Fact", "Was", "Now", "In words"] in headers
    assert ["Field", "Title", "Was", "Now"] in headers
    sign_off = next(t for t in tables if t[0][1:] == ["Name and title", "Signature", "Date"])
    assert [row[0] for row in sign_off[1:]] == ["Prepared by", "Reviewed by", "Approved by"]
    grade = next(t for t in tables if t[0] == ["Field", "Title", "Was", "Now"])
    assert ["Grade", "Records Clerk 1", "6", "7"] in grade


def test_same_diff_same_bytes_and_source_date_epoch_sets_the_date(monkeypatch: pytest.MonkeyPatch) -> None:
    diff = every_op_diff()
    assert to_docx(diff, date=WHEN) == to_docx(diff, date=WHEN)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert report_date() == datetime(2023, 11, 14, 22, 13, 20, tzinfo=UTC)
    data = to_docx(diff)
    assert data == to_docx(diff)
    assert {e.get(W + "date") for e in part(data, "word/document.xml").iter(W + "ins")} == {"2023-11-14T22:13:20Z"}


def test_document_text_is_written_literally() -> None:
    data = to_docx(hostile_diff(), date=WHEN)
    texts = " ".join(p.text for p in resolve(data, accept=True))
    for text in HOSTILE:
        assert text in texts
    assert docx.Document(io.BytesIO(data)).core_properties.author == "specdiff"


def test_characters_xml_cannot_hold_are_dropped_not_fatal() -> None:
    diff = every_op_diff()
    first = diff.changes[0]
    bad = replace(first.new[0], text="Bell\x07 and tab\there")
    changed = Change(first.id, first.op, first.substantive, first.section, None, first.old, (bad,), first.reasons)
    data = to_docx(Diff(diff.old, diff.new, (changed, *diff.changes[1:])), date=WHEN)
    assert "Bell and tab here" in [p.text for p in clauses(data, accept=True)]


def test_paragraph_properties_keep_the_schema_order() -> None:
    body = part(to_docx(every_op_diff(), editorial="include", date=WHEN), "word/document.xml")
    for ppr in body.iter(W + "pPr"):
        tags = [c.tag for c in ppr]
        if W + "rPr" in tags:
            assert tags.index(W + "rPr") == len([t for t in tags if t not in (W + "sectPr", W + "pPrChange")]) - 1
    for rpr in body.iter(W + "rPr"):
        revisions = [i for i, c in enumerate(rpr) if c.tag in (W + "ins", W + "del", W + "moveFrom", W + "moveTo")]
        assert revisions == list(range(len(revisions)))


def test_registry_and_bytes_renderer() -> None:
    diff = every_op_diff()
    assert "docx" in BINARY_DIFF_RENDERERS
    assert render_diff_bytes(diff, fmt="docx")[:2] == b"PK"
    assert render_diff_bytes(diff, fmt="markdown") == render_diff(diff, fmt="markdown").encode("utf-8")
    with pytest.raises(FormatError, match="binary"):
        render_diff(diff, fmt="docx")


def test_a_large_diff_renders() -> None:
    data = to_docx(large_diff(pages=20), date=WHEN)
    assert len(clauses(data, accept=True)) == 20 * 12
