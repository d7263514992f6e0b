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
from dataclasses import dataclass, replace

from ..model import Clause, ClauseRef, Document, Section, Title
from ..model.identity import resolve_title
from .glossary import Glossary, Tokens, word_tokens
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
    context: str = ""  # the heading it reads under (see set_contexts)

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


def build_units(doc: Document, glossary: Glossary) -> list[Unit]:
    units: list[Unit] = []
    resolved: dict[str | None, str | None] = {}
    for section_index, section in enumerate(doc.sections):
        if section.title not in resolved:
            resolved[section.title] = title_id(section.title, doc.titles, glossary)
        for clause in section.walk():
            form = comparison_form(clause.text, glossary)
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
    return _place_footnotes(units)


def section_table(doc: Document, units: list[Unit]) -> list[tuple[Section, str | None, int]]:
    """(section, resolved title, clause count) for every section of the document, by index."""
    counts = [0] * len(doc.sections)
    titles: list[str | None] = [None] * len(doc.sections)
    for unit in units:
        counts[unit.section_index] += 1
        titles[unit.section_index] = unit.title
    return [(s, titles[k], counts[k]) for k, s in enumerate(doc.sections)]


def heading_forms(doc: Document, glossary: Glossary) -> set[str]:
    return {f for f in (comparison_form(s.heading, glossary) for s in doc.sections) if f}


def set_contexts(units: list[Unit], other_headings: set[str], glossary: Glossary) -> list[Unit]:
    """Give each clause the heading it reads under: its section's, or the latest clause of its
    section that the other version prints as a heading. A PDF parsed without its bold headings
    turns "B Physical Effort" into a clause; the DOCX of the same text makes it a section. Both
    then agree on what heading the following clauses sit under."""
    out: list[Unit] = []
    current, section = "", -1
    for unit in units:
        if unit.section_index != section:
            section = unit.section_index
            current = comparison_form(unit.section.heading, glossary)
        out.append(replace(unit, context=current))
        if unit.form in other_headings:
            current = unit.form
    return out
