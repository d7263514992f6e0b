"""A parsed document as JSON (the contract), or as text/Markdown a person checks at a glance."""

from __future__ import annotations

from collections.abc import Callable

from ..errors import FormatError
from ..jsontext import dump_json
from ..model import Clause, Document
from .requirements import to_requirements_table


def render_document(doc: Document, *, fmt: str = "json") -> str:
    """Render a document; ``fmt`` is one of :data:`DOCUMENT_RENDERERS`."""
    try:
        renderer = DOCUMENT_RENDERERS[fmt]
    except KeyError:
        raise FormatError(f"unknown format {fmt!r}; valid formats: {', '.join(DOCUMENT_RENDERERS)}") from None
    return renderer(doc)


def to_json_text(doc: Document) -> str:
    return dump_json(doc.to_json())


def _header(doc: Document) -> list[str]:
    conf = f" ({doc.format_confidence:.2f})" if doc.format_confidence is not None else ""
    lines = [
        f"source: {doc.source.path} sha256:{doc.source.sha256[:12]}",
        f"format: {doc.format}{conf}; status: {doc.status or '-'}; date: {doc.date or '-'}; "
        f"jurisdiction: {doc.jurisdiction or '-'}",
    ]
    if doc.format_reasons:
        lines.append(f"why: {'; '.join(doc.format_reasons)}")
    return lines


def _definitions(doc: Document) -> list[str]:
    return [f"{d.term} = {d.expansion} ({d.kind})" for d in doc.definitions]


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def _clause_lines(clause: Clause, depth: int, bullet: str) -> list[str]:
    pad = "  " * depth
    label = f"{clause.label} " if clause.label else ""
    weight = f"[{clause.weight}] " if clause.weight else ""
    where = f"p{clause.span.page}:" if clause.span.page else ""
    out = [f"{pad}{bullet} {weight}{label}{clause.text}  ({clause.id}, {where}{clause.span.line})"]
    for child in clause.children:
        out.extend(_clause_lines(child, depth + 1, bullet))
    return out


def to_text(doc: Document) -> str:
    lines = _header(doc)
    for t in doc.titles:
        lines.append(
            f"title: {t.title} | code {t.code or '-'} | grade {t.grade or '-'} | aliases: {', '.join(t.aliases)}"
        )
    if doc.definitions:
        lines += ["definitions:"] + [f"  {d}" for d in _definitions(doc)]
    for s in doc.sections:
        scope = f" — {s.title}" if s.title else ""
        lines += ["", f"[{s.kind}] {s.heading}{scope}"]
        for clause in s.clauses:
            lines.extend(_clause_lines(clause, 1, "-"))
    if doc.warnings:
        lines += ["", "warnings:"] + [f"  ! {w}" for w in doc.warnings]
    return "\n".join(lines) + "\n"


def to_markdown(doc: Document) -> str:
    lines = [f"# {doc.titles[0].title if doc.titles else doc.source.path}", ""]
    lines += [f"- {h}" for h in _header(doc)]
    if doc.titles:
        lines += ["", "| title | code | grade |", "|---|---|---|"]
        lines += [f"| {_cell(t.title)} | {_cell(t.code or '')} | {_cell(t.grade or '')} |" for t in doc.titles]
    if doc.definitions:
        lines += ["", "**Definitions:** " + "; ".join(_definitions(doc))]
    for s in doc.sections:
        scope = f" — {s.title}" if s.title else ""
        lines += ["", f"## {s.heading or s.kind}{scope}", f"*{s.kind}*", ""]
        for clause in s.clauses:
            lines.extend(_clause_lines(clause, 0, "-"))
    if doc.warnings:
        lines += ["", "## Warnings", ""] + [f"- {w}" for w in doc.warnings]
    return "\n".join(lines) + "\n"


DOCUMENT_RENDERERS: dict[str, Callable[[Document], str]] = {
    "json": to_json_text,
    "text": to_text,
    "markdown": to_markdown,
    "requirements": to_requirements_table,
}
