"""A ladder as plain text (a terminal, a log) or as GitHub-flavoured Markdown (a ticket, a PR).

Level by level, what the level does that the one below does not: the scope summary, the
inheritance clause, then every item of every section, each labelled in words ("SCOPE ↑",
"NEW", "ONLY AT CMS 1", "INHERITED"). A clause the two levels share is printed the first time
it is shared and counted after that; so is a clause a level inherits. Removed words are ``[-like this-]`` and added ones
``{+like this+}`` in text (wdiff's markers), ``<del>``/``<ins>`` in Markdown, whose document
text is escaped (see :func:`specdiff.renderers.markdown.md`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..ladders.model import Item, Ladder
from ..model import ClauseRef, InlineOp
from .ladder_view import ARROWS, LadderView, ShiftView, build_ladder_view, shift_view
from .markdown import md, redline
from .report import own_label, section_label

TAGS = {
    "shared": "SHARED",
    "scope": "SCOPE",
    "reworded": "REWORDED",
    "inherited": "INHERITED",
    "inheritance": "INHERITANCE CLAUSE",
}


@dataclass(frozen=True)
class Style:
    """What differs between text and Markdown: escaping, headings, bullets, redlines."""

    markdown: bool

    def text(self, value: str) -> str:
        return md(value) if self.markdown else " ".join(value.split())

    def heading(self, depth: int, value: str) -> str:
        if self.markdown:
            return "#" * depth + " " + md(value)
        mark = "=" if depth <= 2 else "-"
        return f"{value}\n{mark * min(len(value), 100)}"

    def bullet(self, value: str, indent: int = 0) -> str:
        return "  " * indent + "- " + value

    def tag(self, value: str) -> str:
        return f"**{value}**" if self.markdown else value

    def redline(self, inline: Sequence[InlineOp]) -> str:
        if self.markdown:
            return redline(inline)
        parts = []
        for run in inline:
            text = " ".join(run.text.split()) if run.text.strip() else " "
            text = text if not run.text[:1].isspace() or not run.text.strip() else " " + text
            text = text + " " if run.text[-1:].isspace() and run.text.strip() else text
            parts.append({"delete": f"[-{text}-]", "insert": f"{{+{text}+}}"}.get(run.op, text))
        return "".join(parts)


def _ref(style: Style, ref: ClauseRef) -> str:
    label = own_label(ref)
    return style.text(f"{label} {ref.text}" if label else ref.text)


def _shift(style: Style, shift: ShiftView) -> str:
    return style.text(f"{shift.scale} {shift.arrow} {shift.direction}: “{shift.old}” → “{shift.new}”")


def _item(style: Style, item: Item, names: tuple[str, str], labels: dict[str, str]) -> list[str]:
    old_name, new_name = names
    if item.kind == "only_old":
        tag = f"ONLY AT {old_name.upper()}"
    elif item.kind == "only_new":
        tag = f"ONLY AT {new_name.upper()}"
    elif item.kind == "inheritance":
        tag = f"INHERITANCE CLAUSE OF {(old_name if item.old else new_name).upper()}"
    elif item.kind == "scope" and item.direction:
        tag = f"SCOPE {ARROWS[item.direction]} {item.direction.upper()}"
    else:
        tag = TAGS[item.kind]
    if item.kind in ("scope", "reworded"):
        lines = [style.bullet(f"{style.tag(tag)} {style.redline(item.inline)}")]
        lines += [style.bullet(_shift(style, shift_view(s, labels)), 1) for s in item.shifts]
        lines += [style.bullet(style.text(r), 1) for r in item.reasons]
        return lines
    refs = item.new or item.old
    return [style.bullet(f"{style.tag(tag)} {' / '.join(_ref(style, r) for r in refs)}")]


def _step(style: Style, ladder: Ladder, view: LadderView, k: int, seen: set[str]) -> list[str]:
    step, summary = ladder.steps[k], view.steps[k]
    labels = {name: label for name, label, _ in ladder.scales}
    out = ["", style.heading(2, f"{summary.new} compared with {summary.old}"), ""]
    for shift in summary.scope:
        out.append(style.bullet(_shift(style, shift)))
    for text in summary.inheritances:  # only those that carry the old title's clauses up
        out.append(style.bullet(f"{style.tag('Inherits')} {style.text(text)}"))
    counts = summary.counts
    out.append(
        style.bullet(
            style.text(
                f"{counts['scope']} same duty with a different scope, {counts['reworded']} reworded, "
                f"{counts['only_new']} only at {summary.new}, {counts['only_old']} only at {summary.old}, "
                f"{counts['inherited']} inherited, {counts['shared']} shared"
            )
        )
    )
    kinds = list(dict.fromkeys(item.section for item in step.items))
    for kind in kinds:
        out += ["", style.heading(3, section_label(kind)), ""]
        repeated: dict[str, int] = {}
        for item in (i for i in step.items if i.section == kind):
            texts = {r.text for r in item.old + item.new}
            if item.kind in ("shared", "inherited") and texts <= seen:
                repeated[item.kind] = repeated.get(item.kind, 0) + 1
                continue
            seen.update(texts)
            out += _item(style, item, (summary.old, summary.new), labels)
        for what, count in repeated.items():
            out.append(style.bullet(style.text(f"{count} more {what}, printed above")))
    return out


def _render(ladder: Ladder, style: Style) -> str:
    view = build_ladder_view(ladder)
    what = "Ladder" if ladder.comparison == "ladder" else "Titles compared"
    out = [style.heading(1, f"{what}: {view.heading}"), "", style.text("Files: " + ", ".join(view.files)), ""]
    for head in view.levels:
        facts = ", ".join(
            x for x in (f"code {head.code}" * bool(head.code), f"grade {head.grade}" * bool(head.grade)) if x
        )
        name = head.name if head.short == head.name else f"{head.short}: {head.name}"
        out.append(style.bullet(style.text(name + (f" ({facts})" if facts else ""))))
    seen: set[str] = set()
    for k in range(len(ladder.steps)):
        out += _step(style, ladder, view, k, seen)
    out += ["", style.heading(2, "Minimum qualifications"), ""]
    for head, routes in zip(view.levels, view.qualifications, strict=True):
        out.append(style.bullet(style.tag(style.text(head.short))))
        if not routes:
            out.append(style.bullet(style.text("no requirement facts were read"), 1))
        for route in routes:
            facts = "; ".join(f"{name}: {value}" for name, value in route.facts) or "no facts read"
            out.append(style.bullet(style.text(f"{route.label}: {facts}"), 1))
    if view.shared:
        out += ["", style.heading(2, "Printed once for every level"), ""]
        for heading, refs in view.shared:
            out.append(style.bullet(style.tag(style.text(heading))))
            out += [style.bullet(_ref(style, r), 1) for r in refs]
    out += _legend(style, ladder)
    if view.warnings:
        out += ["", style.heading(2, "Warnings"), ""] + [style.bullet(style.text(w)) for w in view.warnings]
    return "\n".join(out) + "\n"


def _legend(style: Style, ladder: Ladder) -> list[str]:
    out = ["", style.heading(2, "Scope vocabulary"), ""]
    for _, label, rungs in ladder.scales:
        out.append(style.bullet(style.text(f"{label}: " + " < ".join(r for _, r in rungs))))
    return out


def to_ladder_text(ladder: Ladder) -> str:
    return _render(ladder, Style(markdown=False))


def to_ladder_markdown(ladder: Ladder) -> str:
    return _render(ladder, Style(markdown=True))


Renderer = Callable[[Ladder], str]

__all__ = ["to_ladder_markdown", "to_ladder_text"]
