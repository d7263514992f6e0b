"""Shared fixtures: where ../shared lives, and how tests that need it behave without it.

Real documents from other jurisdictions stay in ../shared. Without it a test that needs them
is skipped with the reason; in CI (CI=true) their absence is a failure, never a skip.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import settings

if TYPE_CHECKING:
    from playwright.sync_api import Browser

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SPECDIFF_SHARED", ROOT.parent / "shared"))
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")

# Property tests check results, not speed: hypothesis's default 200 ms deadline per example
# turned a test red when the machine was busy (two test workers beside a bench), which is noise.
settings.register_profile("specdiff", deadline=None)
settings.load_profile("specdiff")


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip (fail in CI) when it is not there."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        message = f"{path} is absent: the shared documents are not beside this checkout"
        if IN_CI:
            pytest.fail(message + " (CI=true requires them)")
        pytest.skip(message)
    return path


@pytest.fixture
def seeds() -> Path:
    return shared_path("seeds")


@pytest.fixture
def realdocs() -> Path:
    return shared_path("realdocs")


# One Chromium per test process for every browser test: Playwright's sync API cannot run twice
# at once in a process, and launching the browser costs more than most tests.
CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """Debian's Chromium driven by Playwright (never a downloaded browser)."""
    if not CHROMIUM.exists() and not shutil.which("chromium"):
        if IN_CI:
            pytest.fail("chromium is not installed; CI (CI=true) must install Debian's chromium package")
        pytest.skip("Debian's chromium is not installed (apt-get install -y chromium)")
    from playwright.sync_api import sync_playwright

    executable = str(CHROMIUM) if CHROMIUM.exists() else str(shutil.which("chromium"))
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, args=ARGS)
        yield launched
        launched.close()
