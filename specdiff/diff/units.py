"""Clauses as the aligner sees them: document order, section, title, and comparison form.

A document's sections name their title by a string (the canonical title, an alias or the
title's id, depending on the parser); here each is resolved to one :class:`Title` so that both
versions speak of titles the same way.

Footnotes ("* Examples of ...") belong to the clauses that cite their marker, not to the title
block the page happened to print them under (a series' footnotes often trail the last level).
A footnote is "at home" under a title whose clauses cite it; moving it between titles matters
only when it ends up away from its citations (see changes.py).
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace

from ..model import Clause, ClauseRef, Document, Section, Title
from ..model.identity import resolve_title
from .glossary import Glossary, Tokens, word_tokens
from .labels import empty_labels
from .normalize import comparison_form

_FOOTNOTE_LEAD = re.compile(r"^\s*(?:\*+|\[\d{1,3}\]|[\u2020\u2021]|[\u00b9\u00b2\u00b3\u2070-\u2079]+)")


@dataclass(frozen=True, slots=True)
class Unit:
    """One clause of one version, ready to be compared."""

    index: int  # position in document order
    clause: Clause
    section: Section
    section_index: int
    title: str | None  # resolved title key (a Title id, or "?name" for an unknown title)
    form: str  # comparison form
    tokens: Tokens
    marker: str | None  # the footnote marker this clause starts with ("*", "**", "[1]")
    at_home: bool = True  # a footnote cited by a clause of its own title (or not a footnote)
    contexts: tuple[str, ...] = ()  # its section's heading, then the sub-heading it reads under

    heading: bool = False  # a heading the parser read as a clause (see mark_headings)
    empty_label: bool = False  # only a form label, with no value (see labels.py)

    @property
    def floating(self) -> bool:
        """A footnote whose marker some clause cites: its title follows the citations."""
        return self.marker is not None

    @property
    def ref(self) -> ClauseRef:
        c = self.clause
        return ClauseRef(
            id=c.id,
            text=self.printed,
            section=self.section.kind,
            title=self.section.title,
            span=c.span,
            label=c.label,
            heading=self.section.heading or None,
            ocr_confidence=c.ocr_confidence,
        )

    @property
    def ocr(self) -> bool:
        """Whether OCR read this clause's text (OCR misreadings are forgiven only there)."""
        return self.clause.ocr_confidence is not None

    @property
    def printed(self) -> str:
        """The clause as the reader saw it: an option or footnote label ("(A)", "2.", "*") stays
        in front, because "(A) Completion of ..." is what a reviewer searches for; bullet glyphs
        do not. Alignment and the editorial verdict use the text alone, so renumbering is not a
        change."""
        label = self.clause.label
        if label and (label[0].isalnum() or label[0] in "([*"):
            return f"{label} {self.clause.text}"
        return self.clause.text


def title_forms(title: Title, glossary: Glossary) -> set[Tokens]:
    """Every way a title can be written, as expanded comparison tokens."""
    names = (title.title, title.id, *title.aliases)
    return {glossary.expand(word_tokens(n)) for n in names if n} - {()}


def title_id(name: str | None, titles: tuple[Title, ...], glossary: Glossary) -> str | None:
    """The id of the Title a section's ``title`` string names, the key the aligner pairs titles
    by: the model's title resolution, else the name with the document's abbreviations expanded
    matched against every form of each title; "?words" when none names it."""
    if name is None:
        return None
    found = resolve_title(titles, name)
    if found is not None:
        return found.id
    wanted = glossary.expand(word_tokens(name))
    for title in titles:
        if wanted in title_forms(title, glossary):
            return title.id
    return "?" + " ".join(wanted)


def _marker(clause: Clause) -> str | None:
    for text in (clause.label or "", clause.text):
        match = _FOOTNOTE_LEAD.match(text)
        if match:
            return match.group(0).strip()
    return None


def _cites(text: str, marker: str) -> bool:
    """Does ``text`` cite ``marker`` after its first character ("insurance*" cites "*", not "**")?"""
    return _citation(marker).search(text[1:]) is not None


@functools.lru_cache(maxsize=256)
def _citation(marker: str) -> re.Pattern[str]:
    """The pattern of a citation of ``marker``, compiled once per marker (not once per clause)."""
    edge = re.escape(marker[0]) if marker[0] in "*\u2020\u2021" else ""
    guard = f"(?<!{edge})" if edge else ""
    after = f"(?!{edge})" if edge else ""
    return re.compile(guard + re.escape(marker) + after)


def _place_footnotes(units: list[Unit]) -> list[Unit]:
    """Keep ``marker`` only on footnotes some clause cites; mark whether each is at home."""
    markers = {u.marker for u in units if u.marker is not None}
    cited_by: dict[str, set[str | None]] = {
        m: {u.title for u in units if u.marker is None and _cites(u.clause.text, m)} for m in sorted(markers)
    }
    out = []
    for unit in units:
        if unit.marker is None:
            out.append(unit)
            continue
        citing = cited_by[unit.marker]
        if not citing:
            out.append(replace(unit, marker=None))
        else:
            out.append(replace(unit, at_home=unit.title in citing))
    return out


Forms = Mapping[str, str]  # text -> its comparison form (see document_forms)


def document_forms(docs: tuple[Document, ...], glossary: Glossary) -> dict[str, str]:
    """The comparison form of every text the units of ``docs`` are built from (clause texts,
    section headings, title names and aliases), each distinct text once. Two versions of one
    standard repeat most of their clauses, every title name and most headings word for word,
    and the form is the costliest step of building a unit: one shared table for both versions
    computes each form once instead of once per version and once per use."""
    texts: dict[str, None] = {}
    for doc in docs:
        for title in doc.titles:
            texts.update(dict.fromkeys(n for n in (title.title, *title.aliases) if n))
        for section in doc.sections:
            texts[section.heading] = None
            texts.update(dict.fromkeys(clause.text for clause in section.walk()))
    return {text: comparison_form(text, glossary) for text in texts}


def build_units(doc: Document, glossary: Glossary, forms: Forms) -> list[Unit]:
    """Every clause of ``doc`` in document order as a Unit; ``forms`` holds the comparison form
    of each of its texts (document_forms)."""
    units: list[Unit] = []
    resolved: dict[str | None, str | None] = {}
    for section_index, section in enumerate(doc.sections):
        if section.title not in resolved:
            resolved[section.title] = title_id(section.title, doc.titles, glossary)
        for clause in section.walk():
            form = forms[clause.text]
            units.append(
                Unit(
                    index=len(units),
                    clause=clause,
                    section=section,
                    section_index=section_index,
                    title=resolved[section.title],
                    form=form,
                    tokens=tuple(map(sys.intern, form.split())),  # words repeat: share them
                    marker=_marker(clause),
                )
            )
    titles = {forms[name] for t in doc.titles for name in (t.title, *t.aliases) if name}
    return mark_empty_labels(mark_headings(_place_footnotes(units), titles))


def mark_empty_labels(units: list[Unit]) -> list[Unit]:
    """Flag the clauses that are only a form label with no value (labels.py); a label wrapped
    onto the next printed line is two clauses of one section on consecutive lines."""
    adjacent = [
        k > 0
        and units[k - 1].section_index == u.section_index
        and units[k - 1].clause.span.page == u.clause.span.page
        and units[k - 1].clause.span.end_line + 1 == u.clause.span.line
        for k, u in enumerate(units)
    ]
    flags = empty_labels([u.clause.text for u in units], adjacent)
    return [replace(u, empty_label=True) if flag else u for u, flag in zip(units, flags, strict=True)]


_SMALL = "a an and as at by for from in of on or the to with your you our we"
_SMALL_WORDS = frozenset(_SMALL.split())
_HEADING_WORD = re.compile(r"[^\W\d_][\w'\u2019&/-]*")
_MARKDOWN_HEADING = re.compile(r"\s*#{1,6}\s")
_MARKDOWN_TITLE = re.compile(r"\s*#\s")  # "# Service designer": a level-one heading names the document
_ANSWERS = frozenset(["yes", "no", "none", "other", "true", "false", "n/a", "na"])  # answer options


def heading_shaped(text: str) -> bool:
    """Short, unpunctuated, and written like a heading: Title Case ("The Ideal Candidate"), ALL
    CAPS ("EDUCATION:"), or a short label ending in a colon ("What you should bring:"). No
    figures (a date or an amount is a value) and no colon inside (a "Label: value" field). A
    Markdown heading mark ("### Skills and experience") says so whatever the case."""
    if len(text) > 100:  # most clauses: no need to look further
        return False
    marked = _MARKDOWN_HEADING.match(text) is not None
    body = text.strip().lstrip("#").strip()
    if not body or len(body) > 80 or body[-1] in ".!?;," or any(c.isdigit() or c == "|" for c in body):
        return False  # a sentence, a value, or a table row
    label = body.endswith(":")
    body = body.rstrip(":").strip()
    if ":" in body or not body[:1].isupper():
        return False
    words = _HEADING_WORD.findall(body)
    if not words or len(words) > 8 or len(body.split()) > len(words) + 2:
        return False
    if all(w.lower() in _ANSWERS for w in words) or not any(len(w) >= 3 and w.isalpha() for w in words):
        return False
    capitals = all(w[0].isupper() for w in words if w.lower() not in _SMALL_WORDS)
    # "Accountability Accessibility Inclusivity Integrity": capitalised terms in a row, with no
    # word or mark joining them, are a row of items, not a heading
    terms = len(words) >= 3 and not any(w.lower() in _SMALL_WORDS for w in words) and body.isascii()
    terms = terms and not re.search(r"[,&/()-]", body) and not body.isupper()
    return marked or (capitals and not terms) or (label and len(words) <= 5)


def _short_line(text: str) -> bool:
    """A line of a few words that ends no sentence: a heading, an answer option or a short item."""
    if len(text) > 120:
        return False
    body = text.strip()
    return bool(body) and len(body.split()) <= 8 and body[-1] not in ".!?;"


def _looks_set_apart(text: str) -> bool:
    """A heading that cannot be mistaken for a short list item: capitals, a colon or a "#"."""
    body = text.strip()
    letters = [c for c in body if c.isalpha()]
    return body.startswith("#") or body.endswith(":") or (bool(letters) and all(c.isupper() for c in letters))


def mark_headings(units: list[Unit], titles: AbstractSet[str] = frozenset()) -> list[Unit]:
    """Flag the clauses that are headings the parser did not recognise: heading-shaped, with
    body text (not another short line) right after them in the same section, and not an answer
    or an item (the line before does not end in "?" or ":"). After a short line ("Service First",
    "Excellent Quality", an answer option) only a line set apart by capitals, a colon or a "#" is
    a heading,
    so the last option of a list is not mistaken for the heading of the next question. A
    Markdown heading ("## Selection process") is one wherever it stands. A title line is never
    a heading: the document's first clause, a level-one Markdown heading, or a line that reads
    as one of the document's ``titles`` (comparison forms): renaming the job is substantive."""
    shaped = [heading_shaped(u.clause.text) for u in units]
    short = [_short_line(u.clause.text) for u in units]
    out: list[Unit] = []
    for k, unit in enumerate(units):
        after = k + 1 < len(units) and units[k + 1].section_index == unit.section_index
        before = k > 0 and units[k - 1].section_index == unit.section_index
        if _MARKDOWN_TITLE.match(unit.clause.text) or unit.form in titles:
            out.append(unit)
            continue
        if k > 0 and shaped[k] and _MARKDOWN_HEADING.match(unit.clause.text):
            out.append(replace(unit, heading=True))  # "## Selection process" above "### Sift"
            continue
        flag = shaped[k] and k > 0 and after and not short[k + 1]
        if flag and before:
            previous = units[k - 1].clause.text.rstrip()
            flag = not previous.endswith(("?", ":")) and (not short[k - 1] or _looks_set_apart(unit.clause.text))
        out.append(replace(unit, heading=True) if flag else unit)
    return out


def section_table(doc: Document, units: list[Unit]) -> list[tuple[Section, str | None, int]]:
    """(section, resolved title, clause count) for every section of the document, by index."""
    counts = [0] * len(doc.sections)
    titles: list[str | None] = [None] * len(doc.sections)
    for unit in units:
        counts[unit.section_index] += 1
        titles[unit.section_index] = unit.title
    return [(s, titles[k], counts[k]) for k, s in enumerate(doc.sections)]


def heading_forms(doc: Document, forms: Forms) -> set[str]:
    return {f for f in (forms[s.heading] for s in doc.sections) if f}


def set_contexts(units: list[Unit], other_headings: set[str], forms: Forms) -> list[Unit]:
    """Give each clause the headings it reads under: its section's, and the latest clause of
    its section that is a heading (see mark_headings) or that the other version prints as one. A
    PDF parsed without its bold headings turns "B Physical Effort" into a clause; the DOCX of
    the same text makes it a section. Both then agree on a heading the following clauses sit
    under."""
    out: list[Unit] = []
    head, current, section = "", "", -1
    contexts: tuple[str, ...] = ()
    for unit in units:
        if unit.section_index != section:
            section = unit.section_index
            head = current = forms[unit.section.heading]
            contexts = (head,) if head else ()
        out.append(replace(unit, contexts=contexts))
        if unit.form in other_headings or unit.heading:
            current = unit.form
            contexts = tuple(c for c in dict.fromkeys((head, current)) if c)
    return out
