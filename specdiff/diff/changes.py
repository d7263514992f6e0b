"""Aligned groups to Changes: operation, substantive or editorial, reasons, inline diff, order.

A reordering within the same list, or a whole section moved, is editorial unless the text
changed; a move to another title is substantive, and so is a move to another section when it
changes the clause's role (a duty that became a qualification; see ``ROLE_KINDS``). Which pairs
moved at all is order.py's reading. Additions and removals are substantive unless lone.py names why
not; an empty form label renamed (no value on either side) is editorial. A footnote
moved between titles is a title move only when it ends up away from the clauses that cite it
(see units.py).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from ..model import Change, InlineOp
from . import ocr_confusions
from .align import Alignment
from .classify import Verdict, judge_text
from .glossary import Glossary
from .inline import inline_diff
from .labels import EMPTY_LABEL
from .lone import Sides, role_changed
from .normalize import collapse
from .order import MOVED, REORDERED, WITH_SECTION
from .splits import Group
from .units import Unit


def _move(
    state: Alignment, olds: Sequence[Unit], news: Sequence[Unit], placement: str | None
) -> tuple[str, bool] | None:
    """(reason, substantive) for a pair that moved, or None when it stayed in place."""
    if any(_left_title(state, x, y) for x in olds for y in news):
        return "moved to another title", True
    if placement == REORDERED:
        return "reordered within its list", False
    if placement == WITH_SECTION:
        return "moved with its section", False
    if placement == MOVED:
        return "moved to another section", role_changed(olds[0], news[0])
    return None


def _left_title(state: Alignment, x: Unit, y: Unit) -> bool:
    """A title move, unless a footnote is involved and every footnote stays beside its citations."""
    if state.titles.same(x.title, y.title):
        return False
    if not (x.floating or y.floating):
        return True
    return (x.floating and not x.at_home) or (y.floating and not y.at_home)


def _heading_words(units: Sequence[Unit]) -> frozenset[str]:
    return frozenset(word for unit in units for heading in unit.contexts for word in heading.split())


def _judge(olds: Sequence[Unit], news: Sequence[Unit], glossary: Glossary) -> Verdict:
    forms = (" ".join(u.form for u in olds), " ".join(u.form for u in news))
    old_text, new_text = " ".join(u.clause.text for u in olds), " ".join(u.clause.text for u in news)
    context = (_heading_words(olds), _heading_words(news))
    verdict = judge_text(old_text, new_text, glossary, forms, context)
    if not verdict.editorial and ocr_confusions.explained_by_ocr(
        old_text, new_text, old_ocr=any(u.ocr for u in olds), new_ocr=any(u.ocr for u in news)
    ):
        return Verdict(True, (ocr_confusions.REASON,))
    return verdict


RESEGMENTED = "re-segmented"


def build_change(state: Alignment, group: Group, placement: str | None, glossary: Glossary, sides: Sides) -> Change:
    """The Change for one group. An added or removed clause is substantive unless ``sides``
    names why it is not (see lone.py); a heading the parser read as a clause changes editorially
    (its clauses are judged on their own)."""
    olds = [state.olds[i] for i in group.old]
    news = [state.news[j] for j in group.new]
    home = (news or olds)[0]
    refs_old, refs_new = tuple(u.ref for u in olds), tuple(u.ref for u in news)
    if not news or not olds:
        return _lone(home, bool(news), sides.lone_reason(home, added=bool(news)))
    verdict = _judge(olds, news, glossary)
    if not verdict.editorial and len(olds) == len(news) == 1 and olds[0].heading and news[0].heading:
        verdict = Verdict(True, ("heading renamed",))
    elif not verdict.editorial and all(u.empty_label for u in (*olds, *news)):
        verdict = Verdict(True, (EMPTY_LABEL,))  # a label renamed, with no value on either side
    elif verdict.editorial and len(olds) != len(news):
        verdict = Verdict(True, (RESEGMENTED, *verdict.reasons))  # the same text cut at other places
    old_text, new_text = " ".join(u.printed for u in olds), " ".join(u.printed for u in news)
    move = _move(state, olds, news, placement)
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
        home.section.kind,
        home.section.title,
        refs_old,
        refs_new,
        tuple(reasons),
        similarity=round(group.similarity, 4),
        inline=() if op == "unchanged" else inline_diff(old_text, new_text),
        match=group.match,
    )


def _lone(unit: Unit, added: bool, why_not: str | None) -> Change:
    """An added or removed clause: substantive, unless ``why_not`` says why it is not."""
    reasons: tuple[str, ...] = ("added" if added else "removed",) + ((why_not,) if why_not else ())
    where = (unit.section.kind, unit.section.title)
    if added:
        inline = (InlineOp("insert", unit.printed),)
        return Change(unit.clause.id, "added", not why_not, *where, (), (unit.ref,), reasons, inline=inline)
    inline = (InlineOp("delete", unit.printed),)
    return Change(f"old-{unit.clause.id}", "removed", not why_not, *where, (unit.ref,), (), reasons, inline=inline)


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
