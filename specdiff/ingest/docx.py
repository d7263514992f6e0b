"""DOCX to lines: paragraphs with their list numbers and bullets, tables row by row.

python-docx does not compute list numbers (Word does that when it lays out the page), so the
counters are kept here from the numbering definitions: a reviewer compares "3." with "3.".
"""

from __future__ import annotations

import zipfile
from io import BytesIO
from typing import Any

from ..errors import InputError
from ..limits import LIST_NUMBER
from .bounds import check_text_size, check_zip_size
from .tidy import collapse_spaces

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MAX_LEVEL = 8  # Word's list levels are 0-8


def read_docx(data: bytes, name: str) -> tuple[list[list[str]], list[str]]:
    """One page of lines (DOCX has no fixed pages); raises InputError for a corrupt file."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    check_zip_size(data, name)
    try:
        document = docx.Document(BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise InputError(f"cannot read {name}: the DOCX file is corrupt ({type(exc).__name__})") from exc
    except Exception as exc:  # lxml and zipfile raise several types for damaged parts
        raise InputError(f"cannot read {name}: the DOCX file is corrupt ({type(exc).__name__})") from exc
    body = document.element.find(f"{_W}body")
    if document.element.tag != f"{_W}document" or body is None:
        raise InputError(f"cannot read {name}: the DOCX file has no document body (it is not a Word document)")
    numbering = _Numbering(document, name)
    lines: list[str] = []
    for block in body.iterchildren():
        if block.tag == f"{_W}p":
            lines.extend(_paragraph_lines(block, numbering))
            lines.append("")
        elif block.tag == f"{_W}tbl":
            lines.extend(_table_lines(block, numbering))
            lines.append("")
    check_text_size(name, sum(map(len, lines)))
    return [lines], numbering.warnings


def _paragraph_text(p: Any) -> str:
    parts: list[str] = []
    for node in p.iter():
        if node.tag == f"{_W}t" and node.text:
            parts.append(node.text)
        elif node.tag == f"{_W}tab":
            parts.append("\t")
        elif node.tag in (f"{_W}br", f"{_W}cr"):
            parts.append("\n")
    return "".join(parts)


def _paragraph_lines(p: Any, numbering: _Numbering) -> list[str]:
    text = _paragraph_text(p)
    if not text.strip():
        return []
    prefix = numbering.label(p)
    lines = [collapse_spaces(line) for line in text.split("\n")]
    if prefix:
        lines[0] = f"{prefix} {lines[0].lstrip()}"
    return lines


def _table_lines(tbl: Any, numbering: _Numbering) -> list[str]:
    """Each row as one line of its cells joined by " | ", unless a cell holds several lines, in
    which case the cells are read one after another (a form laid out as a table). A row is a
    block, followed by a blank line, as the PDF reader reads the same table from its rules."""
    out: list[str] = []
    for row in tbl.iterchildren(f"{_W}tr"):
        cells = [_cell_blocks(cell, numbering) for cell in row.iterchildren(f"{_W}tc")]
        if all(len(c) <= 1 and all(len(block) == 1 for block in c) for c in cells):
            joined = " | ".join(c[0][0] for c in cells if c)
            if joined.strip():
                out += [joined, ""]
            continue
        for blocks in cells:
            for block in blocks:
                out += [*block, ""]
    return out


def _cell_blocks(cell: Any, numbering: _Numbering) -> list[list[str]]:
    """A cell's paragraphs (and nested tables) as blocks of lines, in order."""
    blocks: list[list[str]] = []
    for child in cell.iterchildren(f"{_W}p", f"{_W}tbl"):
        if child.tag == f"{_W}p":
            lines = _paragraph_lines(child, numbering)
        else:
            lines = [ln for ln in _table_lines(child, numbering) if ln]
        if lines:
            blocks.append(lines)
    return blocks


class _Numbering:
    """List counters per (numId, level), following the numbering part's formats."""

    def __init__(self, document: Any, name: str = "the DOCX file") -> None:
        self.label_name = name
        self.formats: dict[tuple[str, int], tuple[str, str, int]] = {}
        self.counters: dict[str, list[int]] = {}
        self.warnings: list[str] = []
        self.styles = _style_numbering(document)
        try:
            part = document.part.numbering_part
        except (NotImplementedError, KeyError, AttributeError):
            return
        root = part.element
        abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        for an in root.iterchildren(f"{_W}abstractNum"):
            levels = {}
            for lvl in an.iterchildren(f"{_W}lvl"):
                ilvl = self._level(lvl.get(f"{_W}ilvl", "0"))
                if ilvl is None:
                    continue
                fmt = _val(lvl, "numFmt") or "decimal"
                text = _val(lvl, "lvlText") or ""
                levels[ilvl] = (fmt, text, self._start(_val(lvl, "start")))
            abstract[an.get(f"{_W}abstractNumId", "")] = levels
        for num in root.iterchildren(f"{_W}num"):
            ref = num.find(f"{_W}abstractNumId")
            levels = abstract.get(ref.get(f"{_W}val", "") if ref is not None else "", {})
            starts = self._start_overrides(num)
            for ilvl, (fmt, text, start) in levels.items():
                self.formats[(num.get(f"{_W}numId", ""), ilvl)] = (fmt, text, starts.get(ilvl, start))

    def label(self, p: Any) -> str | None:
        num_pr = p.find(f"{_W}pPr/{_W}numPr")
        if num_pr is None:
            style = p.find(f"{_W}pPr/{_W}pStyle")
            num_pr = self.styles.get(style.get(f"{_W}val", "")) if style is not None else None
        if num_pr is None:
            return None
        num_id = _val(num_pr, "numId")
        ilvl = self._level(_val(num_pr, "ilvl") or "0")
        if ilvl is None:
            return None
        spec = self.formats.get((num_id or "", ilvl))
        if spec is None or num_id in (None, "0"):
            return None
        fmt, text, start = spec
        counters = self.counters.setdefault(num_id, [])
        while len(counters) <= ilvl:
            counters.append(0)
        del counters[ilvl + 1 :]
        counters[ilvl] = (counters[ilvl] or start - 1) + 1
        if fmt == "bullet":
            return "\u2022"
        label = text
        for level, value in enumerate(counters, start=1):
            lvl_fmt = self.formats.get((num_id, level - 1), ("decimal", "", 1))[0]
            label = label.replace(f"%{level}", _format_number(value or 1, lvl_fmt))
        return label.strip() or None

    def _level(self, value: str) -> int | None:
        """A list level as Word allows it (0-8), else None with a warning: a level of "abc", -1
        or 200,000,000 is damage, and numbering it would mean building that many counters."""
        if value.isascii() and value.isdigit() and int(value) <= MAX_LEVEL:
            return int(value)
        self._warn(f"a list level {value[:20]!r} is not one of Word's levels 0-{MAX_LEVEL}; read without its number")
        return None

    def _start(self, value: str | None) -> int:
        """A list's first number; a value that is no number starts at 1 (with a warning), and a
        number past :data:`~specdiff.limits.LIST_NUMBER` is refused (Word allows 32,767)."""
        if value is None:
            return 1
        if not (value.isascii() and value.isdigit()):
            self._warn(f"a list start {value[:20]!r} is not a number; the list is numbered from 1")
            return 1
        if len(value) > 12 or int(value) > LIST_NUMBER.get():
            raise LIST_NUMBER.error(self.label_name, f"a list numbered from {value[:20]}")
        return int(value)

    def _start_overrides(self, num: Any) -> dict[int, int]:
        """A list instance that restarts its numbering (``w:lvlOverride/w:startOverride``)."""
        out = {}
        for override in num.iterchildren(f"{_W}lvlOverride"):
            start = _val(override, "startOverride")
            level = self._level(override.get(f"{_W}ilvl", "0"))
            if start is not None and level is not None:
                out[level] = self._start(start)
        return out

    def _warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)


def _style_numbering(document: Any) -> dict[str, Any]:
    """Paragraph styles that number their paragraphs ("List Number", "List Bullet"): Word keeps
    the numbering on the style, following ``basedOn`` links, not on each paragraph."""
    try:
        root = document.styles.element
    except (AttributeError, KeyError, NotImplementedError):
        return {}
    own: dict[str, Any] = {}
    based: dict[str, str] = {}
    for style in root.iterchildren(f"{_W}style"):
        style_id = style.get(f"{_W}styleId", "")
        num_pr = style.find(f"{_W}pPr/{_W}numPr")
        if num_pr is not None:
            own[style_id] = num_pr
        parent = style.find(f"{_W}basedOn")
        if parent is not None:
            based[style_id] = parent.get(f"{_W}val", "")
    out: dict[str, Any] = {}
    for style_id in {*own, *based}:
        seen, current = set(), style_id
        while current and current not in own and current not in seen:
            seen.add(current)
            current = based.get(current, "")
        if current in own:
            out[style_id] = own[current]
    return out


def _val(node: Any, tag: str) -> str | None:
    child = node.find(f"{_W}{tag}")
    return None if child is None else child.get(f"{_W}val")


def _format_number(n: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        s = ""
        while n > 0:
            n, r = divmod(n - 1, 26)
            s = chr(97 + r) + s
        return s if fmt == "lowerLetter" else s.upper()
    if fmt in ("lowerRoman", "upperRoman"):
        vals = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl")]
        vals += [(10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
        parts = []
        for v, sym in vals:  # one repeat per symbol, not one step per unit of n
            count, n = divmod(n, v)
            parts.append(sym * count)
        s = "".join(parts)
        return s if fmt == "lowerRoman" else s.upper()
    return str(n)
