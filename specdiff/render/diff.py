"""A Diff rendered for people and machines; ``DIFF_RENDERERS`` is the registry of formats."""

from __future__ import annotations

import json
from collections.abc import Callable

from ..model import Diff
from .html import to_html
from .markdown import to_markdown
from .terminal import to_terminal, to_text


def render_diff(diff: Diff, *, fmt: str = "json", color: bool = False) -> str:
    """Render a diff; ``fmt`` is one of :data:`DIFF_RENDERERS`.

    ``color`` asks for ANSI colour where the format has it (``text`` on a terminal); the caller
    decides, because only it knows whether the output goes to a terminal.
    """
    try:
        renderer = DIFF_RENDERERS[fmt]
    except KeyError:
        raise ValueError(f"unknown format {fmt!r}; valid formats: {', '.join(DIFF_RENDERERS)}") from None
    if color and fmt == "text":
        return to_terminal(diff)
    return renderer(diff)


def to_json_text(diff: Diff) -> str:
    return json.dumps(diff.to_json(), indent=1, ensure_ascii=False) + "\n"


DIFF_RENDERERS: dict[str, Callable[[Diff], str]] = {
    "json": to_json_text,
    "text": to_text,
    "markdown": to_markdown,
    "html": to_html,
}
