"""Markdown for ``$GITHUB_STEP_SUMMARY`` or a pull-request comment: verdict, checks, findings.

Document text is escaped so a clause cannot break the tables or inject HTML into the comment.
"""

from __future__ import annotations

from ...textsafe import markdown_literal as md
from ..findings import CheckReport
from . import RunInfo
from .common import approval_note, by_check, verdict

MAX_FINDINGS = 300  # a PR comment is capped at 65,536 characters; the JSON output has everything
_STATUS = {"passed": "✅ passed", "warned": "⚠️ warned", "failed": "❌ failed", "skipped": "⏭️ skipped"}


def render_markdown(report: CheckReport, info: RunInfo) -> str:
    icon = "✅" if report.passed else "❌"
    against = f" against {md(report.old)}" if report.old else ""
    out = [
        f"## {icon} specdiff check: {md(report.new)}{against}",
        "",
        f"**{md(verdict(report))}** — policy: {md(report.policy)}",
        "",
        "| check | status | severity | findings |",
        "|---|---|---|---:|",
    ]
    for o in report.outcomes:
        out.append(f"| `{o.id}` | {_STATUS[o.status]} | {o.severity} | {o.findings} |")
    shown = 0
    for check, findings in by_check(report).items():
        if not findings:
            continue
        out += ["", f"### `{check}`", "", "| severity | where | finding |", "|---|---|---|"]
        for f in findings:
            if shown == MAX_FINDINGS:
                break
            shown += 1
            severity = "approved" if f.approval else f.severity
            note = f" — _{md(approval_note(f))}_" if f.approval else ""
            out.append(f"| {severity} | {md(f.location.label())} | {md(f.message)}{note} |")
    if shown < len(report.findings):
        out += ["", f"_{len(report.findings) - shown} more findings not shown; see the JSON output._"]
    return "\n".join(out) + "\n"


__all__ = ["md", "render_markdown"]
