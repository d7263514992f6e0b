"""Aligned groups to Changes: operation, substantive or editorial, reasons, inline diff, order.

A move within the same list is editorial unless the text changed; a move to another section
or another title is substantive, because it changes what a title does. Additions and removals
are always substantive. A footnote moved between titles is a title move only when it ends up
away from the clauses that cite it (see units.py).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from ..model import Change, InlineOp
from .align import Alignment
from .classify import Verdict, judge_text
from .glossary import Glossary
from .inline import inline_diff
from .normalize import collapse
from .splits import Group
from .units import Unit


def _move(state: Alignment, olds: Sequence[Unit], news: Sequence[Unit], reordered: bool) -> tuple[str, bool] | None:
    """(reason, substantive) for a pair that moved, or None when it stayed in place."""
    a, b = olds[0], news[0]
    title_moved = any(_left_title(state, x, y) for x in olds for y in news)
    if title_moved:
        return "moved to another title", True
    if any(x.section.kind != y.section.kind for x in olds for y in news):
        return "moved to another section", True
    if not state.paired(a, b):
        if (
            a.section.kind == "other"
            and collapse(a.section.heading).casefold() != collapse(b.section.heading).casefold()
        ):
            return "moved to another section", True
        return "moved within its section", False
    return ("reordered within its list", False) if reordered else None


def _left_title(state: Alignment, x: Unit, y: Unit) -> bool:
    """A title move, unless a footnote is involved and every footnote stays beside its citations."""
    if state.titles.same(x.title, y.title):
        return False
    if not (x.floating or y.floating):
        return True
    return (x.floating and not x.at_home) or (y.floating and not y.at_home)


def _judge(olds: Sequence[Unit], news: Sequence[Unit], glossary: Glossary) -> Verdict:
    forms = (" ".join(u.form for u in olds), " ".join(u.form for u in news))
    return judge_text(" ".join(u.clause.text for u in olds), " ".join(u.clause.text for u in news), glossary, forms)


def build_change(state: Alignment, group: Group, reordered: bool, glossary: Glossary) -> Change:
    olds = [state.olds[i] for i in group.old]
    news = [state.news[j] for j in group.new]
    home = (news or olds)[0]
    refs_old, refs_new = tuple(u.ref for u in olds), tuple(u.ref for u in news)
    where = (home.section.kind, home.section.title)
    if not news:
        inline = (InlineOp("delete", olds[0].printed),)
        return Change(f"old-{home.clause.id}", "removed", True, *where, refs_old, (), ("removed",), inline=inline)
    if not olds:
        inline = (InlineOp("insert", news[0].printed),)
        return Change(home.clause.id, "added", True, *where, (), refs_new, ("added",), inline=inline)
    verdict = _judge(olds, news, glossary)
    old_text, new_text = " ".join(u.printed for u in olds), " ".join(u.printed for u in news)
    move = _move(state, olds, news, reordered)
    reasons = list(verdict.reasons)
    substantive = not verdict.editorial
    if move:
        reasons.insert(0, move[0])
        substantive = substantive or move[1]
    op = _operation(olds, news, move is not None)
    return Change(
        home.clause.id,
        op,
        substantive,
        *where,
        refs_old,
        refs_new,
        tuple(reasons),
        similarity=round(group.similarity, 4),
        inline=() if op == "unchanged" else inline_diff(old_text, new_text),
        match=group.match,
    )


def _operation(olds: Sequence[Unit], news: Sequence[Unit], moved: bool) -> str:
    if len(news) > 1:
        return "split"
    if len(olds) > 1:
        return "merged"
    if moved:
        return "moved"
    return "unchanged" if collapse(olds[0].clause.text) == collapse(news[0].clause.text) else "modified"


def change_order(groups: Sequence[Group], state: Alignment) -> list[int]:
    """Group indexes in reading order of the new version; a removed clause follows the change
    that holds its nearest preceding old clause."""
    new_pos: dict[int, float] = {}
    for k, g in enumerate(groups):
        if g.new:
            new_pos[k] = float(g.new[0])
    where_old: dict[int, float] = {}
    for k, g in enumerate(groups):
        for i in g.old:
            if k in new_pos:
                where_old[i] = new_pos[k]
    anchors = sorted(where_old)
    keys: dict[int, tuple[float, int]] = {}
    for k, g in enumerate(groups):
        if k in new_pos:
            keys[k] = (new_pos[k], -1)
        else:
            first = g.old[0]
            at = bisect_left(anchors, first)
            keys[k] = ((where_old[anchors[at - 1]] if at else -1.0) + 0.5, first)
    return sorted(range(len(groups)), key=lambda k: keys[k])
