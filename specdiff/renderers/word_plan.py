"""The Word redline as plain data: which paragraphs, in what order, with which revision marks.

Kept apart from the WordprocessingML (``word.py``, ``word_xml.py``) so that what Word's "accept
all" and "reject all" will give can be reasoned about, and checked, without Word:

- every clause of the new version appears once, in the new version's order, as plain, inserted
  or moved-to text, so accepting every revision leaves exactly the new version;
- every tracked clause of the old version appears once where it stood, as plain, deleted or
  moved-from text, so rejecting every revision gives the old version back.

A clause that became two (split) or two that became one (merged) is one paragraph per clause
with the boundary that exists on one side only tracked as an inserted or deleted paragraph mark,
which is how Word itself records a paragraph split or joined. Nothing here compares texts: the
word diff is the diff stage's (``Change.inline``); this module only cuts it at clause
boundaries and decides how each piece is marked. Editorial changes are plain new text unless
the caller asks for them (``editorial="include"``).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from ..errors import FormatError
from ..model import Change, ClauseRef, Diff, InlineOp
from .report import Position, moved, positions, section_label

EDITORIAL_CHOICES = ("exclude", "include")

TEXT, INS, DEL, FROM, TO = "text", "ins", "del", "from", "to"
"""How a piece of text or a paragraph mark is tracked: not at all, inserted, deleted, moved
away from here, moved to here."""

_GONE_ON_ACCEPT = (DEL, FROM)
_GONE_ON_REJECT = (INS, TO)


@dataclass(frozen=True, slots=True)
class Piece:
    kind: str
    text: str


@dataclass(frozen=True, slots=True)
class Para:
    """One paragraph: its pieces and how its paragraph mark is tracked."""

    pieces: tuple[Piece, ...]
    mark: str = TEXT
    listed: bool = False  # printed with its own label ("2.", "(A)"): laid out as a list item


@dataclass(frozen=True, slots=True)
class Block:
    """The paragraphs one change puts at one place. A tracked move has two blocks: ``source``
    where the clause stood, ``change`` where it went."""

    index: int  # the change's position in Diff.changes
    change: Change
    paras: tuple[Para, ...]
    section: str
    title: str | None
    heading: str
    role: str = "change"  # or "source"
    tracked: bool = False

    @property
    def side(self) -> str:
        """Which version has these paragraphs: "old" only, "new" only, or "both" (decides whether
        a heading over them is itself deleted or inserted)."""
        marks = {p.mark for p in self.paras}
        if marks and marks <= set(_GONE_ON_ACCEPT):
            return "old"
        if marks and marks <= set(_GONE_ON_REJECT):
            return "new"
        return "both"

    @property
    def commented(self) -> bool:
        return self.tracked and self.role == "change"


@dataclass(frozen=True, slots=True)
class Heading:
    level: int
    text: str
    mark: str = TEXT


Entry = Block | Heading


def _norm(text: str) -> str:
    return " ".join(text.split())


def accepted(paras: Sequence[Para]) -> list[str]:
    """The paragraphs' texts after accepting every revision (a removed mark joins the next)."""
    return _resolve(paras, keep=(TEXT, INS, TO), join=_GONE_ON_ACCEPT)


def rejected(paras: Sequence[Para]) -> list[str]:
    """The paragraphs' texts after rejecting every revision."""
    return _resolve(paras, keep=(TEXT, DEL, FROM), join=_GONE_ON_REJECT)


def _resolve(paras: Sequence[Para], keep: tuple[str, ...], join: tuple[str, ...]) -> list[str]:
    out: list[str] = []
    pending = ""
    for para in paras:
        pending += "".join(p.text for p in para.pieces if p.kind in keep)
        if para.mark not in join:
            out.append(_norm(pending))
            pending = ""
    if pending.strip():
        out.append(_norm(pending))
    return out


def change_ops(change: Change) -> tuple[InlineOp, ...]:
    """The word diff of a change: the diff stage's, or, where it stores none (an unchanged pair
    whose printed labels differ, "8." renumbered "9."), the two printed texts as they stand."""
    if change.inline:
        return change.inline
    old = " ".join(r.text for r in change.old)
    new = " ".join(r.text for r in change.new)
    if old == new:
        return (InlineOp("equal", new),)
    if len(change.old) == len(change.new) == 1:
        a, b = change.old[0], change.new[0]
        if a.label and b.label and a.text.startswith(a.label) and b.text.startswith(b.label):
            rest_old, rest_new = a.text[len(a.label) :], b.text[len(b.label) :]
            if rest_old == rest_new:
                return (InlineOp("delete", a.label), InlineOp("insert", b.label), InlineOp("equal", rest_new))
    return tuple(InlineOp(op, text) for op, text in (("delete", old), ("insert", new)) if text)


def _targets(texts: Sequence[str]) -> list[int]:
    """Where each clause but the last ends, in non-space characters of the joined text."""
    out, total = [], 0
    for text in texts[:-1]:
        total += sum(1 for ch in text if not ch.isspace())
        out.append(total)
    return out


def cut(ops: Sequence[InlineOp], olds: Sequence[str], news: Sequence[str], mode: str) -> tuple[Para, ...]:
    """Cut a word diff of the joined texts into one paragraph per clause.

    ``mode`` "inplace": both versions here; a boundary both have is an ordinary paragraph mark,
    one only the new version has is an inserted mark, one only the old has a deleted mark.
    "to" / "from": the new / old side of a move, each on its own. The joining space stays at
    the end of a paragraph whose mark one side lacks, so joining the paragraphs restores it.
    """
    kinds = {
        "inplace": {"equal": TEXT, "insert": INS, "delete": DEL},
        "to": {"equal": TO, "insert": INS},
        "from": {"equal": FROM, "delete": DEL},
    }[mode]
    old_t = _targets(olds) if mode != "to" else []
    new_t = _targets(news) if mode != "from" else []
    old_mark, new_mark, both_mark = {"inplace": (DEL, INS, TEXT), "to": (TO, TO, TO), "from": (FROM, FROM, FROM)}[mode]
    paras: list[Para] = []
    pieces: list[Piece] = []
    oc = nc = oi = ni = 0
    for op in ops:
        kind = kinds.get(op.op)
        if kind is None:
            continue
        on_old, on_new = op.op != "insert", op.op != "delete"
        buf: list[str] = []
        for ch in op.text:
            if not ch.isspace():
                buf.append(ch)
                oc += on_old
                nc += on_new
                continue
            old_due = on_old and oi < len(old_t) and oc >= old_t[oi]
            new_due = on_new and ni < len(new_t) and nc >= new_t[ni]
            if not (old_due or new_due):
                buf.append(ch)
                continue
            mark = both_mark if old_due and new_due else (old_mark if old_due else new_mark)
            if mark != TEXT:
                buf.append(ch)
            if buf:
                pieces.append(Piece(kind, "".join(buf)))
            buf = []
            paras.append(Para(tuple(pieces), mark))
            pieces = []
            oi += old_due
            ni += new_due
        if buf:
            pieces.append(Piece(kind, "".join(buf)))
    last = (TEXT if olds and news else INS if news else DEL) if mode == "inplace" else both_mark
    paras.append(Para(tuple(pieces), last))
    return tuple(paras)


def _whole(olds: Sequence[str], news: Sequence[str], mode: str) -> tuple[Para, ...]:
    """The fallback when a word diff cannot be cut at the clause boundaries: the old clauses
    deleted, then the new ones inserted (or moved, for a move's two sides)."""
    old_kind, new_kind = (FROM, TO) if mode != "inplace" else (DEL, INS)
    old = tuple(Para((Piece(old_kind, t),), old_kind) for t in olds) if mode != "to" else ()
    new = tuple(Para((Piece(new_kind, t),), new_kind) for t in news) if mode != "from" else ()
    return old + new


def paragraphs(change: Change, mode: str) -> tuple[Para, ...]:
    """The paragraphs of one tracked change (or, for "plain", of its new text as it stands).

    The cut is checked against the clause texts: if accepting or rejecting it would not give
    them back (whitespace aside), the whole-clause fallback is used instead."""
    olds = [r.text for r in change.old]
    news = [r.text for r in change.new]
    if mode == "plain":
        paras: tuple[Para, ...] = tuple(Para((Piece(TEXT, t),)) for t in news)
    else:
        paras = cut(change_ops(change), olds, news, mode)
        want_new = [_norm(t) for t in news] if mode != "from" else []
        want_old = [_norm(t) for t in olds] if mode != "to" else []
        if accepted(paras) != want_new or rejected(paras) != want_old:
            paras = _whole(olds, news, mode)
    home = (change.new or change.old) if mode != "from" else change.old
    return tuple(Para(p.pieces, p.mark, bool(home) and listed(home[0])) for p in paras)


def listed(ref: ClauseRef) -> bool:
    """A clause with an item label ("2.", "(A)", "b)"), not a footnote mark ("*", "[1]")."""
    label = ref.label or ""
    return label[:1].isalnum() or label[:1] == "("


def tracked(change: Change, editorial: str) -> bool:
    """Shown as revisions: every substantive change; editorial ones (and unchanged clauses whose
    printed label was renumbered) only when asked for."""
    if change.substantive:
        return True
    if editorial != "include":
        return False
    if change.op == "unchanged":  # text one version holds as furniture has one side only: no revision
        return bool(change.old and change.new) and [r.text for r in change.old] != [r.text for r in change.new]
    return True


def heading_of(ref: ClauseRef) -> str:
    """The heading a clause reads under: its section's as printed, else the section's kind in
    words; none for the untitled block that opens a document (its header lines)."""
    printed = (ref.heading or "").strip()
    if printed or ref.section == "other":
        return printed
    return section_label(ref.section)


def _where(ref: ClauseRef) -> tuple[str, str | None, str]:
    return ref.section, ref.title, heading_of(ref)


def blocks(diff: Diff, editorial: str = "exclude") -> list[Block]:
    """Every block of the redline body in the new version's order; a removed clause, or the
    place a tracked move left, sits where it stood in the old version (the report's ordering)."""
    if editorial not in EDITORIAL_CHOICES:
        raise FormatError(f"unknown editorial choice {editorial!r}; valid: {', '.join(EDITORIAL_CHOICES)}")
    keys, old_keys = positions(diff.changes)
    placed: list[tuple[Position, Block]] = []
    for index, (change, key, old_key) in enumerate(zip(diff.changes, keys, old_keys, strict=True)):
        is_tracked = tracked(change, editorial)
        if not is_tracked:
            if change.new:
                placed.append((key, Block(index, change, paragraphs(change, "plain"), *_where(change.new[0]))))
            continue
        if moved(change) and change.old and change.new and old_key is not None:
            source = Block(index, change, paragraphs(change, "from"), *_where(change.old[0]), "source", True)
            placed.append((old_key, source))
            placed.append((key, Block(index, change, paragraphs(change, "to"), *_where(change.new[0]), tracked=True)))
            continue
        home = (change.new or change.old)[0]
        placed.append((key, Block(index, change, paragraphs(change, "inplace"), *_where(home), tracked=True)))
    placed.sort(key=lambda kv: kv[0])
    return [b for _, b in placed]


def _contexts(items: Sequence[Block]) -> list[tuple[tuple[str, str], str | None]]:
    """Each block's (section, heading) and title. A clause only the old version has reads under
    the heading already open when it belongs to the same section and title, so a removed duty
    does not reopen "Illustrative Duties" inside "Illustrative Tasks"."""
    out: list[tuple[tuple[str, str], str | None]] = []
    current: tuple[tuple[str, str], str | None] | None = None
    for block in items:
        here = ((block.section, block.heading), block.title)
        if block.side == "old" and current is not None and (current[0][0], current[1]) == (block.section, block.title):
            here = current
        out.append(here)
        current = here
    return out


def _side_mark(items: Sequence[Block]) -> str:
    sides = {b.side for b in items}
    return DEL if sides == {"old"} else INS if sides == {"new"} else TEXT


def layout(diff: Diff, editorial: str = "exclude") -> list[Entry]:
    """The body: headings for sections and level groups (titles) around the blocks.

    Whichever of section or title changes less often along the document is the outer heading
    level (a NYS series prints each section with a block per title; a county spec prints a
    title with its sections), so the navigation pane shows the document's own shape. A heading
    over paragraphs only the old version has is a deleted heading, over paragraphs only the new
    one has an inserted heading."""
    items = blocks(diff, editorial)
    contexts = _contexts(items)
    section_turns = sum(1 for a, b in itertools.pairwise(contexts) if a[0] != b[0])
    title_turns = sum(1 for a, b in itertools.pairwise(contexts) if a[1] != b[1])
    title_outer = title_turns < section_turns and any(title for _, title in contexts)

    def parts(ctx: tuple[tuple[str, str], str | None]) -> tuple[str | None, str | None]:
        section, title = ctx[0][1], ctx[1]
        return (title, section) if title_outer else (section, title)

    entries: list[Entry] = []
    runs: list[tuple[int, int]] = []  # (entry index of a heading, level)
    previous: tuple[str | None, str | None] | None = None
    for block, ctx in zip(items, contexts, strict=True):
        outer, inner = parts(ctx)
        if previous is None or outer != previous[0]:
            if outer:
                runs.append((len(entries), 2))
                entries.append(Heading(2, outer))
            if inner:
                runs.append((len(entries), 3))
                entries.append(Heading(3, inner))
        elif inner != previous[1] and inner:
            runs.append((len(entries), 3))
            entries.append(Heading(3, inner))
        previous = (outer, inner)
        entries.append(block)
    for n, (at, level) in enumerate(runs):
        end = next((i for i, lv in runs[n + 1 :] if lv <= level), len(entries))
        under = [e for e in entries[at + 1 : end] if isinstance(e, Block)]
        heading = entries[at]
        assert isinstance(heading, Heading)
        entries[at] = Heading(heading.level, heading.text, _side_mark(under))
    return entries


__all__ = [
    "DEL",
    "EDITORIAL_CHOICES",
    "FROM",
    "INS",
    "TEXT",
    "TO",
    "Block",
    "Entry",
    "Heading",
    "Para",
    "Piece",
    "accepted",
    "blocks",
    "change_ops",
    "cut",
    "heading_of",
    "layout",
    "paragraphs",
    "rejected",
    "tracked",
]
