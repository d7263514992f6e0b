"""Render the sample corpus's PDF and DOCX versions from the authoring text in scripts/samples/.

Developer tool (needs fpdf2 and python-docx: ``pip install -e '.[test]'``). Run it after editing
an authoring file; it rewrites ``corpus/<series>/<version>/standard.<fmt>`` and the bytes are
the same on every run (fixed dates and metadata), so git only shows real changes:

    python scripts/render_samples.py            # render every sample
    python scripts/render_samples.py --check    # exit 1 if a committed file is out of date

Authoring files are named ``<version>.<pdf|docx>.txt``. One block per line, blank lines add
space; markup at the start of a line:

    %header TEXT   running header from page 2 on (PDF)      %size N   body type size (PDF)
    = TEXT         centred line                             # TEXT    heading (## sub-heading)
    | A | B        table row (header block of titles)       1. TEXT   numbered list item
    - TEXT         bullet item                              A.1 TEXT  activity with its label

The PDF gets the running header, "Page N of M" footers and words hyphenated at line ends (at
least one, or the script fails); the DOCX gets real Word list numbering that restarts per list.
"""

from __future__ import annotations

import argparse
import io
import re
import sys
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "scripts" / "samples"
CORPUS = ROOT / "corpus"
FIXED_DATE = datetime(2024, 1, 1, tzinfo=UTC)
_ITEM = re.compile(r"^(\d+\.|-|[A-Z]\.\d+)\s+(.*)$")


@dataclass(frozen=True)
class Block:
    kind: str  # center, heading, subheading, para, number, bullet, label, row
    text: str
    label: str = ""
    cells: tuple[str, ...] = ()
    space_before: bool = False


@dataclass(frozen=True)
class Sample:
    blocks: tuple[Block, ...]
    header: str
    size: float


def parse(text: str) -> Sample:
    """Authoring text to blocks."""
    blocks: list[Block] = []
    header, size, space = "", 11.0, False
    for line in text.splitlines():
        line = line.rstrip()
        if not line:
            space = True
            continue
        if line.startswith("%header "):
            header = line[8:]
            continue
        if line.startswith("%size "):
            size = float(line[6:])
            continue
        blocks.append(_block(line, space))
        space = False
    return Sample(tuple(blocks), header, size)


def _block(line: str, space: bool) -> Block:
    if line.startswith("= "):
        return Block("center", line[2:], space_before=space)
    if line.startswith("## "):
        return Block("subheading", line[3:], space_before=space)
    if line.startswith("# "):
        return Block("heading", line[2:], space_before=space)
    if line.startswith("| "):
        cells = tuple(c.strip() for c in line[2:].split("|"))
        return Block("row", " ".join(cells), cells=cells, space_before=space)
    match = _ITEM.match(line)
    if match:
        label, text = match.groups()
        kind = "number" if label[0].isdigit() else "bullet" if label == "-" else "label"
        return Block(kind, text, label=label, space_before=space)
    return Block("para", line, space_before=space)


# --------------------------------------------------------------------------- PDF


def render_pdf(sample: Sample) -> bytes:
    """Lay the blocks out on Letter pages, then draw them with header and "Page N of M"."""
    from fpdf import FPDF

    pdf = FPDF(format="letter", unit="pt")
    pdf.set_auto_page_break(False)
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_producer("specdiff scripts/render_samples.py")
    pdf.set_creator("specdiff scripts/render_samples.py")
    pages = _layout(pdf, sample)
    hyphens = sum(1 for page in pages for op in page if re.search(r"[a-z]-$", op[3]))
    if not hyphens:
        raise SystemExit("render_samples: no word was hyphenated at a line end; lengthen a paragraph")
    for number, ops in enumerate(pages, start=1):
        pdf.add_page()
        pdf.set_font("Helvetica", size=9)
        if number > 1 and sample.header:
            pdf.text(72, 40, sample.header)
        footer = f"Page {number} of {len(pages)}"
        pdf.text((612 - pdf.get_string_width(footer)) / 2, 760, footer)
        for x, y, style, text in ops:
            if style == "rule":  # a table row's box: text holds the width
                pdf.rect(x, y - sample.size, float(text), sample.size * 1.35)
                continue
            pdf.set_font("Helvetica", style=style, size=sample.size)
            pdf.text(x, y, text)
    return bytes(pdf.output())


Op = tuple[float, float, str, str]


def _layout(pdf: object, sample: Sample) -> list[list[Op]]:
    from fpdf import FPDF

    assert isinstance(pdf, FPDF)
    leading, left, right, top, bottom = sample.size * 1.35, 72.0, 540.0, 80.0, 720.0
    pages: list[list[Op]] = [[]]
    y = top
    for block in sample.blocks:
        style = "B" if block.kind in ("heading", "subheading") else ""
        pdf.set_font("Helvetica", style=style, size=sample.size)
        lines = _block_lines(pdf, block, left, right)
        if block.space_before:
            y += leading * 0.7
        if y + leading * min(len(lines), 2) > bottom:  # keep a heading or two lines together
            pages.append([])
            y = top
        for segments in lines:
            if y > bottom:
                pages.append([])
                y = top
            pages[-1].extend((x, y, style, text) for x, text in segments)
            if block.kind == "row":  # ruled like the DOCX table: two cells, borders all round
                split = left + 0.7 * (right - left)
                pages[-1] += [(left - 4, y, "rule", str(split - left + 4)), (split, y, "rule", str(right + 4 - split))]
            y += leading
    return pages


def _block_lines(pdf: object, block: Block, left: float, right: float) -> list[list[tuple[float, str]]]:
    """The printed lines of a block, each as (x, text) segments."""
    from fpdf import FPDF

    assert isinstance(pdf, FPDF)
    if block.kind == "center":
        return [[((left + right - pdf.get_string_width(block.text)) / 2, block.text)]]
    if block.kind == "row":
        return [[(left, block.cells[0])] + [(left + 0.7 * (right - left) + 6, c) for c in block.cells[1:2]]]
    if block.kind in ("number", "bullet", "label"):
        indent = 36.0 if block.kind == "label" else 22.0
        shown = "-" if block.kind == "bullet" else block.label
        lines = [[(left + indent, line)] for line in wrap(pdf, block.text, right - left - indent)]
        lines[0].insert(0, (left, shown))
        return lines
    return [[(left, line)] for line in wrap(pdf, block.text, right - left)]


def wrap(pdf: object, text: str, width: float) -> list[str]:
    """Greedy line filling; a long word that does not fit is hyphenated when its first part
    (four letters or more) fits, leaving at least three letters for the next line."""
    from fpdf import FPDF

    assert isinstance(pdf, FPDF)
    lines: list[str] = []
    current = ""
    words = text.split()
    i = 0
    while i < len(words):
        word = words[i]
        trial = f"{current} {word}" if current else word
        if pdf.get_string_width(trial) <= width:
            current, i = trial, i + 1
            continue
        head, tail = _split(pdf, current, word, width)
        if head:
            lines.append(f"{current} {head}-" if current else f"{head}-")
            words[i] = tail
        else:
            lines.append(current)
        current = ""
    if current:
        lines.append(current)
    return lines


def _split(pdf: object, current: str, word: str, width: float) -> tuple[str, str]:
    from fpdf import FPDF

    assert isinstance(pdf, FPDF)
    core = word.rstrip(",.;:")
    if len(core) < 8 or not core.isalpha():
        return "", word
    for k in range(len(core) - 3, 3, -1):
        if pdf.get_string_width(f"{current} {word[:k]}-") <= width:
            return word[:k], word[k:]
    return "", word


# --------------------------------------------------------------------------- DOCX


def render_docx(sample: Sample) -> bytes:
    """Paragraphs, Word-numbered lists (restarting per list), bullet lists and a table."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    document = docx.Document()
    numbering = _ListNumbers(document)
    table = None
    previous = ""
    for block in sample.blocks:
        if block.kind == "row":
            if table is None:
                table = document.add_table(rows=0, cols=len(block.cells))
                table.style = "Table Grid"
            cells = table.add_row().cells
            for cell, text in zip(cells, block.cells, strict=False):
                cell.text = text
            previous = "row"
            continue
        table = None
        if block.kind == "number":
            paragraph = document.add_paragraph(block.text, style="List Number")
            numbering.apply(paragraph, restart=previous != "number")
        elif block.kind == "bullet":
            paragraph = document.add_paragraph(block.text, style="List Bullet")
        elif block.kind == "label":
            paragraph = document.add_paragraph(f"{block.label}\t{block.text}")
        else:
            paragraph = document.add_paragraph()
            run = paragraph.add_run(block.text)
            run.bold = block.kind in ("heading", "subheading")
            if block.kind == "center":
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        previous = block.kind
    props = document.core_properties
    props.author = props.last_modified_by = "specdiff"
    props.created = props.modified = props.last_printed = FIXED_DATE.replace(tzinfo=None)
    props.revision = 1
    buffer = io.BytesIO()
    document.save(buffer)
    return _fixed_zip(buffer.getvalue())


class _ListNumbers:
    """Gives each numbered list its own Word numbering instance so it restarts at 1."""

    def __init__(self, document: object) -> None:
        import docx.document

        assert isinstance(document, docx.document.Document)
        self.numbering = document.part.numbering_part.element
        style = document.styles["List Number"].element
        num_id = style.pPr.numPr.numId.val
        self.abstract_id = self.numbering.num_having_numId(num_id).abstractNumId.val
        self.current = num_id

    def apply(self, paragraph: object, *, restart: bool) -> None:
        if restart:
            num = self.numbering.add_num(self.abstract_id)
            num.add_lvlOverride(ilvl=0).add_startOverride(1)
            self.current = num.numId
        num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()  # type: ignore[attr-defined]
        num_pr.get_or_add_ilvl().val = 0
        num_pr.get_or_add_numId().val = self.current


def _fixed_zip(data: bytes) -> bytes:
    """The same archive with every member dated FIXED_DATE, so the bytes are reproducible."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_DATE.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


# --------------------------------------------------------------------------- main

RENDERERS = {"pdf": render_pdf, "docx": render_docx}


def targets() -> list[tuple[Path, Path, str]]:
    """(authoring file, published file, format) for every authoring file."""
    out = []
    for source in sorted(SAMPLES.glob("*/*.txt")):
        version, fmt = source.name.removesuffix(".txt").rsplit(".", 1)
        out.append((source, CORPUS / source.parent.name / version / f"standard.{fmt}", fmt))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="fail if a committed file differs")
    args = parser.parse_args(argv)
    stale = []
    for source, target, fmt in targets():
        data = RENDERERS[fmt](parse(source.read_text(encoding="utf-8")))
        if args.check:
            if not target.exists() or target.read_bytes() != data:
                stale.append(target)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        print(f"wrote {target.relative_to(ROOT)} ({len(data):,} bytes)", file=sys.stderr)
    for target in stale:
        print(f"out of date: {target.relative_to(ROOT)}", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
