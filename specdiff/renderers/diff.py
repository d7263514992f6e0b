"""A Diff rendered for people and machines: ``DIFF_RENDERERS`` is the registry of the text formats,
``BINARY_DIFF_RENDERERS`` of the formats that are files of bytes (the Word redline).

Each renderer's module is imported when that format is asked for: the command line reads this
registry to check ``--format`` before any work, and a report in one format should not pay for
importing the others.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from ..errors import FormatError
from ..jsontext import dump_json
from ..model import Diff


def render_diff(diff: Diff, *, fmt: str = "json", color: bool = False) -> str:
    """Render a diff; ``fmt`` is one of :data:`DIFF_RENDERERS`.

    ``color`` asks for ANSI colour where the format has it (``text`` on a terminal); the caller
    decides, because only it knows whether the output goes to a terminal.
    """
    try:
        renderer = DIFF_RENDERERS[fmt]
    except KeyError:
        hint = f" ({fmt} is a binary format: use render_diff_bytes)" if fmt in BINARY_DIFF_RENDERERS else ""
        raise FormatError(f"unknown format {fmt!r}{hint}; valid formats: {', '.join(DIFF_RENDERERS)}") from None
    if color and fmt == "text":
        from .terminal import to_terminal

        return to_terminal(diff)
    return renderer(diff)


def to_json_text(diff: Diff) -> str:
    return dump_json(diff.to_json())


def to_text(diff: Diff) -> str:
    from .terminal import to_text as render

    return render(diff)


def to_markdown(diff: Diff) -> str:
    from .markdown import to_markdown as render

    return render(diff)


def to_html(diff: Diff) -> str:
    from .html import to_html as render

    return render(diff)


def to_docx(diff: Diff, *, editorial: str = "exclude") -> bytes:
    """The Word redline (python-docx is imported only when one is asked for)."""
    from .word import to_docx as render

    return render(diff, editorial=editorial)


def render_diff_bytes(diff: Diff, *, fmt: str, editorial: str = "exclude") -> bytes:
    """Render a diff as the bytes of a file: a binary format as is, a text format in UTF-8.

    ``editorial`` ("exclude" or "include") says whether the Word redline tracks editorial
    changes too; the text formats always show them, set apart."""
    if fmt in BINARY_DIFF_RENDERERS:
        return BINARY_DIFF_RENDERERS[fmt](diff, editorial=editorial)
    return render_diff(diff, fmt=fmt).encode("utf-8")


class BinaryRenderer(Protocol):
    def __call__(self, diff: Diff, /, *, editorial: str = ...) -> bytes: ...


DIFF_RENDERERS: dict[str, Callable[[Diff], str]] = {
    "json": to_json_text,
    "text": to_text,
    "markdown": to_markdown,
    "html": to_html,
}

BINARY_DIFF_RENDERERS: dict[str, BinaryRenderer] = {"docx": to_docx}

DIFF_FORMATS = (*DIFF_RENDERERS, *BINARY_DIFF_RENDERERS)
"""Every format ``specdiff diff --format`` accepts."""
