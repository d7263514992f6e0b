"""OCR words to the layout code's words, and the layout's lines back to confidences.

The words Tesseract reads go through the same layout as a text layer's words (lines, paragraphs,
indents, columns, furniture, hyphens), so a scan and the born-digital file it was made from come
out as the same lines. Two things differ from a text layer and are settled here:

- a word's box is tight round its ink ("was" is shorter than "Typewriter"), so every word takes
  the box of the text line Tesseract put it in, and the layout groups them as Tesseract did;
- look-alike characters are read as the word they spell (:mod:`.lexicon`);
- there is no font size, so one is estimated per page from the line heights (most lines have an
  ascender and a descender); only a line clearly taller keeps its own (a heading in larger type),
  so the paragraph rule "the type size changed" does not fire on a line of capitals.
"""

from __future__ import annotations

from collections.abc import Sequence
from statistics import fmean, median
from typing import TYPE_CHECKING

from ..glyphs import Word
from ..layout import PlacedLine

if TYPE_CHECKING:
    from .engine import OcrWord
    from .pages import ScannedPage

_TALLER = 1.3  # a line this much taller than the page's usual line is set in larger type
_SPECK = frozenset(".,'`\u2018\u2019")  # what a speck of dust on the glass is read as


def layout_words(page: ScannedPage) -> tuple[list[Word], list[float]]:
    """The page's words in PDF points (72 per inch) with their confidences, in the same order."""
    if not page.words:
        return [], []
    from ...phrases.words import english_words
    from .lexicon import correct

    known = english_words()
    scale = 72.0 / page.dpi
    heights = [w.line_bottom - w.line_top for w in page.words]
    usual = median(heights)
    words: list[Word] = []
    confs: list[float] = []
    for index, (ocr, height) in enumerate(zip(page.words, heights, strict=True)):
        if _speck(page.words, index, usual):
            continue
        confs.append(ocr.conf)
        size = (height if height > _TALLER * usual else usual) * scale
        words.append(
            Word(
                correct(ocr.text, known),
                ocr.left * scale,
                ocr.right * scale,
                ocr.line_top * scale,
                ocr.line_bottom * scale,
                size,
            )
        )
    return words, confs


def _speck(words: Sequence[OcrWord], index: int, em: float) -> bool:
    """A lone mark of dust read as punctuation: a word of only '.', ',' or quotes with no
    word of its line within an em on either side."""
    word = words[index]
    if not set(word.text) <= _SPECK:
        return False
    for other in (words[index - 1] if index else None, words[index + 1] if index + 1 < len(words) else None):
        if other is None or (other.line_top, other.line_bottom) != (word.line_top, word.line_bottom):
            continue
        if min(abs(word.left - other.right), abs(other.left - word.right)) < em:
            return False
    return True


def line_confidences(lines: Sequence[PlacedLine], words: Sequence[Word], confs: Sequence[float]) -> list[float]:
    """Each placed line's mean word confidence: a word belongs to the line whose box holds its
    centre (the layout built the lines from these words, so each lies inside one)."""
    members: list[list[float]] = [[] for _ in lines]
    for word, conf in zip(words, confs, strict=True):
        mid_x, mid_y = (word.x0 + word.x1) / 2, (word.top + word.bottom) / 2
        for index, line in enumerate(lines):
            if line.top - 0.5 <= mid_y <= line.bottom + 0.5 and line.x0 - 0.5 <= mid_x <= line.x1 + 0.5:
                members[index].append(conf)
                break
    return [round(fmean(m), 1) if m else 0.0 for m in members]
