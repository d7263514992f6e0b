"""``specdiff check``: a CI gate for newly published classification standards.

Checks with stable ids look at a document alone (does it parse, are its sections, titles, dates
and characters intact) and, given the previous version, at what changed (substantive edits per
section and title, titles, grades, codes, status, date, minimum-qualification facts). A TOML
policy sets each check's severity and what fails the run; approvals record who accepted what.

This package combines stages (ingest, parsers, diff) like the CLI does; the checks themselves
are pure functions of a :class:`CheckContext`.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

# Where each public name lives; imported on first use, so naming one module of the package (the
# command line's list of output formats) does not import every check.
_EXPORTS = {
    "CHECKS": "catalog",
    "CheckSpec": "catalog",
    "CheckContext": "context",
    "Approval": "findings",
    "CheckOutcome": "findings",
    "CheckReport": "findings",
    "Finding": "findings",
    "Location": "findings",
    "Policy": "policy",
    "default_policy_text": "policy",
    "load_policy": "policy",
    "run_checks": "run",
}


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{_EXPORTS[name]}"), name)


__all__ = sorted(_EXPORTS)
