"""What a check reports: findings with a location, and the outcome of a whole run.

A finding carries its check id and where a reviewer should look (file, line range, page). Its
severity is not the check's business: the policy sets it afterwards, so the same check can be an
error in one division's pipeline and a note in another's (the oasdiff/buf model).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

SEVERITIES = ("info", "warning", "error")  # in rising order
SEVERITY_RANK = {name: rank for rank, name in enumerate(SEVERITIES)}
OFF = "off"


def at_least(severity: str, threshold: str) -> bool:
    """Whether ``severity`` reaches ``threshold`` (``never`` is a threshold nothing reaches)."""
    if threshold == "never":
        return False
    return SEVERITY_RANK[severity] >= SEVERITY_RANK[threshold]


@dataclass(frozen=True, slots=True)
class Location:
    """Where to look: the file as given on the command line, a 1-based line range, a PDF page."""

    file: str
    line: int | None = None
    end_line: int | None = None
    page: int | None = None

    def label(self) -> str:
        """``file:line`` (plus the page for paged sources), the form editors and CI logs link."""
        text = self.file
        if self.line is not None:
            text += f":{self.line}"
            if self.end_line is not None and self.end_line != self.line:
                text += f"-{self.end_line}"
        if self.page is not None:
            text += f" (page {self.page})"
        return text


@dataclass(frozen=True, slots=True)
class Approval:
    """A policy entry that accepts a finding: who, when and why, as a person wrote it."""

    reason: str
    approved_by: str
    date: dt.date
    expires: dt.date | None = None


@dataclass(frozen=True, slots=True)
class ReviewNote:
    """A reviewer accepted the change(s) a finding is about, in the report (review.json)."""

    reviewer: str
    time: str
    note: str = ""


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem or policy-relevant change, found by the check ``check``."""

    check: str
    message: str
    location: Location
    section: str | None = None  # section kind, e.g. "minimum_qualifications"
    title: str | None = None  # the title (level) it concerns, as the document names it
    evidence: str | None = None  # the words that tripped the check, for approvals and reviewers
    severity: str = "warning"
    approval: Approval | None = None
    changes: tuple[str, ...] = ()  # ids of the diff's changes the finding is about
    review: ReviewNote | None = None  # set when a reviewer approved all of them

    def with_severity(self, severity: str) -> Finding:
        return replace(self, severity=severity)

    def approved(self, approval: Approval) -> Finding:
        return replace(self, approval=approval)

    def reviewed(self, note: ReviewNote) -> Finding:
        """Approved in the report's review: reported as information, never failing the run."""
        return replace(self, severity="info", review=note)


@dataclass(frozen=True, slots=True)
class CheckOutcome:
    """One check id's result in a run: ``passed``, ``failed``, ``warned`` or ``skipped``."""

    id: str
    summary: str
    severity: str  # the policy's severity for this check ("off" when disabled)
    status: str
    findings: int = 0
    reason: str | None = None  # why it was skipped


@dataclass(frozen=True, slots=True)
class CheckReport:
    """Everything a run found, in a stable order, and whether the policy passed."""

    new: str
    old: str | None
    fail_on: str
    outcomes: tuple[CheckOutcome, ...]
    findings: tuple[Finding, ...]
    policy: str = "built-in default"

    @property
    def failing(self) -> tuple[Finding, ...]:
        """Findings that fail the run: at or above ``fail_on``, not approved in the policy nor in a review."""
        return tuple(
            f for f in self.findings if f.approval is None and f.review is None and at_least(f.severity, self.fail_on)
        )

    @property
    def passed(self) -> bool:
        return not self.failing

    def counts(self) -> dict[str, int]:
        """Unapproved findings per severity, plus how many were approved."""
        counts = dict.fromkeys((*reversed(SEVERITIES), "approved"), 0)
        for finding in self.findings:
            counts["approved" if finding.approval else finding.severity] += 1
        return counts


__all__ = [
    "OFF",
    "SEVERITIES",
    "Approval",
    "CheckOutcome",
    "CheckReport",
    "Finding",
    "Location",
    "ReviewNote",
    "at_least",
]
