"""The report's index page in Debian's Chromium: the sort runs under its CSP, links go both ways,
and a hostile title stays text."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.corpus.helpers import run
from tests.corpus.samples import Version, write_all

if TYPE_CHECKING:
    from playwright.sync_api import Browser

pytestmark = pytest.mark.browser
HOSTILE = '<img src=x onerror="window.pwned=1"><script>window.pwned=1</script>'


def test_index_sorts_links_both_ways_and_never_runs_document_text(browser: Browser, tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    run(root, "init")
    run(root, "add", *map(str, write_all(tmp_path / "inbox")))
    hostile = [
        Version("x", "", "Hostile Clerk", "7700000", f"1/{year}", duties=(f"Handles {HOSTILE} {year};",))
        for year in (2019, 2021)
    ]
    run(root, "add", *(str(v.write(tmp_path, f"hostile{i}")) for i, v in enumerate(hostile)))
    site = tmp_path / "site"
    run(root, "report", "--since", "2020", "-o", str(site))

    page = browser.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto((site / "index.html").as_uri())
    assert page.locator("main #series").count() == 1, "the table is the page's main content"
    sort = page.locator("#series thead button").first
    style = sort.evaluate("b => [getComputedStyle(b).borderTopStyle, getComputedStyle(b).backgroundColor]")
    assert style[0] != "none" and style[1] not in ("rgba(0, 0, 0, 0)", "transparent"), "a sort button looks like one"
    assert "2021-06-tentative was published tentative" in page.inner_text("#series-4401100")
    series = "#series tbody tr td:first-child"
    first = page.locator(series).all_inner_texts()
    page.click("#series thead th:nth-child(1) button")
    ascending = page.locator(series).all_inner_texts()
    assert ascending == sorted(first)
    page.click("#series thead th:nth-child(1) button")
    assert page.locator(series).all_inner_texts() == sorted(first, reverse=True)
    page.click("#series thead th:nth-child(7) button")  # Substantive: numeric order
    numbers = [int(t) for t in page.locator("#series tbody tr td:nth-child(7)").all_inner_texts()]
    assert numbers == sorted(numbers)
    assert errors == []

    page.click("a[href='series/7700000.html']")
    assert page.evaluate("window.pwned") is None
    assert HOSTILE.split(">")[0] in page.inner_text("body")
    back = page.locator("nav.corpus a").bounding_box()
    column = page.locator("h1").bounding_box()
    assert back is not None and column is not None and abs(back["x"] - column["x"]) < 2, "back link in the column"
    page.click("nav.corpus a")
    assert page.url.endswith("index.html#series-7700000")
    assert page.evaluate("window.pwned") is None
    page.close()
