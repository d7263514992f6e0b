"""The requirement part of a diff: changed facts with their sources, honest gaps, moves, order.

What a reviewer reads first must never mislead, so beyond comparing facts
(:mod:`.requirements`) this module:
- quotes, for every change, the old and the new sentence it was read from (:mod:`.requirement_evidence`);
- keeps apart what one side states in words the rules could not read: a fact present on one side
  and missing on the other is a *gap* ("not read"), never "not stated" or a removal, when the
  other side holds an unread sentence for that title;
- reports a fact that left one title, route or alternative and appears unchanged in another as
  one move, not a removal plus an addition;
- compares conditions of employment and preferred items per title (:mod:`.requirement_items`);
- lists everything in the documents' printed order of titles (level 3 before level 4);
- answers who can now qualify (:mod:`.eligibility`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from ..model import Document, Eligibility, Requirement, RequirementChange
from ..model.eligibility import groups
from ..model.vocabulary import route_name
from .eligibility import eligibility
from .requirement_evidence import ClauseIndex, fact_quotes, plain_words, quotes
from .requirement_items import ListItem, item_changes
from .requirement_routes import route_change
from .requirements import compare_requirements, effective, pair_options, pair_titles

if TYPE_CHECKING:
    from ..phrases.quantities import Degree, Quantity


@dataclass(frozen=True, slots=True)
class RequirementReport:
    changes: tuple[RequirementChange, ...]
    gaps: tuple[RequirementChange, ...]
    eligibility: tuple[Eligibility, ...]


def requirement_report(old: Document, new: Document) -> RequirementReport:
    """Changed facts (with evidence), gaps and who can qualify, between two versions."""
    indexes = (ClauseIndex(old), ClauseIndex(new))
    before, after = effective(old.requirements), effective(new.requirements)
    titles = pair_titles([r.title for r in old.requirements], [r.title for r in new.requirements])
    found: list[tuple[RequirementChange, Requirement | None, Requirement | None, int]] = []
    old_groups, new_groups = groups(before), groups(after)
    seen: set[tuple[str | None, str]] = set()
    # a title x route one side does not print: (its alternatives, the side printing it)
    lone: list[tuple[list[Requirement], int]] = []
    for key, new_reqs in new_groups.items():
        old_key = next((k for k in old_groups if titles.get(k[0], k[0]) == key[0] and k[1] == key[1]), None)
        old_reqs = old_groups.get(old_key, []) if old_key else []
        if old_key:
            seen.add(old_key)
        else:
            lone.append((new_reqs, 1))
        for a, b in pair_options(old_reqs, new_reqs):
            found += [(c, a, b, len(lone) if not old_key else 0) for c in compare_requirements(a, b, renamed=titles)]
    for key, old_reqs in old_groups.items():
        if key not in seen:
            lone.append((old_reqs, 0))
            for a in old_reqs:
                found += [(c, a, None, len(lone)) for c in compare_requirements(a, None)]
    changes: list[RequirementChange] = []
    gaps: list[RequirementChange] = []
    unread = (_unread_by_title(before, titles), _unread_by_title(after, {}))
    by_route: dict[int, list[RequirementChange]] = {}
    for change, a, b, group in found:
        quoted = (fact_quotes(a, change.field, indexes[0]), fact_quotes(b, change.field, indexes[1]))
        change = replace(change, old_evidence=quoted[0], new_evidence=quoted[1])
        gap = _gap(change, unread, titles, indexes)
        (gaps if gap is not None else changes).append(gap or change)
        if group:
            by_route.setdefault(group, []).append(gap or change)
    changes = _whole_routes(changes, by_route, lone, before, after, titles)
    changes = [_shared_list(c, before, after, titles) for c in changes]
    changes += _item_changes(old.requirements, new.requirements, titles, indexes)
    changes = _moves(changes)
    gaps += _unread_changes(old.requirements, new.requirements, titles, indexes)
    order = _Order(old, new, titles)
    changes.sort(key=order.key)
    gaps.sort(key=order.key)
    rows = eligibility(old, new, titles)
    return RequirementReport(tuple(changes), tuple(gaps), tuple(sorted(rows, key=order.eligibility_key)))


def _whole_routes(
    changes: list[RequirementChange],
    by_route: dict[int, list[RequirementChange]],
    lone: list[tuple[list[Requirement], int]],
    before: Sequence[Requirement],
    after: Sequence[Requirement],
    titles: dict[str | None, str | None],
) -> list[RequirementChange]:
    """The per-fact rows of each route one side does not print, as one "route added / removed" row
    (unless a fact of it may be stated in a sentence not read on the other side: then they stay
    facts, and those are gaps; see :mod:`.requirement_routes`)."""
    out = list(changes)
    old_titles = {titles.get(r.title, r.title) for r in before}
    new_titles = {r.title for r in after}
    for group, facts in by_route.items():
        reqs, side = lone[group - 1]
        if any(f.status == "not_read" for f in facts) or not (before if side == 1 else after):
            continue  # a version none of whose qualifications were read is no version without the route
        title = reqs[0].title if side == 1 else titles.get(reqs[0].title, reqs[0].title)
        elsewhere = title in (old_titles if side == 1 else new_titles)
        row = route_change(reqs, side, facts, title_elsewhere=elsewhere)
        at = min(out.index(f) for f in facts)
        out = [c for c in out if not any(c is f for f in facts)]
        out.insert(min(at, len(out)), row)
    return out


def _unread_by_title(
    reqs: Sequence[Requirement], titles: dict[str | None, str | None]
) -> dict[str | None, list[Requirement]]:
    out: dict[str | None, list[Requirement]] = {}
    for req in reqs:
        if req.unread:
            out.setdefault(titles.get(req.title, req.title), []).append(req)
    return out


def _gap(
    change: RequirementChange,
    unread: tuple[dict[str | None, list[Requirement]], dict[str | None, list[Requirement]]],
    titles: dict[str | None, str | None],
    indexes: tuple[ClauseIndex, ClauseIndex],
) -> RequirementChange | None:
    """The change as a gap when the side that lacks the fact holds a sentence not read for its title."""
    if (change.old is None) == (change.new is None) or change.old is False or change.new is False:
        return None
    side = 1 if change.new is None else 0  # the side that does not state the fact
    holders = unread[side].get(change.title, [])
    if change.title is not None:
        holders = holders + unread[side].get(None, [])
    value = change.old if side == 1 else change.new
    passages = [p for r in holders for p in r.unread if _may_state(change.field, value, p.text)]
    if not passages:
        return None
    quoted = quotes(passages, indexes[side])
    head, _, _ = change.summary.partition(": ")
    what = change.field.replace("_", " ")
    absent = f"not read (“{quoted[0].text[:100]}”)" if quoted else "not read"
    present = _stated(change.new if side == 0 else change.old)
    words = f"{what} {present} → {absent}" if side == 1 else f"{what} {absent} → {present}"
    return replace(
        change,
        status="not_read",
        summary=f"{head}: {words}",
        old_evidence=quoted if side == 0 else change.old_evidence,
        new_evidence=quoted if side == 1 else change.new_evidence,
    )


_QUANTITY_UNITS = {"credit_hours": "credit"}


_SUBSTITUTION = re.compile(r"\bsubstitut|\bin\s+lieu\b")


@lru_cache(maxsize=16384)
def _words(text: str) -> str:
    """The text's plain words (:func:`.requirement_evidence.plain_words`), padded so that a
    phrase is found only as whole words."""
    return f" {plain_words(text)} "


@lru_cache(maxsize=16384)
def _scanned(text: str) -> tuple[tuple[Quantity, ...], tuple[Degree, ...]]:
    """``scan`` of an unread sentence, once per text: every change is tested against every
    unread sentence of its side (pure: the same text always scans the same)."""
    from ..phrases.quantities import scan

    quantities, degrees = scan(text)
    return tuple(quantities), tuple(degrees)


def _may_state(field: str, value: object, text: str) -> bool:
    """Whether an unread sentence may be where the other side's fact is stated: it names the same
    number of years, a degree of the same level, the same field or title, a substitution."""
    folded = text.casefold()
    if field in ("field", "prior_title") and isinstance(value, str):
        return _words(value) in _words(text)
    if field == "substitution":
        return _SUBSTITUTION.search(folded) is not None
    if field == "permanent":
        return "permanent" in folded
    if field == "equivalent_combination":
        return "combination" in folded
    quantities, degrees = _scanned(text)
    if field == "education":
        return any(d.level == value for d in degrees)
    if isinstance(value, int | float):
        unit = _QUANTITY_UNITS.get(field, "year")
        return any(q.unit == unit and abs(q.value - float(value)) < 1e-9 for q in quantities)
    return False


def _stated(value: object) -> str:
    if isinstance(value, dict):
        return ", ".join(str(v) for v in value.values() if v is not None)
    return "stated" if value is True else str(value)


def _shared_list(
    change: RequirementChange,
    before: Sequence[Requirement],
    after: Sequence[Requirement],
    titles: dict[str | None, str | None],
) -> RequirementChange:
    """A degree field added to (dropped from) a list that later titles repeat word for word is
    reported once, at the first title (the parser keeps a repeated list once); the row says which
    other titles print it, so that none of them looks unchanged."""
    if change.field != "field" or change.status != "changed" or change.title is None:
        return change
    name = str(change.new if change.new is not None else change.old).casefold()
    reqs = after if change.new is not None else before
    others = [
        titles.get(r.title, r.title) if change.new is None else r.title
        for r in reqs
        if r.route == change.route
        and r.title not in (None, change.title)
        and not any(f.casefold() == name for f in r.fields)
        and any(p.kind == "fields" and name in p.text.casefold() for p in r.evidence)
    ]
    if not others:
        return change
    also = ", ".join(str(t) for t in dict.fromkeys(others))
    return replace(change, summary=f"{change.summary} (likewise for {also}, which print the same list)")


def _moves(changes: list[RequirementChange]) -> list[RequirementChange]:
    """A fact dropped under one title, route or alternative and added, equal, under another: moved."""
    out = list(changes)
    for removal in [c for c in changes if c.old is not None and c.new is None]:
        addition = next(
            (
                c
                for c in out
                if c.old is None
                and c.new == removal.old
                and c.field == removal.field
                and (c.title, c.route, c.option) != (removal.title, removal.route, removal.option)
            ),
            None,
        )
        if addition is None or removal not in out:
            continue
        where = _place(removal.title, removal.route, removal.option)
        moved = replace(
            addition,
            old=removal.old,
            status="moved",
            moved_from=(removal.title, removal.route, removal.option),
            summary=f"{addition.summary.split(': ', 1)[0]}: {_moved_words(addition)} (moved from {where})",
            old_evidence=removal.old_evidence,
        )
        out[out.index(addition)] = moved
        out.remove(removal)
    return out


def _moved_words(change: RequirementChange) -> str:
    text = change.summary.split(": ", 1)[1] if ": " in change.summary else change.summary
    for word in (" added: ", " added", " now required"):
        text = text.replace(word, " unchanged: " if word.endswith(": ") else " unchanged")
    return text


def _place(title: str | None, route: str, option: str | None) -> str:
    where = f"{route_name(route)}, {title or 'all titles'}"
    return f"{where} (alternative {option})" if option else where


def _item_changes(
    old: Sequence[Requirement],
    new: Sequence[Requirement],
    titles: dict[str | None, str | None],
    indexes: tuple[ClauseIndex, ClauseIndex],
) -> list[RequirementChange]:
    """Conditions and preferred items, per title (a single-title document's untitled items are its title's)."""
    buckets: dict[str | None, tuple[list[ListItem], list[ListItem]]] = {}
    for side, reqs in ((0, old), (1, new)):
        named = {r.title for r in reqs if r.title is not None}
        only = next(iter(named)) if len(named) == 1 else None
        for req in reqs:
            title = req.title if req.title is not None else only
            key = titles.get(title, title) if side == 0 else title
            for passage in (*req.conditions, *req.preferred):
                buckets.setdefault(key, ([], []))[side].append(ListItem(passage, req))
    if None in buckets and len(buckets) == 2:  # one side titled, the other not: one document's title
        untitled = buckets.pop(None)
        titled = next(iter(buckets.values()))
        titled[0].extend(untitled[0])
        titled[1].extend(untitled[1])
    out: list[RequirementChange] = []
    for olds, news in buckets.values():
        out += item_changes(olds, news, indexes, _prefix)
    return out


# an unread sentence worth a reviewer's eye: it speaks of what qualifies
_REQUIREMENT_WORDS = re.compile(
    r"\b(?:experience|degree|diploma|college|university|licen[cs]e|certif\w*|substitut\w*|accepted|"
    r"years?|months?|credits?)\b",
    re.I,
)


def _unread_changes(
    old: Sequence[Requirement],
    new: Sequence[Requirement],
    titles: dict[str | None, str | None],
    indexes: tuple[ClauseIndex, ClauseIndex],
) -> list[RequirementChange]:
    """Sentences of the qualifications no rule reads, added, dropped or reworded: listed as not read,
    with their text, so that a change the rules cannot state is still in front of the reviewer."""
    sides: tuple[list[ListItem], list[ListItem]] = ([], [])
    for side, reqs in ((0, old), (1, new)):
        for req in reqs:
            title = titles.get(req.title, req.title) if side == 0 else req.title
            for passage in req.unread:
                if passage.kind == "sentence" and _REQUIREMENT_WORDS.search(passage.text):
                    sides[side].append(ListItem(passage, replace(req, title=title)))
    out = []
    for change in item_changes(sides[0], sides[1], indexes, _prefix, exact=True):
        lone = change.new if change.old is None else change.old if change.new is None else None
        other = indexes[0] if change.old is None else indexes[1]
        if isinstance(lone, dict) and other.prints(str(lone.get("text", ""))):
            continue  # printed in the other version too, outside its qualifications: moved, not added
        head, _, words = change.summary.partition(": ")
        words = words.replace("preferred ", "").replace("condition (sentence) ", "")
        out.append(replace(change, field="sentence", status="not_read", summary=f"{head}: not read, {words}"))
    return out


def _prefix(req: Requirement) -> str:
    parts = [route_name(req.route), *([req.title] if req.title else [])]
    return ", ".join(parts) + (f" (alternative {req.option})" if req.option else "")


class _Order:
    """Printed order: titles as the new version prints them (then the old one's), and within a
    title its routes and alternatives in the order the text gives them; facts keep their order."""

    def __init__(self, old: Document, new: Document, titles: dict[str | None, str | None]) -> None:
        printed = [t.title for t in new.titles] + [r.title for r in new.requirements if r.title]
        printed += [titles.get(t.title, t.title) or t.title for t in old.titles]
        printed += [titles.get(r.title, r.title) or r.title for r in old.requirements if r.title]
        self.rank = {t: i for i, t in enumerate(dict.fromkeys(printed))}
        places = [(r.title, r.route, r.option) for r in new.requirements]
        places += [(titles.get(r.title, r.title), r.route, r.option) for r in old.requirements]
        self.places = {p: i for i, p in enumerate(dict.fromkeys(places))}
        self.routes = {(t, r): i for i, (t, r, _) in reversed(list(enumerate(self.places)))}

    def _title(self, title: str | None) -> int:
        return -1 if title is None else self.rank.get(title, len(self.rank))

    def key(self, change: RequirementChange) -> tuple[int, int, int]:
        route = self.routes.get((change.title, change.route), len(self.places))
        return (self._title(change.title), route, self.places.get((change.title, change.route, change.option), 0))

    def eligibility_key(self, row: Eligibility) -> tuple[int, int]:
        return (self._title(row.title), self.routes.get((row.title, row.route), len(self.places)))


__all__ = ["RequirementReport", "requirement_report"]
