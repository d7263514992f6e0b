"""OCR misreadings as editorial, on text that OCR read, and nowhere else.

Tesseract misreads in known ways: "rn" for "m", "l", "1", "I", "|" and "!" for one another, "0" for
"O", a speck read as punctuation or an accent ("This." for "This", "éntry"), a line-end hyphen
kept ("experi- ence"), a semicolon read as a letter ("encumbrancesi"). A reviewer comparing a 1979
scan with the 2024 PDF must not see those as changes, and must see every other change.

So a difference is forgiven only when (1) one side of the clause pair was read by OCR (its
clause carries an OCR confidence) and (2) every differing word pair is one of:

- equal once both are folded: accents and punctuation dropped, case folded, "rn" as "m", each
  of "l 1 i | !" as "l", "0" as "o" (a digit never stands for another digit this way: "1" and
  "0" fold to different letters);
- a non-word on the OCR side (letters only, four or more, in no English word list) one letter
  away from a real word on the other (a single misread letter: "inguiries", "encumbrancesi");
- words split or joined differently (re-wrapped or hyphenated lines) that are equal joined.

Anything else, a number above all, stays substantive: "two" -> "four", "2" -> "4" and an added
clause are never an OCR misreading.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from rapidfuzz.distance import Levenshtein

from .sequence import runs

REASON = "OCR misreading"
_WORD = re.compile(r"[^\W_]+(?:[-\u00ad]\s*[^\W_]+)*|[|!]")
_LETTERS = re.compile(r"[a-z]{4,}")


def _fold(token: str) -> str:
    """A token as OCR cannot tell it apart from its look-alikes."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", token) if not unicodedata.combining(c))
    plain = re.sub(r"[-\u00ad\s]", "", plain.casefold())
    plain = plain.replace("rn", "m")
    return plain.translate(_LOOKALIKES)


_LOOKALIKES = str.maketrans({"1": "l", "i": "l", "|": "l", "!": "l", "0": "o"})


def tokens(text: str) -> list[str]:
    """Words of a clause (a hyphen with a line break after it stays inside the word), and the
    lone bars and exclamation marks OCR makes of an "l" or an "I"."""
    return _WORD.findall(text)


def _misread_word(ocr: str, other: str) -> bool:
    """A non-word read by OCR one letter away from a real word printed on the other side."""
    from ..phrases.words import english_words

    words = english_words()
    a, b = _fold_case(ocr), _fold_case(other)
    if not _LETTERS.fullmatch(a) or not b.isalpha() or not words:
        return False
    return a not in words and b in words and Levenshtein.distance(a, b) <= 1


def _fold_case(token: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", token.casefold()) if not unicodedata.combining(c))


def _hunk_explained(old: Sequence[str], new: Sequence[str], old_ocr: bool, new_ocr: bool) -> bool:
    if "".join(map(_fold, old)) == "".join(map(_fold, new)):
        return True  # look-alikes, accents, punctuation and spacing
    if len(old) != len(new):
        return False
    for a, b in zip(old, new, strict=True):
        if _fold(a) == _fold(b):
            continue
        if not ((new_ocr and _misread_word(b, a)) or (old_ocr and _misread_word(a, b))):
            return False
    return True


def explained_by_ocr(old: str, new: str, *, old_ocr: bool, new_ocr: bool) -> bool:
    """Whether every difference between two clause texts is an OCR misreading on a side that
    OCR read (see the module docstring). False when neither side was read by OCR."""
    if not (old_ocr or new_ocr):
        return False
    a, b = tokens(old), tokens(new)
    if not a or not b:
        return False
    folded_a, folded_b = [_fold(t) for t in a], [_fold(t) for t in b]
    for tag, i1, i2, j1, j2 in runs(folded_a, folded_b):
        if tag != "equal" and not _hunk_explained(a[i1:i2], b[j1:j2], old_ocr, new_ocr):
            return False
    return True
