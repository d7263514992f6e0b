"""The report for people at a terminal: every finding with file:line, grouped by check."""

from __future__ import annotations

from collections import Counter

from ...textsafe import visible_controls
from ..findings import CheckReport, Finding
from . import RunInfo
from .common import approval_note, by_check, review_note, verdict

_TAG = {"error": "ERROR", "warning": "WARN ", "info": "INFO "}


def _line(finding: Finding) -> str:
    tag = "OK   " if finding.approval else _TAG[finding.severity]
    out = f"  {tag} {finding.location.label()}  {finding.message}"
    if finding.approval:
        out += f"\n        ({approval_note(finding)})"
    elif finding.review:
        out += f"\n        ({review_note(finding)})"
    return out


def _substantive_summary(findings: list[Finding]) -> list[str]:
    """Counts per section and title first: the shape of a revision at a glance."""
    counts = Counter((f.section or "other", f.title) for f in findings)
    return [
        f"  {count:4d} in {section}" + (f", {title}" if title else "")
        for (section, title), count in sorted(counts.items(), key=lambda kv: (kv[0][0], kv[0][1] or ""))
    ]


def render_text(report: CheckReport, info: RunInfo) -> str:
    against = f" against {report.old}" if report.old else ""
    lines = [f"specdiff check: {report.new}{against} (policy: {report.policy})", ""]
    outcomes = {o.id: o for o in report.outcomes}
    for check, findings in by_check(report).items():
        outcome = outcomes.get(check)
        if outcome is None or outcome.status == "skipped" or not findings:
            continue
        lines.append(f"{check} [{outcome.status}, {outcome.severity}]: {len(findings)} finding(s)")
        if check == "changes.substantive":
            lines.extend(_substantive_summary(findings))
        lines.extend(_line(f) for f in findings)
        lines.append("")
    tally = Counter(o.status for o in report.outcomes)
    lines.append("checks: " + ", ".join(f"{tally[s]} {s}" for s in ("passed", "warned", "failed", "skipped")))
    skipped = sorted({o.reason for o in report.outcomes if o.status == "skipped" and o.reason})
    lines.extend(f"  skipped: {reason}" for reason in skipped)
    lines.append(verdict(report))
    return visible_controls("\n".join(lines)) + "\n"  # document text never drives the terminal


__all__ = ["render_text"]
