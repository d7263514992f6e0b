"""SARIF 2.1.0, so code-scanning views (GitHub, Azure DevOps, IDEs) show findings in the file.

Rules are the check catalog; results carry physical locations (file, line range) and keep the
PDF page, section and title in their property bag. Approved findings are reported with an
accepted external suppression carrying the approval's justification, as SARIF intends.
"""

from __future__ import annotations

import hashlib
from pathlib import PurePath, PurePosixPath
from typing import Any
from urllib.parse import quote

from ...jsontext import dump_json
from ..catalog import CHECKS
from ..findings import CheckReport, Finding
from . import RunInfo
from .common import exit_code

SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note", "off": "none"}


def artifact_uri(path: str) -> str:
    """A relative path stays relative (code scanning resolves it from the repository root)."""
    pure = PurePath(path)
    if pure.is_absolute():
        return "file://" + quote(PurePosixPath(*pure.parts).as_posix())
    return quote(pure.as_posix())


def _rule(check: str, severity: str) -> dict[str, Any]:
    spec = CHECKS[check]
    return {
        "id": check,
        "shortDescription": {"text": spec.summary},
        "fullDescription": {"text": spec.description},
        "defaultConfiguration": {"level": LEVELS[severity], "enabled": severity != "off"},
        "properties": {"scope": spec.scope},
    }


def _result(finding: Finding, index: dict[str, int]) -> dict[str, Any]:
    loc = finding.location
    region: dict[str, Any] = {"startLine": loc.line or 1}
    if loc.end_line and loc.line and loc.end_line >= loc.line:
        region["endLine"] = loc.end_line
    fingerprint = hashlib.sha256(f"{finding.check}\0{loc.file}\0{finding.message}".encode()).hexdigest()
    result: dict[str, Any] = {
        "ruleId": finding.check,
        "ruleIndex": index[finding.check],
        "level": LEVELS[finding.severity],
        "message": {"text": finding.message},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": artifact_uri(loc.file)}, "region": region}}],
        "partialFingerprints": {"specdiffFinding/v1": fingerprint},
        "properties": {
            k: v
            for k, v in (("page", loc.page), ("section", finding.section), ("title", finding.title))
            if v is not None
        },
    }
    if finding.approval is not None:
        a = finding.approval
        result["suppressions"] = [
            {
                "kind": "external",
                "state": "accepted",
                "justification": f"{a.reason} (approved by {a.approved_by} on {a.date.isoformat()})",
            }
        ]
    return result


def render_sarif(report: CheckReport, info: RunInfo) -> str:
    severities = {o.id: o.severity for o in report.outcomes}
    checks = list(CHECKS)
    index = {check: i for i, check in enumerate(checks)}
    log = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "specdiff",
                        "version": info.version,
                        "rules": [_rule(c, severities.get(c, "off")) for c in checks],
                    }
                },
                "invocations": [{"executionSuccessful": True, "exitCode": exit_code(report)}],
                "results": [_result(f, index) for f in report.findings],
                "properties": {"policy": report.policy, "fail_on": report.fail_on, "passed": report.passed},
            }
        ],
    }
    return dump_json(log)


__all__ = ["artifact_uri", "render_sarif"]
