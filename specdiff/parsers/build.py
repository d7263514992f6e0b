"""Assemble a Document: metadata, titles, sections, clauses with stable ids and sentence spans.

Ids are built from what a clause *is* and where it sits, never from a counter across the whole
document: ``mq.cms-2.3`` is the third clause of the minimum qualifications of the title with slug
``cms-2``; a labelled clause uses its label (``duties.hipc.goal-a.a-1``). The same text in the same
place therefore gets the same id in every version, which is what the diff aligns on first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..model import Clause, Definition, Document, Furniture, RawText, Section, Span, Title
from .metadata import definitions, find_date, find_jurisdiction, find_status
from .rows import Row, is_caps, key, line_width, star_spaced, to_rows
from .sections import Dialect, SectionDraft, find_sections
from .segment import ClauseDraft, segment
from .sentences import spans_for_all
from .titles import TitleIndex, make_titles

KIND_PREFIX = {
    "description": "desc",
    "distinguishing_characteristics": "dc",
    "duties": "duties",
    "knowledge_skills_abilities": "ksa",
    "minimum_qualifications": "mq",
    "notes": "notes",
    "other": "other",
    "preferred_qualifications": "pq",
    "selective_certification": "sc",
    "qualifications_review": "qr",
    "supplemental_questions": "sq",
    "conditions_of_employment": "coe",
    "pay_and_benefits": "pay",
    "application_process": "apply",
    "selection_process": "selection",
    "working_conditions": "conditions",
    "about": "about",
}

Found = tuple[str, str | None, str | None]


@dataclass(frozen=True)
class Header:
    """What a format's own reader found before the common walk: titles and lines to skip."""

    titles: Sequence[Found]
    skip: frozenset[int] = frozenset()
    status: str | None = None


def build_document(
    raw: RawText,
    rows: list[Row],
    header: Header,
    dialect: Dialect,
    *,
    confidence: float,
    reasons: tuple[str, ...],
) -> Document:
    """The common second half of every parser."""
    texts = [r.text for r in rows if r.text]
    defs, footnote_lines = definitions(rows, texts)
    date, date_lines = find_date(rows)
    skip = set(header.skip) | footnote_lines | date_lines
    abbrs = {d.term: d.expansion for d in defs if d.kind == "abbreviation"}
    titles = make_titles(header.titles, abbrs, _upper_words(texts))
    index = TitleIndex.of(titles)
    drafts = find_sections(rows, index, dialect, skip)
    if dialect.name == "position-description":
        drafts = split_activities(drafts)
    warnings = list(raw.warnings)
    sections = _sections(drafts, titles, line_width(rows), warnings)
    return Document(
        source=raw.source,
        format=dialect.name,
        titles=titles,
        sections=sections,
        jurisdiction=find_jurisdiction(rows),
        status=header.status if header.status is not None else find_status(rows),
        date=date,
        warnings=tuple(warnings),
        format_confidence=round(confidence, 3),
        format_reasons=reasons,
        definitions=_dedupe(defs),
        furniture=furniture_of(raw),
    )


def furniture_of(raw: RawText) -> tuple[Furniture, ...]:
    """Every furniture line the reader recognised, in page and line order."""
    lines = [ln for ln in (*raw.lines, *raw.furniture) if ln.furniture is not None and ln.text.strip()]
    lines.sort(key=lambda ln: (ln.page or 0, ln.line))
    return tuple(
        Furniture(" ".join(ln.text.split()), ln.furniture or "", Span(ln.line, ln.line, ln.page)) for ln in lines
    )


def rows_of(raw: RawText) -> list[Row]:
    return to_rows(raw.lines)


def _upper_words(texts: Iterable[str]) -> frozenset[str]:
    """Words printed in capitals inside mixed-case text: acronyms a title keeps in capitals."""
    out: set[str] = set()
    for text in texts:
        if not is_caps(text):
            text = re.sub(r"\b[A-Z]{2,}(?:[\s,]+[A-Z]{2,}\b)+", " ", text)  # shouted runs are not acronyms
            out.update(w for w in re.findall(r"\b[A-Z]{2,}\b", text))
    return frozenset(out)


def split_activities(drafts: list[SectionDraft]) -> list[SectionDraft]:
    """A position summary that runs into a lead-in and its list holds the position's activities:
    from that lead-in on, the rows are a duties section of the same position."""
    out: list[SectionDraft] = []
    for draft in drafts:
        cut = _activities_start(draft) if draft.kind == "description" else None
        if cut is None:
            out.append(draft)
            continue
        out.append(SectionDraft(draft.kind, draft.heading, draft.title, draft.head_row, draft.rows[:cut]))
        out.append(SectionDraft("duties", "", draft.title, draft.rows[cut], draft.rows[cut:], implicit=True))
    return out


def _activities_start(draft: SectionDraft) -> int | None:
    from .rows import opening

    para_start: int | None = None
    seen_para = False
    for i, row in enumerate(draft.rows):
        if row.blank:
            continue
        op = opening(row.text)
        if op.kind == "item" and op.bullet:
            return para_start if para_start is not None and seen_para else None
        if i == 0 or draft.rows[i - 1].blank or (i > 0 and draft.rows[i - 1].text.endswith(".")):
            if para_start is not None:
                seen_para = True
            para_start = i
    return None


def _sections(
    drafts: list[SectionDraft], titles: tuple[Title, ...], width: int, warnings: list[str]
) -> tuple[Section, ...]:
    slugs = {t.title: t.id for t in titles}
    built: list[tuple[SectionDraft, str, list[ClauseDraft]]] = []
    taken: set[str] = set()
    # "* text" printed more than once is this document's bullet glyph, not a footnote marker
    stars = sum(star_spaced(r.text) for d in drafts for r in d.rows) >= 2
    segmented = [
        segment(d.rows, kind=d.kind, width=width, lead_owns_list=d.implicit, star_bullets=stars) for d in drafts
    ]
    for draft, clause_drafts in zip(drafts, segmented, strict=True):
        if not clause_drafts:  # a heading with nothing under it carries nothing to compare
            continue
        sid = _section_id(draft, slugs, taken)
        taken.add(sid)
        if draft.kind == "other" and draft.heading and draft.head_row is not None:
            warnings.append(f"line {draft.head_row.line}: heading {draft.heading!r} not recognised; kept as 'other'")
        built.append((draft, sid, clause_drafts))
    flat = [d for _, _, ds in built for d in _walk(ds)]
    spans = dict(zip((id(d) for d in flat), spans_for_all([d.text for d in flat]), strict=True))
    sections: list[Section] = []
    for draft, sid, clause_drafts in built:
        clauses = _clauses(clause_drafts, sid, spans)
        head = draft.head_row
        span = Span(head.line, head.line, head.page) if head else None
        sections.append(Section(sid, draft.kind, draft.heading, clauses, draft.title, span))
    return tuple(sections)


def _walk(drafts: list[ClauseDraft]) -> Iterable[ClauseDraft]:
    for d in drafts:
        yield d
        yield from _walk(d.children)


def _section_id(draft: SectionDraft, slugs: dict[str, str], taken: set[str]) -> str:
    parts = [KIND_PREFIX[draft.kind]]
    if draft.kind == "other":
        parts.append(key(draft.heading).replace(" ", "-")[:30] or "header")
    if draft.title:
        parts.append(slugs.get(draft.title) or key(draft.title).replace(" ", "-")[:30])
    base = ".".join(parts)
    sid, n = base, 2
    while sid in taken:
        sid, n = f"{base}-{n}", n + 1
    return sid


def _clauses(
    drafts: list[ClauseDraft], prefix: str, spans: dict[int, tuple[tuple[int, int], ...]]
) -> tuple[Clause, ...]:
    labels = [_label_slug(d.label) for d in drafts]
    out: list[Clause] = []
    used: set[str] = set()
    for n, (draft, lslug) in enumerate(zip(drafts, labels, strict=True), start=1):
        local = lslug if lslug and labels.count(lslug) == 1 else str(n)
        base, k = local, 2
        while local in used:
            local, k = f"{base}-{k}", k + 1
        used.add(local)
        cid = f"{prefix}.{local}"
        first, last = draft.rows[0], draft.rows[-1]
        out.append(
            Clause(
                id=cid,
                text=draft.text,
                span=Span(first.line, last.line, first.page),
                label=draft.label,
                weight=draft.weight,
                children=_clauses(draft.children, cid, spans),
                sentences=spans.get(id(draft), ()),
            )
        )
    return tuple(out)


def _label_slug(label: str | None) -> str:
    if not label or not any(c.isalnum() for c in label):
        return ""
    return re.sub(r"[^a-z0-9]+", "-", label.lower()).strip("-")


def _dedupe(defs: Sequence[Definition]) -> tuple[Definition, ...]:
    seen: dict[tuple[str, str], Definition] = {}
    for d in defs:
        seen.setdefault((d.term, d.kind), d)
    return tuple(seen.values())
