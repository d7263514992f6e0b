"""Order analysis: which aligned clauses kept their place and which moved.

Inside a pair of sections the longest increasing subsequence of new positions (taken in old
order) is the largest set of clauses that did not move; every other pair there was reordered.
A pair whose new clause sits outside the paired section left its section: a move across
sections or titles, judged by the classifier.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping, Sequence

from .splits import Group
from .units import Unit


def longest_increasing(values: Sequence[int]) -> set[int]:
    """Positions (into ``values``) of one longest strictly increasing subsequence; O(n log n)."""
    tails: list[int] = []  # value at the end of the best run of each length
    tail_at: list[int] = []  # its position
    back = [-1] * len(values)
    for pos, value in enumerate(values):
        k = bisect_left(tails, value)
        if k == len(tails):
            tails.append(value)
            tail_at.append(pos)
        else:
            tails[k] = value
            tail_at[k] = pos
        back[pos] = tail_at[k - 1] if k else -1
    chosen: set[int] = set()
    pos = tail_at[-1] if tail_at else -1
    while pos >= 0:
        chosen.add(pos)
        pos = back[pos]
    return chosen


def reordered(
    groups: Sequence[Group], olds: Sequence[Unit], news: Sequence[Unit], sections: Mapping[int, int]
) -> set[int]:
    """Indexes (into ``groups``) of pairs that stayed in their paired section but changed place."""
    by_section: dict[int, list[tuple[int, int, int]]] = {}
    for k, group in enumerate(groups):
        if not group.old or not group.new:
            continue
        a, b = olds[group.old[0]], news[group.new[0]]
        if sections.get(a.section_index) == b.section_index:
            by_section.setdefault(a.section_index, []).append((a.index, b.index, k))
    moved: set[int] = set()
    for rows in by_section.values():
        rows.sort()
        keep = longest_increasing([b for _, b, _ in rows])
        moved.update(k for pos, (_, _, k) in enumerate(rows) if pos not in keep)
    return moved
