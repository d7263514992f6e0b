"""Checks on what changed from the previous version: the policy-relevant edits a reviewer signs.

They read the :class:`~specdiff.model.Diff` (and the two documents' headers), never the text
again, so they improve as the diff engine and the requirement extraction improve.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from ..model import STATUSES, Change, ClauseRef, RequirementChange, Title
from ..model.identity import compare_dates, parse_date, resolve_title, status_rank, title_key
from .context import CheckContext
from .findings import Finding, Location


def _excerpt(text: str, limit: int = 100) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _change_location(ctx: CheckContext, change: Change) -> Location:
    """The new clause; for a removal, the same section in the new file; else the old clause."""
    if change.new:
        return ctx.at(change.new[0].span)
    for section in ctx.new.sections:
        if section.kind == change.section and section.title == change.title:
            return ctx.section_location(section)
    return ctx.at(change.old[0].span if change.old else None, old=True)


def _side(refs: Sequence[ClauseRef]) -> str:
    return " ".join(r.text for r in refs)


def check_substantive(ctx: CheckContext) -> Iterator[Finding]:
    """Every substantive change, located, so a reviewer (or an approval) can name it."""
    if ctx.diff is None:
        return
    for change in ctx.diff.changes:
        if not change.substantive or change.op == "unchanged":
            continue
        text = _side(change.new) or _side(change.old)
        title = _either_title(ctx, change.title)
        where = change.section + (f", {title}" if title else "")
        why = f" ({'; '.join(change.reasons)})" if change.reasons and change.reasons != (change.op,) else ""
        yield Finding(
            "changes.substantive",
            f"{where}: {change.op}{why}: “{_excerpt(text)}”",
            _change_location(ctx, change),
            change.section,
            title,
            evidence=f"{_side(change.old)} → {_side(change.new)}",
            changes=(change.id,),
        )


def _either_title(ctx: CheckContext, ref: str | None) -> str | None:
    """The printed title a change belongs to, looked up in the new version, then the old."""
    for doc in (ctx.new, ctx.old):
        if doc is not None and (title := resolve_title(doc.titles, ref)) is not None:
            return title.title
    return ref


def _titles(ctx: CheckContext) -> tuple[tuple[Title, ...], tuple[Title, ...]] | None:
    if ctx.diff is not None:
        return ctx.diff.old.titles, ctx.diff.new.titles
    if ctx.old is not None:
        return ctx.old.titles, ctx.new.titles
    return None


def pair_titles(
    old: Sequence[Title], new: Sequence[Title]
) -> tuple[list[tuple[Title, Title]], list[Title], list[Title]]:
    """Pair titles by code, then by title key (:func:`~specdiff.model.identity.title_key`): (pairs,
    added, removed)."""
    pairs: list[tuple[Title, Title]] = []
    left, right = list(old), list(new)
    for key in (lambda t: t.code, lambda t: title_key(t.title)):
        for o in list(left):
            match = next((n for n in right if key(o) and key(n) == key(o)), None)
            if match is not None:
                pairs.append((o, match))
                left.remove(o)
                right.remove(match)
    return pairs, right, left


def _title_location(ctx: CheckContext) -> Location:
    return Location(ctx.new_file)


def _unpaired(ctx: CheckContext, added: bool, check: str, verb: str) -> Iterator[Finding]:
    """Titles on one side only: the new version's when ``added``, else the old version's."""
    titles = _titles(ctx)
    if titles is None:
        return
    _, new_only, old_only = pair_titles(*titles)
    for title in new_only if added else old_only:
        code = f" ({title.code})" if title.code else ""
        yield Finding(check, f"title {verb}: {title.title}{code}", _title_location(ctx), title=title.title)


def check_titles_added(ctx: CheckContext) -> Iterator[Finding]:
    """A new level in the series: its duties and qualifications need a first review."""
    return _unpaired(ctx, True, "titles.added", "added")


def check_titles_removed(ctx: CheckContext) -> Iterator[Finding]:
    """A level dropped from the series: incumbents and eligible lists depend on it."""
    return _unpaired(ctx, False, "titles.removed", "removed")


def _field_changes(ctx: CheckContext, field: str, check: str) -> Iterator[Finding]:
    titles = _titles(ctx)
    if titles is None:
        return
    for old, new in pair_titles(*titles)[0]:
        before, after = getattr(old, field), getattr(new, field)
        if (before or None) != (after or None):
            yield Finding(
                check,
                f"{new.title}: {field} {before or '(none)'} → {after or '(none)'}",
                _title_location(ctx),
                title=new.title,
                evidence=f"{before} → {after}",
            )


def check_grade_changes(ctx: CheckContext) -> Iterator[Finding]:
    """A grade change is a pay change."""
    yield from _field_changes(ctx, "grade", "titles.grade_changed")


def check_code_changes(ctx: CheckContext) -> Iterator[Finding]:
    """A new occupation code breaks every list and system keyed on the old one."""
    yield from _field_changes(ctx, "code", "titles.code_changed")


def _headers(ctx: CheckContext) -> tuple[Any, Any] | None:
    if ctx.diff is not None:
        return ctx.diff.old, ctx.diff.new
    if ctx.old is not None:
        return ctx.old, ctx.new
    return None


def check_status_backwards(ctx: CheckContext) -> Iterator[Finding]:
    """Final to tentative (or draft): a published standard replaced by a less settled one."""
    headers = _headers(ctx)
    if headers is None:
        return
    old, new = headers
    known = old.status in STATUSES and new.status in STATUSES
    if known and status_rank(new.status) < status_rank(old.status):
        yield Finding(
            "metadata.status_backwards",
            f"status moved backwards: {old.status} ({ctx.old_file}) → {new.status}",
            Location(ctx.new_file),
            evidence=f"{old.status} → {new.status}",
        )


def check_date_not_advanced(ctx: CheckContext) -> Iterator[Finding]:
    """A revision dated no later than the version it replaces: usually a date left unchanged."""
    headers = _headers(ctx)
    if headers is None:
        return
    old, new = headers
    before, after = parse_date(old.date), parse_date(new.date)
    if before is None or after is None:
        return  # an absent or unreadable date is metadata.date's finding, not this one's
    order = compare_dates(before, after)
    if order <= 0:
        verb = "is the same as" if order == 0 else "is earlier than"
        yield Finding(
            "metadata.date_not_advanced",
            f"the date {new.date} {verb} the previous version's {old.date}",
            Location(ctx.new_file),
            evidence=f"{old.date} → {new.date}",
        )


def _requirements_location(ctx: CheckContext, rc: RequirementChange) -> Location:
    """The clause the changed fact was read from in the new version (or, for a fact that is
    gone, the old one); failing that, the title's minimum-qualifications heading."""
    for doc, old in ((ctx.new, False), (ctx.old, True)):
        if doc is None:
            continue
        spans = {c.id: c.span for _, c in doc.clauses()}
        quoted = rc.old_evidence if old else rc.new_evidence  # the sentence the fact was read from
        if quoted and quoted[0].clause in spans:
            return ctx.at(spans[quoted[0].clause], old=old)
        for req in doc.requirements:
            same = (req.title, req.route, req.option) == (rc.title, rc.route, rc.option)
            if same and req.clauses and req.clauses[0] in spans:
                return ctx.at(spans[req.clauses[0]], old=old)
    resolved = resolve_title(ctx.new.titles, rc.title)
    mq = [s for s in ctx.new.sections if s.kind == "minimum_qualifications"]
    for section in mq:
        if resolved is not None and resolve_title(ctx.new.titles, section.title) == resolved:
            return ctx.section_location(section)
    return ctx.section_location(mq[0]) if mq else Location(ctx.new_file)


def _quoted(rc: RequirementChange) -> str:
    """ "old sentence → new sentence", the way a reviewer checks the finding."""
    if not rc.old_evidence and not rc.new_evidence:
        return ""
    return " → ".join(e[0].text if e else "not stated" for e in (rc.old_evidence, rc.new_evidence))


def check_requirements(ctx: CheckContext) -> Iterator[Finding]:
    """Each changed minimum-qualification fact (years, degree, field, route), in a sentence."""
    if ctx.diff is None:
        return
    for rc in ctx.diff.requirement_changes:
        summary = rc.summary or f"{rc.route}, {rc.title or 'all titles'}: {rc.field} {rc.old} → {rc.new}"
        # The clause changes a fact was read from: the title's substantive qualification changes.
        sources = tuple(
            c.id
            for c in ctx.diff.changes
            if c.substantive and c.section == "minimum_qualifications" and (rc.title is None or c.title == rc.title)
        )
        yield Finding(
            "requirements.changed",
            summary,
            _requirements_location(ctx, rc),
            "minimum_qualifications",
            _either_title(ctx, rc.title),
            evidence=_quoted(rc) or f"{rc.route} {rc.option or ''} {rc.field}: {rc.old} → {rc.new}",
            changes=sources,
        )


__all__ = [
    "check_code_changes",
    "check_date_not_advanced",
    "check_grade_changes",
    "check_requirements",
    "check_status_backwards",
    "check_substantive",
    "check_titles_added",
    "check_titles_removed",
    "pair_titles",
]
