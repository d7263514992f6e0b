"""Render a page of the seed pair's Word redline to docs/redline-screenshot.png, as a reader sees it.

Developer tool: needs ../shared/seeds, LibreOffice (Debian ``libreoffice-writer-nogui``) to lay the
.docx out as a word processor would, and pypdfium2 (a dependency) to turn the PDF page into a PNG.
The redline is dated by SOURCE_DATE_EPOCH (fixed here), so rerunning it changes the picture only
when the redline changed:

    python scripts/redline_screenshot.py                       # the page with the minimum qualifications
    python scripts/redline_screenshot.py --page 1 -o cover.png # any page (1-based)
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
OLD, NEW = "nys-cms-hbe-2018.txt", "nys-cms-hbe-2024-tentative.txt"
MARK = "Minimum Qualifications"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--page", type=int, default=None, help="1-based page (default: the body page with the MQs)")
    parser.add_argument("-o", "--output", type=Path, default=ROOT / "docs" / "redline-screenshot.png")
    parser.add_argument("--scale", type=float, default=1.6, help="pixels per PDF point (default 1.6)")
    args = parser.parse_args()
    office = shutil.which("libreoffice") or shutil.which("soffice")
    if office is None or not SEEDS.exists():
        print("needs LibreOffice and ../shared/seeds", file=sys.stderr)
        return 2
    os.environ["SOURCE_DATE_EPOCH"] = "1717243200"  # 2024-06-01: the picture is reproducible

    import pypdfium2 as pdfium

    from specdiff.diff import compare
    from specdiff.ingest import read
    from specdiff.parsers import parse
    from specdiff.renderers.word import to_docx

    diff = compare(parse(read(SEEDS / OLD)), parse(read(SEEDS / NEW)))
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        redline = work / "redline.docx"
        redline.write_bytes(to_docx(diff))
        subprocess.run(
            [office, "--headless", "--norestore", f"-env:UserInstallation={(work / 'profile').as_uri()}",
             "--convert-to", "pdf", "--outdir", str(work), str(redline)],
            check=True, capture_output=True, timeout=300, env={**os.environ, "HOME": str(work)},
        )  # fmt: skip
        pdf = pdfium.PdfDocument(str(work / "redline.pdf"))
        index = args.page - 1 if args.page else _page_with(pdf, MARK)
        pdf[index].render(scale=args.scale).to_pil().save(args.output)
        print(f"wrote {args.output} (page {index + 1} of {len(pdf)})")
        pdf.close()
    return 0


def _page_with(pdf: object, text: str) -> int:
    """The last page that prints ``text`` (the body's heading, not the front matter's mention)."""
    pages = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]  # type: ignore[index, arg-type]
    return max(i for i, page in enumerate(pages) if text in page)


if __name__ == "__main__":
    sys.exit(main())
