"""Signs that characters were damaged between the published file and the text we read.

Damage hides changes: a diff of "Healths" against "Health's" is noise to a reviewer, and a
replacement character may stand for a digit in a years-of-experience clause.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Section, Span
from .apostrophes import find_lost_apostrophes, gather_evidence
from .context import CheckContext
from .findings import Finding
from .titles import title_name

REPLACEMENT_CHARS = {"\ufffd": "U+FFFD", "\ufffe": "U+FFFE", "\uffff": "U+FFFF", "\x00": "NUL"}


def _units(ctx: CheckContext) -> Iterator[tuple[str, Span | None, Section]]:
    """Every piece of printed text with where it sits: headings, then their clauses."""
    for section in ctx.new.sections:
        if section.heading:
            yield section.heading, section.span, section
        for clause in section.walk():
            yield clause.text, clause.span, section


def _around(text: str, start: int, end: int, pad: int = 25) -> str:
    left = max(0, start - pad)
    right = min(len(text), end + pad)
    return ("…" if left else "") + " ".join(text[left:right].split()) + ("…" if right < len(text) else "")


def _all_texts(ctx: CheckContext) -> Iterator[str]:
    for doc in (ctx.new, *(d for d in (ctx.old,) if d is not None), *ctx.references):
        for section in doc.sections:
            yield section.heading
            for clause in section.walk():
                yield clause.text


def check_lost_apostrophes(ctx: CheckContext) -> Iterator[Finding]:
    """Possessives printed without their apostrophe ("Department of Healths", "a physicians office")."""
    evidence = gather_evidence(_all_texts(ctx))
    for text, span, section in _units(ctx):
        for hit in find_lost_apostrophes(text, evidence):
            yield Finding(
                "encoding.lost_apostrophe",
                f"“{hit.printed}” looks like “{hit.suggestion}” with the apostrophe lost ({hit.rule})",
                ctx.at(span),
                section.kind,
                title_name(ctx.new, section.title),
                evidence=hit.printed,
            )


def check_replacement_chars(ctx: CheckContext) -> Iterator[Finding]:
    """Characters the converter could not map: whatever was printed there is gone."""
    for text, span, section in _units(ctx):
        hits = [i for i, char in enumerate(text) if char in REPLACEMENT_CHARS]
        if not hits:
            continue
        first = hits[0]
        more = f" (and {len(hits) - 1} more here)" if len(hits) > 1 else ""
        yield Finding(
            "encoding.replacement_char",
            f"{REPLACEMENT_CHARS[text[first]]} where a character was lost: “{_around(text, first, first + 1)}”{more}",
            ctx.at(span),
            section.kind,
            title_name(ctx.new, section.title),
            evidence=_around(text, first, first + 1),
        )


def check_mojibake(ctx: CheckContext) -> Iterator[Finding]:
    """UTF-8 decoded as Windows-1252 or Latin-1 ("â€™" for "’"), found with ftfy's heuristics."""
    import ftfy
    from ftfy.badness import is_bad

    for text, span, section in _units(ctx):
        if not is_bad(text):
            continue
        fixed = ftfy.fix_encoding(text)
        start = next((i for i, (a, b) in enumerate(zip(text, fixed, strict=False)) if a != b), 0)
        suggestion = f"; probably “{_around(fixed, start, start + 1)}”" if fixed != text else ""
        yield Finding(
            "encoding.mojibake",
            f"mis-decoded characters: “{_around(text, start, start + 3)}”{suggestion}",
            ctx.at(span),
            section.kind,
            title_name(ctx.new, section.title),
            evidence=_around(text, start, start + 3),
        )


__all__ = ["check_lost_apostrophes", "check_mojibake", "check_replacement_chars"]
