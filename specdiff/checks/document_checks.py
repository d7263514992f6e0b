"""Checks on one document alone: is it complete and well formed enough to publish?

Each function takes a :class:`CheckContext` and yields findings without severities (the policy
sets them). What a format must contain comes from the policy's ``[formats.*]`` tables, not from
code, so a division can describe its own forms.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import STATUSES, Section
from ..model.identity import parse_date, resolve_title
from .context import CheckContext
from .findings import Finding, Location
from .titles import level_mentions, series_levels, title_name


def _excerpt(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def check_parses(ctx: CheckContext) -> Iterator[Finding]:
    """The parse produced sections holding clauses; otherwise nothing downstream can be trusted."""
    doc = ctx.new
    if not doc.sections:
        yield Finding("document.parses", "no sections were found in the document", Location(ctx.new_file))
    elif not any(c.text.strip() for _, c in doc.clauses()):
        yield Finding("document.parses", "sections were found but none holds any text", Location(ctx.new_file))


def check_format(ctx: CheckContext) -> Iterator[Finding]:
    """Only a recognised format knows which sections, codes and dates to expect."""
    doc = ctx.new
    if doc.format == "generic":
        why = "; ".join(doc.format_reasons) or "no format matched"
        yield Finding(
            "document.format",
            f"no recognised format: read with the generic fallback parser ({why})",
            Location(ctx.new_file),
        )


def _filled(section: Section) -> bool:
    return any(c.text.strip() for c in section.walk())


def check_required_sections(ctx: CheckContext) -> Iterator[Finding]:
    """The format's required sections exist and hold text (per title where the format scopes them)."""
    doc, rules = ctx.new, ctx.policy.rules_for(ctx.new.format)
    for kind in rules.required_sections:
        sections = [s for s in doc.sections if s.kind == kind]
        if not sections:
            yield Finding("sections.required", f"required section '{kind}' is missing", Location(ctx.new_file), kind)
        elif not any(_filled(s) for s in sections):
            yield Finding(
                "sections.required",
                f"required section '{kind}' ({sections[0].heading or 'untitled'}) is empty",
                ctx.section_location(sections[0]),
                kind,
            )
    if len(doc.titles) < 2:
        return
    for kind in rules.per_title_sections:
        scoped = [s for s in doc.sections if s.kind == kind and s.title is not None]
        if not scoped:
            continue  # the parser keeps this section whole, not per title: nothing to compare
        for title in doc.titles:
            mine = [s for s in scoped if resolve_title(doc.titles, s.title) == title]
            if not any(_filled(s) for s in mine):
                yield Finding(
                    "sections.required",
                    f"'{title.title}' has no {kind} section with text",
                    ctx.section_location(mine[0]) if mine else Location(ctx.new_file),
                    kind,
                    title.title,
                )


def check_title_fields(ctx: CheckContext) -> Iterator[Finding]:
    """Every title carries the code and grade its format prints (they decide pay and lists)."""
    doc, fields = ctx.new, ctx.policy.rules_for(ctx.new.format).title_fields
    if not fields:
        return
    if not doc.titles:
        yield Finding("titles.code_grade", "no titles were found in the document", Location(ctx.new_file))
    for title in doc.titles:
        missing = [f for f in fields if not (getattr(title, f) or "").strip()]
        if missing:
            yield Finding(
                "titles.code_grade",
                f"'{title.title}' has no {' or '.join(missing)}",
                Location(ctx.new_file),
                title=title.title,
            )


def check_levels(ctx: CheckContext) -> Iterator[Finding]:
    """Sections scoped to a title, and levels named in the text ("reports to a CMS 5"), exist."""
    doc = ctx.new
    for section in doc.sections:
        if section.title is not None and resolve_title(doc.titles, section.title) is None:
            yield Finding(
                "levels.resolve",
                f"section '{section.heading}' belongs to '{section.title}', which is not a title of the document",
                ctx.section_location(section),
                section.kind,
                section.title,
            )
    stems = series_levels(doc.titles)
    for section, clause in doc.clauses():
        for stem, levels in stems.items():
            for printed, level in level_mentions(clause.text, stem):
                if level not in levels:
                    known = ", ".join(str(n) for n in sorted(levels))
                    yield Finding(
                        "levels.resolve",
                        f"'{printed}' names level {level} of {stem}, but the document defines levels {known}",
                        ctx.at(clause.span),
                        section.kind,
                        title_name(doc, section.title),
                        evidence=printed,
                    )


def check_date(ctx: CheckContext) -> Iterator[Finding]:
    """A standard without a readable date cannot be ordered against its other versions."""
    doc = ctx.new
    expected = "date" in ctx.policy.rules_for(doc.format).metadata
    if doc.date is None:
        if expected:
            yield Finding("metadata.date", "no date found (the format prints one)", Location(ctx.new_file))
    elif parse_date(doc.date) is None:
        yield Finding("metadata.date", f"the date {doc.date!r} cannot be read as a date", Location(ctx.new_file))


def check_status(ctx: CheckContext) -> Iterator[Finding]:
    """Final, tentative or draft: reviewers and the corpus order versions by it."""
    doc = ctx.new
    if doc.status is None:
        if "status" in ctx.policy.rules_for(doc.format).metadata:
            yield Finding("metadata.status", "no status found (final, tentative or draft)", Location(ctx.new_file))
    elif doc.status not in STATUSES:
        yield Finding(
            "metadata.status",
            f"status {doc.status!r} is not one of {', '.join(STATUSES)}",
            Location(ctx.new_file),
        )


_MIN_DUPLICATE_WORDS = 4


def _clause_key(text: str) -> str:
    return " ".join(re.sub(r"[^0-9a-z]+", " ", text.casefold()).split())


def check_duplicates(ctx: CheckContext) -> Iterator[Finding]:
    """The same clause twice under one section and title is almost always a paste error.

    Short clauses ("Does related work as required.") and repeats across titles are normal.
    """
    seen: dict[tuple[str, str | None, str], int] = {}
    for section, clause in ctx.new.clauses():
        key = _clause_key(clause.text)
        if len(key.split()) < _MIN_DUPLICATE_WORDS:
            continue
        scope = (section.kind, section.title, key)
        if scope in seen:
            yield Finding(
                "clauses.duplicate",
                f"clause repeats line {seen[scope]} in the same section: “{_excerpt(clause.text)}”",
                ctx.at(clause.span),
                section.kind,
                title_name(ctx.new, section.title),
                evidence=clause.text,
            )
        else:
            seen[scope] = clause.span.line


def check_unrecognised_headings(ctx: CheckContext) -> Iterator[Finding]:
    """A heading the parser could not map to a section kind: its clauses are compared as 'other'."""
    for section in ctx.new.sections:
        if section.kind == "other" and section.heading.strip():
            yield Finding(
                "headings.unrecognised",
                f"heading '{_excerpt(section.heading, 60)}' was not recognised; its text is kept as 'other'",
                ctx.section_location(section),
                section.kind,
                title_name(ctx.new, section.title),
                evidence=section.heading,
            )


__all__ = [
    "check_date",
    "check_duplicates",
    "check_format",
    "check_levels",
    "check_parses",
    "check_required_sections",
    "check_status",
    "check_title_fields",
    "check_unrecognised_headings",
]
