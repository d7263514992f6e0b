"""The report's view of a Diff: key changes first, then changes grouped by printed heading and
title, in document order.

Every output format (HTML, Markdown, terminal; the Word redline for its front page) lays out the
same view, so a change appears in the same place, says the same thing and the counts agree
everywhere. Nothing here computes a diff: the inline word diff is the diff stage's (stored on
each Change); this module orders, groups, counts, and takes each change's words from
:mod:`.wording` and the key changes from :mod:`.keychanges`, so no template words anything itself.

Groups are the headings as the documents print them ("Illustrative Tasks", "SCOPE"), one per
title, not the parser's section kinds: a reader looks for the heading they see in the file. The
kind stays on each change as a filter. A removed clause joins the group of the heading its
section became (headings pair through the changes that have both sides).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ..model import Change, ClauseRef, Diff, DocumentRef
from .keychanges import KeyGroup, key_changes
from .order import MOVE_REASONS, Position, moved, positions
from .wording import display_op, heading_key, heading_label, real_move, section_label, sentences

GROUP_COUNT_KEYS = ("substantive", "editorial", "moved", "added", "removed")
"""The figures reviewers asked for (summary table, table of contents), in this order."""

KIND_FILTERS = ("substantive", "editorial", "modified", "moved", "added", "removed", "split", "merged", "reordered")

VIEW_OPS = ("added", "removed", "modified", "moved", "split", "merged", "reordered", "unchanged")
"""Operations as the reader is told them: a "move" within its own list is ``reordered`` (or
``modified`` when its words changed too), never a move (:func:`.wording.display_op`)."""

NO_TITLE = "-"
"""Filter key of the changes that belong to no title (whole-document sections)."""


def words(value: str) -> str:
    """A machine word ("open_competitive", "line_wrapping") as words ("open competitive")."""
    return value.replace("_", " ").replace("-", " ")


def ocr_note(change: Change) -> str | None:
    """A warning for a change whose text OCR read with low confidence (on either side): what
    looks changed there may be a misreading, and the reviewer should check the scan."""
    low = [r.ocr_confidence for r in (*change.old, *change.new) if r.low_confidence and r.ocr_confidence is not None]
    if not low:
        return None
    return f"read by OCR with low confidence ({min(low):.0f}/100): check the scan; a change here may be a misreading"


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
    href: str | None = None  # the source file relative to the report, when the report knows it

    def link(self, ref: ClauseRef) -> str | None:
        """Where a clause can be opened in the source: the file, at its page for a PDF."""
        if self.href is None:
            return None
        if ref.span is not None and ref.span.page is not None and self.href.lower().endswith(".pdf"):
            return f"{self.href}#page={ref.span.page}"
        return self.href


def document_side(label: str, ref: DocumentRef, href: str | None = None) -> DocumentSide:
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
        href=href,
    )


@dataclass(frozen=True, slots=True)
class ChangeItem:
    """One change shown in its group: the operation the reader is told (``op``), its reasons as
    sentences, and for a real move the stub at its old place (``moved_from``)."""

    change: Change
    anchor: str
    moved_from: str | None = None
    kind: str = "change"
    op: str = ""
    reasons: tuple[str, ...] = ()
    move: str | None = None  # "Moved from Notes to Process notes"

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
class HeadingGroup:
    """All changes under one printed heading of one title (level), in document order; ``section``
    is the kind of its first change (the filter)."""

    anchor: str
    section: str
    title: str | None
    items: tuple[Item, ...]
    counts: dict[str, int]
    heading: str = ""

    @property
    def label(self) -> str:
        heading = self.heading or section_label(self.section)
        return f"{heading} — {self.title}" if self.title else heading

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
    groups: tuple[HeadingGroup, ...]
    summary: dict[str, int]
    sections: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    key_groups: tuple[KeyGroup, ...] = ()
    anchors: dict[str, str] = field(default_factory=dict)  # change id -> the id of its card

    @property
    def editorial_count(self) -> int:
        return self.summary["editorial"]

    @property
    def kinds(self) -> tuple[str, ...]:
        """The kind filters that select something in this diff."""
        return tuple(k for k in KIND_FILTERS if self.summary.get(k))

    @property
    def changed_groups(self) -> tuple[HeadingGroup, ...]:
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


def _counts(items: Iterable[Item]) -> dict[str, int]:
    counts = dict.fromkeys(("substantive", "editorial", *VIEW_OPS), 0)
    for item in items:
        if isinstance(item, ChangeItem):
            counts[item.op] += 1
            if item.op != "unchanged":
                counts["substantive" if item.change.substantive else "editorial"] += 1
        elif isinstance(item, ContextRun):
            counts["unchanged"] += len(item.changes)
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


def _place(ref: ClauseRef, renamed: dict[tuple[str, str | None, str], ClauseRef]) -> ClauseRef:
    """The clause whose heading names the group: the new side's heading for an old clause whose
    section the other version prints under another heading."""
    return renamed.get((ref.section, ref.title, heading_key(ref)), ref)


def _renamed(changes: Sequence[Change]) -> dict[tuple[str, str | None, str], ClauseRef]:
    """Old headings the new version no longer prints, each to the new heading most of its paired
    clauses went to ("Illustrative Duties" -> "Illustrative Tasks")."""
    printed = {(r.section, r.title, heading_key(r)) for c in changes for r in c.new}
    votes: dict[tuple[str, str | None, str], dict[str, tuple[int, ClauseRef]]] = {}
    for change in changes:
        if change.old and change.new and not real_move(change):
            old, new = change.old[0], change.new[0]
            key = (old.section, old.title, heading_key(old))
            if key not in printed:
                tally = votes.setdefault(key, {})
                count, _ = tally.get(heading_key(new), (0, new))
                tally[heading_key(new)] = (count + 1, new)
    return {key: max(tally.values(), key=lambda t: t[0])[1] for key, tally in votes.items()}


def _item(change: Change, anchor: str, stub: MoveStub | None) -> ChangeItem:
    op = display_op(change)
    move = None
    if stub is not None:
        said = sentences(change)
        move, reasons = said[0], said[1:]
    else:
        reasons = sentences(change) if op != "unchanged" else ()
    return ChangeItem(change, anchor, stub.anchor if stub else None, op=op, reasons=reasons, move=move)


def build_view(diff: Diff, sources: tuple[str | None, str | None] = (None, None)) -> ReportView:
    """HeadingGroup and order a diff's changes for display; pure, so the same diff gives the same page.

    ``sources`` are the two source files' locations relative to the report, when the caller
    knows where the report is written (locations then link to the source)."""
    keys, old_keys = positions(diff.changes)
    renamed = _renamed(diff.changes)
    taken: set[str] = set()
    anchors: dict[str, str] = {}
    buckets: dict[tuple[str, str | None], list[tuple[Position, Item]]] = {}
    labels: dict[tuple[str, str | None], tuple[str, str]] = {}

    def bucket(ref: ClauseRef, section: str) -> list[tuple[Position, Item]]:
        shown = _place(ref, renamed)
        key = (heading_key(shown), ref.title)
        labels.setdefault(key, (heading_label(shown), section))
        return buckets.setdefault(key, [])

    for change, key, old_key in zip(diff.changes, keys, old_keys, strict=True):
        anchor = anchors[change.id] = _unique(anchor_id("c", change.id), taken)
        stub = None
        if change.op == "moved" and old_key is not None and real_move(change):
            stub = MoveStub(change, _unique(anchor_id("from", change.id), taken), anchor)
            bucket(change.old[0], change.old[0].section).append((old_key, stub))
        ref = change.new[0] if change.new else change.old[0]
        bucket(ref, change.section).append((key, _item(change, anchor, stub)))
    ordered = sorted(buckets.items(), key=lambda kv: _group_start(kv[1]))
    groups: list[HeadingGroup] = []
    for (place_key, title), entries in ordered:
        heading, section = labels[(place_key, title)]
        slug = re.sub(r"[^A-Za-z0-9]+", "-", f"{heading} {title or ''}").strip("-").lower()
        items = _collapse(entries)
        groups.append(
            HeadingGroup(_unique(f"g-{slug or 'document'}", taken), section, title, items, _counts(items), heading)
        )
    summary = dict.fromkeys(("substantive", "editorial", *VIEW_OPS), 0)
    for group in groups:
        for name, count in group.counts.items():
            summary[name] += count
    return ReportView(
        diff=diff,
        sides=(document_side("Old", diff.old, sources[0]), document_side("New", diff.new, sources[1])),
        groups=tuple(groups),
        summary=summary,
        sections=tuple(dict.fromkeys(c.section for c in diff.changes if c.op != "unchanged")),
        titles=tuple(dict.fromkeys(g.title for g in groups if g.title is not None)),
        key_groups=key_changes(diff),
        anchors=anchors,
    )


__all__ = [
    "GROUP_COUNT_KEYS",
    "KIND_FILTERS",
    "MOVE_REASONS",
    "NO_TITLE",
    "VIEW_OPS",
    "ChangeItem",
    "ContextRun",
    "DocumentSide",
    "HeadingGroup",
    "MoveStub",
    "ReportView",
    "build_view",
    "document_side",
    "moved",
    "place",
    "positions",
    "section_label",
    "series_title",
    "where",
    "words",
]
