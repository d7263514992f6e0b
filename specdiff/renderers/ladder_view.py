"""A ladder laid out for people: one column per level, one row per duty as it travels up.

Every format (HTML, Markdown, text) renders this one view, so they cannot disagree. A row
follows one clause from the level that first prints it through the levels that share it, carry
it with a change of scope or wording, or inherit it; a run of levels holding the same text (or
inheriting it) is one cell spanning their columns, so what levels share is shown once.
Minimum qualifications are laid out per level as route x fact; the facts shown are the one list
``QUALIFICATION_FACTS`` (an eligibility fact is one more entry there).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..ladders.model import Inheritance, Item, Ladder, Level, ScopeShift, Step
from ..model import ClauseRef, InlineOp, Requirement
from .report import section_label, series_title
from .requirements import row as requirement_cells

KIND_LABELS = {
    "shared": "Shared",
    "scope": "Same duty, different scope",
    "reworded": "Reworded",
    "only_old": "Only here",
    "only_new": "New at this level",
    "inherited": "Inherited",
    "inheritance": "Inheritance clause",
}
# the same kinds worded for two titles that are not levels of one series
TITLE_KIND_LABELS = {**KIND_LABELS, "only_new": "Only in this title"}
DIRECTION_LABELS = {"up": "scope up", "down": "scope down", "mixed": "scope mixed (up and down)"}
ARROWS = {"up": "↑", "down": "↓", "mixed": "↕"}
_LEVEL_TOKEN = re.compile(r"\b(?:\d+|[IVX]+)\b")

# (label, fact of one requirement) in the order shown; ``requirement_cells`` words each fact.
QUALIFICATION_FACTS: tuple[tuple[str, Callable[[Requirement], str]], ...] = (
    ("Experience", lambda r: requirement_cells(r)[3]),
    ("Education", lambda r: requirement_cells(r)[4]),
    ("Substitutions", lambda r: requirement_cells(r)[5]),
    ("Other", lambda r: requirement_cells(r)[6]),
)


@dataclass(frozen=True)
class ShiftView:
    scale: str
    direction: str
    old: str
    new: str

    @property
    def arrow(self) -> str:
        return ARROWS[self.direction]


@dataclass(frozen=True)
class LevelHead:
    id: str
    name: str
    short: str
    code: str | None
    grade: str | None
    level: tuple[str, ...]
    received: tuple[str, ...]
    exercised: tuple[str, ...]
    scope: tuple[ShiftView, ...] = ()  # compared with the level before it


@dataclass
class Cell:
    start: int
    kind: str  # an item kind, "own" (first printed here), or "empty"
    refs: tuple[ClauseRef, ...] = ()
    item: Item | None = None
    span: int = 1
    also: list[tuple[str, str]] = field(default_factory=list)  # (level short name, "shared"|"inherited")
    label: str = ""

    @property
    def inline(self) -> tuple[InlineOp, ...]:
        return self.item.inline if self.item and self.kind in ("scope", "reworded") else ()

    @property
    def shifts(self) -> tuple[ShiftView, ...]:
        return tuple(shift_view(s) for s in self.item.shifts) if self.item else ()

    @property
    def also_text(self) -> str:
        """ "Same at CMS 2, CMS 3; inherited by CMS 4": the levels this one cell stands for."""
        parts: list[str] = []
        for kind, lead in (("shared", "same at"), ("inherited", "inherited by")):
            names = [name for name, how in self.also if how == kind]
            if names:
                parts.append(f"{lead} {', '.join(names)}")
        text = "; ".join(parts)
        return text[:1].upper() + text[1:]

    @property
    def notes(self) -> tuple[str, ...]:
        return self.item.reasons if self.item and self.kind in ("scope", "reworded") else ()


@dataclass(frozen=True)
class Row:
    cells: tuple[Cell, ...]


@dataclass(frozen=True)
class SectionTable:
    kind: str
    label: str
    rows: tuple[Row, ...]


@dataclass(frozen=True)
class StepView:
    old: str
    new: str
    counts: dict[str, int]
    scope: tuple[ShiftView, ...]
    inheritances: tuple[str, ...]


@dataclass(frozen=True)
class RouteFacts:
    label: str
    facts: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class LadderView:
    heading: str
    comparison: str
    files: tuple[str, ...]
    levels: tuple[LevelHead, ...]
    steps: tuple[StepView, ...]
    sections: tuple[SectionTable, ...]
    qualifications: tuple[tuple[RouteFacts, ...], ...]  # per level
    shared: tuple[tuple[str, tuple[ClauseRef, ...]], ...]
    scales: tuple[tuple[str, str, tuple[tuple[int, str], ...]], ...]
    warnings: tuple[str, ...]


def short_name(level: Level) -> str:
    """The shortest printed name that still says the level ("CMS 2", "ASE (Construction)")."""
    title = level.title
    needs_level = bool(_LEVEL_TOKEN.search(title.title))
    names = [a for a in title.aliases if a not in (title.title.upper(), title.title.lower())]
    names = [a for a in names if len(a.split()) > 1 or _LEVEL_TOKEN.search(a)]
    if needs_level:
        names = [a for a in names if _LEVEL_TOKEN.search(a)]
    return min(names, key=lambda a: (len(a), a)) if names else title.title


def _scale_labels(ladder: Ladder) -> dict[str, str]:
    return {name: label for name, label, _ in ladder.scales}


def shift_view(shift: ScopeShift, labels: dict[str, str] | None = None) -> ShiftView:
    label = (labels or {}).get(shift.scale, shift.scale.replace("_", " ").capitalize())
    old = "; ".join(t.text for t in shift.old)
    new = "; ".join(t.text for t in shift.new)
    return ShiftView(label, shift.direction, old, new)


def _head(ladder: Ladder, k: int) -> LevelHead:
    level = ladder.levels[k]
    step = next((s for s in ladder.steps if s.new == level.id), None)
    labels = _scale_labels(ladder)
    facets = level.characteristics

    def texts(role: str) -> tuple[str, ...]:
        return tuple(" ".join(c.clause.text.split()) for c in facets if role in c.roles)

    scope = tuple(shift_view(s, labels) for s in step.scope) if step else ()
    return LevelHead(
        level.id,
        level.title.title,
        short_name(level),
        level.title.code,
        level.title.grade,
        texts("level"),
        texts("supervision_received"),
        texts("supervision_exercised"),
        scope,
    )


def _applies(inheritance: Inheritance, step: Step) -> bool:
    """Does this inheritance clause carry the old title's clauses up to the new one?"""
    return inheritance.extent == "all" and inheritance.source in (step.old, "lower")


def _takes_all(step: Step, kind: str) -> bool:
    return any(i.section == kind and _applies(i, step) for i in step.inheritances)


def _drafts(ladder: Ladder, kind: str) -> list[dict[int, Cell]]:
    """Rows as {level index: cell}. A row begun during a step goes right after the row of the
    step's item before it, so the rows read in each level's own order."""
    rows: list[dict[int, Cell]] = []
    order: list[int] = []  # row indexes in display order
    where: list[dict[str, int]] = [{} for _ in ladder.levels]
    last: int | None = None  # the row the step's previous item touched

    def start(level: int, refs: Sequence[ClauseRef], cell_kind: str) -> int:
        rows.append({level: Cell(level, cell_kind, tuple(refs))})
        at = len(rows) - 1
        order.insert(order.index(last) + 1 if last is not None else len(order), at)
        for ref in refs:
            where[level][ref.id] = at
        return at

    def found(level: int, refs: Sequence[ClauseRef]) -> int | None:
        return next((where[level][r.id] for r in refs if r.id in where[level]), None)

    for k, step in enumerate(ladder.steps):
        last = None
        if _takes_all(step, kind):
            for row in rows:
                if k in row and row[k].kind == "inherited" and k + 1 not in row:
                    row[k + 1] = Cell(k + 1, "inherited")
        for item in step.items:
            if item.section != kind:
                continue
            if item.kind == "inheritance":
                level, refs = (k, item.old) if item.old else (k + 1, item.new)
                last = found(level, refs)
                if last is None:
                    last = start(level, refs, "inheritance")
                continue
            if item.kind == "only_new":
                last = start(k + 1, item.new, "only_new")
                continue
            at = found(k, item.old)
            if at is None:
                at = start(k, item.old, "own")
            last = at
            if item.kind == "inherited":
                rows[at][k + 1] = Cell(k + 1, "inherited", item=item)
            elif item.kind in ("shared", "scope", "reworded"):
                rows[at][k + 1] = Cell(k + 1, item.kind, item.new, item)
                for ref in item.new:
                    where[k + 1][ref.id] = at
    return [rows[k] for k in order]


def _row(draft: dict[int, Cell], names: Sequence[str], labels: dict[str, str]) -> Row:
    """A row's cells left to right; a level sharing or inheriting its neighbour's text widens
    that neighbour's cell instead of repeating it."""
    cells: list[Cell] = []
    for k in range(len(names)):
        cell = draft.get(k)
        if cell is None:
            cells.append(Cell(k, "empty"))
            continue
        cell.label = labels.get(cell.kind, "")
        before = cells[-1] if cells else None
        if cell.kind in ("shared", "inherited") and before is not None and before.kind != "empty":
            before.span += 1
            before.also.append((names[k], cell.kind))
            continue
        cells.append(cell)
    return Row(tuple(cells))


def series_name(ladder: Ladder) -> str:
    """What the levels' titles have in common, in the first title's words, without level
    numbers ("Safety Engineer (Construction)" for Associate, Senior and Principal); the
    document's series title when they share fewer than two words."""
    titles = [lv.title.title for lv in ladder.levels]
    first: list[str] = []
    for word in titles[0].split():
        if _LEVEL_TOKEN.fullmatch(word.strip(",;")):
            if first and word[-1] in ",;":  # "Investment Officer I, Public ..." keeps its comma
                first[-1] += word[-1]
            continue
        first.append(word)
    others = [set(t.split()) | {w.strip(",;") for w in t.split()} for t in titles[1:]]
    common = [w for w in first if all(w in o or w.strip(",;") in o for o in others)]
    return " ".join(common).strip(" ,;") if len(common) >= 2 else series_title(ladder.documents[0])


def build_ladder_view(ladder: Ladder) -> LadderView:
    """The view every ladder format renders."""
    names = [short_name(lv) for lv in ladder.levels]
    labels = _scale_labels(ladder)
    kinds: dict[str, None] = {}
    for step in ladder.steps:
        for item in step.items:
            kinds.setdefault(item.section)
    words = KIND_LABELS if ladder.comparison == "ladder" else TITLE_KIND_LABELS
    sections = tuple(
        SectionTable(kind, section_label(kind), tuple(_row(d, names, words) for d in _drafts(ladder, kind)))
        for kind in kinds
    )
    by_id = {lv.id: k for k, lv in enumerate(ladder.levels)}
    steps = tuple(
        StepView(
            names[by_id[s.old]],
            names[by_id[s.new]],
            s.counts,
            tuple(shift_view(x, labels) for x in s.scope),
            tuple(" ".join(i.clause.text.split()) for i in s.inheritances if _applies(i, s)),
        )
        for s in ladder.steps
    )
    files = tuple(Path(d.source.path).name for d in ladder.documents)
    heading = series_name(ladder) if ladder.comparison == "ladder" else " vs ".join(names)
    return LadderView(
        heading=heading,
        comparison=ladder.comparison,
        files=files,
        levels=tuple(_head(ladder, k) for k in range(len(ladder.levels))),
        steps=steps,
        sections=sections,
        qualifications=tuple(qualifications(lv) for lv in ladder.levels),
        shared=tuple(
            (f"{section_label(s.kind)}: {s.heading}" if s.heading else section_label(s.kind), s.clauses)
            for s in ladder.shared
        ),
        scales=ladder.scales,
        warnings=ladder.warnings,
    )


def qualifications(level: Level) -> tuple[RouteFacts, ...]:
    """A level's requirement facts, one entry per route (and alternative), unstated facts left out."""
    out = []
    for req in level.requirements:
        cells = requirement_cells(req)
        label = cells[1] + (f", alternative {req.option}" if req.option else "")
        if req.title is None:
            label += " (all levels)"
        facts = tuple((name, value) for name, fact in QUALIFICATION_FACTS if (value := fact(req)))
        out.append(RouteFacts(label, facts))
    return tuple(out)


__all__ = ["KIND_LABELS", "QUALIFICATION_FACTS", "LadderView", "build_ladder_view", "short_name"]
