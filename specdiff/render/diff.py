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
    summary = diff.summary
    lines = [f"{diff.old.source.path} -> {diff.new.source.path}"]
    lines.append(", ".join(f"{k} {v}" for k, v in summary.items()))
    for meta in diff.metadata_changes:
        lines.append(f"{meta.field}: {meta.old} -> {meta.new}")
    for change in diff.changes:
        if change.op == "unchanged":
            continue
        flag = "SUBSTANTIVE" if change.substantive else "editorial"
        lines.append(f"\n[{change.op} {flag}] {change.section} {change.title or ''}".rstrip())
        lines += [f"  - {c.text}" for c in change.old]
        lines += [f"  + {c.text}" for c in change.new]
    return "\n".join(lines) + "\n"


DIFF_RENDERERS: dict[str, Callable[[Diff], str]] = {"json": to_json_text, "text": to_text}
