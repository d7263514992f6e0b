"""OCR: quality and throughput on scans we make (scripts/make_scans.py): ``python -m bench.ocr``.

Run by hand, never in CI. For each corpus PDF and the typed 1979 page, their scans are read by
specdiff and compared with the born-digital original:

- substantive changes in that diff (the target is 0: nothing changed but the medium);
- word agreement: of the words of every clause pair, the share that are the same word in the same
  place (longest common subsequence of the words, case and spelling exact, punctuation aside;
  a clause on one side only counts all its words as disagreeing);
- OCR throughput in pages per second of CPU (specdiff process plus its Tesseract children), beside
  the Tesseract CLI alone (TSV output, one process per page image, the same page images at the
  same resolution, ``OMP_THREAD_LIMIT=1`` as specdiff runs it);
- the cost of ``--ocr auto`` on PDFs that need no OCR: reading each corpus and realdocs PDF with
  ``auto`` and with ``never`` (the difference is the text-layer test on every page).

    python -m bench.ocr [--repeat 3]
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from rapidfuzz.distance import Indel

from specdiff.model import Diff

ROOT = Path(__file__).resolve().parents[1]
_WORD = re.compile(r"[^\W_]+")


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def word_agreement(diff: Diff) -> tuple[int, int]:
    """(words that agree, words compared) over every change of a diff (see the module docstring)."""
    agree = total = 0
    for change in diff.changes:
        old = words(" ".join(ref.text for ref in change.old))
        new = words(" ".join(ref.text for ref in change.new))
        total += max(len(old), len(new))
        if old and new:
            agree += (len(old) + len(new) - Indel.distance(old, new)) // 2
    return agree, total


def _cpu() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _timed(work: Callable[[], object], repeat: int) -> tuple[float, float]:
    """Median CPU and wall seconds of ``work`` (this process and its children)."""
    cpus, walls = [], []
    for _ in range(repeat):
        cpu, wall = _cpu(), time.perf_counter()
        work()
        cpus.append(_cpu() - cpu)
        walls.append(time.perf_counter() - wall)
    return sorted(cpus)[len(cpus) // 2], sorted(walls)[len(walls) // 2]


def _page_images(pdf: Path, folder: Path) -> list[Path]:
    """The pages as specdiff renders them for OCR (same resolution), as PGM files."""
    import pypdfium2 as pdfium

    from specdiff.ingest.ocr import image

    out = []
    document = pdfium.PdfDocument(pdf.read_bytes())
    for index in range(len(document)):
        page = document[index]
        dpi = image.choose_dpi(page)
        path = folder / f"{pdf.stem}-{index + 1}@{dpi}.pgm"
        path.write_bytes(image.encode(image.render(page, dpi)))
        out.append(path)
    document.close()
    return out


def _tesseract_alone(images: list[Path]) -> None:
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    for path in images:
        dpi = path.stem.rsplit("@", 1)[1]
        subprocess.run(
            ["tesseract", str(path), "stdout", "--dpi", dpi, "--psm", "3", "-l", "eng", "tsv"],
            capture_output=True,
            check=True,
            env=env,
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="OCR quality and throughput on scans made by scripts/make_scans.py")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    os.environ["SPECDIFF_OCR_JOBS"] = "1"  # one page at a time, as the CLI anchor runs: CPU per page compared
    from specdiff.diff import compare
    from specdiff.ingest import read
    from specdiff.parsers import parse

    sys.path.insert(0, str(ROOT / "scripts"))
    import make_scans

    pairs = {f"{p.parent.parent.name}/{p.parent.name}": p for p in sorted(ROOT.glob("corpus/*/*/standard.pdf"))}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        scans = make_scans.make("corpus") | make_scans.make("typewritten")
        for name, data in scans.items():
            (folder / name).write_bytes(data)
        cases = [(key, path, folder / f"{key.replace('/', '--')}.scan.pdf") for key, path in pairs.items()]
        cases.append(("typed 1979 page", folder / "typewritten.pdf", folder / "typewritten.scan.pdf"))
        print("| document | pages | substantive | word agreement | specdiff pages/s | Tesseract CLI alone pages/s |")
        print("|---|---|---|---|---|---|")
        for key, original, scanned in cases:
            diff = compare(parse(read(original)), parse(read(scanned)))
            agree, total = word_agreement(diff)
            pages = read(scanned).source.pages or 0
            ours, _ = _timed(lambda s=scanned: read(s), args.repeat)
            images = _page_images(scanned, folder)
            alone, _ = _timed(lambda i=images: _tesseract_alone(i), args.repeat)
            print(
                f"| {key} | {pages} | {diff.summary['substantive']} | {agree}/{total} = {agree / total:.1%} | "
                f"{pages / ours:.2f} | {pages / alone:.2f} |"
            )
        changed = compare(parse(read(folder / "typewritten.pdf")), parse(read(folder / "typewritten-changed.scan.pdf")))
        flagged = [c.reasons for c in changed.changes if c.substantive]
        print(f"\ntyped page vs its changed scan: {len(flagged)} substantive: {flagged}")
    born = [*pairs.values(), *sorted((ROOT.parent / "shared" / "realdocs").glob("*.pdf"))]
    auto, _ = _timed(lambda: [read(p, ocr="auto") for p in born], args.repeat)
    never, _ = _timed(lambda: [read(p, ocr="never") for p in born], args.repeat)
    print(
        f"\n--ocr auto on {len(born)} born-digital PDFs: {auto:.3f} s CPU against {never:.3f} s with --ocr never "
        f"({(auto - never) / never:+.1%}; no page sent to OCR)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
