"""Rows to section drafts: headings found, each section scoped to the title (level) it is about.

Every format walks its rows the same way; a :class:`Dialect` holds the few choices that differ
between published forms (whether "Note: ..." opens a section, whether a title scope outlives the
next heading, how a new position starts). Level headings and "TITLE: text" openings inside a
section resolve through the title index to the canonical title, so "CMS 2 (HBE)" and the full
capitalised title scope the same section.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from .headings import NOT_HEADING as _NOT_HEADING
from .headings import heading_shape, inline_heading, joins_next, kind_of
from .rows import Row, continues_sentence, ends_sentence, is_caps, is_furniture, key, line_width
from .titles import TitleIndex


@dataclass(frozen=True)
class Dialect:
    """What differs between published forms when finding sections."""

    name: str
    inline_note_heading: bool = False
    scope_persists: bool = False
    title_case_headings: bool = True
    position_start: Callable[[str], tuple[str, str] | None] | None = None


@dataclass
class SectionDraft:
    kind: str
    heading: str
    title: str | None
    head_row: Row | None
    rows: list[Row] = field(default_factory=list)
    implicit: bool = False
    resumes: tuple[str, str] | None = None  # an inline "NOTE: ..." interrupts this (kind, heading)


def find_sections(rows: list[Row], index: TitleIndex, dialect: Dialect, skip: set[int]) -> list[SectionDraft]:
    """Section drafts in document order; the first holds whatever precedes the first heading."""
    title_keys = frozenset(index.by_key)
    repeats = page_top_repeats(rows)
    recurring = _recurring([r for r in rows if r.index not in repeats])
    width = line_width(rows)
    drafts = [SectionDraft("other", "", None, None)]
    previous = ""  # the text line above, across page furniture; "" after a break or a heading
    i = 0
    while i < len(rows):
        row = rows[i]
        current = drafts[-1]
        held = _held(row, skip, title_keys)
        if held is None and row.index in repeats:
            held = Row("", row.line, row.page, 0, row.index, page_break=True)
        if held is not None:
            current.rows.append(held)
            previous = previous if held.page_break else ""
            i += 1
            continue
        continues, previous = continues_sentence(previous, width), row.text
        started = _position(row, dialect, index)
        if started is not None:
            drafts.append(SectionDraft("description", started[0], started[1], row))
            previous = ""
            i += 1
            continue
        if _after_break(current):
            lead = index.leading(row.text)
            if lead is not None:
                kind, heading_text = current.resumes or (current.kind, current.heading)
                drafts.append(SectionDraft(kind, heading_text, lead[0], row))
                if lead[1]:
                    drafts[-1].rows.append(Row(lead[1], row.line, row.page, row.indent, row.index))
                previous = lead[1]
                i += 1
                continue
        heading = _heading(rows, i, index, dialect, recurring, continues=continues)
        if heading is None and row.heading is not None:
            heading = _marked_heading(row, index, recurring, under_heading=_bare(current))
        if heading is not None:
            text, kind, title, rest, used = heading
            if title is None and dialect.scope_persists:
                title = current.title
            drafts.append(SectionDraft(kind, text, title, row))
            if rest:  # "NOTE: text" inside a section: the next title scope goes back to that section
                drafts[-1].rows.append(Row(rest, row.line, row.page, row.indent, row.index))
                drafts[-1].resumes = (current.kind, current.heading) if current.heading else None
            previous = rest
            i += used
            continue
        current.rows.append(row)
        i += 1
    return drafts


def _held(row: Row, skip: set[int], title_keys: frozenset[str]) -> Row | None:
    """What a row without text of its own leaves in its section: a blank row for a blank or
    skipped line, a page-break row for page furniture (a page break is not a paragraph break:
    the text on both sides may be one sentence); None for a row of text."""
    if row.index in skip:
        return Row("", row.line, row.page, 0, row.index)
    if row.blank:
        return row
    if is_furniture(row.text, title_keys):
        return Row("", row.line, row.page, 0, row.index, page_break=True)
    return None


def page_top_repeats(rows: list[Row]) -> set[int]:
    """Indices of rows that repeat, as the first text of a new page, the last line printed on its
    own on the page before: a heading that a table's repeated header row (Word) or a "continued"
    heading prints again. They are page furniture: the paragraph running over the page stays
    whole, and the heading is not mistaken for a level heading printed in several sections."""
    out: set[int] = set()
    page: int | None = None  # page of the last row of text
    alone: tuple[int | None, str] | None = None  # (page, key) of the last short line on its own
    for i, row in enumerate(rows):
        if not row.text:
            continue
        new_page = row.page is not None and page is not None and row.page != page
        if new_page and alone is not None and alone == (page, key(row.text)):
            out.add(row.index)
            page = row.page
            continue
        before_blank = i == 0 or not rows[i - 1].text
        after_blank = i + 1 >= len(rows) or not rows[i + 1].text
        if len(row.text) < 80 and before_blank and after_blank:
            alone = (row.page, key(row.text))
        page = row.page
    return out


def _after_break(draft: SectionDraft) -> bool:
    """A title opens a scope only where a new paragraph could start."""
    for row in reversed(draft.rows):
        if row.text:
            return ends_sentence(row.text)
    return True


def _position(row: Row, dialect: Dialect, index: TitleIndex) -> tuple[str, str] | None:
    if dialect.position_start is None:
        return None
    found = dialect.position_start(row.text)
    if found is None:
        return None
    heading, printed = found
    return heading, index.whole(printed) or printed


def _recurring(rows: list[Row]) -> set[str]:
    """Keys of short lines printed on their own more than once: level headings, not sections."""
    counts = Counter(key(r.text) for r in rows if r.text and len(r.text) < 80)
    return {k for k, n in counts.items() if n > 1}


def _heading(
    rows: list[Row], i: int, index: TitleIndex, dialect: Dialect, recurring: set[str], *, continues: bool = False
) -> tuple[str, str, str | None, str, int] | None:
    """(heading text, kind, title, inline rest, rows used) when row ``i`` is a heading. A row
    that ``continues`` the sentence of the line above is body text, whatever its shape."""
    text = rows[i].text
    if _answer_option(rows, i) or (is_caps(text) and _SAYS.search(text)):
        return None  # an answer, or a sentence in capitals ("THE COUNTY IS AN EQUAL OPPORTUNITY EMPLOYER")
    trailing = index.trailing(text)
    if (
        trailing is not None
        and kind_of(trailing[0]) != "other"
        and len(trailing[0].split()) <= 6
        and not text.endswith((".", ";", ","))
    ):
        return text, kind_of(trailing[0]), trailing[1], "", 1
    inline = inline_heading(text)
    if inline is not None:
        kind = kind_of(inline[0])
        if kind != "notes" or dialect.inline_note_heading:
            return inline[0], kind, None, inline[1], 1
    if continues or not heading_shape(text, title_case=dialect.title_case_headings):
        return None
    used = 1
    nxt = rows[i + 1].text if i + 1 < len(rows) else ""
    if nxt and joins_next(text, nxt):
        text, used = f"{text} {nxt}", 2
    kind = kind_of(text)
    clean = text.rstrip(": ").strip()
    if kind == "other" and not _unknown_heading_ok(clean, rows, i, recurring):
        return None
    return clean, kind, None, "", used


# a line in capitals that states something ("THE COUNTY IS AN EQUAL OPPORTUNITY EMPLOYER") is a
# sentence, and so is the rest of one whose line above ends in a joining word ("... AND")
_SAYS = re.compile(r"^(?!\W*(?:WHO|WHAT|WHERE|WHEN|WHY|HOW)\b).*\b(?:IS|ARE|WAS|WERE|WILL|SHALL|MUST)\s+\S+\s+\S+")
_ENDS_JOINED = re.compile(r"\b(?:and|or|of|the|to|for|an?)\s*$", re.I)


def _above(rows: list[Row], i: int) -> str:
    """The nearest non-blank line above row ``i`` (within a few lines)."""
    for j in range(i - 1, max(-1, i - 4), -1):
        if not rows[j].blank:
            return rows[j].text
    return ""


def _continues_statement(rows: list[Row], i: int) -> bool:
    """Whether row ``i`` is printed right under a line in capitals that states something and
    ends no sentence ("THIS EXAMINATION IS TO BE GIVEN ONLY" / "ON AN OPEN COMPETITIVE BASIS"):
    a statement wrapped over two lines, whose second line is not a heading of its own."""
    if i == 0 or rows[i - 1].blank:
        return False
    above = rows[i - 1].text
    return is_caps(above) and bool(_SAYS.search(above)) and not ends_sentence(above)


_ASKS = re.compile(r"\?\s*(?:[A-Z][^.?]{0,60}\.)?$")  # "...? Select all that apply."


def _answer_option(rows: list[Row], i: int) -> bool:
    """A line indented under a question (the nearest less indented line above, past blanks and
    the other options, asks something) is one of its answers ("Georgia Voter Registrar
    Certification" under "Do you hold any of the following certifications?"), never a heading."""
    indent = rows[i].indent
    for j in range(i - 1, max(-1, i - 16), -1):
        row = rows[j]
        if row.blank or row.indent >= indent:
            continue
        return bool(_ASKS.search(row.text))
    return False


def _marked_heading(
    row: Row, index: TitleIndex, recurring: set[str], *, under_heading: bool
) -> tuple[str, str, str | None, str, int] | None:
    """A line the source marks up as a heading opens a section whatever its shape ("You will"),
    unless it is one of the sub-headings a section holds: a label repeated across sections
    ("All Levels"), an option ("Either I", "Or II"), a title (level) name, no words at all, or
    a heading of no known kind printed right under another heading."""
    text = row.text.rstrip(": ").strip()
    if not any(c.isalpha() for c in text) or key(text) in recurring or _NOT_HEADING.match(text):
        return None
    kind = kind_of(text)
    if index.whole(text) is not None or (under_heading and kind == "other"):
        return None
    return text, kind, None, "", 1


def _bare(draft: SectionDraft) -> bool:
    """A section with a heading and no text under it yet."""
    return bool(draft.heading) and not any(r.text for r in draft.rows)


def _unknown_heading_ok(text: str, rows: list[Row], i: int, recurring: set[str]) -> bool:
    """An unrecognised heading must look like one: capitals, or a Title Case line on its own
    between blank lines that is not a level heading repeated across sections."""
    if key(text) in recurring or re.match(r"^(?:goal|objective)\b", text, re.I):
        return False
    if is_caps(text):
        if _ENDS_JOINED.search(_above(rows, i)) or _continues_statement(rows, i):
            return False  # "... EQUAL OPPORTUNITY EMPLOYER AND" / "VALUES DIVERSITY ...": the rest of a sentence
        return not rows[i].text.endswith(":") or len(text.split()) >= 2
    if rows[i].text.endswith(":"):
        return False
    prev_blank = i == 0 or rows[i - 1].blank
    next_blank = i + 1 >= len(rows) or rows[i + 1].blank
    return prev_blank and next_blank
