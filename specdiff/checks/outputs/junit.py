"""JUnit XML: one test case per check, so CI test tabs list the gate's checks by id.

The layout follows the Ant JUnit schema most CI systems read (validated in the tests against a
vendored JUnit.xsd): a failing check carries a <failure> listing its findings; findings below
``fail_on`` and approved ones go to the suite's <system-out>, as JUnit has no "warning".
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from ..findings import CheckReport, Finding, at_least
from . import RunInfo
from .common import approval_note, by_check

_INVALID_XML = dict.fromkeys(c for c in range(32) if c not in (9, 10, 13))


def _clean(text: str) -> str:
    """XML 1.0 cannot carry most control characters: drop them rather than write a broken file."""
    return text.translate(_INVALID_XML).replace("\ufffe", "").replace("\uffff", "")


def _finding_line(finding: Finding) -> str:
    return _clean(f"[{finding.severity}] {finding.location.label()}: {finding.message}")


def render_junit(report: CheckReport, info: RunInfo) -> str:
    groups = by_check(report)
    failing = {f.check for f in report.failing}
    outcomes = report.outcomes
    suites = ET.Element("testsuites")
    suite = ET.SubElement(
        suites,
        "testsuite",
        {
            "name": "specdiff check",
            "package": "specdiff",
            "id": "0",
            "timestamp": info.timestamp.strftime("%Y-%m-%dT%H:%M:%S"),
            "hostname": info.hostname or "localhost",
            "tests": str(len(outcomes)),
            "failures": str(len(failing)),
            "errors": "0",
            "skipped": str(sum(o.status == "skipped" for o in outcomes)),
            "time": "0",
        },
    )
    props = ET.SubElement(suite, "properties")
    for name, value in (
        ("new", report.new),
        ("old", report.old or ""),
        ("policy", report.policy),
        ("fail_on", report.fail_on),
    ):
        ET.SubElement(props, "property", {"name": name, "value": _clean(value)})
    notes: list[str] = []
    for outcome in outcomes:
        case = ET.SubElement(suite, "testcase", {"classname": "specdiff.checks", "name": outcome.id, "time": "0"})
        findings = groups.get(outcome.id, [])
        if outcome.status == "skipped":
            ET.SubElement(case, "skipped", {"message": outcome.reason or "skipped"})
        elif outcome.id in failing:
            fails = [f for f in findings if f.approval is None and at_least(f.severity, report.fail_on)]
            failure = ET.SubElement(
                case,
                "failure",
                {"message": _clean(f"{len(fails)} finding(s): {fails[0].message}"), "type": outcome.severity},
            )
            failure.text = "\n".join(_finding_line(f) for f in fails)
        notes.extend(
            _finding_line(f) + (f" ({_clean(approval_note(f))})" if f.approval else "")
            for f in findings
            if f.approval is not None or not at_least(f.severity, report.fail_on)
        )
    ET.SubElement(suite, "system-out").text = "\n".join(notes)
    ET.SubElement(suite, "system-err").text = ""
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"


__all__ = ["render_junit"]
