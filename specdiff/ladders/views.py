"""One title of a document as a document of its own: what the diff engine compares in a ladder.

A series standard prints every level in one file, each section scoped to a title. The view of
one title keeps that title's sections (their title cleared, so the engine pairs sections of two
titles by kind, not by title), optionally the series-wide sections, and its own requirements.
Descriptions are cut into facets (facets.py); inheritance statements are taken out and kept
aside (inherit.py), and a lead-in "All of the above, and ..." is cut from the clause it opens,
so neither is compared as a duty.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from ..diff.glossary import Glossary, build_glossary
from ..diff.units import title_id
from ..errors import InputError
from ..model import Clause, Document, Requirement, Section, Title
from ..model.identity import title_keys
from .facets import FACETED_KINDS, facet_section
from .inherit import InheritanceText, named_titles, read_inheritance


@dataclass(frozen=True)
class Statement:
    """An inheritance clause of a view: where it was printed and what it says."""

    clause: Clause
    section: Section
    said: InheritanceText


@dataclass(frozen=True)
class TitleView:
    key: str  # the level id in the ladder
    title: Title
    doc_index: int
    source: Document
    view: Document  # no requirements: the ladder shows them per level, not as version changes
    requirements: tuple[Requirement, ...] = ()
    statements: tuple[Statement, ...] = ()
    printed: dict[str, str] = field(default_factory=dict)  # clause id -> text as printed, where cut


def _names(title: Title) -> set[str]:
    keys: set[str] = set()
    for name in (title.title, title.id, *title.aliases):
        keys |= title_keys(name)
    return keys


def find_title(doc: Document, name: str) -> Title:
    """The title of ``doc`` that ``name`` names: its code, id, full name or any alias (case,
    punctuation and "(Health Benefit Exchange)" vs "(HBE)" ignored). An unknown or ambiguous
    name is an input error that lists the document's titles."""
    wanted = name.strip()
    by_code = [t for t in doc.titles if t.code and t.code.strip() == wanted]
    if len(by_code) == 1:
        return by_code[0]
    keys = title_keys(wanted)
    hits = [t for t in doc.titles if t.id == wanted or keys & _names(t)]
    if len(hits) == 1:
        return hits[0]
    listed = "; ".join(f"{t.title}" + (f" ({t.code})" if t.code else "") for t in doc.titles) or "none"
    where = Path(doc.source.path).name
    if hits:
        raise InputError(f"title {name!r} is ambiguous in {where}: it names {len(hits)} titles ({listed})")
    raise InputError(f"no title {name!r} in {where}; its titles: {listed}")


def document_title(doc: Document) -> Title:
    """The one title of a single-title document, or a stand-in named for the file when the
    parser found none (a position description without a title line still has content)."""
    if len(doc.titles) == 1:
        return doc.titles[0]
    if not doc.titles:
        return Title(id="document", title=Path(doc.source.path).stem)
    listed = "; ".join(t.title for t in doc.titles)
    raise InputError(f"{Path(doc.source.path).name} has {len(doc.titles)} titles; name one ({listed})")


def own_sections(doc: Document, title: Title, glossary: Glossary | None = None) -> list[Section]:
    """The sections printed for ``title`` (resolved like the diff engine resolves them)."""
    if not doc.titles:
        return [s for s in doc.sections if s.title is None]
    glossary = glossary or build_glossary(doc)
    return [s for s in doc.sections if s.title is not None and title_id(s.title, doc.titles, glossary) == title.id]


def series_sections(doc: Document) -> list[Section]:
    return [s for s in doc.sections if s.title is None]


def own_requirements(doc: Document, title: Title) -> tuple[Requirement, ...]:
    """The title's requirement facts, then the series-wide ones (title None) that apply to it."""
    names = _names(title)
    own = [r for r in doc.requirements if r.title is not None and title_keys(r.title) & names]
    return tuple(own + [r for r in doc.requirements if r.title is None])


def _prepared(
    section: Section, doc: Document, glossary: Glossary, statements: list[Statement], printed: dict[str, str]
) -> Section:
    """Facets for descriptions; inheritance statements set aside; "All of the above, and" cut.
    A statement that names no other level, in words or by title, is an ordinary clause."""
    if section.kind in FACETED_KINDS:
        section = facet_section(section)
    kept: list[Clause] = []
    for clause in section.walk():
        said = read_inheritance(clause.text)
        if said is not None and said.direction is None and not named_titles(clause.text, doc.titles, glossary):
            said = None
        if said is None:
            kept.append(replace(clause, children=()))
            continue
        statements.append(Statement(clause, section, said))
        if said.rest is not None:
            printed[clause.id] = clause.text
            kept.append(replace(clause, text=clause.text[said.rest :], children=(), sentences=()))
    return replace(section, title=None, clauses=tuple(kept))


def title_view(doc: Document, title: Title, key: str, doc_index: int, *, with_series: bool) -> TitleView:
    """The view of ``title``: its own sections (plus the series-wide ones when ``with_series``)."""
    glossary = build_glossary(doc)
    chosen = own_sections(doc, title, glossary)
    if with_series and doc.titles:
        chosen = [s for s in doc.sections if s.title is None or s in chosen]
    statements: list[Statement] = []
    printed: dict[str, str] = {}
    sections = tuple(_prepared(s, doc, glossary, statements, printed) for s in chosen)
    view = replace(doc, sections=sections, requirements=())
    return TitleView(key, title, doc_index, doc, view, own_requirements(doc, title), tuple(statements), printed)


__all__ = [
    "Statement",
    "TitleView",
    "document_title",
    "find_title",
    "own_requirements",
    "series_sections",
    "title_view",
]
