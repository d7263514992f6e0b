"""A Diff rendered for people and machines; ``DIFF_RENDERERS`` is the registry of formats."""

from __future__ import annotations

import json
from collections.abc import Callable

from ..model import Diff


def render_diff(diff: Diff, *, fmt: str = "json") -> str:
    """Render a diff; ``fmt`` is one of :data:`DIFF_RENDERERS`."""
    try:
        renderer = DIFF_RENDERERS[fmt]
    except KeyError:
        raise ValueError(f"unknown format {fmt!r}; valid formats: {', '.join(DIFF_RENDERERS)}") from None
    return renderer(diff)


def to_json_text(diff: Diff) -> str:
    return json.dumps(diff.to_json(), indent=1, ensure_ascii=False) + "\n"


def to_text(diff: Diff) -> str:
    """Plain text for a terminal or a log: summary, metadata, then every change but the
    unchanged ones, each with its verdict, the reasons for it and both versions."""
    summary = diff.summary
    lines = [f"{diff.old.source.path} -> {diff.new.source.path}"]
    lines.append(", ".join(f"{k} {v}" for k, v in summary.items()))
    for meta in diff.metadata_changes:
        scope = f" ({meta.title})" if meta.title else ""
        lines.append(f"{meta.field}{scope}: {meta.old} -> {meta.new}")
    for change in diff.changes:
        if change.op == "unchanged":
            continue
        flag = "SUBSTANTIVE" if change.substantive else "editorial"
        where = " / ".join(x for x in (change.section, change.title) if x)
        lines.append(f"\n[{change.op} {flag}] {where}")
        if change.reasons:
            lines.append("  why: " + "; ".join(change.reasons))
        lines += [f"  - {' '.join(c.text.split())}" for c in change.old]
        lines += [f"  + {' '.join(c.text.split())}" for c in change.new]
    return "\n".join(lines) + "\n"


DIFF_RENDERERS: dict[str, Callable[[Diff], str]] = {"json": to_json_text, "text": to_text}
