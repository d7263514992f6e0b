"""Clauses as the aligner sees them: document order, section, title, and comparison form.

A document's sections name their title by a string (the canonical title, an alias or the
title's id, depending on the parser); here each is resolved to one :class:`Title` so that both
versions speak of titles the same way. Footnotes ("* Examples of ...") float: where the page
put them says nothing about which title they belong to, so moving one is never a title move.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Clause, ClauseRef, Document, Section, Title
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
    footnote: bool

    @property
    def ref(self) -> ClauseRef:
        c = self.clause
        return ClauseRef(
            id=c.id, text=c.text, section=self.section.kind, title=self.section.title, span=c.span, label=c.label
        )


def title_forms(title: Title, glossary: Glossary) -> set[Tokens]:
    """Every way a title can be written, as expanded comparison tokens."""
    names = (title.title, title.id, *title.aliases)
    return {glossary.expand(word_tokens(n)) for n in names if n} - {()}


def resolve_title(name: str | None, titles: tuple[Title, ...], glossary: Glossary) -> str | None:
    """The id of the Title a section's ``title`` string names; "?words" when none does."""
    if name is None:
        return None
    for title in titles:
        if name in (title.id, title.title):
            return title.id
    wanted = glossary.expand(word_tokens(name))
    for title in titles:
        if wanted in title_forms(title, glossary):
            return title.id
    return "?" + " ".join(wanted)


def build_units(doc: Document, glossary: Glossary) -> list[Unit]:
    units: list[Unit] = []
    resolved: dict[str | None, str | None] = {}
    for section_index, section in enumerate(doc.sections):
        if section.title not in resolved:
            resolved[section.title] = resolve_title(section.title, doc.titles, glossary)
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
                    tokens=tuple(form.split()),
                    footnote=bool(_FOOTNOTE_LEAD.match(clause.text)),
                )
            )
    return units


def section_table(doc: Document, units: list[Unit]) -> list[tuple[Section, str | None, int]]:
    """(section, resolved title, clause count) for every section of the document, by index."""
    counts = [0] * len(doc.sections)
    titles: list[str | None] = [None] * len(doc.sections)
    for unit in units:
        counts[unit.section_index] += 1
        titles[unit.section_index] = unit.title
    return [(s, titles[k], counts[k]) for k, s in enumerate(doc.sections)]
