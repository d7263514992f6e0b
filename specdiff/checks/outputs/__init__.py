"""Renderers of a check report: one module per output format, chosen from ``OUTPUTS``.

Every renderer is a pure function of the report (plus, for JUnit, a timestamp and host name the
caller supplies), so the same run always renders the same bytes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import import_module

from ...errors import FormatError
from ..findings import CheckReport


@dataclass(frozen=True)
class RunInfo:
    """What the report itself does not hold: when and where it ran, the tool version, exit code."""

    timestamp: datetime = field(default_factory=lambda: datetime.now(UTC).replace(microsecond=0))
    hostname: str = "localhost"
    version: str = "0"


Renderer = Callable[[CheckReport, RunInfo], str]

# Each output format and the module.function that writes it, imported only when asked for.
OUTPUTS = {
    "text": "text.render_text",
    "json": "json_output.render_json",
    "junit": "junit.render_junit",
    "sarif": "sarif.render_sarif",
    "github": "github.render_github",
    "markdown": "markdown.render_markdown",
}
OUTPUT_FORMATS = tuple(OUTPUTS)


def render_report(report: CheckReport, *, fmt: str = "text", info: RunInfo | None = None) -> str:
    """Render ``report`` as ``fmt``; an unknown format lists the valid ones."""
    if fmt not in OUTPUTS:
        raise FormatError(f"unknown format {fmt!r}; valid formats: {', '.join(OUTPUT_FORMATS)}")
    module, function = OUTPUTS[fmt].split(".")
    renderer: Renderer = getattr(import_module(f"{__name__}.{module}"), function)
    return renderer(report, info or RunInfo())


__all__ = ["OUTPUTS", "OUTPUT_FORMATS", "RunInfo", "render_report"]
