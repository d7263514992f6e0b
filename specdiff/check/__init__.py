"""``specdiff check``: a CI gate for newly published classification standards.

Checks with stable ids look at a document alone (does it parse, are its sections, titles, dates
and characters intact) and, given the previous version, at what changed (substantive edits per
section and title, titles, grades, codes, status, date, minimum-qualification facts). A TOML
policy sets each check's severity and what fails the run; approvals record who accepted what.

This package combines stages (ingest, parsers, diff) like the CLI does; the checks themselves
are pure functions of a :class:`CheckContext`.
"""

from __future__ import annotations

from .catalog import CHECKS, CheckSpec
from .context import CheckContext
from .findings import Approval, CheckOutcome, CheckReport, Finding, Location
from .policy import Policy, default_policy_text, load_policy
from .run import run_checks

__all__ = [
    "CHECKS",
    "Approval",
    "CheckContext",
    "CheckOutcome",
    "CheckReport",
    "CheckSpec",
    "Finding",
    "Location",
    "Policy",
    "default_policy_text",
    "load_policy",
    "run_checks",
]
