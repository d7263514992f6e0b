"""Where each change sits in the report: the new document's order, with removals where they stood.

A change sits where its clause sits in the *new* version; a removed clause sits just after the
clause that preceded it in the old version (mapped through the clauses both versions share), so
removals appear where they happened rather than at the end. Shared by the HTML and Markdown
reports and the Word redline, so all three put a change in the same place.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Change, ClauseRef

Position = tuple[tuple[int, int], int, int]


def _start(refs: Sequence[ClauseRef]) -> tuple[int, int] | None:
    for ref in refs:
        if ref.span is not None:
            return (ref.span.page or 0, ref.span.line)
    return None


MOVE_REASONS = (
    "moved to another title",
    "moved to another section",
    "moved within its section",
    "reordered within its list",
)
"""The reasons the diff gives first when a pair of clauses changed place (docs/diff.md)."""


def moved(change: Change) -> bool:
    """Did the diff say this change left its place? Its op says so, or, for a split or merge
    that also moved, its first reason does (the diff names the move first)."""
    return change.op == "moved" or (bool(change.reasons) and change.reasons[0] in MOVE_REASONS)


@dataclass(frozen=True, slots=True)
class _Shared:
    """Clauses both versions hold in order (moves excluded), sorted by their old place."""

    old: list[tuple[int, int]]
    new: list[tuple[int, int]]
    where: list[tuple[str, str | None]]  # section and title on the old side


def _shared(changes: Sequence[Change]) -> _Shared:
    pairs = sorted(
        (old, new, (c.old[0].section, c.old[0].title))
        for c in changes
        if not moved(c) and (old := _start(c.old)) is not None and (new := _start(c.new)) is not None
    )
    return _Shared([p[0] for p in pairs], [p[1] for p in pairs], [p[2] for p in pairs])


def positions(changes: Sequence[Change]) -> tuple[list[Position], list[Position | None]]:
    """Sort keys in the new document's order for each change, and for each change with an old
    clause the key of the place that clause held (where a removal or a move's stub goes).

    A clause only the old version has goes just after the shared clause that preceded it there,
    or just before the one that followed it when only that one is of its section and title (the
    first duty of a list stays in its list, not after the last duty of the list before). Several
    such clauses at one place keep their old order."""
    shared = _shared(changes)
    rank = {i: r for r, i in enumerate(sorted(range(len(changes)), key=lambda i: _start(changes[i].old) or (0, 0)))}

    def mapped(old: tuple[int, int], seq: int) -> Position:
        i = bisect.bisect_right(shared.old, old)
        here = (changes[seq].old[0].section, changes[seq].old[0].title)
        if i < len(shared.old) and shared.where[i] == here and (i == 0 or shared.where[i - 1] != here):
            return (shared.new[i], -1, rank[seq])
        return (shared.new[i - 1] if i else (0, 0), 1, rank[seq])

    keys: list[Position] = []
    stubs: list[Position | None] = []
    previous: Position = ((0, 0), 0, 0)
    for seq, change in enumerate(changes):
        new, old = _start(change.new), _start(change.old)
        if new is not None:
            key: Position = (new, 0, seq)
        elif old is not None:
            key = mapped(old, seq)
        else:
            key = (previous[0], previous[1], seq)
        keys.append(key)
        previous = key
        stubs.append(mapped(old, seq) if old is not None else None)
    return keys, stubs


__all__ = ["MOVE_REASONS", "Position", "moved", "positions"]
