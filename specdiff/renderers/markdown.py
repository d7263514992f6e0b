"""The change report as GitHub-flavoured Markdown: a pull-request comment or a CI step summary.

Same view as the HTML page (who can now qualify first, the summary, requirements with the
sentences they were read from, header changes, then each section x title in document order).
Editorial changes sit in ``<details>`` so they are one click away but never in the reviewer's
face. Document text is escaped for both HTML and Markdown, so a standard containing ``<script>``
or ``*`` shows those characters literally.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Change, ClauseRef, Diff, InlineOp
from ..textsafe import markdown_literal as md
from .eligibility import NOTE, eligibility_tables
from .facts import FactRow, metadata_rows, requirement_groups
from .keychanges import KeyGroup
from .report import (
    GROUP_COUNT_KEYS,
    ChangeItem,
    ContextRun,
    HeadingGroup,
    MoveStub,
    ReportView,
    build_view,
    ocr_note,
    own_label,
    where,
)
from .wording import place_label

OP_WORDS = {"modified": "Modified", "moved": "Moved", "added": "Added", "removed": "Removed", "split": "Split",
            "merged": "Merged", "unchanged": "Unchanged", "reordered": "Reordered"}  # fmt: skip


def summary_line(summary: dict[str, int]) -> str:
    head = ", ".join(f"{summary[k]} {k}" for k in GROUP_COUNT_KEYS)
    keys = ("modified", "split", "merged", "reordered", "unchanged")
    tail = ", ".join(f"{summary[k]} {k}" for k in keys if k != "reordered" or summary[k])
    return f"**{head}** ({tail})"


def redline(inline: Sequence[InlineOp]) -> str:
    parts = []
    for run in inline:
        text = md(run.text) if run.text.strip() else " "
        lead = " " if run.text[:1].isspace() else ""
        trail = " " if run.text[-1:].isspace() and run.text.strip() else ""
        if run.op == "delete":
            parts.append(f"{lead}<del>{text}</del>{trail}")
        elif run.op == "insert":
            parts.append(f"{lead}<ins>{text}</ins>{trail}")
        else:
            parts.append(f"{lead}{text}{trail}")
    return "".join(parts)


def _label(ref: ClauseRef) -> str:
    label = own_label(ref)
    return f"{md(label)} " if label else ""


def _refs(refs: Sequence[ClauseRef], tag: str | None) -> list[str]:
    return [f"> {_label(r)}<{tag}>{md(r.text)}</{tag}>" if tag else f"> {_label(r)}{md(r.text)}" for r in refs]


def _where(change: Change) -> str:
    old = "; ".join(where(r) or r.id for r in change.old)
    new = "; ".join(where(r) or r.id for r in change.new)
    return " → ".join(p for p in (f"old {old}" if old else "", f"new {new}" if new else "") if p)


def _body(change: Change) -> list[str]:
    if change.op == "added":
        return _refs(change.new, "ins")
    if change.op == "removed":
        return _refs(change.old, "del")
    if change.op in ("split", "merged"):
        lines = [f"> Before ({len(change.old)}):", *(f"> - {_label(r)}{md(r.text)}" for r in change.old)]
        lines += [">", f"> After ({len(change.new)}):", *(f"> - {_label(r)}{md(r.text)}" for r in change.new)]
        return lines + ([">", f"> {redline(change.inline)}"] if change.inline else [])
    if change.inline:
        return [f"> {_label(change.new[0]) if change.new else ''}{redline(change.inline)}"]
    if [r.text for r in change.old] != [r.text for r in change.new]:
        return _refs(change.old, "del") + _refs(change.new, "ins")
    return _refs(change.new or change.old, None)


def change_block(item: ChangeItem) -> list[str]:
    change = item.change
    kind = "substantive" if change.substantive else "editorial"
    head = f"**{OP_WORDS.get(item.op, item.op)} · {kind}** `{change.id}` ({_where(change)})"
    if item.move:
        head += f"  \n{md(item.move)}"
    if note := ocr_note(change):
        head += f"  \n⚠ **OCR:** {md(note)}"
    reasons = [f"- {md(r)}" for r in item.reasons]
    return [head, *(["", *reasons] if reasons else []), "", *_body(change), ""]


def _group(group: HeadingGroup) -> list[str]:
    lines = [f"### {md(group.label)}", ""]
    editorial: list[str] = []
    for item in group.items:
        if isinstance(item, ContextRun):
            n = len(item.changes)
            lines += [f"*{n} unchanged clause{'' if n == 1 else 's'}*", ""]
        elif isinstance(item, MoveStub):
            if item.change.substantive:
                to = md(place_label(item.change.new[0]))
                lines += [f"*Moved away:* {md(item.change.old[0].text[:90])} → {to} (`{item.change.id}`)", ""]
        elif isinstance(item, ChangeItem):
            (editorial if item.editorial else lines).extend(change_block(item))
    if editorial:
        n = group.counts["editorial"]
        lines += [f"<details><summary>Show {n} editorial change{'' if n == 1 else 's'}</summary>", "", *editorial]
        lines += ["</details>", ""]
    return lines


def _eligibility(diff: Diff) -> list[str]:
    """Who can now qualify: a small table per title x route whose requirements changed."""
    lines: list[str] = []
    for table in eligibility_tables(diff.eligibility, diff.requirement_changes):
        if not lines:
            lines += ["### Who can now qualify", "", f"*{md(NOTE)}*", ""]
        lines += [f"**{md(table.label)}**", "", "| Candidate's highest education | Was | Now | Who gains, who loses |"]
        lines.append("|---|---|---|---|")
        lines += [f"| {md(r.profile)} | {md(r.old)} | {md(r.new)} | {md(r.verdict)} |" for r in table.rows]
        lines.append("")
    return lines


def _sources(row: FactRow) -> str:
    """The quoted sentences of a row, one per line of its cell."""
    quotes = [
        f"{q.side.capitalize()}: “{md(q.text)}” (`{md(q.clause)}`{', ' + md(q.where) if q.where else ''})"
        for q in row.quotes
    ]
    return "<br>".join(quotes)


def _tables(view: ReportView) -> list[str]:
    lines: list[str] = []
    if groups := requirement_groups(view.diff.requirement_changes, view.diff.requirement_gaps):
        lines += [
            "### What the requirements now say",
            "",
            "| Title and route | Fact | Was | Now | In words | Read from |",
            "|---|---|---|---|---|---|",
        ]
        lines += [
            f"| {md(g.label)} | {md(r.field)} | {md(r.old)} | {md(r.new)} | {md(r.summary)} | {_sources(r)} |"
            for g in groups
            for r in g.rows
        ]
        lines.append("")
    if rows := metadata_rows(view.diff.metadata_changes):
        lines += ["### Header changes", "", "| Field | Title | Was | Now |", "|---|---|---|---|"]
        lines += [f"| {md(r.label)} | {md(r.title)} | {md(r.old)} | {md(r.new)} |" for r in rows]
        lines.append("")
    if changed := view.changed_groups:
        lines += ["<details><summary>Changes per heading</summary>", ""]
        lines += ["| Heading | Title | " + " | ".join(GROUP_COUNT_KEYS) + " |", "|---|---|" + "---:|" * 5]
        for g in changed:
            counts = " | ".join(str(g.counts[k]) for k in GROUP_COUNT_KEYS)
            lines.append(f"| {md(g.heading)} | {md(g.title or 'whole document')} | {counts} |")
        lines += ["", "</details>", ""]
    return lines


def key_lines(groups: Sequence[KeyGroup]) -> list[str]:
    """The key changes as a list per group, each item naming the change it comes from."""
    lines = ["### Key changes", ""]
    if not groups:
        return [*lines, "No change to pay, grade, requirements, titles, duties, status or date.", ""]
    for group in groups:
        lines += [f"**{md(group.heading)}**", ""]
        for item in group.items:
            cite = f" (`{item.change}`)" if item.change else ""
            note = f" — {md(item.note)}" if item.note else ""
            lines.append(f"- {md(item.text)}{note}{cite}")
        if group.more:
            lines.append(f"- and {group.more} more below")
        lines.append("")
    return lines


def to_markdown(diff: Diff) -> str:
    """Render a diff as GitHub-flavoured Markdown."""
    view = build_view(diff)
    old, new = view.sides
    lines = [
        f"## What changed: {md(new.series)}",
        "",
        f"{md(old.file)} ({md(old.date)}, {md(old.status)}) → {md(new.file)} ({md(new.date)}, {md(new.status)})",
        "",
        summary_line(view.summary),
        "",
        *key_lines(view.key_groups),
        *_eligibility(diff),
        *_tables(view),
        "<details><summary>Documents compared</summary>",
        "",
        "| | Old | New |",
        "|---|---|---|",
    ]
    for name, a, b in (
        ("Series", old.series, new.series),
        ("Status", old.status, new.status),
        ("Date", old.date, new.date),
        ("File", old.file, new.file),
        ("sha256", old.sha256, new.sha256),
    ):
        lines.append(f"| {name} | {md(a)} | {md(b)} |")
    lines += ["", "</details>", ""]
    for group in view.groups:
        if group.changed:
            lines += _group(group)
    if diff.warnings:
        lines += ["### Warnings", "", *(f"- {md(w)}" for w in diff.warnings), ""]
    return "\n".join(lines).rstrip("\n") + "\n"


__all__ = ["md", "redline", "to_markdown"]
