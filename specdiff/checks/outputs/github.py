"""GitHub Actions workflow commands: ``::error file=…,line=…::message`` annotations.

Severities map as graphql-inspector maps them (error -> error, warning -> warning, info ->
notice); approved findings become notices that say who approved them. Values are escaped as the
runner requires (%, CR, LF everywhere; also ':' and ',' in properties), so no document text can
end an annotation early or inject another workflow command.
"""

from __future__ import annotations

from ...textsafe import visible_controls
from ..findings import CheckReport, Finding
from . import RunInfo
from .common import approval_note, verdict

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return visible_controls(text)  # an ESC from a document must not reach the CI log's terminal


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _annotation(finding: Finding) -> str:
    loc = finding.location
    props = [f"file={escape_property(loc.file)}"]
    if loc.line is not None:
        props.append(f"line={loc.line}")
        if loc.end_line is not None and loc.end_line > loc.line:
            props.append(f"endLine={loc.end_line}")
    props.append(f"title={escape_property('specdiff ' + finding.check)}")
    command = "notice" if finding.approval else COMMANDS[finding.severity]
    message = finding.message
    if loc.page is not None:
        message += f" (page {loc.page})"
    if finding.approval:
        message += f" [{approval_note(finding)}]"
    return f"::{command} {','.join(props)}::{escape_data(message)}"


def render_github(report: CheckReport, info: RunInfo) -> str:
    lines = [_annotation(f) for f in report.findings]
    lines.append(escape_data(f"specdiff check {report.new}: {verdict(report)}"))
    return "\n".join(lines) + "\n"


__all__ = ["escape_data", "escape_property", "render_github"]
