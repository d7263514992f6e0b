"""Whether a page's text layer says anything, or is glyph numbers posing as text.

A PDF font may carry no map from its glyphs to Unicode (no ``ToUnicode``, a subset font with its
own numbering). A reader then reports glyph numbers: control characters, private-use code points,
PDFium's "unmapped" marks, pdfminer's "(cid:12)", or letters shifted to other letters. The page
looks like it has text and the parser happily builds clauses of it; a reviewer gets nonsense and
`check` passes. Such a page is better read by OCR, or at least named in a warning.

The test is cheap on a normal page (it runs on every page of every PDF): characters first (what
share is letters and digits, what share is plainly not text), and only when a page has few common
English words is the word list asked how many of its words are words at all.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

_CID = re.compile(r"\(cid:\d+\)")
_TOKEN = re.compile(r"[^\W\d_]{2,}")
_MIN_CHARS = 40  # a page with less text than this is not judged (a title page, a signature line)
# The most common English words: a page of prose or of duties has one in five or more among its words.
_COMMON_WORDS = (
    "the of and to a in for or is on with by as at be an are this that from which may not will all "
    "under other such any its their work duties experience"
)
_COMMON = frozenset(_COMMON_WORDS.split())
_ODD = ("Cc", "Cf", "Co", "Cn", "Cs")  # control, format, private-use, unassigned, surrogate


def unreadable(text: str) -> bool:
    """Whether this page text is glyph numbers rather than words (see the module docstring)."""
    text = _CID.sub("\x00", text)
    chars = "".join(text.split())  # str.split() cuts at exactly the str.isspace characters
    if len(chars) < _MIN_CHARS:
        return False
    counts = Counter(chars)  # a page has a few dozen distinct characters: test each once
    odd = sum(n for c, n in counts.items() if unicodedata.category(c) in _ODD or c in "\ufffd\ufffe")
    if odd > 0.1 * len(chars):
        return True
    alnum = sum(n for c, n in counts.items() if c.isalnum())
    if alnum < 0.4 * len(chars):
        return True
    words = list(map(str.lower, _TOKEN.findall(text)))
    if len(words) < 20 or sum(map(_COMMON.__contains__, words)) >= 0.05 * len(words):
        return False
    from ..phrases.words import english_words

    known = english_words()
    if not known:
        return False  # no word list: the character tests above are all there is
    return sum(map(known.__contains__, words)) < 0.3 * len(words)
