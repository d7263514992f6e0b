"""The report as JSON, contract ``specdiff/check/v1`` (schema in specdiff/schemas/check-v1.json)."""

from __future__ import annotations

from typing import Any

from ...jsontext import dump_json
from ..catalog import CHECKS
from ..findings import CheckReport, Finding
from . import RunInfo
from .common import exit_code

CHECK_SCHEMA = "specdiff/check/v1"


def finding_json(finding: Finding) -> dict[str, Any]:
    a = finding.approval
    loc = finding.location
    return {
        "check": finding.check,
        "severity": finding.severity,
        "message": finding.message,
        "file": loc.file,
        "line": loc.line,
        "end_line": loc.end_line,
        "page": loc.page,
        "section": finding.section,
        "title": finding.title,
        "evidence": finding.evidence,
        "approval": None
        if a is None
        else {
            "reason": a.reason,
            "approved_by": a.approved_by,
            "date": a.date.isoformat(),
            "expires": a.expires.isoformat() if a.expires else None,
        },
        "changes": list(finding.changes),
        "review": None
        if finding.review is None
        else {"reviewer": finding.review.reviewer, "time": finding.review.time, "note": finding.review.note},
    }


def report_json(report: CheckReport, info: RunInfo) -> dict[str, Any]:
    return {
        "schema": CHECK_SCHEMA,
        "tool": {"name": "specdiff", "version": info.version},
        "new": report.new,
        "old": report.old,
        "policy": report.policy,
        "fail_on": report.fail_on,
        "passed": report.passed,
        "exit_code": exit_code(report),
        "counts": report.counts(),
        "checks": [
            {
                "id": o.id,
                "scope": CHECKS[o.id].scope,
                "summary": o.summary,
                "description": CHECKS[o.id].description,
                "severity": o.severity,
                "status": o.status,
                "findings": o.findings,
                "reason": o.reason,
            }
            for o in report.outcomes
        ],
        "findings": [finding_json(f) for f in report.findings],
    }


def render_json(report: CheckReport, info: RunInfo) -> str:
    return dump_json(report_json(report, info))


__all__ = ["CHECK_SCHEMA", "finding_json", "render_json", "report_json"]
