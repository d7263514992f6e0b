"""Clauses joined as the requirement reader sees them (shared by the requirement-reading tests)."""

from __future__ import annotations

from collections.abc import Callable


def joined(*clauses: tuple[str, str]) -> tuple[str, Callable[[int], str | None]]:
    """Text of clauses joined by newlines, and the clause id at an offset of it."""
    text, starts = "", []
    for cid, line in clauses:
        starts.append((len(text), cid))
        text += line + "\n"

    def locate(offset: int) -> str | None:
        return [cid for start, cid in starts if start <= offset][-1]

    return text.rstrip("\n"), locate
