"""Tesseract through its command line, TSV output: words with boxes and confidences.

Why the CLI and not pytesseract: pytesseract is itself a wrapper that starts the same
``tesseract`` program once per image and reads its output files back; it adds a dependency and
temporary files and nothing we use. The CLI reads the image on stdin and writes TSV on stdout
(one row per page, block, paragraph, line and word, each with its box; words with a confidence),
which is exactly what the layout code needs. ``OMP_THREAD_LIMIT=1``: Tesseract's OpenMP threads
spin for more CPU than they save on a page (1.3 s of CPU with one thread against 3.4 s with
four, same wall time), so pages are read in parallel processes instead (:mod:`.pages`).
"""

from __future__ import annotations

import functools
import os
import re
import shutil
import subprocess
from dataclasses import dataclass

from ...errors import InputError

OCR_INSTALL = (
    "install OCR: pip install 'specdiff[ocr]' and the Tesseract program with English data "
    "(Debian/Ubuntu: apt-get install tesseract-ocr tesseract-ocr-eng)"
)
_TIMEOUT = 300.0  # seconds for one page: Tesseract takes 1-3 s; a hung process must not hang specdiff


@dataclass(frozen=True, slots=True)
class OcrWord:
    """One word Tesseract read: text, box in image pixels, confidence (0-100), and the box of
    the text line it belongs to (words of one line share it, so the layout groups them)."""

    text: str
    left: int
    top: int
    right: int
    bottom: int
    conf: float
    line_top: int
    line_bottom: int


def tesseract() -> str | None:
    """Path of the Tesseract program (``SPECDIFF_TESSERACT`` overrides the search), or None."""
    override = os.environ.get("SPECDIFF_TESSERACT")
    if override is not None:
        return shutil.which(override) if override else None
    return shutil.which("tesseract")


def version() -> str:
    """'tesseract 5.3.0', as the program reports it (empty when it is missing)."""
    program = tesseract()
    return "" if program is None else _version(program)


@functools.lru_cache(maxsize=4)
def _version(program: str) -> str:
    try:
        out = subprocess.run([program, "--version"], capture_output=True, text=True, timeout=30, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return ""
    first = (out.stdout or out.stderr).splitlines()
    return first[0].strip() if first else ""


def available() -> bool:
    """Whether OCR can run here: the program and its English data."""
    program = tesseract()
    return program is not None and has_english(program)


@functools.lru_cache(maxsize=4)
def has_english(program: str) -> bool:
    """Whether this Tesseract has its English data (Debian ships it as tesseract-ocr-eng)."""
    try:
        out = subprocess.run([program, "--list-langs"], capture_output=True, text=True, timeout=30, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return "eng" in (out.stdout + out.stderr).split()


def require(name: str, why: str) -> str:
    """The Tesseract program, or an InputError naming the two install steps."""
    program = tesseract()
    if program is None or not has_english(program):
        missing = "Tesseract is not installed" if program is None else "Tesseract has no English data"
        raise InputError(f"cannot read {name}: {why}, and {missing}; {OCR_INSTALL}")
    return program


def _run(args: list[str], image: bytes) -> str:
    program = tesseract()
    if program is None:
        raise InputError(f"Tesseract is not installed; {OCR_INSTALL}")
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    try:
        out = subprocess.run(
            [program, "stdin", "stdout", *args],
            input=image,
            capture_output=True,
            timeout=_TIMEOUT,
            env=env,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise InputError(f"Tesseract did not finish a page within {_TIMEOUT:.0f} s") from exc
    except OSError as exc:
        raise InputError(f"Tesseract could not be started ({exc.strerror or exc}); {OCR_INSTALL}") from exc
    if out.returncode != 0:
        message = out.stderr.decode("utf-8", "replace").strip().splitlines()
        raise InputError(f"Tesseract failed on a page ({message[-1] if message else f'exit {out.returncode}'})")
    return out.stdout.decode("utf-8", "replace")


def read_words(image: bytes, dpi: int) -> list[OcrWord]:
    """Words of one page image (PNM or PNG bytes) at ``dpi``, in Tesseract's reading order."""
    return parse_tsv(_run(["--dpi", str(dpi), "--psm", "3", "-l", "eng", "tsv"], image))


_ROTATE = re.compile(r"^Rotate:\s*(\d+)", re.M)
_ORIENTATION_CONF = re.compile(r"^Orientation confidence:\s*([\d.]+)", re.M)


def orientation(image: bytes, dpi: int) -> tuple[int, float]:
    """Degrees to turn the image clockwise to make it upright, and Tesseract's confidence in
    that (orientation and script detection); (0, 0.0) when it cannot tell."""
    try:
        text = _run(["--dpi", str(dpi), "--psm", "0"], image)
    except InputError:
        return 0, 0.0  # too little text to tell: the page is read as it is
    rotate, conf = _ROTATE.search(text), _ORIENTATION_CONF.search(text)
    if not rotate or not conf:
        return 0, 0.0
    return int(rotate.group(1)) % 360, float(conf.group(1))


def parse_tsv(tsv: str) -> list[OcrWord]:
    """Tesseract's TSV: level 4 rows are text lines, level 5 rows their words (conf -1 marks
    the levels above a word). Empty words (Tesseract reports blank boxes) are dropped."""
    lines: dict[tuple[str, str, str, str], tuple[int, int]] = {}
    words: list[OcrWord] = []
    for row in tsv.splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) < 12:
            continue
        level, key = cells[0], (cells[1], cells[2], cells[3], cells[4])
        try:
            left, top, width, height = (int(c) for c in cells[6:10])
            conf = float(cells[10])
        except ValueError:
            continue
        if level == "4":
            lines[key] = (top, top + height)
        elif level == "5":
            text = cells[11].strip()
            if not text or conf < 0:
                continue
            line_top, line_bottom = lines.get(key, (top, top + height))
            words.append(OcrWord(text, left, top, left + width, top + height, conf, line_top, line_bottom))
    return words
