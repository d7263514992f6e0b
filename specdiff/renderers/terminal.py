"""The change report for a terminal: coloured with rich on a terminal, plain text otherwise.

Colour is never the only signal (a reviewer may pipe this into a file, a log or a screen reader):
removed words are written ``[-like this-]`` and added ones ``{+like this+}`` (wdiff's markers)
in both modes; colour only adds red/green on a terminal. Editorial changes take one line each
(what and why) so the substantive ones stand out.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from ..model import Change, ClauseRef, Diff, InlineOp
from ..textsafe import visible_controls
from .eligibility import eligibility_tables
from .facts import metadata_rows, requirement_groups
from .report import (
    GROUP_COUNT_KEYS,
    ChangeItem,
    ContextRun,
    HeadingGroup,
    MoveStub,
    build_view,
    ocr_note,
    own_label,
    place,
    where,
)

Segment = tuple[str, str]  # (text, rich style; "" for none)
Line = list[Segment]

DEL, INS, HEAD, SUB, MUTED = "red strike", "green underline", "bold", "bold yellow", "dim"


def _inline(inline: Sequence[InlineOp]) -> Line:
    out: Line = []
    for run in inline:
        if run.op == "delete":
            out.append((f"[-{run.text}-]", DEL))
        elif run.op == "insert":
            out.append((f"{{+{run.text}+}}", INS))
        else:
            out.append((run.text, ""))
    return out


def _ref(ref: ClauseRef, marker: str, style: str) -> Line:
    label = f"{own} " if (own := own_label(ref)) else ""
    text = " ".join(ref.text.split())
    return [("    ", ""), (label, ""), (marker[:2] + text + marker[2:] if marker else text, style)]


def _where(change: Change) -> str:
    old = "; ".join(where(r) or r.id for r in change.old)
    new = "; ".join(where(r) or r.id for r in change.new)
    return ", ".join(p for p in (f"old {old}" if old else "", f"new {new}" if new else "") if p)


def _change(change: Change) -> list[Line]:
    kind = "SUBSTANTIVE" if change.substantive else "editorial"
    why = f"  why: {'; '.join(change.reasons)}" if change.reasons else ""
    head: Line = [("  ", ""), (f"[{change.op} {kind}]", SUB if change.substantive else MUTED)]
    head.append((f" {change.id}  {_where(change)}{why}", MUTED))
    lines = [head]
    if note := ocr_note(change):
        lines.append([(f"    ! OCR: {note}", SUB)])
    if not change.substantive:
        return lines
    if change.op == "moved" and change.old:
        origin = change.old[0]
        lines.append([(f"    moved from {place(origin.section, origin.title)}", MUTED)])
    if change.op == "added":
        lines += [_ref(r, "{++}", INS) for r in change.new]
    elif change.op == "removed":
        lines += [_ref(r, "[--]", DEL) for r in change.old]
    elif change.op in ("split", "merged"):
        lines.append([(f"    before ({len(change.old)}):", MUTED)])
        lines += [_ref(r, "", "") for r in change.old]
        lines.append([(f"    after ({len(change.new)}):", MUTED)])
        lines += [_ref(r, "", "") for r in change.new]
    elif change.inline:
        label = (own_label(change.new[0]) if change.new else None) or ""
        lines.append([("    ", ""), (f"{label} " if label else "", ""), *_inline(change.inline)])
    elif [r.text for r in change.old] != [r.text for r in change.new]:
        lines += [_ref(r, "[--]", DEL) for r in change.old] + [_ref(r, "{++}", INS) for r in change.new]
    else:
        lines += [_ref(r, "", "") for r in change.new]
    return lines


def _group(group: HeadingGroup) -> list[Line]:
    counts = ", ".join(f"{group.counts[k]} {k}" for k in ("substantive", "editorial") if group.counts[k])
    lines: list[Line] = [[], [(f"== {group.label}", HEAD), (f" ({counts or 'no changes'})", MUTED)]]
    for item in group.items:
        if isinstance(item, ContextRun):
            lines.append([(f"  ({len(item.changes)} unchanged)", MUTED)])
        elif isinstance(item, MoveStub):
            if item.change.substantive:
                to = place(item.change.section, item.change.title)
                lines.append([(f"  [moved away] {item.change.id} -> {to}", MUTED)])
        elif isinstance(item, ChangeItem):
            lines += _change(item.change)
    return lines


def _lines(diff: Diff) -> list[Line]:
    view = build_view(diff)
    lines: list[Line] = [[("What changed: ", HEAD), (view.sides[1].series, HEAD)]]
    for side in view.sides:
        facts = f"{side.file}  sha256 {side.short_hash}  status {side.status}  date {side.date}"
        lines.append([(f"{side.label.lower()}: ", MUTED), (facts, "")])
    summary = view.summary
    lines.append([("summary: ", MUTED), (", ".join(f"{summary[k]} {k}" for k in GROUP_COUNT_KEYS), HEAD)])
    if tables := eligibility_tables(diff.eligibility, diff.requirement_changes):
        lines += [[], [("Who can now qualify", HEAD)]]
        for table in tables:
            lines.append([(f"  {table.label}", "")])
            lines += [
                [(f"    {r.profile}: ", ""), (r.old, DEL), (" -> ", ""), (r.new, INS), (f" ({r.verdict})", MUTED)]
                for r in table.rows
            ]
    if groups := requirement_groups(diff.requirement_changes, diff.requirement_gaps):
        lines += [[], [("What the requirements now say", HEAD)]]
        for g in groups:
            lines.append([(f"  {g.label}", "")])
            for r in g.rows:
                lines.append([(f"    {r.field}: ", ""), (r.old, DEL), (" -> ", ""), (r.new, INS)])
                for q in r.quotes:
                    place_ = f"{q.clause}, {q.where}" if q.where else q.clause
                    lines.append([(f"      {q.side}: ", MUTED), (f"“{q.text}” ({place_})", MUTED)])
    if rows := metadata_rows(diff.metadata_changes):
        lines += [[], [("Header changes", HEAD)]]
        for m in rows:
            scope = f" ({m.title})" if m.title else ""
            lines.append([(f"  {m.label}{scope}: ", ""), (m.old, DEL), (" -> ", ""), (m.new, INS)])
    for group in view.groups:
        if group.changed:
            lines += _group(group)
    lines += [[], *([(f"warning: {w}", MUTED)] for w in diff.warnings)]
    return lines


def to_text(diff: Diff) -> str:
    """Plain text: for files, pipes and logs."""
    return "\n".join("".join(visible_controls(text) for text, _ in line) for line in _lines(diff)).rstrip("\n") + "\n"


def to_terminal(diff: Diff) -> str:
    """The same text with ANSI colour (rich); NO_COLOR in the environment turns colour off."""
    from rich.console import Console
    from rich.text import Text

    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=True, color_system="standard", soft_wrap=True, highlight=False)
    for line in _lines(diff):
        console.print(Text.assemble(*[(visible_controls(text), style) for text, style in line]))
    return buffer.getvalue()


__all__ = ["to_terminal", "to_text"]
