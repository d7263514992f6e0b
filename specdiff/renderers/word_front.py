"""The redline's first pages: which documents, the key changes, what the requirements now say,
the header changes, and a sign-off table, each built from the Diff as rows of words.

Each table is one function from the Diff to a :class:`FrontTable` (or None when it has nothing
to say), listed in :data:`FRONT_TABLES` in the order they are printed. Nothing here computes a
change: the key changes are ``keychanges.py``'s (the same list the HTML and Markdown reports
open with), the other rows come from the Diff's requirement and metadata changes, worded by
``facts.py`` as the HTML and Markdown reports word them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..model import Diff
from .facts import metadata_rows, requirement_groups
from .keychanges import key_changes as shared_key_changes
from .report import GROUP_COUNT_KEYS, document_side
from .word_plan import Block


@dataclass(frozen=True, slots=True)
class Cell:
    text: str
    link: str | None = None  # a bookmark in the body this cell's text leads to
    note: str = ""  # a second, smaller line (the title a section belongs to)


@dataclass(frozen=True, slots=True)
class FrontTable:
    """A table of the front matter: a heading, a line saying what it shows, and its rows."""

    heading: str
    intro: str
    header: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    widths: tuple[float, ...]  # column widths in inches, summing to the text width
    grouped: bool = False  # a first cell left empty continues the group above it (merged)
    row_height: float | None = None  # inches, for rows to be written in by hand


def bookmark_name(index: int, role: str = "change") -> str:
    """The hidden bookmark over a change's paragraphs (``_sd12``; the place a move left is
    ``_sd12_from``), which front-matter links and scripts can find."""
    return f"_sd{index}" if role == "change" else f"_sd{index}_{role}"


def documents_table(diff: Diff) -> FrontTable:
    old, new = document_side("Old", diff.old), document_side("New", diff.new)
    rows = tuple(
        (Cell(name), Cell(a), Cell(b))
        for name, a, b in (
            ("Title", old.series, new.series),
            ("Status", old.status, new.status),
            ("Date", old.date, new.date),
            ("File", old.file, new.file),
            ("sha256", old.short_hash, new.short_hash),
            ("Read as", old.format, new.format),
        )
    )
    return FrontTable("Documents compared", "", ("", "Old version", "New version"), rows, (1.1, 2.7, 2.7))


def summary_sentence(diff: Diff) -> str:
    counts = diff.summary
    head = ", ".join(f"{counts[k]} {k}" for k in GROUP_COUNT_KEYS)
    return f"{head} ({counts['unchanged']} clauses unchanged)."


def key_changes(diff: Diff, blocks: Sequence[Block]) -> FrontTable | None:
    """The key changes every report shows first (``keychanges.py``), each linked to its clause."""
    groups = shared_key_changes(diff)
    if not groups:
        return None
    marks = {block.change.id: bookmark_name(block.index) for block in blocks if block.role == "change"}
    rows: list[tuple[Cell, ...]] = []
    for group in groups:
        for k, item in enumerate(group.items):
            link = marks.get(item.change) if item.change is not None else None
            rows.append((Cell(group.heading if k == 0 else ""), Cell(item.text, link=link), Cell(item.note)))
        if group.more:
            rows.append((Cell(""), Cell(f"and {group.more} more, each a tracked change below"), Cell("")))
    intro = (
        "What a reviewer must see first: pay and grade, requirements, titles, duties, status and date. "
        "Each links to its tracked revision, whose comment gives the reasons."
    )
    return FrontTable("Key changes", intro, ("", "Key change", "Concerns"), tuple(rows), (1.3, 3.5, 1.7), grouped=True)


def requirements_table(diff: Diff) -> FrontTable | None:
    groups = requirement_groups(diff.requirement_changes)
    if not groups:
        return None
    rows = tuple(
        (Cell(g.label if k == 0 else ""), Cell(r.field), Cell(r.old), Cell(r.new), Cell(r.summary))
        for g in groups
        for k, r in enumerate(g.rows)
    )
    return FrontTable(
        "What the requirements now say",
        "The minimum-qualification facts read from each version, where they differ.",
        ("Title and route", "Fact", "Was", "Now", "In words"),
        rows,
        (1.5, 1.0, 0.9, 0.9, 2.2),
        grouped=True,
    )


def header_table(diff: Diff) -> FrontTable | None:
    rows = tuple((Cell(r.label), Cell(r.title), Cell(r.old), Cell(r.new)) for r in metadata_rows(diff.metadata_changes))
    if not rows:
        return None
    return FrontTable(
        "Header changes",
        "Status, date, titles, codes and grades as printed; they are not part of the tracked text.",
        ("Field", "Title", "Was", "Now"),
        rows,
        (1.1, 2.6, 1.4, 1.4),
    )


SIGN_OFF_ROLES = ("Prepared by", "Reviewed by", "Approved by")


def sign_off_table(diff: Diff) -> FrontTable:
    rows = tuple((Cell(role), Cell(""), Cell(""), Cell("")) for role in SIGN_OFF_ROLES)
    return FrontTable(
        "Sign-off",
        "",
        ("", "Name and title", "Signature", "Date"),
        rows,
        (1.1, 2.4, 2.0, 1.0),
        row_height=0.45,
    )


FRONT_TABLES: tuple[Callable[[Diff], FrontTable | None], ...] = (requirements_table, header_table)
"""Tables printed after the key changes and before the sign-off, in this order."""


def how_to_read(diff: Diff, editorial: str) -> str:
    """What accepting and rejecting every revision gives, in the reader's terms."""
    untracked = diff.summary["editorial"]
    text = (
        "The text below is the new version with every substantive change tracked, authored "
        "\u201cspecdiff\u201d. Accepting all changes gives exactly the new version; rejecting all gives "
        "the old version's text"
    )
    if editorial == "include":
        return text + ". Editorial changes are tracked too, each with a comment saying why it is editorial."
    if untracked:
        return (
            text + f", except {untracked} editorial change{'' if untracked == 1 else 's'} "
            f"(case, punctuation, spelling-out and the like), which {'stands' if untracked == 1 else 'stand'} "
            f"in {'its' if untracked == 1 else 'their'} new form."
        )
    return text + "."


__all__ = [
    "FRONT_TABLES",
    "SIGN_OFF_ROLES",
    "Cell",
    "FrontTable",
    "bookmark_name",
    "documents_table",
    "header_table",
    "how_to_read",
    "key_changes",
    "requirements_table",
    "sign_off_table",
    "summary_sentence",
]
