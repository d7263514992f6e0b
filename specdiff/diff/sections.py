"""Which section of the old version is which section of the new one.

Evidence, strongest first: the identical clauses two sections share ("Illustrative Duties"
renamed "Illustrative Tasks" still holds the same duties), the heading they print, the place
they hold in the document, and the kind the parser gave them. The kind is only one signal among
these: a parser reads the same printed heading as one kind in one version and another kind (or
no kind) in the other whenever the words around it differ, and pairing by kind then reports
every clause of the section as "moved to another section". All signals add up into one weight
per candidate pair, and one maximum-weight assignment decides.

Candidates stay near-linear in the number of sections: every pair of one title's sections is
weighed only when the title has few; otherwise only pairs that share clauses, print the same
heading or have the same kind.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Sequence

from rapidfuzz import fuzz

from ..model import Section
from .glossary import Glossary, word_tokens
from .matching import max_weight_matching
from .titles import TitleMap

SectionTable = Sequence[tuple[Section, str | None, int]]

HEADING_ALIKE = 0.6  # least heading similarity that pairs two sections sharing nothing else
ALL_PAIRS = 2500  # a title's sections are weighed all-pairs when old x new is this small


def _heading_form(section: Section, glossary: Glossary) -> str:
    return " ".join(glossary.expand(word_tokens(section.heading)))


def heading_similarity(a: str, b: str) -> float:
    """How alike two printed headings are, in [0, 1]; two empty headings (the untitled block
    before the first heading) are alike."""
    if a == b:
        return 1.0
    if not a or not b:
        return 0.0
    return fuzz.ratio(a, b) / 100.0


def _place(i: int, j: int, old_size: int, new_size: int) -> float:
    """1 for the same relative place in the two documents, down to 0 for opposite ends."""
    return 1.0 - abs(i / max(1, old_size - 1) - j / max(1, new_size - 1)) if old_size > 1 and new_size > 1 else 1.0


NEAREST = 8  # in a title with many sections, each is weighed against this many of its kind


def _candidates(old: SectionTable, new: SectionTable, heads: tuple[list[str], list[str]]) -> Iterable[tuple[int, int]]:
    """Pairs of sections under one title worth weighing (votes add their own pairs): all of
    them when the title has few sections; otherwise, for each section, the ``NEAREST`` sections
    (by relative place) that print the same heading, and as many of the same kind."""
    by_title_old: dict[str | None, list[int]] = {}
    by_title_new: dict[str | None, list[int]] = {}
    for i, (_, title, _) in enumerate(old):
        by_title_old.setdefault(title, []).append(i)
    for j, (_, title, _) in enumerate(new):
        by_title_new.setdefault(title, []).append(j)
    for title, mine in by_title_old.items():
        theirs = by_title_new.get(title, [])
        if len(mine) * len(theirs) <= ALL_PAIRS:
            yield from ((i, j) for i in mine for j in theirs)
            continue
        keyed: dict[tuple[str, str], list[int]] = {}
        for j in theirs:
            keyed.setdefault(("h", heads[1][j]), []).append(j)
            keyed.setdefault(("k", new[j][0].kind), []).append(j)
        spots = {key: [j / max(1, len(new)) for j in group] for key, group in keyed.items()}
        for i in mine:
            for key in (("h", heads[0][i]), ("k", old[i][0].kind)):
                group = keyed.get(key, [])
                at = bisect_left(spots.get(key, []), i / max(1, len(old)))
                yield from ((i, j) for j in group[max(0, at - NEAREST // 2) : at + NEAREST // 2])


def pair_sections(
    old: SectionTable,
    new: SectionTable,
    votes: Counter[tuple[int, int]],
    titles: TitleMap,
    glossary: Glossary,
) -> dict[int, int]:
    """Old section index -> new section index. ``old``/``new`` hold (section, resolved title,
    clause count); ``votes`` counts identical clauses shared by each pair of sections.

    Shared clauses outweigh everything else (a section is what it holds); two sections that
    share nothing pair when they belong to the same title and print alike headings, or have the
    same recognised kind. Among the rest, the heading, the kind and the place break ties, so
    the third "NOTES" of one bulletin pairs with the third "NOTES" of the other."""
    heads = ([_heading_form(s, glossary) for s, _, _ in old], [_heading_form(s, glossary) for s, _, _ in new])
    pairs = set(votes) | set(_candidates(old, new, heads))
    edges: dict[tuple[int, int], float] = {}
    for i, j in pairs:
        section_o, title_o, size_o = old[i]
        section_n, title_n, size_n = new[j]
        heading = heading_similarity(heads[0][i], heads[1][j])
        kind = section_o.kind == section_n.kind
        place = _place(i, j, len(old), len(new))
        shared = votes.get((i, j), 0)
        if shared:
            content = min(1.0, shared / max(1, min(size_o, size_n)))
            edges[(i, j)] = 1.0 + content + 0.3 * heading + 0.1 * kind + 0.05 * place
        elif titles.same(title_o, title_n) and (heading >= HEADING_ALIKE or (kind and section_o.kind != "other")):
            edges[(i, j)] = 0.5 * heading + 0.2 * kind + 0.1 * place
    return dict(max_weight_matching(edges))
