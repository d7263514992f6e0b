"""Same duty, different scope: which scales moved between two clauses, and which way.

A shift is named only where both clauses hold a term of the same scale and the ranks differ:
"assists in the review of applications" -> "reviews applications" is up (assists < performs);
"under general supervision" -> "under direction" is up. A scale may be compared only when
another is stated alike on both sides (the vocabulary says which: the role in the work only
when both or neither state supervision exercised), and a duty stated with a role verb and no
supervision reads as "does the work itself" against the same duty supervised ("Prepares
monthly reports" -> "Supervises the preparation of monthly reports" is up). A term on one side only ("more
complex" added) is listed with the pair but is not called a scope change: nothing in the text
says what it replaced, and calling it one would be a guess. Two scales moving opposite ways
make the change "mixed", never silently up or down.
"""

from __future__ import annotations

from .model import ScopeShift, ScopeTerm
from .vocabulary import rank_of, vocabulary


def scope_shifts(old: tuple[ScopeTerm, ...], new: tuple[ScopeTerm, ...]) -> tuple[ScopeShift, ...]:
    """Every scale on which both sides hold a term and the highest ranks differ, in the
    vocabulary's order."""
    out = []
    old, new = _doers(old, new), _doers(new, old)
    for scale in vocabulary().scales:
        a, b = rank_of(old, scale.name), rank_of(new, scale.name)
        if a is None or b is None or a == b:
            continue
        if any(_states(old, other) != _states(new, other) for other in scale.comparable_only_with_same):
            continue
        mine = tuple(t for t in old if t.scale == scale.name)
        theirs = tuple(t for t in new if t.scale == scale.name)
        out.append(ScopeShift(scale.name, mine, theirs, "up" if b > a else "down"))
    return tuple(out)


def _doers(mine: tuple[ScopeTerm, ...], theirs: tuple[ScopeTerm, ...]) -> tuple[ScopeTerm, ...]:
    """``mine`` plus, for each scale with a ``doer_rank``, a term at that rank when ``mine`` states
    a role in the work and nothing on the scale while ``theirs`` states something on it: the
    side that "prepares monthly reports" does the work that the other side "supervises the
    preparation of". The term quotes the role words it stands for."""
    out = list(mine)
    for scale in vocabulary().scales:
        if scale.doer_rank is None or any(t.scale == scale.name for t in mine):
            continue
        if not _states(theirs, scale.name):
            continue
        roles = [t.text for t in mine if t.scale == "action"]
        if roles:
            rung = scale.rung(scale.doer_rank).label
            out.append(ScopeTerm(scale.name, scale.doer_rank, rung, "; ".join(roles), implicit=True))
    return tuple(out)


def _states(terms: tuple[ScopeTerm, ...], scale: str) -> bool:
    """Does a side state something on ``scale`` (rank 0, "part of a team", says there is none)?"""
    return any(t.scale == scale and t.rank > 0 for t in terms)


def overall(shifts: tuple[ScopeShift, ...]) -> str | None:
    """ "up" or "down" when every shift agrees, "mixed" when they do not, None without shifts."""
    directions = {s.direction for s in shifts}
    if not directions:
        return None
    return directions.pop() if len(directions) == 1 else "mixed"


def one_sided(
    old: tuple[ScopeTerm, ...], new: tuple[ScopeTerm, ...], shifted: tuple[ScopeShift, ...] = ()
) -> tuple[str, ...]:
    """Notes for scales only one side speaks of ("more complex" only in the new one), except
    those a shift already names."""
    notes = []
    named = {s.scale for s in shifted}
    for scale in vocabulary().scales:
        if scale.name in named:
            continue
        a = [t.text for t in old if t.scale == scale.name and not t.implicit]
        b = [t.text for t in new if t.scale == scale.name and not t.implicit]
        if a and not any(t.scale == scale.name for t in new):
            notes.append(f"{scale.label.lower()} stated on the old side only: " + "; ".join(f"“{x}”" for x in a))
        if b and not any(t.scale == scale.name for t in old):
            notes.append(f"{scale.label.lower()} stated on the new side only: " + "; ".join(f"“{x}”" for x in b))
    return tuple(notes)


__all__ = ["one_sided", "overall", "scope_shifts"]
