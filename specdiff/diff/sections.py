"""Which section of the old version is which section of the new one.

Content decides first: sections that share identical clauses are the same section, whatever
their headings say ("Illustrative Duties" renamed "Illustrative Tasks"). Sections with nothing
identical pair by structure: the same kind under the same title, or, for headings the parser
could not classify, a heading that reads the same.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from rapidfuzz import fuzz

from ..model import Section
from .glossary import Glossary, word_tokens
from .matching import max_weight_matching
from .titles import TitleMap


def _heading_form(section: Section, glossary: Glossary) -> str:
    return " ".join(glossary.expand(word_tokens(section.heading)))


SectionTable = Sequence[tuple[Section, str | None, int]]


def pair_sections(
    old: SectionTable,
    new: SectionTable,
    votes: Counter[tuple[int, int]],
    titles: TitleMap,
    glossary: Glossary,
) -> dict[int, int]:
    """Old section index -> new section index. ``old``/``new`` hold (section, resolved title,
    clause count); ``votes`` counts identical clauses shared by each pair of sections."""
    edges: dict[tuple[int, int], float] = {}
    for (i, j), count in votes.items():
        size = max(1, min(old[i][2], new[j][2]))
        edges[(i, j)] = 0.5 + 0.5 * min(1.0, count / size)
    paired = dict(max_weight_matching(edges))
    taken = set(paired.values())
    edges = {}
    headings_old = {i: _heading_form(s, glossary) for i, (s, _, _) in enumerate(old) if i not in paired}
    headings_new = {j: _heading_form(s, glossary) for j, (s, _, _) in enumerate(new) if j not in taken}
    for i, head_o in headings_old.items():
        section_o, title_o, _ = old[i]
        for j, head_n in headings_new.items():
            section_n, title_n, _ = new[j]
            if section_o.kind != section_n.kind or not titles.same(title_o, title_n):
                continue
            heading = fuzz.ratio(head_o, head_n) / 100.0
            if section_o.kind != "other":
                edges[(i, j)] = 0.5 + 0.4 * heading
            elif heading >= 0.6:
                edges[(i, j)] = heading * 0.9
    paired.update(max_weight_matching(edges))
    return paired
