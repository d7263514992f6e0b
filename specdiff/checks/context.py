"""What every check is handed: the new document, optionally the old one and their diff, the policy.

One frozen object so checks stay pure functions of their input (easy to test with hand-made
documents) and so a check that needs the previous version can tell it has none.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Diff, Document, Section, Span
from ..review import Review
from .findings import Location
from .policy import Policy


@dataclass(frozen=True)
class CheckContext:
    """``new`` is checked; ``old``/``diff`` exist with --against or --corpus; ``references`` are
    other versions of the same standard, used as evidence (e.g. of the apostrophes a text lost)."""

    new: Document
    policy: Policy
    old: Document | None = None
    diff: Diff | None = None
    references: tuple[Document, ...] = ()
    new_label: str | None = None  # the path as the user gave it (findings point there)
    old_label: str | None = None
    review: Review | None = None  # a reviewer's marks on this very comparison (--review)

    @property
    def new_file(self) -> str:
        return self.new_label or self.new.source.path

    @property
    def old_file(self) -> str:
        if self.old_label:
            return self.old_label
        return self.old.source.path if self.old else "(previous version)"

    def at(self, span: Span | None, *, old: bool = False) -> Location:
        """A location in the new (or old) file from a span; file-level when there is no span."""
        file = self.old_file if old else self.new_file
        if span is None:
            return Location(file)
        return Location(file, span.line, span.end_line, span.page)

    def section_location(self, section: Section) -> Location:
        """A section's heading, else its first clause, else the file."""
        if section.span is not None:
            return self.at(section.span)
        first = next(section.walk(), None)
        return self.at(first.span if first else None)


__all__ = ["CheckContext"]
