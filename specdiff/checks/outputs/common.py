"""Small helpers the renderers share: grouping, counting, one-line verdicts."""

from __future__ import annotations

from ..catalog import CHECKS
from ..findings import CheckReport, Finding


def by_check(report: CheckReport) -> dict[str, list[Finding]]:
    """Findings grouped by check id, in catalog order, each group in document order."""
    groups: dict[str, list[Finding]] = {check: [] for check in CHECKS}
    for finding in report.findings:
        groups.setdefault(finding.check, []).append(finding)
    return groups


def exit_code(report: CheckReport) -> int:
    return 0 if report.passed else 1


def verdict(report: CheckReport) -> str:
    """ "passed" or "FAILED", with the counts that decided it."""
    counts = report.counts()
    parts = [f"{counts[k]} {k}{'s' if counts[k] != 1 and k != 'info' else ''}" for k in ("error", "warning", "info")]
    word = "passed" if report.passed else "FAILED"
    return f"{word}: {', '.join(parts)}, {counts['approved']} approved (fail_on = {report.fail_on})"


def approval_note(finding: Finding) -> str:
    a = finding.approval
    if a is None:
        return ""
    expires = f", until {a.expires.isoformat()}" if a.expires else ""
    return f"approved by {a.approved_by} on {a.date.isoformat()}{expires}: {a.reason}"


def review_note(finding: Finding) -> str:
    r = finding.review
    if r is None:
        return ""
    note = f": {r.note}" if r.note else ""
    return f"reviewed and approved by {r.reviewer} on {r.time[:10]}{note}"


__all__ = ["approval_note", "by_check", "exit_code", "review_note", "verdict"]
