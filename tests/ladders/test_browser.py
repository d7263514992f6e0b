"""The ladder page in a real browser (Debian's Chromium through Playwright): it loads with no
console message and no request, every table has one column per level, and hostile document
text stays text. Screenshots go to the test's tmp folder."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from specdiff.ingest import read
from specdiff.ladders import ladder
from specdiff.ladders.model import Ladder
from specdiff.parsers import parse
from specdiff.renderers.ladder_html import to_ladder_html
from specdiff.renderers.ladder_view import short_name

from ..conftest import shared_path
from .helpers import fixture
from .test_render import HOSTILE, hostile_series

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

pytestmark = pytest.mark.browser


@pytest.fixture()
def chromium(browser: Browser) -> Browser:
    """The one Chromium of this test process (tests/conftest.py)."""
    return browser


def open_ladder(chromium: Browser, result: Ladder, out: Path, name: str) -> tuple[Page, list[str], list[str]]:
    path = out / f"{name}.html"
    path.write_text(to_ladder_html(result), encoding="utf-8")
    page = chromium.new_page(viewport={"width": 1400, "height": 1000})
    messages: list[str] = []
    requests: list[str] = []
    page.on("console", lambda m: messages.append(m.text))
    page.on("pageerror", lambda e: messages.append(str(e)))
    page.on("request", lambda r: requests.append(r.url) if r.url.split("#")[0] != path.as_uri() else None)
    page.goto(path.as_uri(), wait_until="load")
    page.screenshot(path=str(out / f"{name}.png"), full_page=True)
    return page, messages, requests


def check_columns(page: Page, result: Ladder) -> None:
    names = [short_name(lv) for lv in result.levels]
    tables = page.locator("table.ladder")
    assert tables.count() >= 2
    for k in range(tables.count()):
        assert tables.nth(k).locator("thead th").all_inner_texts() == names
    widths = page.evaluate(
        "Array.from(document.querySelectorAll('table.ladder tbody tr')).map("
        "r => Array.from(r.cells).reduce((n, c) => n + c.colSpan, 0))"
    )
    assert set(widths) == {len(names)}


def test_fixture_ladder_in_the_browser(chromium: Browser, tmp_path: Path) -> None:
    result = ladder(fixture())
    page, messages, requests = open_ladder(chromium, result, tmp_path, "permit-technician")
    check_columns(page, result)
    assert page.locator("td.scope .badge").first.inner_text().startswith("↑")
    assert messages == [] and requests == []


def test_hostile_text_stays_inert_in_the_browser(chromium: Browser, tmp_path: Path) -> None:
    page, messages, requests = open_ladder(chromium, hostile_series(tmp_path), tmp_path, "hostile")
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("img, script, iframe").count() == 0
    body = page.locator("body").inner_text()
    assert HOSTILE[0] in body and HOSTILE[1] in body
    assert messages == [] and requests == []


@pytest.mark.shared
def test_seed_ladder_in_the_browser(chromium: Browser, tmp_path: Path) -> None:
    result = ladder(parse(read(shared_path("seeds", "nys-cms-hbe-2024-tentative.txt"))))
    page, messages, requests = open_ladder(chromium, result, tmp_path, "nys-cms-2024")
    check_columns(page, result)
    assert messages == [] and requests == []
