"""A Ladder rendered for people and machines; ``LADDER_RENDERERS`` is the registry of formats."""

from __future__ import annotations

import json
from collections.abc import Callable

from ..ladder.model import Ladder
from .ladder_html import to_ladder_html
from .ladder_text import to_ladder_markdown, to_ladder_text


def to_ladder_json(ladder: Ladder) -> str:
    return json.dumps(ladder.to_json(), indent=1, ensure_ascii=False) + "\n"


LADDER_RENDERERS: dict[str, Callable[[Ladder], str]] = {
    "text": to_ladder_text,
    "json": to_ladder_json,
    "markdown": to_ladder_markdown,
    "html": to_ladder_html,
}


def render_ladder(ladder: Ladder, *, fmt: str = "json") -> str:
    """Render a ladder; ``fmt`` is one of :data:`LADDER_RENDERERS`."""
    try:
        renderer = LADDER_RENDERERS[fmt]
    except KeyError:
        raise ValueError(f"unknown format {fmt!r}; valid formats: {', '.join(LADDER_RENDERERS)}") from None
    return renderer(ladder)


__all__ = ["LADDER_RENDERERS", "render_ladder", "to_ladder_json"]
