"""The change report as a Word redline: the new version with every substantive change tracked.

What a commission receives: a first page saying which documents were compared, the key changes
(each linked to its place), what the requirements now say, the header changes and a sign-off
table; then the new version's text, its sections and level groups as Word headings (so the
navigation pane works), with real revisions authored "specdiff": ``w:ins``/``w:del`` for words,
inserted and deleted paragraphs for whole clauses, ``w:moveFrom``/``w:moveTo`` for moves, and a
comment on each substantive change giving the diff's reasons. Accept all and it is the new
version; reject all and it is the old one (editorial changes stand in their new form unless
``editorial="include"`` tracks them too, each with a comment saying why it is editorial).

Built with python-docx for the document and styles, and lxml for the revision markup python-docx
does not write (``word_xml.py``); the plan of paragraphs and marks is ``word_plan.py``, the front
matter ``word_front.py``. No Word or LibreOffice is needed to write it. The date on every
revision and comment is the report's: ``SOURCE_DATE_EPOCH`` when set, so the same diff gives
the same bytes (the zip entries carry that date too).
"""

from __future__ import annotations

import io
import os
import zipfile
from datetime import UTC, datetime
from typing import Any

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor

from ..model import Change, Diff
from .report import document_side, series_title, where
from .word_front import (
    FRONT_TABLES,
    Cell,
    FrontTable,
    bookmark_name,
    documents_table,
    how_to_read,
    key_changes,
    sign_off_table,
    summary_sentence,
)
from .word_plan import FROM, TO, Block, Heading, Para, Piece, layout
from .word_xml import (
    AUTHOR,
    Marker,
    after_properties,
    comment_anchor,
    field,
    fill,
    hyperlink,
    keep_together,
    line_break,
    repeat_header,
    run,
    table_look,
)
from .word_xml import shade as shade_cell
from .wording import one_line, sentences

FONT = "Arial"  # on every Windows and Mac; LibreOffice lays it out with the metric-compatible Liberation Sans
INK, ACCENT = RGBColor(0x1A, 0x1A, 0x1A), RGBColor(0x1F, 0x3A, 0x5F)
MUTED, RULE, HEADER_FILL = "5A6470", "B8C2CE", "E8EDF3"
TABLE_TEXT = 9.0


def report_date() -> datetime:
    """Now, or ``SOURCE_DATE_EPOCH`` when set, so a redline can be rebuilt byte for byte."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    if epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), UTC)
    return datetime.now(UTC).replace(microsecond=0)


def _plain_font(style: Any, size: float, bold: bool = False, color: RGBColor = INK) -> None:
    """One font for a style, with the theme fonts of python-docx's template taken off (a theme
    font would win over the named one in Word)."""
    style.font.name = FONT
    style.font.size = Pt(size)
    style.font.bold = bold
    style.font.italic = False
    style.font.color.rgb = color
    rfonts = style.element.rPr.find(qn("w:rFonts"))
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        rfonts.attrib.pop(qn(attr), None)
    rfonts.set(qn("w:cs"), FONT)


def _styles(document: Any) -> None:
    styles = document.styles
    _plain_font(styles["Normal"], 10)
    styles["Normal"].paragraph_format.space_after = Pt(4)
    for name, size, before in (("Heading 1", 14, 14), ("Heading 2", 12, 12), ("Heading 3", 10.5, 8)):
        style = styles[name]
        _plain_font(style, size, bold=True, color=ACCENT)
        style.paragraph_format.space_before = Pt(before)
        style.paragraph_format.space_after = Pt(4)
        style.paragraph_format.keep_with_next = True
    _plain_font(styles["Title"], 20, bold=True, color=ACCENT)
    _plain_font(styles["Subtitle"], 11, color=RGBColor.from_string(MUTED))
    clause = styles.add_style("Clause", 1)
    clause.base_style = styles["Normal"]
    clause.paragraph_format.space_after = Pt(6)
    item = styles.add_style("Clause Item", 1)
    item.base_style = clause
    item.paragraph_format.left_indent = Inches(0.35)
    item.paragraph_format.first_line_indent = Inches(-0.35)
    note = styles.add_style("Note", 1)
    note.base_style = styles["Normal"]
    note.font.size = Pt(9)
    note.font.color.rgb = RGBColor.from_string(MUTED)


def _page(document: Any, diff: Diff) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = Inches(8.5), Inches(11)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Inches(1))
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.style = document.styles["Note"]
    p = footer._p
    p.append(run(f"Redline of {series_title(diff.new)} \u00b7 specdiff \u00b7 page "))
    field(p, "PAGE", "1")
    p.append(run(" of "))
    field(p, "NUMPAGES", "1")


def _cell_text(cell: Any, value: Cell, *, bold: bool = False) -> None:
    p = cell.paragraphs[0]
    p.paragraph_format.space_after = Pt(0)
    if value.link:
        hyperlink(p._p, value.link, value.text, size=TABLE_TEXT)
    elif value.text:
        p._p.append(run(value.text, bold=bold, size=TABLE_TEXT))
    if value.note:
        p._p.append(line_break())
        p._p.append(run(value.note, size=TABLE_TEXT - 1, color=MUTED))


def _table(document: Any, table: FrontTable) -> None:
    if table.heading:
        document.add_heading(table.heading, 1)
    if table.intro:
        document.add_paragraph(table.intro, style="Note")
    grid = document.add_table(rows=1 + len(table.rows), cols=len(table.header))
    grid.style = document.styles["Table Grid"]
    grid.autofit = False
    table_look(grid._tbl, RULE, (45, 90))
    for k, width in enumerate(table.widths):
        grid.columns[k].width = Inches(width)
        for cell in grid.columns[k].cells:
            cell.width = Inches(width)
    header = grid.rows[0]
    repeat_header(header._tr)
    for cell, text in zip(header.cells, table.header, strict=True):
        _cell_text(cell, Cell(text), bold=True)
        shade_cell(cell._tc, HEADER_FILL)
    for row, cells in zip(grid.rows[1:], table.rows, strict=True):
        keep_together(row._tr)
        for cell, value in zip(row.cells, cells, strict=True):
            _cell_text(cell, value)
    if table.grouped:
        top = None
        for row, cells in zip(grid.rows[1:], table.rows, strict=True):
            top = row.cells[0] if cells[0].text or top is None else top.merge(row.cells[0])
    if table.row_height:
        for row in grid.rows[1:]:
            row.height = Inches(table.row_height)
    document.add_paragraph(style="Note")


def _front(document: Any, diff: Diff, editorial: str, blocks: list[Block], when: datetime) -> None:
    """Which documents, the figures and how to read the redline, then the tables: header and
    requirement changes first (short, and what a commission asks first), the key changes, and
    the sign-off last."""
    old, new = document_side("Old", diff.old), document_side("New", diff.new)
    document.add_paragraph(f"Redline: {new.series}", style="Title")
    document.add_paragraph(f"{old.file} ({old.status}, {old.date}) \u2192 {new.file} ({new.status}, {new.date})",
                           style="Subtitle")  # fmt: skip
    document.add_paragraph(f"Prepared by specdiff on {when:%Y-%m-%d}. {summary_sentence(diff)}", style="Note")
    document.add_paragraph(how_to_read(diff, editorial), style="Note")
    _table(document, documents_table(diff))
    for build in FRONT_TABLES:
        table = build(diff)
        if table is not None:
            _table(document, table)
    key = key_changes(diff, blocks)
    if key is not None:
        _table(document, key)
    else:
        document.add_heading("Key changes", 1)
        document.add_paragraph("No substantive change.", style="Note")
    _table(document, sign_off_table(diff))


_OP_PHRASES = {
    "split": "one clause printed as {new}",
    "merged": "{old} clauses printed as one",
    "unchanged": "item label renumbered",
    "moved": "reordered",
}


def comment_lines(change: Change) -> list[str]:
    """What the comment on a tracked change says: its kind, the diff's reasons, where it was."""
    kind = "Substantive" if change.substantive else "Editorial"
    reasons = one_line(sentences(change)) or _OP_PHRASES.get(change.op, change.op).format(
        old=len(change.old), new=len(change.new)
    )
    lines = [f"{kind} change ({change.op}, {change.id})"]
    lines.append(f"Why: {reasons}" if change.substantive else f"Editorial, it changes no meaning: {reasons}")
    old = "; ".join(where(r) for r in change.old if where(r))
    new = "; ".join(where(r) for r in change.new if where(r))
    places = " \u2192 ".join(p for p in (f"old {old}" if old else "", f"new {new}" if new else "") if p)
    if places:
        lines.append(places.capitalize())
    return lines


def _block(document: Any, block: Block, marker: Marker) -> None:
    ps = []
    for para in block.paras:
        paragraph = document.add_paragraph(style="Clause Item" if para.listed else "Clause")
        fill(paragraph._p, para, marker)
        ps.append(paragraph._p)
    if not ps:
        return
    first, last = ps[0], ps[-1]
    if block.commented:
        comment = document.comments.add_comment("\n".join(comment_lines(block.change)), author=AUTHOR, initials="sd")
        comment_anchor(first, last, comment.comment_id)
    side = FROM if block.role == "source" else TO if any(p.mark == TO for p in block.paras) else None
    if side is not None:
        start, end = marker.move_range(side, f"move{block.index}")
        after_properties(first, start)
        last.append(end)
    start, end = marker.bookmark(bookmark_name(block.index, block.role))
    after_properties(first, start)
    last.append(end)


def _body(document: Any, diff: Diff, entries: list[Heading | Block], marker: Marker) -> None:
    title = document.add_heading(series_title(diff.new), 1)
    title.paragraph_format.page_break_before = True
    old, new = document_side("Old", diff.old), document_side("New", diff.new)
    document.add_paragraph(
        f"The text of {new.file}, with the changes from {old.file} tracked (Review \u25b8 Track Changes).",
        style="Note",
    )
    for entry in entries:
        if isinstance(entry, Heading):
            heading = document.add_paragraph(style=f"Heading {entry.level}")
            fill(heading._p, Para((Piece(entry.mark, entry.text),), entry.mark), marker)
        else:
            _block(document, entry, marker)


def _finish(document: Any, diff: Diff, when: datetime) -> None:
    """Dates and settings python-docx would otherwise take from the clock or leave off."""
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    if document.comments is not None and len(document.comments):
        for comment in document.comments:
            comment._comment_elm.set(qn("w:date"), stamp)
    settings = document.settings.element
    if settings.find(qn("w:trackRevisions")) is None:
        # later edits by a reviewer are tracked too; the schema puts it after w:proofState
        anchor = settings.find(qn("w:proofState"))
        if anchor is None:
            anchor = settings.find(qn("w:zoom"))
        track = OxmlElement("w:trackRevisions")
        if anchor is None:
            settings.insert(0, track)
        else:
            anchor.addnext(track)
    package = document.part.package
    for rid, rel in list(package.rels.items()):
        if rel.reltype == RT.THUMBNAIL:  # the template's picture of an empty page
            package.rels.pop(rid)
    props = document.core_properties
    props.author = props.last_modified_by = AUTHOR
    props.title = f"Redline: {series_title(diff.new)}"
    props.subject = "Tracked changes between two versions of a classification standard"
    props.created = props.modified = when.replace(tzinfo=None)
    props.revision = 1


def _zip_time(when: datetime) -> tuple[int, int, int, int, int, int]:
    if when.year < 1980:  # the earliest date a zip entry can hold
        return (1980, 1, 1, 0, 0, 0)
    return (when.year, when.month, when.day, when.hour, when.minute, when.second)


def _save(document: Any, when: datetime) -> bytes:
    """The package as bytes, its zip entries stamped with the report's date, not the clock's."""
    raw = io.BytesIO()
    document.save(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=_zip_time(when))
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            dst.writestr(entry, src.read(info.filename))
    return out.getvalue()


def to_docx(diff: Diff, *, editorial: str = "exclude", date: datetime | None = None) -> bytes:
    """Render a diff as a .docx redline; ``editorial="include"`` tracks editorial changes too."""
    when = date if date is not None else report_date()
    entries = layout(diff, editorial)
    blocks = [e for e in entries if isinstance(e, Block)]
    document = docx.Document()
    _styles(document)
    _page(document, diff)
    marker = Marker(when, first_id=len(blocks))  # at most one comment per block
    _front(document, diff, editorial, blocks, when)
    _body(document, diff, entries, marker)
    _finish(document, diff, when)
    return _save(document, when)


__all__ = ["comment_lines", "report_date", "to_docx"]
