"""WordprocessingML for tracked changes, which python-docx does not write: ``w:ins``/``w:del``
around runs, inserted or deleted paragraph marks, ``w:moveFrom``/``w:moveTo`` with their move
ranges, bookmarks and comment anchors.

Element order follows the ECMA-376 schema (Word refuses a file whose ``w:pPr`` children are out
of order): a paragraph mark's revision goes first in the ``w:rPr`` that closes ``w:pPr``, and
text inside a deletion is ``w:delText``. Every revision carries the same author and date, and ids
are handed out in document order, so the same diff gives the same XML.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from .word_plan import DEL, FROM, INS, TEXT, TO, Para

AUTHOR = "specdiff"

_WRAPPER = {INS: "w:ins", DEL: "w:del", FROM: "w:moveFrom", TO: "w:moveTo"}
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_PPR_AFTER_RPR = ("w:sectPr", "w:pPrChange")

Element = Any  # an lxml element of python-docx's oxml classes


def xml_text(text: str) -> str:
    """Document text as XML can hold it: control characters dropped, tabs and line breaks read
    as the spaces they stand for (a clause is one paragraph)."""
    return _NOT_XML.sub("", text).replace("\t", " ").replace("\r", " ").replace("\n", " ")


def stamp(when: datetime) -> str:
    """The ``w:date`` form Word writes (UTC, whole seconds)."""
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")


class Marker:
    """Hands out the ids of revisions, move ranges and bookmarks, one sequence for all of them
    starting above ``first_id`` (python-docx numbers comments from 0, so no annotation shares an
    id), and stamps each revision with author and date."""

    def __init__(self, when: datetime, first_id: int = 0) -> None:
        self.date = stamp(when)
        self._next = first_id

    def _id(self) -> str:
        self._next += 1
        return str(self._next)

    def revision(self, tag: str) -> Element:
        element = OxmlElement(tag)
        element.set(qn("w:id"), self._id())
        element.set(qn("w:author"), AUTHOR)
        element.set(qn("w:date"), self.date)
        return element

    def bookmark(self, name: str) -> tuple[Element, Element]:
        start, end = OxmlElement("w:bookmarkStart"), OxmlElement("w:bookmarkEnd")
        start.set(qn("w:id"), self._id())
        start.set(qn("w:name"), name)
        end.set(qn("w:id"), start.get(qn("w:id")))
        return start, end

    def move_range(self, kind: str, name: str) -> tuple[Element, Element]:
        """The range markers around one side of a move; both sides share ``name``."""
        tag = "w:moveFromRange" if kind == FROM else "w:moveToRange"
        start = self.revision(tag + "Start")
        start.set(qn("w:name"), name)
        end = OxmlElement(tag + "End")
        end.set(qn("w:id"), start.get(qn("w:id")))
        return start, end


def run(
    text: str,
    *,
    deleted: bool = False,
    bold: bool = False,
    strike: bool = False,
    size: float | None = None,
    color: str | None = None,
) -> Element:
    r = OxmlElement("w:r")
    if bold or strike or size or color:
        rpr = OxmlElement("w:rPr")
        if bold:
            rpr.append(OxmlElement("w:b"))
        if strike:
            rpr.append(OxmlElement("w:strike"))
        if color:
            tint = OxmlElement("w:color")
            tint.set(qn("w:val"), color)
            rpr.append(tint)
        if size:
            sz = OxmlElement("w:sz")
            sz.set(qn("w:val"), str(round(size * 2)))
            rpr.append(sz)
        r.append(rpr)
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = xml_text(text)
    r.append(t)
    return r


def piece(kind: str, text: str, marker: Marker) -> Element:
    """One piece of a clause: a plain run, or a run inside its revision wrapper."""
    if kind == TEXT:
        return run(text)
    wrapper = marker.revision(_WRAPPER[kind])
    wrapper.append(run(text, deleted=kind == DEL))
    return wrapper


def mark_paragraph(p: Element, kind: str, marker: Marker) -> None:
    """Track the paragraph mark itself: inserted, deleted or moved (``w:pPr/w:rPr``)."""
    if kind == TEXT:
        return
    ppr = p.get_or_add_pPr()
    rpr = ppr.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        anchor = next((c for c in ppr if c.tag in {qn(t) for t in _PPR_AFTER_RPR}), None)
        if anchor is None:
            ppr.append(rpr)
        else:
            anchor.addprevious(rpr)
    rpr.insert(0, marker.revision(_WRAPPER[kind]))


def fill(p: Element, para: Para, marker: Marker) -> None:
    """Write a planned paragraph's pieces and mark into an empty ``w:p``."""
    mark_paragraph(p, para.mark, marker)
    for part in para.pieces:
        if part.text:
            p.append(piece(part.kind, part.text, marker))


def after_properties(p: Element, element: Element) -> None:
    """Put ``element`` first in the paragraph's content (after ``w:pPr``)."""
    ppr = p.find(qn("w:pPr"))
    if ppr is None:
        p.insert(0, element)
    else:
        ppr.addnext(element)


def comment_anchor(first: Element, last: Element, comment_id: int) -> None:
    """Anchor comment ``comment_id`` from the start of ``first`` to the end of ``last``."""
    start, end = OxmlElement("w:commentRangeStart"), OxmlElement("w:commentRangeEnd")
    start.set(qn("w:id"), str(comment_id))
    end.set(qn("w:id"), str(comment_id))
    after_properties(first, start)
    last.append(end)
    reference = OxmlElement("w:r")
    ref = OxmlElement("w:commentReference")
    ref.set(qn("w:id"), str(comment_id))
    reference.append(ref)
    last.append(reference)


def hyperlink(p: Element, anchor: str, text: str, size: float | None = None) -> None:
    """A link to a bookmark in this document, styled as links are (blue, underlined)."""
    link = OxmlElement("w:hyperlink")
    link.set(qn("w:anchor"), anchor)
    link.set(qn("w:history"), "1")
    r = run(text, size=size)
    rpr = r.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        r.insert(0, rpr)
    color = OxmlElement("w:color")
    color.set(qn("w:val"), "1F4E9A")
    sz = rpr.find(qn("w:sz"))
    if sz is None:
        rpr.append(color)
    else:
        sz.addprevious(color)
    underline = OxmlElement("w:u")
    underline.set(qn("w:val"), "single")
    rpr.append(underline)
    link.append(r)
    p.append(link)


def field(p: Element, instruction: str, shown: str) -> None:
    """A simple field (``PAGE``, ``NUMPAGES``) with the text shown until Word updates it."""
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instruction)
    fld.append(run(shown))
    p.append(fld)


def shade(cell: Element, fill_hex: str) -> None:
    """Background colour of a table cell (``w:tcPr/w:shd``)."""
    tcpr = cell.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill_hex)
    tcpr.append(shd)


def table_look(tbl: Element, border: str, pad_twips: tuple[int, int]) -> None:
    """Thin borders in ``border`` colour and cell padding (vertical, horizontal) on a table,
    placed where the schema wants them in ``w:tblPr`` (before ``w:tblLayout`` / ``w:tblLook``)."""
    tblpr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:val"), "single")
        edge.set(qn("w:sz"), "4")
        edge.set(qn("w:space"), "0")
        edge.set(qn("w:color"), border)
        borders.append(edge)
    margins = OxmlElement("w:tblCellMar")
    for side, width in (
        ("top", pad_twips[0]),
        ("left", pad_twips[1]),
        ("bottom", pad_twips[0]),
        ("right", pad_twips[1]),
    ):
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:w"), str(width))
        edge.set(qn("w:type"), "dxa")
        margins.append(edge)
    layout, look = tblpr.find(qn("w:tblLayout")), tblpr.find(qn("w:tblLook"))
    follower = layout if layout is not None else look
    if follower is None:
        tblpr.append(borders)
    else:
        follower.addprevious(borders)
    if look is None:
        tblpr.append(margins)
    else:
        look.addprevious(margins)


def line_break() -> Element:
    r = OxmlElement("w:r")
    r.append(OxmlElement("w:br"))
    return r


def keep_together(row: Element) -> None:
    """A table row is not split across two pages."""
    row.get_or_add_trPr().append(OxmlElement("w:cantSplit"))


def repeat_header(row: Element) -> None:
    """Repeat a table's first row at the top of each page it runs onto."""
    trpr = row.get_or_add_trPr()
    trpr.append(OxmlElement("w:tblHeader"))


__all__ = [
    "AUTHOR",
    "Marker",
    "after_properties",
    "comment_anchor",
    "field",
    "fill",
    "hyperlink",
    "keep_together",
    "line_break",
    "mark_paragraph",
    "piece",
    "repeat_header",
    "run",
    "shade",
    "stamp",
    "table_look",
    "xml_text",
]
