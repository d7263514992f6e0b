"""Clause alignment in ordered passes, from surest to least sure; each pair says which found it.

1. exact: identical comparison forms (an editorial rewrite is still "exact" here), one global
   maximum-weight assignment that prefers the same section and nearby positions, so repeated
   boilerplate pairs with its own copy.
2. Sections are paired (mostly by the exact pairs they share; see sections.py).
3. label: the same list label in paired sections with clearly similar text, mutual best.
4. fuzzy: rapidfuzz similarity on candidates from the rare-word index plus every pair inside
   small paired sections, one maximum-weight assignment over all of it; leaving a section costs
   a bonus and needs a higher similarity, so moves are found but only when clear.
5. position: the one leftover old and the one leftover new clause between the same two
   anchors of a paired section, when still somewhat similar.
6. resegmented: a free clause and the longest free clause of the other version that is a
   piece of it (splits.py gathers the other pieces).
7. neighbour: a free clause on each side right beside the same pair, alike enough for a pair in
   the same kind of section (the place stands in for sections that were not paired).
8. value: a line of figures replaced by the one other such line under the same heading.
9. field: a "Key: value" field whose value changed completely, by its key.
10. heading: a heading read as a clause, renamed, right above the same clause.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from ..phrases.figures import figures_only
from .candidates import all_pairs, index_candidates, same_nature, shared_words, similarity
from .glossary import Glossary
from .matching import max_weight_matching
from .sections import SectionTable, pair_sections
from .titles import TitleMap
from .units import Unit

IN_SECTION = 0.5  # least similarity for a fuzzy pair inside paired sections
SAME_SLOT = 0.6  # ... for a pair in the same kind of section under the same title
ACROSS = 0.72  # ... for a pair across sections or titles (a move)
POSITION = 0.45  # ... for leftovers of a paired section (position pass)
LABEL = 0.6
SHARED_WORDS = 0.2  # ... and the least content-word overlap (Dice) below ACROSS similarity
# An edge weighs what its pair is worth above a mediocre pair: with raw similarities, two
# mediocre pairs (0.65 + 0.7) outweigh one near-identical pair (0.97) and the assignment breaks
# the near-identical one up to make them.
MARGIN = 0.4
SMALL_SECTIONS = 2500  # paired sections this small (old x new clauses) are scored all-pairs


@dataclass
class Alignment:
    """The pairs found so far; ``match`` records which pass found each old clause's partner."""

    olds: Sequence[Unit]
    news: Sequence[Unit]
    titles: TitleMap
    partner_of_old: dict[int, int] = field(default_factory=dict)
    partner_of_new: dict[int, int] = field(default_factory=dict)
    match: dict[int, str] = field(default_factory=dict)
    score: dict[int, float] = field(default_factory=dict)
    sections: dict[int, int] = field(default_factory=dict)

    def link(self, i: int, j: int, how: str, score: float) -> None:
        self.partner_of_old[i] = j
        self.partner_of_new[j] = i
        self.match[i] = how
        self.score[i] = score

    def unlink(self, i: int) -> None:
        """Undo the pair of old clause ``i``."""
        j = self.partner_of_old.pop(i)
        del self.partner_of_new[j], self.match[i], self.score[i]

    def free_old(self) -> list[Unit]:
        return [u for u in self.olds if u.index not in self.partner_of_old]

    def free_new(self) -> list[Unit]:
        return [u for u in self.news if u.index not in self.partner_of_new]

    def paired(self, a: Unit, b: Unit) -> bool:
        return self.sections.get(a.section_index) == b.section_index

    def same_slot(self, a: Unit, b: Unit) -> bool:
        return a.section.kind == b.section.kind and (a.floating or b.floating or self.titles.same(a.title, b.title))


def _place(a: Unit, b: Unit, olds: Sequence[Unit], news: Sequence[Unit]) -> float:
    """1 for the same relative position in the two documents, down to 0 for opposite ends.
    Squared, so that among identical copies the in-order pairing is the one best answer (with a
    linear distance several pairings tie, and which one wins would depend on the side)."""
    return 1.0 - (a.index / max(1, len(olds)) - b.index / max(1, len(news))) ** 2


COPIES = 4  # identical copies of one clause: each is linked only to its nearest copies


def _nearest(mine: list[Unit], theirs: list[Unit], olds: Sequence[Unit], news: Sequence[Unit]) -> set[tuple[int, int]]:
    """Pairs of identical clauses worth weighing: all of them for a few copies; for boilerplate
    repeated through a long document, each copy with its ``COPIES`` nearest copies (by relative
    position) on the other side, and the reverse, so the edges stay linear in the copies."""
    if len(mine) * len(theirs) <= COPIES * COPIES:
        return {(a.index, b.index) for a in mine for b in theirs}
    pairs: set[tuple[int, int]] = set()
    for one, other, size_one, size_other, flip in (
        (mine, theirs, len(olds), len(news), False),
        (theirs, mine, len(news), len(olds), True),
    ):
        spots = [u.index / max(1, size_other) for u in other]
        for unit in one:
            at = bisect_left(spots, unit.index / max(1, size_one))
            for other_unit in other[max(0, at - COPIES // 2) : at + COPIES // 2]:
                pairs.add((other_unit.index, unit.index) if flip else (unit.index, other_unit.index))
    return pairs


def exact_pass(state: Alignment) -> None:
    olds_by_form: dict[str, list[Unit]] = {}
    news_by_form: dict[str, list[Unit]] = {}
    for unit in state.olds:
        olds_by_form.setdefault(unit.form, []).append(unit)
    for unit in state.news:
        news_by_form.setdefault(unit.form, []).append(unit)
    edges: dict[tuple[int, int], float] = {}
    for form, mine in olds_by_form.items():
        for i, j in _nearest(mine, news_by_form.get(form, []), state.olds, state.news):
            a, b = state.olds[i], state.news[j]
            slot = 0.2 if a.section.kind == b.section.kind else 0.0
            title = 0.2 if state.titles.same(a.title, b.title) else 0.0
            edges[(i, j)] = 0.5 + slot + title + 0.1 * _place(a, b, state.olds, state.news)
    for i, j in max_weight_matching(edges):
        state.link(i, j, "exact", 1.0)


def section_pass(state: Alignment, old_sections: SectionTable, new_sections: SectionTable, glossary: Glossary) -> None:
    votes: Counter[tuple[int, int]] = Counter()
    for i, j in state.partner_of_old.items():
        votes[(state.olds[i].section_index, state.news[j].section_index)] += 1
    state.sections = pair_sections(old_sections, new_sections, votes, state.titles, glossary)


def _by_section(units: Sequence[Unit]) -> dict[int, list[Unit]]:
    groups: dict[int, list[Unit]] = {}
    for unit in units:
        groups.setdefault(unit.section_index, []).append(unit)
    return groups


def label_pass(state: Alignment) -> None:
    """Same label in paired sections, similar text, and neither has a better free partner."""
    free_old, free_new = _by_section(state.free_old()), _by_section(state.free_new())
    for so, sn in sorted(state.sections.items()):
        mine, theirs = free_old.get(so, []), free_new.get(sn, [])
        labels = Counter(b.clause.label or "" for b in theirs)
        for a in mine:
            same = [b for b in theirs if a.clause.label and b.clause.label == a.clause.label]
            if len(same) != 1 or labels[a.clause.label or ""] != 1 or same[0].index in state.partner_of_new:
                continue
            b = same[0]
            score = similarity(a, b)
            if score < LABEL:
                continue
            rivals = [similarity(a, c, score) for c in theirs if c is not b and c.index not in state.partner_of_new]
            rivals += [similarity(c, b, score) for c in mine if c is not a and c.index not in state.partner_of_old]
            if all(r <= score for r in rivals):
                state.link(a.index, b.index, "label", score)


def fuzzy_pass(state: Alignment) -> None:
    olds, news = state.free_old(), state.free_new()
    pairs = index_candidates(olds, news)
    old_groups, new_groups = _by_section(olds), _by_section(news)
    for so, sn in state.sections.items():
        mine, theirs = old_groups.get(so, []), new_groups.get(sn, [])
        if len(mine) * len(theirs) <= SMALL_SECTIONS:
            pairs |= all_pairs(mine, theirs)
    edges: dict[tuple[int, int], float] = {}
    for i, j in sorted(pairs):
        a, b = state.olds[i], state.news[j]
        if state.paired(a, b):
            floor, bonus = IN_SECTION, 0.1
        elif state.same_slot(a, b):
            floor, bonus = SAME_SLOT, 0.05
        else:
            floor, bonus = ACROSS, 0.0
        score = similarity(a, b, floor)
        if not same_nature(a, b, score, ACROSS):
            continue
        if score >= floor and (score >= ACROSS or shared_words(a, b) >= SHARED_WORDS):
            edges[(i, j)] = min(1.0, score * 0.9 + bonus) - MARGIN
    for i, j in max_weight_matching(edges):
        state.link(i, j, "fuzzy", similarity(state.olds[i], state.news[j]))


def position_pass(state: Alignment) -> None:
    """What is still free in a paired section after everything else ("Promotion" now listed
    first and both routes rewritten) pairs by one assignment at the lowest floor; among equally
    similar candidates the one at the same place in its list wins. A fifth of the content words
    must be shared too: a low character ratio alone also pairs two unrelated sentences that
    merely start alike ("Applications and Supplements may be ..." / "Applications will only ...")."""
    old_groups, new_groups = _by_section(state.free_old()), _by_section(state.free_new())
    for so, sn in sorted(state.sections.items()):
        mine, theirs = old_groups.get(so, []), new_groups.get(sn, [])
        edges = {}
        for k, a in enumerate(mine):
            for m, b in enumerate(theirs):
                score = similarity(a, b, POSITION)
                if score >= POSITION and shared_words(a, b) >= SHARED_WORDS and same_nature(a, b, score, ACROSS):
                    place = 1.0 - (k / max(1, len(mine)) - m / max(1, len(theirs))) ** 2
                    edges[(a.index, b.index)] = score * 0.9 + 0.05 * place - MARGIN
        for i, j in max_weight_matching(edges):
            state.link(i, j, "position", similarity(state.olds[i], state.news[j]))


PART_TOKENS = 4  # least words of a part found inside a longer clause of the other version
PART_RATIO = 90  # least rapidfuzz partial ratio of a reworded part inside it


def _inside(part: Unit, whole: Unit) -> bool:
    """Is ``part`` a piece of ``whole``: its words in a row inside it (the same paragraph cut at
    other places), or nearly so (a reworded piece)?"""
    if len(part.tokens) < PART_TOKENS or len(part.tokens) >= len(whole.tokens):
        return False
    if f" {part.form} " in f" {whole.form} ":
        return True
    return fuzz.partial_ratio(part.form, whole.form, score_cutoff=PART_RATIO) >= PART_RATIO


def resegment_pass(state: Alignment) -> None:
    """One paragraph in one version, several clauses in the other (split at semicolons under one
    heading, wrapped differently, or rewritten into three): no single piece is similar enough
    to the whole to be paired by the passes above, so the whole would show as removed and every
    piece as added. Each free clause is linked to the longest free clause of the other version
    that is a piece of it; splits.py then gathers the neighbouring pieces. Candidates come from
    the rare-word index, so this stays near-linear."""
    olds, news = state.free_old(), state.free_new()
    pairs = sorted(index_candidates(olds, news))
    best_old: dict[int, Unit] = {}
    best_new: dict[int, Unit] = {}
    for i, j in pairs:
        a, b = state.olds[i], state.news[j]
        if _inside(b, a) and (i not in best_old or len(b.tokens) > len(best_old[i].tokens)):
            best_old[i] = b
        if _inside(a, b) and (j not in best_new or len(a.tokens) > len(best_new[j].tokens)):
            best_new[j] = a
    for i, b in sorted(best_old.items()):
        if i not in state.partner_of_old and b.index not in state.partner_of_new:
            state.link(i, b.index, "resegmented", similarity(state.olds[i], b))
    for j, a in sorted(best_new.items()):
        if j not in state.partner_of_new and a.index not in state.partner_of_old:
            state.link(a.index, j, "resegmented", similarity(a, state.news[j]))


def neighbour_pass(state: Alignment) -> None:
    """A free old clause and a free new clause right beside the same pair (just before, or just
    after, its two sides) sit at the same place in the document even when their sections were
    not paired (a minimum qualification under "The Ideal Candidate" in one version, under
    "Knowledge, Skills and Abilities" in the other, followed in both by the same paragraph).
    That place stands in for the section a same-slot pair needs, so they pair at the same-slot
    floor with a fifth of their content words shared, rather than as a removal and an addition."""
    for i, j in sorted(state.partner_of_old.items()):
        for a_at, b_at in ((i - 1, j - 1), (i + 1, j + 1)):
            if not (0 <= a_at < len(state.olds) and 0 <= b_at < len(state.news)):
                continue
            if a_at in state.partner_of_old or b_at in state.partner_of_new:
                continue
            a, b = state.olds[a_at], state.news[b_at]
            if not (a.floating or b.floating or state.titles.same(a.title, b.title)):
                continue
            score = similarity(a, b, SAME_SLOT)
            if score >= SAME_SLOT and shared_words(a, b) >= SHARED_WORDS and same_nature(a, b, score, ACROSS):
                state.link(a_at, b_at, "neighbour", score)


def value_pass(state: Alignment) -> None:
    """A value line (a salary range, a list of figures) replaced by another under the same
    heading: they share no words, so no similarity pairs them, yet a reviewer reads "the salary
    changed", not "a salary removed and a salary added". Sections count as the same when they
    are paired or print the same heading (a clause that moved away can pair the old section with
    another). Linked only when each side has exactly one such line still free there, so nothing
    is guessed."""
    olds = [u for u in state.free_old() if figures_only(u.clause.text)]
    news = [u for u in state.free_new() if figures_only(u.clause.text)]
    _link_lone_values(state, olds, news, lambda u: state.sections.get(u.section_index), lambda u: u.section_index)
    _link_lone_values(state, olds, news, _heading_place, _heading_place)


def _link_lone_values(
    state: Alignment,
    olds: Sequence[Unit],
    news: Sequence[Unit],
    old_place: Callable[[Unit], Hashable],
    new_place: Callable[[Unit], Hashable],
    how: str = "value",
) -> None:
    """Link the old and the new line that are each the only one still free at their place."""
    mine: dict[Hashable, list[Unit]] = {}
    theirs: dict[Hashable, list[Unit]] = {}
    for unit in olds:
        if unit.index not in state.partner_of_old:
            mine.setdefault(old_place(unit), []).append(unit)
    for unit in news:
        if unit.index not in state.partner_of_new:
            theirs.setdefault(new_place(unit), []).append(unit)
    for place, group in mine.items():
        other = theirs.get(place, [])
        if place is not None and len(group) == 1 and len(other) == 1:
            state.link(group[0].index, other[0].index, how, similarity(group[0], other[0]))


_FIELD_KEY = re.compile(r"\s*([A-Za-z][A-Za-z /&'()-]{0,40}?)\s*:\s+\S")


def field_key(text: str) -> str | None:
    """The key of a "Key: value" field ("Salary: $65,960 ..." -> "salary"), one to four words."""
    match = _FIELD_KEY.match(text)
    if not match or not 1 <= len(match.group(1).split()) <= 4:
        return None
    return " ".join(match.group(1).casefold().split())


def field_pass(state: Alignment) -> None:
    """A header field whose value changed completely ("Salary: $65,960.00 - $105,365.00
    Annually" / "Salary: $70,346.38 - $112,372.26 YEAR") shares no words but its key, so no
    similarity pairs it; yet it is the same field with a new value. Linked when the key is
    printed by exactly one free clause on each side, in paired sections (or under the same
    heading), so nothing is guessed."""
    free_old, free_new = state.free_old(), state.free_new()
    keys = {id(u): field_key(u.clause.text) for u in (*free_old, *free_new)}  # each clause's key, once
    olds = [u for u in free_old if keys[id(u)]]
    news = [u for u in free_new if keys[id(u)]]

    def paired(u: Unit) -> Hashable:
        partner = state.sections.get(u.section_index)
        return None if partner is None else (keys[id(u)], partner)

    def own(u: Unit) -> Hashable:
        return (keys[id(u)], u.section_index)

    def heading(u: Unit) -> Hashable:
        return (keys[id(u)], _heading_place(u))

    _link_lone_values(state, olds, news, paired, own, "field")
    _link_lone_values(state, olds, news, heading, heading, "field")


def heading_pass(state: Alignment) -> None:
    """A heading read as a clause, renamed ("Typical Tasks" -> "Examples of Duties"): the two
    share no words, but each is the free heading right above the same clause."""
    for a in state.free_old():
        below = a.index + 1
        if not a.heading or below >= len(state.olds) or below not in state.partner_of_old:
            continue
        j = state.partner_of_old[below] - 1
        if j >= 0 and j not in state.partner_of_new and state.news[j].heading:
            state.link(a.index, j, "heading", similarity(a, state.news[j]))


def _heading_place(unit: Unit) -> tuple[str, str, str | None]:
    section = unit.section
    return section.kind, " ".join(section.heading.casefold().split()), section.title


def align(
    olds: Sequence[Unit],
    news: Sequence[Unit],
    sections: tuple[SectionTable, SectionTable],
    titles: TitleMap,
    glossary: Glossary,
) -> Alignment:
    """Run the passes in order; every later pass sees only what the earlier ones left free."""
    state = Alignment(olds, news, titles)
    exact_pass(state)
    section_pass(state, sections[0], sections[1], glossary)
    label_pass(state)
    fuzzy_pass(state)
    position_pass(state)
    resegment_pass(state)
    neighbour_pass(state)
    value_pass(state)
    field_pass(state)
    heading_pass(state)
    return state
