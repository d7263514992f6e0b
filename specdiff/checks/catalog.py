"""The registry of checks: one stable id per check, what it looks at, and the function that runs it.

Ids never change meaning once published (CI configurations and approvals name them); a check that
needs a different meaning gets a new id. Default severities live in the built-in policy.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from . import change_checks as cc
from . import document_checks as dc
from . import encoding_checks as ec
from .context import CheckContext
from .findings import Finding


@dataclass(frozen=True, slots=True)
class CheckSpec:
    """``scope`` is ``document`` (the new file alone) or ``changes`` (needs the previous version)."""

    id: str
    scope: str
    summary: str
    run: Callable[[CheckContext], Iterable[Finding]]

    @property
    def description(self) -> str:
        """The check function's docstring: why the check exists, in one or two sentences."""
        return " ".join((self.run.__doc__ or self.summary).split())


_SPECS = (
    CheckSpec("document.parses", "document", "the document parses into sections with text", dc.check_parses),
    CheckSpec("document.format", "document", "the document is in a recognised format", dc.check_format),
    CheckSpec(
        "sections.required", "document", "required sections are present and not empty", dc.check_required_sections
    ),
    CheckSpec("titles.code_grade", "document", "every title has its code and grade", dc.check_title_fields),
    CheckSpec("levels.resolve", "document", "every level named resolves to a title", dc.check_levels),
    CheckSpec("metadata.date", "document", "the date is present and readable", dc.check_date),
    CheckSpec("metadata.status", "document", "the status is present and known", dc.check_status),
    CheckSpec("clauses.duplicate", "document", "no clause is repeated within a section", dc.check_duplicates),
    CheckSpec("headings.unrecognised", "document", "every heading is recognised", dc.check_unrecognised_headings),
    CheckSpec("encoding.lost_apostrophe", "document", "no possessive lost its apostrophe", ec.check_lost_apostrophes),
    CheckSpec("encoding.replacement_char", "document", "no replacement characters", ec.check_replacement_chars),
    CheckSpec("encoding.mojibake", "document", "no mis-decoded characters", ec.check_mojibake),
    CheckSpec("changes.substantive", "changes", "substantive changes, per section and title", cc.check_substantive),
    CheckSpec("titles.added", "changes", "titles added to the series", cc.check_titles_added),
    CheckSpec("titles.removed", "changes", "titles removed from the series", cc.check_titles_removed),
    CheckSpec("titles.grade_changed", "changes", "grade changes", cc.check_grade_changes),
    CheckSpec("titles.code_changed", "changes", "occupation code changes", cc.check_code_changes),
    CheckSpec("metadata.status_backwards", "changes", "status does not move backwards", cc.check_status_backwards),
    CheckSpec("metadata.date_not_advanced", "changes", "the date advances", cc.check_date_not_advanced),
    CheckSpec("requirements.changed", "changes", "minimum-qualification facts changed", cc.check_requirements),
)

CHECKS: dict[str, CheckSpec] = {spec.id: spec for spec in _SPECS}

__all__ = ["CHECKS", "CheckSpec"]
