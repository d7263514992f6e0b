"""The report's view of a Diff: changes grouped by section and title, in document order.

Every output format (HTML, Markdown, terminal) lays out the same view, so a change appears in the
same place and the counts agree everywhere. Nothing here computes a diff: the inline word diff is
the diff stage's (it is stored on each Change); this module only orders, groups and counts.

Document order: a change sits where its clause sits in the *new* version; a removed clause sits
just after the clause that preceded it in the old version (mapped through the clauses both versions
share), so removals appear where they happened rather than at the end.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..model import Change, ClauseRef, Diff, DocumentRef

GROUP_COUNT_KEYS = ("substantive", "editorial", "moved", "added", "removed")
"""The figures reviewers asked for (summary table, table of contents), in this order."""

KIND_FILTERS = ("substantive", "editorial", "modified", "moved", "added", "removed", "split", "merged")

NO_TITLE = "-"
"""Filter key of the changes that belong to no title (whole-document sections)."""

_SECTION_LABELS = {"knowledge_skills_abilities": "Knowledge, skills and abilities"}

Position = tuple[tuple[int, int], int, int]


def section_label(kind: str) -> str:
    """A section kind as a heading a person reads ("minimum_qualifications" -> "Minimum qualifications")."""
    return _SECTION_LABELS.get(kind, kind.replace("_", " ").capitalize())


def words(value: str) -> str:
    """A machine word ("open_competitive", "line_wrapping") as words ("open competitive")."""
    return value.replace("_", " ").replace("-", " ")


def where(ref: ClauseRef) -> str:
    """Where a clause was printed, for a reviewer looking it up in the published file."""
    if ref.span is None:
        return ""
    lines = (
        f"line {ref.span.line}" if ref.span.end_line == ref.span.line else f"lines {ref.span.line}–{ref.span.end_line}"
    )
    return f"page {ref.span.page}, {lines}" if ref.span.page is not None else lines


def own_label(ref: ClauseRef) -> str | None:
    """The label to print before a clause, unless its text already carries it: the diff keeps
    option and item labels in the printed text ("(A) Graduation ...") so they are diffed too."""
    if not ref.label or ref.text.startswith(ref.label):
        return None
    return ref.label


def place(section: str, title: str | None) -> str:
    """Section and title as one phrase ("Duties — Records Clerk")."""
    return f"{section_label(section)} — {title}" if title else section_label(section)


_LEVEL = re.compile(r"\s+(?:\d{1,2}|I{1,3}|IV|V|VI{0,3})\b(?=\s|$|[,(])")


def series_title(ref: DocumentRef) -> str:
    """The series a document's titles share ("Clerk 1", "Clerk 2" -> "Clerk"), else its first title.

    Falls back to the file name when the parser found no title, so the header never goes blank.
    """
    if not ref.titles:
        return ref.source.path.replace("\\", "/").rsplit("/", 1)[-1]
    stems = {" ".join(_LEVEL.sub("", t.title).split()) for t in ref.titles}
    return stems.pop() if len(ref.titles) > 1 and len(stems) == 1 else ref.titles[0].title


@dataclass(frozen=True, slots=True)
class DocumentSide:
    """One side of the comparison as the report's header shows it."""

    label: str
    series: str
    status: str
    date: str
    file: str
    path: str
    short_hash: str
    sha256: str
    format: str
    titles: tuple[str, ...]


def document_side(label: str, ref: DocumentRef) -> DocumentSide:
    return DocumentSide(
        label=label,
        series=series_title(ref),
        status=ref.status or "not stated",
        date=ref.date or "not stated",
        file=ref.source.path.replace("\\", "/").rsplit("/", 1)[-1],
        path=ref.source.path,
        short_hash=ref.source.sha256[:12],
        sha256=ref.source.sha256,
        format=ref.format,
        titles=tuple(t.title for t in ref.titles),
    )


@dataclass(frozen=True, slots=True)
class ChangeItem:
    """One change shown in its group; ``moved_from`` names the stub at the old place of a move."""

    change: Change
    anchor: str
    moved_from: str | None = None
    kind: str = "change"

    @property
    def editorial(self) -> bool:
        return not self.change.substantive and self.change.op != "unchanged"


@dataclass(frozen=True, slots=True)
class MoveStub:
    """Where a moved clause used to be, linking to where it went (and linked back from there)."""

    change: Change
    anchor: str
    target: str
    kind: str = "stub"


@dataclass(frozen=True, slots=True)
class ContextRun:
    """A run of unchanged clauses, shown collapsed so the changes stand out."""

    changes: tuple[Change, ...]
    anchors: tuple[str, ...]
    kind: str = "context"


Item = ChangeItem | MoveStub | ContextRun


@dataclass(frozen=True, slots=True)
class Group:
    """All changes of one section of one title (level), in document order."""

    anchor: str
    section: str
    title: str | None
    items: tuple[Item, ...]
    counts: dict[str, int]

    @property
    def label(self) -> str:
        return place(self.section, self.title)

    @property
    def title_key(self) -> str:
        return self.title if self.title is not None else NO_TITLE

    @property
    def changed(self) -> int:
        return self.counts["substantive"] + self.counts["editorial"]


@dataclass(frozen=True, slots=True)
class ReportView:
    """What every report format lays out: the diff plus its groups, in document order."""

    diff: Diff
    sides: tuple[DocumentSide, DocumentSide]
    groups: tuple[Group, ...]
    summary: dict[str, int]
    sections: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()

    @property
    def editorial_count(self) -> int:
        return self.summary["editorial"]

    @property
    def toc(self) -> tuple[tuple[str, tuple[Group, ...]], ...]:
        """Sections in order of first appearance, each with its groups (one per title)."""
        return tuple((s, tuple(g for g in self.groups if g.section == s)) for s in self.sections)

    @property
    def changed_groups(self) -> tuple[Group, ...]:
        return tuple(g for g in self.groups if g.changed)


def anchor_id(prefix: str, value: str) -> str:
    """An HTML id from a change id, kept as is but for whitespace (not allowed in ids) and the
    characters that would make a fragment read as the page's filter state (``=``, ``&``) or break
    it (``#``, ``%``)."""
    return prefix + "-" + re.sub(r"[\s=&#%]+", "_", value)


def _unique(candidate: str, taken: set[str]) -> str:
    anchor, n = candidate, 2
    while anchor in taken:
        anchor, n = f"{candidate}-{n}", n + 1
    taken.add(anchor)
    return anchor


def _start(refs: Sequence[ClauseRef]) -> tuple[int, int] | None:
    for ref in refs:
        if ref.span is not None:
            return (ref.span.page or 0, ref.span.line)
    return None


def _old_to_new(changes: Sequence[Change]) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Old -> new line pairs of the clauses both versions share in order (moves excluded)."""
    pairs = sorted(
        (old, new)
        for c in changes
        if c.op != "moved" and (old := _start(c.old)) is not None and (new := _start(c.new)) is not None
    )
    return [p[0] for p in pairs], [p[1] for p in pairs]


def _positions(changes: Sequence[Change]) -> tuple[list[Position], list[Position | None]]:
    """Sort keys in the new document's order for each change, and for each move's old place."""
    old_keys, new_keys = _old_to_new(changes)

    def mapped(old: tuple[int, int], seq: int) -> Position:
        i = bisect.bisect_right(old_keys, old)
        return (new_keys[i - 1] if i else (0, 0), 1, seq)

    keys: list[Position] = []
    stubs: list[Position | None] = []
    previous: Position = ((0, 0), 0, 0)
    for seq, change in enumerate(changes):
        new, old = _start(change.new), _start(change.old)
        if new is not None:
            key: Position = (new, 0, seq)
        elif old is not None:
            key = mapped(old, seq)
        else:
            key = (previous[0], previous[1], seq)
        keys.append(key)
        previous = key
        stubs.append(mapped(old, seq) if change.op == "moved" and old is not None and change.old else None)
    return keys, stubs


def _counts(items: Iterable[Item]) -> dict[str, int]:
    counts = dict.fromkeys(GROUP_COUNT_KEYS, 0)
    for item in items:
        if isinstance(item, ChangeItem) and item.change.op != "unchanged":
            counts["substantive" if item.change.substantive else "editorial"] += 1
            if item.change.op in counts:
                counts[item.change.op] += 1
    return counts


def _collapse(entries: list[tuple[Position, Item]]) -> tuple[Item, ...]:
    """Document order, with each run of unchanged clauses folded into one ContextRun."""
    items: list[Item] = []
    run: list[ChangeItem] = []

    def flush() -> None:
        if run:
            items.append(ContextRun(tuple(r.change for r in run), tuple(r.anchor for r in run)))
            run.clear()

    for _, item in sorted(entries, key=lambda e: e[0]):
        if isinstance(item, ChangeItem) and item.change.op == "unchanged":
            run.append(item)
            continue
        flush()
        items.append(item)
    flush()
    return tuple(items)


def _group_start(entries: list[tuple[Position, Item]]) -> Position:
    """Where a group sits: at its first clause printed in the new version. A removed clause or the
    stub left where a clause moved away from is placed by guesswork (after the clause before it in
    the old version) and does not count, unless the group holds nothing else: otherwise a level 4
    group could come before level 3."""
    printed = [key for key, item in entries if isinstance(item, ChangeItem | ContextRun) and _new_side(item)]
    return min(printed or [key for key, _ in entries])


def _new_side(item: ChangeItem | ContextRun) -> bool:
    changes = (item.change,) if isinstance(item, ChangeItem) else item.changes
    return any(c.new for c in changes)


def build_view(diff: Diff) -> ReportView:
    """Group and order a diff's changes for display; pure, so the same diff gives the same page."""
    keys, stub_keys = _positions(diff.changes)
    taken: set[str] = set()
    buckets: dict[tuple[str, str | None], list[tuple[Position, Item]]] = {}
    for change, key, stub_key in zip(diff.changes, keys, stub_keys, strict=True):
        anchor = _unique(anchor_id("c", change.id), taken)
        stub = None
        if stub_key is not None:
            stub = MoveStub(change, _unique(anchor_id("from", change.id), taken), anchor)
            origin = change.old[0]
            buckets.setdefault((origin.section, origin.title), []).append((stub_key, stub))
        item = ChangeItem(change, anchor, stub.anchor if stub else None)
        buckets.setdefault((change.section, change.title), []).append((key, item))
    ordered = sorted(buckets.items(), key=lambda kv: _group_start(kv[1]))
    groups: list[Group] = []
    for (section, title), entries in ordered:
        slug = re.sub(r"[^A-Za-z0-9]+", "-", f"{section} {title or ''}").strip("-").lower()
        items = _collapse(entries)
        groups.append(Group(_unique(f"g-{slug}", taken), section, title, items, _counts(items)))
    return ReportView(
        diff=diff,
        sides=(document_side("Old", diff.old), document_side("New", diff.new)),
        groups=tuple(groups),
        summary=diff.summary,
        sections=tuple(dict.fromkeys(g.section for g in groups)),
        titles=tuple(dict.fromkeys(g.title for g in groups if g.title is not None)),
    )


__all__ = [
    "GROUP_COUNT_KEYS",
    "KIND_FILTERS",
    "NO_TITLE",
    "ChangeItem",
    "ContextRun",
    "DocumentSide",
    "Group",
    "MoveStub",
    "ReportView",
    "build_view",
    "document_side",
    "place",
    "section_label",
    "series_title",
    "where",
    "words",
]
