"""Furniture in plain text: the header/footer block a word processor's text export leaves at
the end of the file, and the framed labels ("=== JOB DETAILS ===") a scraper puts between the
parts it stitched together.

Saving a Word bulletin as plain text writes the body first and then the text of its headers and
footers: the running line ("Class Code 1514 . . . . . 06-22-18"), once per header variant, and
the footers ("AN EQUAL EMPLOYMENT OPPORTUNITY EMPLOYER", a first-page footer). None of that is
the document's content, and a PDF of the same bulletin prints it at the page edges, where the PDF
reader already sets it aside. The block is recognised by how it behaves, never by its words:

- it starts after the document's last paragraph (a line of prose that ends a sentence, or a long
  one);
- it holds a running line: a dot leader running to a date, a code, "CONT" or a page number, or a
  bare page number ("Page 2 of 3");
- it starts at such a running line, or at a short line printed again further down the block (a
  footer repeated for each header variant).
Everything from that start to the end of the file is flagged, nothing is removed.

A typed document may also close with its typist's **reference initials** ("LJC", "LJC:ab") on
the last line, after the date line: a mark of who typed it, never content, so a new typist is
no change. Only a last line of two to four capitals that are not a word ("NOTE", "END" are
words), with an optional ":" or "/" and lower-case initials, right after a line holding a date
counts.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from ..phrases.words import is_english_word
from .marks import END_BLOCK, INITIALS, SCRAPER_LABEL, PageLines, flag

_LEADER = re.compile(r"(?:\.[ \t]*){4,}")
_RUNNING_SIDE = re.compile(r"(?<![a-z])(?:cont|page|rev)(?![a-z])|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|^\d{3,6}$", re.I)
_PAGE_NUMBER = re.compile(r"^(?:page\s+\d{1,4}(?:\s+of\s+\d{1,4})?|-\s*\d{1,4}\s*-|\d{1,4}\s*/\s*\d{1,4})$", re.I)
_SENTENCE_END = re.compile(r"[.!?:;][\"'\u201d\u2019)]*$")
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’&-]*")
# "=== JOB DETAILS ===": a label framed by runs of one rule character, as a scraper or a
# plain-text writer sets off the parts it stitched together; a document prints headings instead.
_INITIALS = re.compile(r"^[A-Z]{2,4}(?:[:/][A-Za-z]{2,4})?$")
_DATED = re.compile(r"\b\d{1,2}/\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b")
_FRAMED = re.compile(r"^\s*([=*#~_+-])\1{2,}\s*[^=*#~_+\s-][^=*#~_+]*?\s*\1{3,}\s*$")


def running_line(text: str) -> bool:
    """A running header or footer line: a dot leader between a label and a date, code, "CONT"
    or page number, with few words, or a bare page number.

    Most lines have fewer than the four dots a leader needs (a count, in C), and are asked only
    whether they are a page number, on the stripped text: the page-number pattern takes any run
    of whitespace wherever a match can hold one, so it matches there exactly when it matches
    the text with its whitespace runs made single spaces, which was built for every line."""
    if text.count(".") < 4:
        return _PAGE_NUMBER.match(text.strip()) is not None
    body = " ".join(text.split())
    if _PAGE_NUMBER.match(body):
        return True
    if not _LEADER.search(body):
        return False
    sides = [s.strip() for s in _LEADER.split(body) if s.strip()]
    words = sum(len(_WORD.findall(s)) for s in sides)
    return 1 <= len(sides) <= 2 and words <= 12 and any(_RUNNING_SIDE.search(s) for s in sides)


def _paragraph(text: str) -> bool:
    words = len(_WORD.findall(text))
    return words >= 25 or (words >= 8 and bool(_SENTENCE_END.search(text.rstrip())))


def end_block(lines: list[str]) -> int | None:
    """Index of the first line of the trailing header/footer block, or None.

    The document's last paragraph is a line that is a paragraph on its own, or the last line of a
    hard-wrapped paragraph (a block whose lines run on into each other): none of a wrapped
    paragraph's lines need be a sentence by itself, and a page number printed inside the text
    ("Page 5") must not turn the wrapped paragraphs after it into a footer block. A running line
    ends a block like a blank line does: a page break inside a file with no blank lines at all
    leaves wrapped text on both sides of it.

    Whether each line is a running line is asked once (the blocks, the last paragraph and the
    tail all need it), and the last paragraph is looked for from the end."""
    running = [running_line(t) for t in lines]
    last = next((i for i in reversed(range(len(lines))) if not running[i] and _paragraph(lines[i])), -1)
    for start, end in _blocks(lines, running):
        if _wrapped(lines[start:end]):
            last = max(last, end - 1)
    tail = [(i, " ".join(lines[i].split()).lower()) for i in range(last + 1, len(lines)) if lines[i].strip()]
    if not any(running[i] for i, _ in tail):
        return None
    counts = Counter(text for _, text in tail)
    for i, text in tail:
        if running[i] or (counts[text] > 1 and len(_WORD.findall(text)) <= 12):
            return i
    return None  # pragma: no cover - the loop meets the running line at the latest


def _wrapped(block: list[str]) -> bool:
    """Lines that run on into each other: one ends mid-sentence and the next goes on in lower case."""
    return any(not _SENTENCE_END.search(a.rstrip()) and b.lstrip()[:1].islower() for a, b in pairwise(block))


def _blocks(lines: list[str], running: list[bool]) -> list[tuple[int, int]]:
    """(start, end) of each run of non-blank lines that are not running lines (``running[i]``:
    whether line ``i`` is one)."""
    out: list[tuple[int, int]] = []
    start: int | None = None
    for i, text in enumerate([*lines, ""]):
        breaks = not text.strip() or (i < len(lines) and running[i])
        if not breaks and start is None:
            start = i
        elif breaks and start is not None:
            out.append((start, i))
            start = None
    return out


def closing_initials(lines: list[str]) -> int | None:
    """Index of a last line that is the typist's reference initials after a dated line, or None."""
    filled = [i for i, t in enumerate(lines) if t.strip()]
    if len(filled) < 2:
        return None
    last, before = filled[-1], filled[-2]
    initials = _INITIALS.match(lines[last].strip())
    if not initials or not _DATED.search(lines[before]):
        return None
    return None if is_english_word(re.split(r"[:/]", initials.group(0))[0].lower()) else last


def mark_text_furniture(pages: list[list[str]]) -> PageLines:
    """Pages of a text file with its export's trailing header/footer block and its framed
    labels flagged."""
    if not pages:
        return []
    marks = {(p, i): SCRAPER_LABEL for p, page in enumerate(pages) for i, t in enumerate(page) if _FRAMED.match(t)}
    last = len(pages) - 1
    start = end_block(pages[last])
    if start is not None:
        marks.update({(last, i): END_BLOCK for i in range(start, len(pages[last])) if pages[last][i].strip()})
    initials = closing_initials(pages[last])
    if initials is not None and (last, initials) not in marks:
        marks[(last, initials)] = INITIALS
    return flag(pages, marks)
