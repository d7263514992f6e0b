"""A ladder assembled: levels in order, one step between neighbours, the shared text once.

``ladder(doc)`` takes a series standard's titles in the order it prints them (or the order the
caller names them) and compares each with the one below. ``compare_titles`` compares any two
titles, of one document or of two. Series-wide sections (printed once for every level) are the
ladder's shared text; across two documents nothing is series-wide, so they stay in each view.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from ..diff.glossary import build_glossary
from ..errors import InputError
from ..model import ClauseRef, Document, DocumentRef, Title
from .facets import FACETED_KINDS, roles
from .inherit import named_titles
from .mentions import scope_terms
from .model import Characteristic, Ladder, Level, ScopeShift, SharedSection, Step
from .pairing import Resolver, compare_views
from .scope import scope_shifts
from .views import Statement, TitleView, document_title, find_title, series_sections, title_view
from .vocabulary import vocabulary


def _scales() -> tuple[tuple[str, str, tuple[tuple[int, str], ...]], ...]:
    return tuple((s.name, s.label, tuple((r.rank, r.label) for r in s.rungs)) for s in vocabulary().scales)


def characteristics(view: TitleView) -> tuple[Characteristic, ...]:
    """The facets of a level's own description and distinguishing characteristics."""
    out = []
    for section in view.view.sections:
        if section.kind not in FACETED_KINDS:
            continue
        for clause in section.clauses:
            text = view.printed.get(clause.id, clause.text)
            terms = scope_terms(clause.text, view.source.titles)
            ref = ClauseRef(clause.id, text, section.kind, None, clause.span, clause.label, section.heading or None)
            out.append(Characteristic(ref, roles(clause.text, terms), terms))
    return tuple(out)


def _resolver(keys: dict[tuple[int, str], str]) -> Resolver:
    """How an inheritance clause's source becomes a level id: the first title it names other
    than its own (a level of this comparison, else the title's own id), else "lower"/"higher"
    as its words say, else None."""

    def resolve(statement: Statement, view: TitleView) -> str | None:
        glossary = build_glossary(view.source)
        for title in named_titles(statement.clause.text, view.source.titles, glossary):
            if title.id != view.title.id:
                return keys.get((view.doc_index, title.id), title.id)
        return statement.said.direction

    return resolve


def _shared(doc: Document) -> tuple[SharedSection, ...]:
    out = []
    for section in series_sections(doc):
        refs = tuple(
            ClauseRef(c.id, c.text, section.kind, None, c.span, c.label, section.heading or None)
            for c in section.walk()
        )
        out.append(SharedSection(section.kind, section.heading, refs))
    return tuple(out)


def _warnings(views: Sequence[TitleView]) -> tuple[str, ...]:
    out = []
    for view in views:
        if not any(s.clauses for s in view.view.sections) and not view.statements:
            out.append(f"no text is printed for {view.title.title}: it is compared as empty")
    return tuple(out)


LEVEL_SCALES = ("level", "supervision_received", "supervision_exercised", "org_unit")


def level_scope(old: Level, new: Level) -> tuple[ScopeShift, ...]:
    """Two levels' own descriptions compared scale by scale (the highest rank each states):
    the summary a reader wants first ("journey level -> first full supervisory level"). The
    role in the work and the difficulty are left to the duties, which state them per duty."""
    mine = tuple(t for c in old.characteristics for t in c.terms if t.scale in LEVEL_SCALES)
    theirs = tuple(t for c in new.characteristics for t in c.terms if t.scale in LEVEL_SCALES)
    return scope_shifts(mine, theirs)


def _with_scope(step: Step, levels: Sequence[Level]) -> Step:
    by_id = {lv.id: lv for lv in levels}
    return replace(step, scope=level_scope(by_id[step.old], by_id[step.new]))


def _level(view: TitleView) -> Level:
    return Level(view.key, view.title, view.doc_index, characteristics(view), view.requirements)


def ladder(doc: Document, names: Sequence[str] | None = None) -> Ladder:
    """Each level of a series compared with the one below it (titles in the document's order,
    or in the order ``names`` gives them)."""
    titles: list[Title] = [find_title(doc, n) for n in names] if names else list(doc.titles)
    if len({t.id for t in titles}) != len(titles):
        raise InputError("a title is named twice; name each level once")
    if len(titles) < 2:
        found = "; ".join(t.title for t in doc.titles) or "none"
        raise InputError(
            f"a ladder needs two or more titles; {Path(doc.source.path).name} has {len(doc.titles)} ({found})"
        )
    keys = {(0, t.id): t.id for t in titles}
    resolve = _resolver(keys)
    views = [title_view(doc, t, t.id, 0, with_series=False) for t in titles]
    steps = tuple(
        compare_views(views[k], views[k + 1], old_is_lower=True, resolve=resolve) for k in range(len(views) - 1)
    )
    levels = tuple(_level(v) for v in views)
    steps = tuple(_with_scope(s, levels) for s in steps)
    return Ladder("ladder", (DocumentRef.of(doc),), levels, steps, _shared(doc), _scales(), _warnings(views))


def compare_titles(old: Document, old_title: str | None, new: Document, new_title: str | None) -> Ladder:
    """One title of ``old`` against one title of ``new`` (each named by code, name or alias;
    a single-title document's title need not be named)."""
    a = find_title(old, old_title) if old_title else document_title(old)
    b = find_title(new, new_title) if new_title else document_title(new)
    same = old.source.sha256 == new.source.sha256 and old.source.path == new.source.path
    if same and a.id == b.id:
        raise InputError(f"--old-title and --new-title both name {a.title}; name two different titles")
    documents = (DocumentRef.of(old),) if same else (DocumentRef.of(old), DocumentRef.of(new))
    key_a, key_b = (a.id, b.id) if a.id != b.id else (f"old-{a.id}", f"new-{b.id}")
    new_index = 0 if same else 1
    keys = {(0, a.id): key_a, (new_index, b.id): key_b}
    old_view = title_view(old, a, key_a, 0, with_series=not same)
    new_view = title_view(new, b, key_b, new_index, with_series=not same)
    lower = same and [t.id for t in old.titles].index(a.id) < [t.id for t in old.titles].index(b.id)
    step = compare_views(old_view, new_view, old_is_lower=lower, resolve=_resolver(keys))
    levels = (_level(old_view), _level(new_view))
    step = _with_scope(step, levels)
    shared = _shared(old) if same else ()
    return Ladder("titles", documents, levels, (step,), shared, _scales(), _warnings((old_view, new_view)))


__all__ = ["characteristics", "compare_titles", "ladder"]
