"""Recovered lines made ready for parsing: normalised text, indentation, and what each line opens.

Every parser reads the same :class:`Row` objects, so the knowledge of what a bullet, a list
label, a weight or a piece of page furniture looks like lives in one place. Patterns here are
about the *shape* of published standards (numbering styles, dot leaders, "(Cont'd)" running
headers), never about the words of any particular document.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ..model import Line

BULLET_CHARS = (
    "\u2022\u00b7\u25cf\u25aa\u25e6\u2023\u2043\u2219\u25a0\u25a1\u27a2\u2713\u2714"
    "\uf0b7\uf0a7\uf076\uf0d8-\u2013\u2014"  # private-use glyphs are Word's Symbol-font bullets
)
_BULLET = re.compile(rf"^([{re.escape(BULLET_CHARS)}]|o(?=\s{{2,}})|\*{{1,3}}(?=\s?\S))\s*")
_STAR_SPACED = re.compile(r"^\*\s+\S")  # "* text": a footnote marker, or a bullet when several follow
_LABEL = re.compile(
    r"""^(?:
        (?P<dotted>[A-Z]\.\d{1,2}(?:\.\d{1,2})*|\d{1,2}(?:\.\d{1,2})+)(?=\s|$)[.)]?  # A.1  1.2.3
      | (?P<num>\d{1,2})[.)](?=\s|$)                                                 # 3.  3)
      | \((?P<paren>\d{1,2}|[A-Za-z]|[ivxIVX]{1,4})\)(?=\s|$)                         # (B) (3) (iv)
      | (?P<letter>[A-Za-z])[.)](?=\s+\S)                                            # a.  B)
      | (?P<roman>[IVX]{1,4})\.(?=\s+\S)                                             # IV.
    )\s*""",
    re.VERBOSE,
)
_CONNECTOR = re.compile(r"^(?P<conn>either|or|and)\s*[:,]?\s+(?=\(|[IVX]{1,4}\b)", re.IGNORECASE)
_OPTION_ONLY = re.compile(r"^(?:either|or)\s+(?P<opt>[IVX]{1,4}|[A-Z])\s*[:.]?$", re.IGNORECASE)
_GOAL = re.compile(r"^(?P<label>(?i:goal|objective)\s+[A-Z0-9]{1,3})\s*[:.\-–]?(?:\s+|$)")
_WEIGHT = re.compile(r"^(?P<w>\d{1,3}(?:\.\d+)?\s?%)(?:\s+|$)")
# The characters of a "Label: value" field's label after its capital ("Job Number", "Salary (Annual)").
FIELD_LABEL_CHARS = r"[\w/()&,.' -]"
# A lone line is a field only with a column gap after its colon: "Note: the ..." with one space is prose.
_FIELD = re.compile(rf"^[A-Z]{FIELD_LABEL_CHARS}{{1,45}}:\s{{2,}}\S")
_DOT_LEADER = re.compile(r"(?:\.\s?){6,}")
_PAGE_NO = re.compile(r"^(?:page\s+\d+(?:\s+of\s+\d+)?|-\s*\d+\s*-|\d{1,3}|\d+\s*/\s*\d+)$", re.IGNORECASE)
_CONTD = re.compile(r"\(?\b(?:cont(?:['\u2019]?d|inued)?\.?)\)?\s*\.?$", re.IGNORECASE)
_NUMBER_WORDS = frozenset(
    [
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "fifteen",
        "twenty",
        "thirty",
        "forty",
        "sixty",
    ]
)


@dataclass(frozen=True, slots=True)
class Row:
    """One line as the parsers see it: text stripped, indentation kept, provenance kept."""

    text: str
    line: int
    page: int | None = None
    indent: int = 0
    index: int = 0  # position in the document; line numbers restart on every page
    page_break: bool = False  # a blank row standing for page furniture (running header, page number)
    heading: int | None = None  # the source marks this line up as a heading of this level
    block: bool = False  # the source starts a block here: the text above never runs on into it

    @property
    def blank(self) -> bool:
        return not self.text


_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f]")


def normalise(text: str) -> str:
    """NFC, no-break and odd spaces to spaces, tabs to spaces, no control characters."""
    if text.isascii():  # NFC and the odd spaces concern only non-ASCII text (most lines are ASCII)
        return _CONTROL.sub("", text.replace("\t", "    "))
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\u00a0", " ").replace("\u2007", " ").replace("\u202f", " ").replace("\t", "    ")
    text = text.replace("\ufeff", "").replace("\u200b", "")
    return _CONTROL.sub("", text)  # every character below " " but the newline


def to_rows(lines: tuple[Line, ...] | list[Line]) -> list[Row]:
    """Lines to rows; letter-spaced banners ("J o b  D e s c r i p t i o n") become blank rows, and
    furniture lines page-break rows (a footer between two pages is not a paragraph break)."""
    rows: list[Row] = []
    for index, line in enumerate(lines):
        if line.furniture is not None:  # printed on the page, not content: like a running footer
            rows.append(Row("", line.line, line.page, 0, index, page_break=True))
            continue
        raw = normalise(line.text).rstrip()
        text = raw.strip()
        if _letter_spaced(text):
            text = ""
        rows.append(
            Row(text, line.line, line.page, len(raw) - len(raw.lstrip()), index, heading=line.heading, block=line.block)
        )
    return rows


def _letter_spaced(text: str) -> bool:
    if len(text) < 11 or not text[1:2].isspace():  # six one-letter tokens, the first one included
        return False
    tokens = text.split()
    return len(tokens) >= 6 and all(len(t) == 1 for t in tokens) and sum(t.isalpha() for t in tokens) >= 5


def line_width(rows: list[Row]) -> int:
    """The usual full line length, to tell a line that stopped short from a wrapped one."""
    lengths = sorted(len(r.text) for r in rows if len(r.text) >= 20)
    if not lengths:
        return 80
    return max(40, lengths[int(0.9 * (len(lengths) - 1))])


def words(text: str) -> list[str]:
    return re.findall(r"[A-Za-z0-9][A-Za-z0-9'\u2019&-]*", text)


def is_caps(text: str) -> bool:
    """ALL CAPS text with at least four letters (a heading or title by its shape)."""
    if text.isascii() and not text.isupper():
        # The common answer, from one C call: ASCII text that is not upper case has a lower-case
        # letter or no letter at all (ASCII's cased characters are exactly its letters).
        return False
    letters = list(filter(str.isalpha, text))  # C-level loops: this runs on every row
    return len(letters) >= 4 and all(map(str.isupper, letters))


_SENTENCE_END = re.compile(r"[.!?;:][\"'\u201d\u2019)]*$")


def ends_sentence(text: str) -> bool:
    return bool(_SENTENCE_END.search(text))


JOINERS = frozenset(
    {"and", "or", "of", "the", "to", "for", "in", "with", "a", "an", "by", "on", "at", "as", "from", "between"}
)


def continues_sentence(previous: str, width: int) -> bool:
    """Whether the line printed right under ``previous`` carries on its sentence: ``previous``
    stops mid-sentence and either ran to the full line width (the text wrapped there) or ends on
    a joining word or a comma. Such a line is never a heading, whatever its case ("... for
    participation in" / "NYSOH.")."""
    if not previous or ends_sentence(previous):
        return False
    last = previous.split()[-1].lower()
    return len(previous) >= 0.6 * width or previous.endswith((",", "-")) or last in JOINERS


def is_furniture(text: str, title_keys: frozenset[str] = frozenset()) -> bool:
    """Page furniture a clause must never contain: page numbers, dot-leader running lines,
    "TITLE (Cont'd)" running headers.

    It runs on every row, so the two searches that scan the whole row go after a test that can
    only say "certainly not" (C-level and ~10 times cheaper): a leader needs six dots, and
    "cont" in any case needs those four ASCII letters in the lower-cased row (no character
    outside ASCII matches them under IGNORECASE)."""
    if _PAGE_NO.match(text):
        return True
    if text.count(".") >= 6 and _DOT_LEADER.search(text):
        sides = [s.strip() for s in _DOT_LEADER.split(text) if s.strip()]
        if len(sides) <= 2 and any(
            re.search(r"\b(?:cont|page|rev|\d{1,2}[-/]\d{1,2}[-/]\d{2,4})", s, re.I) for s in sides
        ):
            return True
    if len(text) < 90 and "cont" in text.lower() and _CONTD.search(text):
        head = key(_CONTD.sub("", text))
        return not head or head in title_keys or is_caps(_CONTD.sub("", text))
    return False


_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


def key(text: str) -> str:
    """Case-, spacing- and punctuation-blind form used to compare headings and titles."""
    text = text.replace("\u2019", "").replace("'", "").replace("&", " and ")
    return " ".join(_NOT_ALNUM.sub(" ", text.lower()).split())


@dataclass(frozen=True, slots=True)
class Opening:
    """What the start of a row says: a label ("A.1", "(B)", "3."), a bullet, a weight, a goal."""

    label: str | None = None
    bullet: bool = False
    weight: str | None = None
    rest: str = ""
    kind: str = "text"  # text | item | label_only | weight_only | field | goal


def opening(text: str, previous: str = "") -> Opening:
    """Split a row's leading label, bullet or weight from its text."""
    m = _WEIGHT.match(text)
    if m:
        rest = text[m.end() :].strip()
        inner = opening(rest, previous) if rest else Opening(kind="weight_only")
        return Opening(inner.label, inner.bullet, m.group("w").replace(" ", ""), inner.rest, inner.kind)
    m = _OPTION_ONLY.match(text)
    if m:
        return Opening(label=m.group("opt"), kind="label_only")
    m = _GOAL.match(text)
    if m:
        rest = text[m.end() :].strip()
        return Opening(label=m.group("label"), rest=rest, kind="goal" if rest else "label_only")
    body = text
    conn = _CONNECTOR.match(body)
    if conn:
        body = body[conn.end() :]
    m = _LABEL.match(body)
    if m and not _continues_number(m, previous):
        label = m.group(0).strip()
        rest = body[m.end() :].strip()
        return Opening(label=label, rest=rest, kind="item" if rest else "label_only")
    m = _BULLET.match(text)
    if m and len(text) > m.end():
        glyph = m.group(1)
        rest = text[m.end() :].strip()
        star = glyph if glyph.startswith("*") else None
        return Opening(label=star, bullet=not star, rest=rest, kind="item")
    if m:
        return Opening(bullet=True, kind="label_only")
    if _FIELD.match(text) or " | " in text:  # "Label:   value" or a table row: one clause each
        return Opening(rest=text, kind="field")
    return Opening(rest=text)


def star_spaced(text: str) -> bool:
    return bool(_STAR_SPACED.match(text))


def _continues_number(match: re.Match[str], previous: str) -> bool:
    """ "three\\n(3) years": a parenthesised figure after a number word continues the sentence."""
    if not match.group("paren") or not match.group("paren").isdigit():
        return False
    last = previous.split()[-1].lower() if previous.split() else ""
    return last in _NUMBER_WORDS
