"""Golden-file comparison for rendered reports.

A golden is regenerated only when SPECDIFF_REGEN_GOLDEN=1 is set; a missing golden fails, so a
new test cannot pass by writing its own expectation.
"""

from __future__ import annotations

import difflib
import os
from pathlib import Path

import pytest

GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "report"
REGEN = os.environ.get("SPECDIFF_REGEN_GOLDEN") == "1"


def assert_golden(name: str, actual: str) -> None:
    path = GOLDEN / name
    if REGEN:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8", newline="\n")
        return
    if not path.exists():
        pytest.fail(f"golden {path} is missing: run with SPECDIFF_REGEN_GOLDEN=1 once and review it")
    expected = path.read_text(encoding="utf-8")
    if actual != expected:
        delta = "".join(
            list(difflib.unified_diff(expected.splitlines(True), actual.splitlines(True), "golden", "actual"))[:60]
        )
        pytest.fail(f"{name} differs from its golden (SPECDIFF_REGEN_GOLDEN=1 to accept):\n{delta}")
