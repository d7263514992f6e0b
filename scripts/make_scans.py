"""Make scanned (image-only) PDFs for the OCR tests and the OCR bench, from text we own.

Developer tool and test helper (needs fpdf2, pypdfium2, Pillow, numpy: ``pip install -e
'.[test]'``). A "scan" here is what a county office's flatbed makes of a page: rendered at 200-300
dpi, blurred a little, tilted by up to a degree and a half, speckled with noise, reduced to black
and white, and wrapped as a PDF holding only page images (no text layer). Every output is
deterministic (seeded), so tests can make them at run time instead of storing them:

    python scripts/make_scans.py OUT_DIR                  # everything below, into OUT_DIR
    python scripts/make_scans.py OUT_DIR --only corpus    # or: typewritten, bad

Outputs:
- ``<series>--<version>.scan.pdf``: each corpus PDF (corpus/*/*/standard.pdf), scanned;
- ``typewritten.pdf`` (born-digital, set in Courier as a 1979 typewriter would) and its scan
  ``typewritten.scan.pdf``; ``typewritten-changed.scan.pdf``: the same page typed again with
  two real changes (years of experience two -> four, one duty added), scanned;
- ``bad-scans.pdf``: a blank page, a page lying on its side, a photograph-like page and one
  good page.
"""

from __future__ import annotations

import argparse
import sys
import textwrap
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
LETTER = (612.0, 792.0)

# Written for specdiff: a county class specification as it was typed in the 1970s.
TYPEWRITTEN = """\
=COUNTY OF ALDER
=CIVIL SERVICE COMMISSION

=SENIOR ACCOUNT CLERK

#DISTINGUISHING FEATURES OF THE CLASS:

This is responsible clerical work involving the maintenance of financial records and the
preparation of accounting reports for a county department. The incumbent keeps the books of
original entry, reconciles subsidiary ledgers with control accounts, and checks the work of
Account Clerks. Work is performed under the general supervision of an Accountant, with some
leeway for independent judgment in the detail of the work. Does related work as required.

#TYPICAL WORK ACTIVITIES:

1. Examines purchase orders, invoices and claims for accuracy and for conformity with
   budget appropriations;
2. Posts receipts and disbursements to the general and subsidiary ledgers and prepares
   trial balances;
3. Prepares payrolls, computes deductions and keeps the related records of leave and
   retirement credits;
4. Checks and codes vouchers for payment and keeps a register of encumbrances;
5. Answers inquiries from vendors and from other departments about the status of
   payments;
6. Supervises the work of Account Clerks assigned to the unit.

#FULL PERFORMANCE KNOWLEDGES, SKILLS, ABILITIES AND PERSONAL CHARACTERISTICS:

Good knowledge of bookkeeping and of the terminology of governmental accounting; working
knowledge of office practices and procedures; ability to make arithmetic computations with
speed and accuracy; ability to supervise the work of others; accuracy; neatness.

#MINIMUM QUALIFICATIONS:

EITHER: (A) Graduation from high school and two (2) years of clerical experience, one (1)
year of which must have involved the keeping of financial records;

OR: (B) Graduation from a two-year college with an associate's degree in accounting or
business administration;

OR: (C) An equivalent combination of training and experience as described in (A) and (B)
above.

Adopted: June 12, 1979
"""

CHANGED_YEARS = ("two (2) years of clerical experience", "four (4) years of clerical experience")
ADDED_DUTY = (
    "6. Supervises the work of Account Clerks assigned to the unit.",
    "6. Prepares the monthly reconciliation of the department's bank accounts;\n"
    "7. Supervises the work of Account Clerks assigned to the unit.",
)


def typewritten_changed() -> str:
    """The typed page with two real changes: more years of experience, one duty added."""
    text = TYPEWRITTEN.replace(*CHANGED_YEARS)
    return text.replace(*ADDED_DUTY)


def typewritten_pdf(text: str) -> bytes:
    """The text typed in Courier 12 (ten characters to the inch, six lines to the inch) on
    Letter pages with one-inch margins: centred lines start with "=", headings with "#",
    numbered items hang under their number."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="letter")
    pdf.set_auto_page_break(False)
    pdf.set_font("Courier", size=12)
    y = 72.0
    pdf.add_page()
    for raw in text.splitlines():
        for line, x in _typed_lines(raw):
            if y > 792 - 72:
                pdf.add_page()
                y = 72.0
            if line.startswith("="):
                line = line[1:]
                x = (612 - pdf.get_string_width(line)) / 2
            pdf.text(x, y, line)
            y += 12.0
    return bytes(pdf.output())


def _typed_lines(raw: str) -> list[tuple[str, float]]:
    """One authoring line as typed lines of at most 65 characters, each with its left edge."""
    if not raw.strip():
        return [("", 72.0)]
    if raw.startswith(("=", "#")):
        body = raw.lstrip("#")
        return [(part, 72.0) for part in textwrap.wrap(body, 65)] if raw.startswith("#") else [(raw, 72.0)]
    indent = len(raw) - len(raw.lstrip(" "))
    lines = textwrap.wrap(raw.strip(), 65 - indent)
    return [(line, 72.0 + indent * 7.2) for line in lines]


def scan(pdf: bytes, *, dpi: int, skew: float, seed: int, noise: float = 22.0, specks: float = 0.0005) -> bytes:
    """An image-only PDF of ``pdf`` as a bilevel flatbed scan at ``dpi``: blurred, tilted by
    ``skew`` degrees (alternating in sign page to page), noisy, thresholded."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter

    rng = np.random.default_rng(seed)
    document = pdfium.PdfDocument(pdf)
    images = []
    try:
        for index in range(len(document)):
            page = document[index]
            gray = page.render(scale=dpi / 72.0, grayscale=True).to_pil().convert("L")
            page.close()
            gray = gray.filter(ImageFilter.GaussianBlur(0.5 * dpi / 300))
            tilt = skew if index % 2 == 0 else -skew * 0.6
            gray = gray.rotate(tilt, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)
            images.append(_noisy(np.asarray(gray, dtype=np.float64), rng, noise, specks))
    finally:
        document.close()
    return image_pdf(images)


def _noisy(gray: np.ndarray, rng: np.random.Generator, noise: float, specks: float) -> np.ndarray:
    gray = gray + rng.normal(0.0, noise, gray.shape)
    gray[rng.random(gray.shape) < specks] = 0.0
    return np.where(gray > 150, 255, 0).astype(np.uint8)


def image_pdf(images: list[np.ndarray]) -> bytes:
    """Letter pages each showing one grayscale or bilevel image over the whole page."""
    from fpdf import FPDF
    from PIL import Image

    pdf = FPDF(unit="pt", format="letter")
    pdf.set_auto_page_break(False)
    pdf.set_image_filter("FlateDecode")
    for array in images:
        picture = Image.fromarray(array)  # 8-bit even when bilevel: fpdf2 packs 1-bit rows wrongly
        tall = array.shape[0] >= array.shape[1]
        pdf.add_page(orientation="P" if tall else "L")
        pdf.image(picture, 0, 0, pdf.w, pdf.h)
    return bytes(pdf.output())


def corpus_scans() -> dict[str, bytes]:
    """Every corpus PDF scanned: different resolutions and tilts, as different offices scan."""
    out: dict[str, bytes] = {}
    for n, path in enumerate(sorted(CORPUS.glob("*/*/standard.pdf"))):
        name = f"{path.parent.parent.name}--{path.parent.name}.scan.pdf"
        out[name] = scan(path.read_bytes(), dpi=(300, 250, 200)[n % 3], skew=(0.8, 1.3, 0.5)[n % 3], seed=n)
    return out


def typewritten_scans() -> dict[str, bytes]:
    original = typewritten_pdf(TYPEWRITTEN)
    return {
        "typewritten.pdf": original,
        "typewritten.scan.pdf": scan(original, dpi=300, skew=1.1, seed=11),
        "typewritten-changed.scan.pdf": scan(typewritten_pdf(typewritten_changed()), dpi=240, skew=-0.7, seed=12),
    }


def bad_scans() -> bytes:
    """A blank page (paper noise only), a typed page lying on its side, a photograph-like page
    (smooth continuous tone), and one good typed page."""
    import pypdfium2 as pdfium

    rng = np.random.default_rng(7)
    dpi = 200
    height, width = int(11 * dpi), int(8.5 * dpi)
    blank = np.where(rng.random((height, width)) < 0.0002, 0, 255).astype(np.uint8)  # paper and dust
    document = pdfium.PdfDocument(typewritten_pdf(TYPEWRITTEN))
    try:
        page = document[0]
        typed = np.asarray(page.render(scale=dpi / 72.0, grayscale=True).to_pil().convert("L"))
        page.close()
    finally:
        document.close()
    typed = np.where(typed > 150, 255, 0).astype(np.uint8)
    sideways = np.ascontiguousarray(np.rot90(typed))
    photo = _photo(rng, height // 2, width // 2)  # a photograph is stored coarser than text
    return image_pdf([blank, sideways, photo, typed])


def _photo(rng: np.random.Generator, height: int, width: int) -> np.ndarray:
    """Smooth blobs of gray over a gradient: what a photograph looks like to OCR."""
    from PIL import Image, ImageFilter

    coarse = rng.normal(128, 60, (height // 40, width // 40))
    field = Image.fromarray(np.clip(coarse, 0, 255).astype(np.uint8)).resize((width, height), Image.Resampling.BICUBIC)
    field = field.filter(ImageFilter.GaussianBlur(12))
    ramp = np.linspace(-40, 40, height)[:, None]
    return np.clip(np.asarray(field, dtype=np.float64) + ramp, 0, 255).astype(np.uint8)


def make(only: str | None = None) -> dict[str, bytes]:
    """Every scan (or one group: corpus, typewritten, bad) by file name."""
    out: dict[str, bytes] = {}
    if only in (None, "corpus"):
        out.update(corpus_scans())
    if only in (None, "typewritten"):
        out.update(typewritten_scans())
    if only in (None, "bad"):
        out["bad-scans.pdf"] = bad_scans()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="folder to write the PDFs into")
    parser.add_argument("--only", choices=("corpus", "typewritten", "bad"))
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for name, data in make(args.only).items():
        (args.out / name).write_bytes(data)
        print(f"{args.out / name}: {len(data):,} bytes", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())


__all__ = ["TYPEWRITTEN", "bad_scans", "image_pdf", "make", "scan", "typewritten_changed", "typewritten_pdf"]
