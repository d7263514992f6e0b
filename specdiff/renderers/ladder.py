"""A Ladder rendered for people and machines: ``LADDER_RENDERERS`` is the registry of the text
formats, ``BINARY_LADDER_RENDERERS`` of the formats that are files of bytes (Word)."""

from __future__ import annotations

from collections.abc import Callable

from ..errors import FormatError
from ..jsontext import dump_json
from ..ladders.model import Ladder
from .ladder_html import to_ladder_html
from .ladder_text import to_ladder_markdown, to_ladder_text


def to_ladder_json(ladder: Ladder) -> str:
    return dump_json(ladder.to_json())


LADDER_RENDERERS: dict[str, Callable[[Ladder], str]] = {
    "text": to_ladder_text,
    "json": to_ladder_json,
    "markdown": to_ladder_markdown,
    "html": to_ladder_html,
}


def to_ladder_docx(ladder: Ladder) -> bytes:
    """The ladder as a Word document (python-docx is imported only when one is asked for)."""
    from .ladder_word import to_ladder_docx as render

    return render(ladder)


BINARY_LADDER_RENDERERS: dict[str, Callable[[Ladder], bytes]] = {"docx": to_ladder_docx}
LADDER_FORMATS = (*LADDER_RENDERERS, *BINARY_LADDER_RENDERERS)


def render_ladder(ladder: Ladder, *, fmt: str = "json") -> str:
    """Render a ladder; ``fmt`` is one of :data:`LADDER_RENDERERS`."""
    try:
        renderer = LADDER_RENDERERS[fmt]
    except KeyError:
        hint = f" ({fmt} is a binary format: use render_ladder_bytes)" if fmt in BINARY_LADDER_RENDERERS else ""
        raise FormatError(f"unknown format {fmt!r}{hint}; valid formats: {', '.join(LADDER_RENDERERS)}") from None
    return renderer(ladder)


def render_ladder_bytes(ladder: Ladder, *, fmt: str) -> bytes:
    """Render a ladder as the bytes of a file: a binary format as is, a text format in UTF-8."""
    if fmt in BINARY_LADDER_RENDERERS:
        return BINARY_LADDER_RENDERERS[fmt](ladder)
    return render_ladder(ladder, fmt=fmt).encode("utf-8")


__all__ = [
    "BINARY_LADDER_RENDERERS",
    "LADDER_FORMATS",
    "LADDER_RENDERERS",
    "render_ladder",
    "render_ladder_bytes",
    "to_ladder_json",
]
