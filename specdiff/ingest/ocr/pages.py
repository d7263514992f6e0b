"""One scanned page to words placed on it, with what went wrong said per page.

A page image is checked before and after Tesseract reads it, because a bad scan must give a
warning, never a traceback or a page of invented words:

- blank (almost no ink): nothing to read, said so;
- tilted by a few degrees: straightened first (see :mod:`.image`);
- lying on its side or upside down: Tesseract's orientation detection is asked (only when the
  ink looks sideways or the first reading is poor: it costs a second run) and the page is
  turned and read again;
- a photograph or a drawing: what Tesseract reads there is noise (low confidence, few real
  words), so the page's text is dropped and the page named in a warning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from statistics import fmean

import numpy as np

from . import engine, image
from .engine import OcrWord

POOR_CONFIDENCE = 55.0  # mean word confidence under which a first reading is retried turned
NOISE_CONFIDENCE = 45.0  # ... and under which, still, the page's "text" is noise
_MIN_OSD_CONFIDENCE = 2.0  # Tesseract's orientation confidence needed to turn a page
_WORDY = re.compile(r"[A-Za-z]{2,}|\d")


@dataclass(frozen=True, slots=True)
class ScannedPage:
    """A page read by OCR: its words (pixel boxes at ``dpi``), the image size in pixels, and
    the warnings it gave."""

    number: int
    dpi: int
    width: int
    height: int
    words: tuple[OcrWord, ...] = ()
    warnings: tuple[str, ...] = field(default=())
    rules: tuple[tuple[int, int, int, int], ...] = ()  # drawn lines (x0, top, x1, bottom) in pixels

    @property
    def confidence(self) -> float | None:
        return round(fmean(w.conf for w in self.words), 1) if self.words else None


def _quality(words: list[OcrWord]) -> float:
    """Mean confidence of the words, counting a non-word (no two letters, no digit) as 0."""
    if not words:
        return 0.0
    return fmean(w.conf if _WORDY.search(w.text) else 0.0 for w in words)


def read_page(number: int, gray: np.ndarray, dpi: int) -> ScannedPage:
    """Read one rendered page; never raises for what is on the page, only if Tesseract fails."""
    dark = image.ink(gray)
    if image.ink_share(dark) < image.BLANK_INK:
        return ScannedPage(number, dpi, gray.shape[1], gray.shape[0], (), (f"page {number} is blank",))
    warnings: list[str] = []
    turned = 0
    if image.sideways(dark):
        turned = _upright(gray, dpi)
        if turned:
            gray = image.turn(gray, turned)
            dark = image.ink(gray)
    angle = image.skew_angle(dark)
    gray = image.straighten(gray, angle)
    words = engine.read_words(image.encode(gray), dpi)
    photo = image.continuous_tone(gray) > 0.15
    if _quality(words) < POOR_CONFIDENCE and not turned and not photo:  # a photograph reads no better turned
        retry = _upright(gray, dpi)
        if retry:
            other = image.turn(gray, retry)
            other = image.straighten(other, image.skew_angle(image.ink(other)))
            again = engine.read_words(image.encode(other), dpi)
            if _quality(again) > _quality(words):
                gray, words, turned = other, again, retry
    if turned:
        warnings.append(f"page {number} lay turned {turned}°; it was turned upright to be read")
    if _quality(words) < NOISE_CONFIDENCE:
        what = "a photograph or a drawing" if photo else "a very poor scan, a drawing or handwriting"
        warnings.append(f"page {number}: OCR found no readable text ({what}?); the page is left out")
        words = []
    rules = tuple(image.ruled_lines(image.ink(gray), dpi)) if words else ()
    return ScannedPage(number, dpi, gray.shape[1], gray.shape[0], tuple(words), tuple(warnings), rules)


def _upright(gray: np.ndarray, dpi: int) -> int:
    """Degrees clockwise that make the page upright, when Tesseract is sure enough; else 0."""
    rotate, confidence = engine.orientation(image.encode(gray), dpi)
    return rotate if rotate and confidence >= _MIN_OSD_CONFIDENCE else 0
