"""Two title views compared: the diff engine first, then a pass on meaning-bearing words.

The engine (``specdiff.diff.compare``) does what it does for versions: glossary, comparison
form, exact pairs, sections paired by kind, fuzzy and position passes, splits and merges, the
editorial verdict, the word diff. Across titles its character-similarity passes both miss
(the same duty in other words) and over-reach (two different duties that start alike, paired
by position in a section), so every non-identical pair it proposes must also share meaning
words (meaning.py), pairs never cross section kinds, and what is left unpaired is matched
again on meaning words alone, one maximum-weight assignment per comparison. Last, a level's
remaining statements of its level and of supervision pair with the other level's by what they
state (``role``).

Each pair is then read for scope (scope.py): "same duty, different scope" when a scale moved,
"reworded" when other words did. An unpaired clause of the old title is "inherited" when the
new title inherits that section's duties from it ("May perform all of the duties of ..."). In
such a section the new title keeps every old duty, so a loosely similar new duty is a duty
added beside it, not the old one reworded: a reworded pair there must be close (``STRONG``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from ..diff import compare
from ..diff.classify import judge_text
from ..diff.glossary import Glossary, build_glossary
from ..diff.inline import inline_diff
from ..diff.matching import max_weight_matching
from ..model import Clause, ClauseRef, Section, Title
from .facets import FACETED_KINDS, roles
from .meaning import MeaningIndex
from .mentions import scope_terms
from .model import Inheritance, Item, Step
from .scope import one_sided, overall, scope_shifts
from .views import Statement, TitleView

KEEP = 0.3  # least meaning overlap for a pair the diff engine proposed (it has other evidence)
PAIR = 0.42  # least meaning overlap for a pair found on meaning words alone
STRONG = 0.6  # a reworded pair in a section the new title inherits whole must share this much

Key = tuple[str, str]  # ("old" | "new", clause id)
Resolver = Callable[[Statement, TitleView], str | None]
Pair = tuple[list[Key], list[Key], str | None]
Clauses = dict[str, dict[str, tuple[Clause, Section]]]


def _clauses(view: TitleView) -> dict[str, tuple[Clause, Section]]:
    return {c.id: (c, s) for s in view.view.sections for c in s.clauses}


def statement_ref(statement: Statement) -> ClauseRef:
    clause, section = statement.clause, statement.section
    return ClauseRef(clause.id, clause.text, section.kind, None, clause.span, clause.label, section.heading or None)


def compare_views(old: TitleView, new: TitleView, *, old_is_lower: bool, resolve: Resolver) -> Step:
    """The step from ``old`` to ``new``: every clause of both views in exactly one item."""
    diff = compare(old.view, new.view)
    glossary = build_glossary(old.source, new.source)
    clauses = {"old": _clauses(old), "new": _clauses(new)}
    refs: dict[Key, ClauseRef] = {}
    for change in diff.changes:
        refs.update({("old", r.id): r for r in change.old})
        refs.update({("new", r.id): r for r in change.new})
    refs = {k: _shown(r, k, old, new) for k, r in refs.items()}
    titles = old.source.titles + new.source.titles
    index = MeaningIndex(((k, clauses[k[0]][k[1]][0].text) for k in refs), glossary, titles)
    pairs: list[Pair] = []
    lone: list[Key] = []
    for change in diff.changes:
        olds = [("old", r.id) for r in change.old]
        news = [("new", r.id) for r in change.new]
        kinds = {refs[k].section for k in olds + news}
        close = olds and news and (change.op == "unchanged" or index.group_similarity(olds, news) >= KEEP)
        if close and len(kinds) == 1:
            pairs.append((olds, news, change.match))
            continue
        lone += olds + news
    pairs += _meaning_pairs(lone, refs, index)
    paired = {k for olds, news, _ in pairs for k in olds + news}
    pairs += _role_pairs([k for k in lone if k not in paired], refs, clauses, titles)
    inheritances = tuple(_inheritance(s, new, resolve) for s in new.statements)
    takes_all = {
        i.section
        for i in inheritances
        if i.extent == "all" and (i.source == old.key or (i.source == "lower" and old_is_lower))
    }
    items = []
    for olds, news, how in pairs:
        item = _pair_item(olds, news, how, refs, clauses, index, glossary, titles)
        if item.kind == "reworded" and item.section in takes_all and item.similarity < STRONG:
            lone += olds + news  # the new title keeps the old duty and adds this one
        else:
            items.append(item)
    paired = {k for item in items for k in [("old", r.id) for r in item.old] + [("new", r.id) for r in item.new]}
    for key in dict.fromkeys(lone):
        if key in paired:
            continue
        clause = clauses[key[0]][key[1]][0]
        ref = refs[key]
        terms = scope_terms(clause.text, titles)
        if key[0] == "new":
            items.append(Item("only_new", ref.section, new=(ref,), terms_new=terms))
        else:
            kind = "inherited" if ref.section in takes_all else "only_old"
            items.append(Item(kind, ref.section, old=(ref,), terms_old=terms))
    items += [
        Item("inheritance", s.section.kind, old=(statement_ref(s),)) for s in old.statements if s.said.rest is None
    ]
    items += [
        Item("inheritance", s.section.kind, new=(statement_ref(s),)) for s in new.statements if s.said.rest is None
    ]
    return Step(old.key, new.key, tuple(_ordered(items, old, new)), inheritances)


def _meaning_pairs(lone: Sequence[Key], refs: dict[Key, ClauseRef], index: MeaningIndex) -> list[Pair]:
    olds = [k for k in lone if k[0] == "old"]
    news = [k for k in lone if k[0] == "new"]
    edges: dict[tuple[int, int], float] = {}
    for i, a in enumerate(olds):
        for j, b in enumerate(news):
            if refs[a].section == refs[b].section:
                score = index.similarity(a, b)
                if score >= PAIR:
                    edges[(i, j)] = score
    return [([olds[i]], [news[j]], "meaning") for i, j in max_weight_matching(edges)]


SLOTS = ("level", "supervision_received", "supervision_exercised")  # roles a level states once


def _role_pairs(
    lone: Sequence[Key], refs: dict[Key, ClauseRef], clauses: Clauses, titles: tuple[Title, ...]
) -> list[Pair]:
    """What is still unpaired in a level's description pairs by what it states: the one level
    descriptor with the one level descriptor, supervision received with supervision received,
    when each side has exactly one such facet left and it states nothing else (no duty). Their
    words differ by nature ("full performance level" / "managerial level"), so no overlap would
    pair them, yet a reader compares exactly these."""
    slots: dict[tuple[str, str, str], list[Key]] = {}
    for key in lone:
        ref = refs[key]
        if ref.section not in FACETED_KINDS:
            continue
        text = clauses[key[0]][key[1]][0].text
        stated = roles(text, scope_terms(text, titles))
        if "duty" in stated:
            continue
        for role in SLOTS:
            if role in stated:
                slots.setdefault((ref.section, role, key[0]), []).append(key)
    out: list[Pair] = []
    used: set[Key] = set()
    for (section, role, side), olds in sorted(slots.items()):
        news = slots.get((section, role, "new"), [])
        if side != "old" or len(olds) != 1 or len(news) != 1 or olds[0] in used or news[0] in used:
            continue
        used |= {olds[0], news[0]}
        out.append(([olds[0]], [news[0]], "role"))
    return out


def _shown(ref: ClauseRef, key: Key, old: TitleView, new: TitleView) -> ClauseRef:
    """The clause as printed: a cut lead-in ("All of the above, and") comes back for display."""
    printed = (old if key[0] == "old" else new).printed.get(ref.id)
    return replace(ref, text=printed) if printed else ref


def _pair_item(
    olds: list[Key],
    news: list[Key],
    how: str | None,
    refs: dict[Key, ClauseRef],
    clauses: Clauses,
    index: MeaningIndex,
    glossary: Glossary,
    titles: tuple[Title, ...],
) -> Item:
    old_text = " ".join(clauses["old"][k[1]][0].text for k in olds)
    new_text = " ".join(clauses["new"][k[1]][0].text for k in news)
    section = refs[news[0]].section
    old_refs = tuple(refs[k] for k in olds)
    new_refs = tuple(refs[k] for k in news)
    similarity = round(index.group_similarity(olds, news), 4)
    verdict = judge_text(old_text, new_text, glossary)
    terms_old = tuple(t for k in olds for t in scope_terms(clauses["old"][k[1]][0].text, titles))
    terms_new = tuple(t for k in news for t in scope_terms(clauses["new"][k[1]][0].text, titles))
    if verdict.editorial:
        return Item(
            "shared", section, old_refs, new_refs, None, (), terms_old, terms_new, (), similarity, how, verdict.reasons
        )
    shifts = scope_shifts(terms_old, terms_new)
    kind = "scope" if shifts else "reworded"
    reasons = verdict.reasons + one_sided(terms_old, terms_new, shifts)
    inline = inline_diff(old_text, new_text)
    return Item(
        kind,
        section,
        old_refs,
        new_refs,
        overall(shifts),
        shifts,
        terms_old,
        terms_new,
        inline,
        similarity,
        how,
        reasons,
    )


def _inheritance(statement: Statement, view: TitleView, resolve: Resolver) -> Inheritance:
    return Inheritance(
        statement_ref(statement), statement.section.kind, resolve(statement, view), statement.said.extent
    )


def _ordered(items: list[Item], old: TitleView, new: TitleView) -> list[Item]:
    """Items by section kind (in the order the new title prints them, then the old), then in
    the new title's reading order; an item of the old title only follows the item that holds
    the nearest old clause printed before it, so a dropped duty is read where it stood."""
    kinds: dict[str, int] = {}
    position: dict[Key, tuple[int, int, int]] = {}
    for side, view in (("new", new), ("old", old)):
        order = [(c, s) for s in view.view.sections for c in s.clauses]
        order += [(st.clause, st.section) for st in view.statements]
        for k, (clause, section) in enumerate(order):
            kinds.setdefault(section.kind, len(kinds))
            position[(side, clause.id)] = (clause.span.page or 0, clause.span.line, k)
    far = (1 << 30, 0, 0)

    def first(item: Item, side: str) -> tuple[int, int, int]:
        refs = item.new if side == "new" else item.old
        return min((position.get((side, r.id), far) for r in refs), default=far)

    anchors = sorted((i.section, first(i, "old"), first(i, "new")) for i in items if i.old and i.new)

    def key(item: Item) -> tuple[int, tuple[int, int, int], int, tuple[int, int, int]]:
        kind = kinds.get(item.section, len(kinds))
        if item.new:
            return kind, first(item, "new"), 0, first(item, "old")
        mine = first(item, "old")
        before = [new_at for section, old_at, new_at in anchors if section == item.section and old_at < mine]
        return kind, max(before) if before else (-1, 0, 0), 1, mine

    return sorted(items, key=key)


__all__ = ["compare_views", "statement_ref"]
