"""Order analysis: which aligned clauses kept their place, which were reordered, which moved.

A clause moved only when it left its place in the document AND its section's counterpart, or
when it crossed from one section into another that both versions print. Three readings:

- In place: the longest increasing subsequence of new positions, taken over the whole document
  in old order, is the largest set of pairs that kept their order. A clause in it did not move,
  even when the parser cut the sections differently around it (a heading printed in only one
  version, a section read as another kind): the reader finds it where it was. It moved only
  if its old section and its new section both have a counterpart and these differ: it crossed
  a boundary both versions print (the last duty that became the first qualification).
- Reordered: out of order, but in its section's counterpart (or under the same printed
  heading): the same list in another order. When it kept its place among its section's
  clauses and none of them kept theirs in the document, the whole section moved with it.
- Moved to another section: out of order and under another section.

Which section is whose counterpart comes from sections.py (shared clauses, printed heading,
place, kind); the kind alone never decides.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Mapping, Sequence

from .align import Alignment
from .candidates import content_overlap
from .sections import heading_similarity
from .splits import Group
from .units import Unit

SAME_HEADING = 0.85  # least similarity of two printed headings that are one heading
REORDERED = "reordered"  # out of order within the section's counterpart
WITH_SECTION = "with-section"  # in order within its section, the section itself moved
MOVED = "moved"  # to another section


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


def same_home(a: Unit, b: Unit, sections: Mapping[int, int], partner_of_new: Mapping[int, int]) -> bool:
    """Does ``b`` sit in the counterpart of ``a``'s section? Yes when the sections are paired,
    when both read under the same printed heading (give or take a letter: "C Sensory Attention"
    and "Sensory Attention"), or when neither section has a counterpart at all (nothing says
    the text went anywhere else)."""
    if sections.get(a.section_index) == b.section_index:
        return True
    if any(heading_similarity(x, y) >= SAME_HEADING for x in a.contexts for y in b.contexts):
        return True
    return a.section_index not in sections and b.section_index not in partner_of_new


def placements(
    groups: Sequence[Group], olds: Sequence[Unit], news: Sequence[Unit], sections: Mapping[int, int]
) -> dict[int, str]:
    """Group index -> REORDERED, WITH_SECTION or MOVED, for the pairs that did not stay put."""
    back = {j: i for i, j in sections.items()}
    rows = sorted((olds[g.old[0]].index, news[g.new[0]].index, k) for k, g in enumerate(groups) if g.old and g.new)
    in_order = {rows[pos][2] for pos in longest_increasing([b for _, b, _ in rows])}
    by_section: dict[int, list[tuple[int, int, int]]] = {}
    for i, j, k in rows:
        by_section.setdefault(olds[i].section_index, []).append((i, j, k))
    in_section: set[int] = set()  # in order among its section's pairs, in a section that moved as a whole
    for members in by_section.values():
        if not any(k in in_order for _, _, k in members):
            in_section.update(members[pos][2] for pos in longest_increasing([j for _, j, _ in members]))
    out: dict[int, str] = {}
    for i, j, k in rows:
        a, b = olds[i], news[j]
        home = same_home(a, b, sections, back)
        if k in in_order:
            crossed = a.section_index in sections and b.section_index in back and not home
            if crossed:
                out[k] = MOVED
        elif home:
            out[k] = WITH_SECTION if k in in_section else REORDERED
        else:
            out[k] = MOVED
    return out


MOVE_OVERLAP = 0.4  # least content-word overlap for a pair found by similarity that moved
NEAR_OVERLAP = 0.25  # ... for one reordered by at most NEAR places within its list
NEAR = 2


def unlink_weak_moves(state: Alignment) -> None:
    """Undo the pairs found by similarity (not identical text) that would be reported as
    reordered or moved but share too few content words: they are two changes, a removal and an
    addition. "Are you a current employee?" and "Are you a US Citizen?" share only their frame,
    and a false move misplaces the text it claims to have moved. The place is evidence too: a
    rewrite that kept its place keeps its pair, and one that swapped places with its neighbour
    (the two routes of a qualification listed the other way round) needs less overlap. Runs
    before splits and merges are grown, so a freed clause can still join its real partner as
    one of its pieces."""
    links = sorted(state.partner_of_old.items())
    groups = [Group((i,), (j,), state.match[i], state.score[i]) for i, j in links]
    placed = placements(groups, state.olds, state.news, state.sections)
    starts_old, starts_new = _section_starts(state.olds), _section_starts(state.news)
    for k, (i, j) in enumerate(links):
        placement = placed.get(k)
        if placement not in (REORDERED, MOVED):
            continue
        a, b = state.olds[i], state.news[j]
        shift = abs((a.index - starts_old[a.section_index]) - (b.index - starts_new[b.section_index]))
        bar = NEAR_OVERLAP if placement == REORDERED and shift <= NEAR else MOVE_OVERLAP
        if a.form != b.form and content_overlap(a, b) < bar:
            state.unlink(i)


def settle(
    groups: Sequence[Group], olds: Sequence[Unit], news: Sequence[Unit], sections: Mapping[int, int]
) -> dict[int, str]:
    """Group index -> placement (see placements), except for copies. A clause the document
    prints more than once ("Yes No" under every question) is a copy: copies pair with the
    nearest copy, and which copy went where says nothing, so a copy is never reported as moved
    within its title."""
    copies_old = Counter(u.form for u in olds)
    copies_new = Counter(u.form for u in news)
    out: dict[int, str] = {}
    for k, placement in placements(groups, olds, news, sections).items():
        a, b = olds[groups[k].old[0]], news[groups[k].new[0]]
        if copies_old[a.form] == 1 and copies_new[b.form] == 1:
            out[k] = placement
    return out


def _section_starts(units: Sequence[Unit]) -> dict[int, int]:
    """Section index -> index of its first clause, to tell a clause's place within its list."""
    starts: dict[int, int] = {}
    for unit in units:
        starts.setdefault(unit.section_index, unit.index)
    return starts
