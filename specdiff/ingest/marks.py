"""Lines a reader knows more about than their text: page furniture, and marked-up headings.

Readers hand back pages of lines; most lines are plain strings. A line the reader knows is not
document content (markup, a running footer, a text export's header block, navigation) is a
:class:`Flagged` line instead: its text and why. ``dropped`` lines were taken out of the reading
order (the running headers a PDF repeats on every page); the others stay where they were printed,
so the recovered text and its line numbers are what the file holds. A :class:`Heading` is a
line the source marks up as a heading, whatever its shape ("You will" is an ``<h2>``).
"""

from __future__ import annotations

from typing import NamedTuple


class Flagged(NamedTuple):
    text: str
    reason: str
    dropped: bool = False


class Heading(NamedTuple):
    """A line the source marks up as a heading (``<h2>``, ``## ``), with its level (1 = top)."""

    text: str
    level: int


class Block(NamedTuple):
    """A line where the source starts a new block (a Markdown paragraph or list after a blank
    line): the text above does not run on into it, whatever its punctuation."""

    text: str


PageLine = str | Flagged | Heading | Block
PageLines = list[list[PageLine]]

# Reasons, in words a reviewer reads beside the line.
RUNNING = "running header or footer"
PAGE_FOOTER = "page footer"
END_BLOCK = "header or footer block of a text export"
MARKUP = "markup"
FRONT_MATTER = "front matter"
TEMPLATE_COMMENT = "template comment"
NAVIGATION = "site navigation"
SCRAPER_LABEL = "scraper label"
LINK_RESIDUE = "link residue"
INITIALS = "reference initials"


def text_of(line: PageLine) -> str:
    return line if isinstance(line, str) else line.text


def flag(pages: list[list[str]], marks: dict[tuple[int, int], str]) -> PageLines:
    """Pages with the lines at ``marks`` (page index, line index) flagged for the given reason."""
    return [
        [Flagged(t, marks[(p, i)]) if (p, i) in marks else t for i, t in enumerate(page)]
        for p, page in enumerate(pages)
    ]
