"""A ladder as a Word document, for a commission or an appeal file: the same view as the HTML page.

Landscape pages; the levels table first, then one table per section with a column per level, a
clause the levels share or inherit one merged cell across their columns. Words are shown the
Ramseyer way as formatting (removed words struck through in brackets, new words underlined and
italic), not as tracked revisions: a ladder compares two titles, it is not an edit of one, and
"accept all" would mean nothing. Styles, fonts and byte-stable saving are the Word redline's
(:mod:`specdiff.renderers.word`): the same ladder and ``SOURCE_DATE_EPOCH`` give the same bytes.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import docx
from docx.enum.section import WD_ORIENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.shared import Inches, Pt, RGBColor

from ..ladders.model import Ladder
from .ladder_view import ARROWS, DIRECTION_LABELS, Cell, LadderView, build_ladder_view
from .report import own_label
from .word import MUTED, RULE, _save, _styles, report_date
from .word_xml import repeat_header, shade, table_look

DEL_RGB, INS_RGB = RGBColor(0x8A, 0x10, 0x10), RGBColor(0x0A, 0x5A, 0x1F)
FILLS = {"only_new": "EEF6F0", "scope": "FFF4E5", "inheritance": "EEF1F6", "empty": "F4F4F4"}
TEXT_WIDTH = 9.0  # inches of a landscape Letter page inside its margins
LABEL_WIDTH = 1.6


def _run(paragraph: Any, text: str, *, bold: bool = False, italic: bool = False, size: float | None = None,
         color: RGBColor | None = None, strike: bool = False, underline: bool = False) -> None:  # fmt: skip
    run = paragraph.add_run(text)
    run.bold, run.italic, run.font.strike, run.underline = bold, italic, strike, underline
    if size:
        run.font.size = Pt(size)
    if color is not None:
        run.font.color.rgb = color


def _note(cell: Any, text: str, italic: bool = False) -> None:
    paragraph = cell.add_paragraph(style="Note")
    _run(paragraph, text, italic=italic)


def _badge(cell: Cell) -> str:
    if cell.kind == "scope" and cell.item is not None and cell.item.direction:
        return f"{ARROWS[cell.item.direction]} {DIRECTION_LABELS[cell.item.direction]}".upper()
    return cell.label.upper()


def _fill_cell(target: Any, cell: Cell) -> None:
    """One ladder cell: its label, its text (with the word diff against the column before), the
    scope shifts, the engine's reasons, and which other levels it stands for."""
    paragraph = target.paragraphs[0]
    if cell.kind == "empty":
        _run(paragraph, "not printed here", italic=True, size=8, color=RGBColor.from_string(MUTED))
        shade(target._tc, FILLS["empty"])
        return
    if cell.kind in FILLS:
        shade(target._tc, FILLS[cell.kind])
    if cell.label:
        _run(paragraph, _badge(cell), bold=True, size=7.5, color=RGBColor.from_string(MUTED))
        paragraph = target.add_paragraph()
    if cell.inline:
        for op in cell.inline:
            if op.op == "delete":
                _run(paragraph, f"[{op.text}]", strike=True, color=DEL_RGB)
            elif op.op == "insert":
                _run(paragraph, op.text, underline=True, italic=True, color=INS_RGB)
            else:
                _run(paragraph, op.text)
    else:
        for k, ref in enumerate(cell.refs):
            if k:
                paragraph = target.add_paragraph()
            label = own_label(ref)
            _run(paragraph, f"{label} {ref.text}" if label else ref.text)
    for shift in cell.shifts:
        _note(target, f"{shift.arrow} {shift.direction}: {shift.scale}: “{shift.old}” → “{shift.new}”")
    for note in cell.notes:
        _note(target, note)
    if cell.also:
        _note(target, cell.also_text, italic=True)


def _table(document: Any, columns: int, widths: list[float], header: list[str]) -> Any:
    table = document.add_table(rows=1, cols=columns)
    table.autofit = False
    table_look(table._tbl, RULE, (40, 80))
    for k, name in enumerate(header):
        cell = table.rows[0].cells[k]
        cell.width = Inches(widths[k])
        _run(cell.paragraphs[0], name, bold=True)
        shade(cell._tc, "E8EDF3")
    repeat_header(table.rows[0]._tr)
    return table


def _levels(document: Any, view: LadderView) -> None:
    n = len(view.levels)
    widths = [LABEL_WIDTH] + [(TEXT_WIDTH - LABEL_WIDTH) / n] * n
    table = _table(document, n + 1, widths, ["", *(lv.short for lv in view.levels)])
    rows = (
        ("Title", [lv.name for lv in view.levels]),
        ("Code, grade", [(lv.code or "no code") + (f", grade {lv.grade}" if lv.grade else "") for lv in view.levels]),
        ("Level", ["; ".join(lv.level) or "not stated" for lv in view.levels]),
        ("Supervision received", ["\n".join(lv.received) or "not stated" for lv in view.levels]),
        ("Supervision exercised", ["\n".join(lv.exercised) or "not stated" for lv in view.levels]),
        (
            "Scope against the one before",
            ["\n".join(f"{s.arrow} {s.direction}: {s.scale}: “{s.old}” → “{s.new}”" for s in lv.scope) or "—"
             for lv in view.levels],
        ),
    )  # fmt: skip
    for label, values in rows:
        cells = table.add_row().cells
        _run(cells[0].paragraphs[0], label, bold=True)
        for k, value in enumerate(values):
            cells[k + 1].width = Inches(widths[k + 1])
            _run(cells[k + 1].paragraphs[0], value)
    for step in view.steps:
        counts = step.counts
        line = (
            f"{step.new} against {step.old}: {counts['scope']} same duty with a different scope, "
            f"{counts['reworded']} reworded, {counts['only_new']} only at {step.new}, {counts['only_old']} only at "
            f"{step.old}, {counts['inherited']} inherited, {counts['shared']} shared."
        )
        document.add_paragraph(line + "".join(f" Inherits: “{t}”" for t in step.inheritances), style="List Bullet")


def _sections(document: Any, view: LadderView) -> None:
    n = len(view.levels)
    width = TEXT_WIDTH / n
    for section in view.sections:
        document.add_heading(section.label, level=1)
        table = _table(document, n, [width] * n, [lv.short for lv in view.levels])
        for row in section.rows:
            cells = table.add_row().cells
            at = 0
            for cell in row.cells:
                target = cells[at]
                if cell.span > 1:
                    target = target.merge(cells[at + cell.span - 1])
                target.width = Inches(width * cell.span)
                _fill_cell(target, cell)
                at += cell.span


def _rest(document: Any, view: LadderView) -> None:
    n = len(view.levels)
    document.add_heading("Minimum qualifications: facts per level", level=1)
    table = _table(document, n, [TEXT_WIDTH / n] * n, [lv.short for lv in view.levels])
    cells = table.add_row().cells
    for k, routes in enumerate(view.qualifications):
        paragraph = cells[k].paragraphs[0]
        if not routes:
            _run(paragraph, "No requirement facts were read.", italic=True)
        for m, route in enumerate(routes):
            if m:
                paragraph = cells[k].add_paragraph()
            _run(paragraph, route.label, bold=True)
            for name, value in route.facts:
                _run(cells[k].add_paragraph(), f"{name}: {value}")
    if view.shared:
        document.add_heading("Printed once for every level", level=1)
        for heading, refs in view.shared:
            document.add_heading(heading, level=2)
            for ref in refs:
                document.add_paragraph(ref.text, style="Clause")
    document.add_heading("Scope vocabulary", level=1)
    for _, label, rungs in view.scales:
        document.add_paragraph(f"{label}: " + " < ".join(r for _, r in rungs), style="List Bullet")
    if view.warnings:
        document.add_heading("Warnings", level=1)
        for warning in view.warnings:
            document.add_paragraph(warning, style="List Bullet")


def to_ladder_docx(ladder: Ladder, *, date: datetime | None = None) -> bytes:
    """The ladder (or two titles compared) as a .docx file's bytes."""
    when = date or report_date()
    view = build_ladder_view(ladder)
    what = "Ladder" if ladder.comparison == "ladder" else "Titles compared"
    document = docx.Document()
    _styles(document)
    page = document.sections[0]
    page.orientation = WD_ORIENT.LANDSCAPE
    page.page_width, page.page_height = Inches(11), Inches(8.5)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(page, side, Inches(1.0))
    document.add_paragraph(f"{what}: {view.heading}", style="Title")
    document.add_paragraph("Read from " + " and ".join(view.files) + ". Removed words are struck through in "
                           "brackets, new words underlined; a cell across several columns is one clause they "
                           "share or inherit.", style="Subtitle")  # fmt: skip
    document.add_heading("Levels" if ladder.comparison == "ladder" else "Titles", level=1)
    _levels(document, view)
    _sections(document, view)
    _rest(document, view)
    package = document.part.package
    for rid, rel in list(package.rels.items()):
        if rel.reltype == RT.THUMBNAIL:  # the template's picture of an empty page
            package.rels.pop(rid)
    core = document.core_properties
    core.author = core.last_modified_by = "specdiff"
    core.title = f"{what}: {view.heading}"
    core.created = core.modified = when.replace(tzinfo=None)
    core.revision = 1
    return _save(document, when)


__all__ = ["to_ladder_docx"]
