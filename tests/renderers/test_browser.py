"""The report in a real browser: Debian's Chromium driven by Playwright (never a downloaded browser).

What a reviewer relies on is checked where it happens, in the page: it loads with no console
error and no network request, the counts shown equal the diff's summary, "show editorial
changes" reveals exactly that many more changes, ``n`` moves focus to the next change, the
side-by-side toggle works, filters live in the URL hash, moves link both ways, and hostile text
stays text. Each run saves a screenshot under the test's tmp folder and prints the load time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from specdiff.model import Diff
from specdiff.renderers.html import to_html
from specdiff.renderers.report import build_view

from ..conftest import shared_path
from .fixtures import HOSTILE, every_op_diff, hostile_diff, large_diff

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

pytestmark = pytest.mark.browser

DOCUMENTS = Path(__file__).parent / "documents"
VISIBLE_CHANGES = "Array.from(document.querySelectorAll('article.change')).filter(e => e.offsetParent !== null)"


@dataclass
class Loaded:
    page: Page
    url: str
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    load_ms: float = 0.0


def open_report(
    browser: Browser, diff: Diff, out: Path, name: str, *, viewport: tuple[int, int] = (1280, 900)
) -> Loaded:
    path = out / f"{name}.html"
    path.write_text(to_html(diff), encoding="utf-8")
    page = browser.new_page(viewport={"width": viewport[0], "height": viewport[1]})
    loaded = Loaded(page, path.as_uri())
    page.on("console", lambda m: loaded.errors.append(m.text) if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda e: loaded.errors.append(str(e)))
    page.on("request", lambda r: loaded.requests.append(r.url))
    page.goto(loaded.url, wait_until="load")
    loaded.load_ms = float(page.evaluate("performance.getEntriesByType('navigation')[0].loadEventEnd"))
    print(f"\n{name}: {len(diff.changes)} changes, {path.stat().st_size / 1024:.0f} KiB, load {loaded.load_ms:.0f} ms")
    return loaded


def visible_ids(page: Page) -> list[str]:
    ids: list[str] = page.evaluate(f"{VISIBLE_CHANGES}.map(e => e.dataset.changeId)")
    return ids


def assert_clean(loaded: Loaded) -> None:
    assert loaded.errors == [], loaded.errors
    assert [u for u in loaded.requests if u.split("#")[0] != loaded.url] == [], "the page fetched something"


def assert_counts(page: Page, diff: Diff) -> None:
    summary = build_view(diff).summary
    assert summary["substantive"] == diff.summary["substantive"]
    for key, value in summary.items():
        cells = page.locator(f"[data-count='{key}']")
        if value or cells.count():
            assert cells.inner_text() == str(value), key


def assert_editorial_toggle(page: Page, diff: Diff) -> None:
    before = len(visible_ids(page))
    assert before == diff.summary["substantive"]
    toggle = page.locator("[data-toggle='editorial']")
    if diff.summary["editorial"] == 0:
        assert toggle.is_disabled()
        return
    toggle.click()
    assert toggle.get_attribute("aria-pressed") == "true"
    assert len(visible_ids(page)) - before == diff.summary["editorial"]
    assert "editorial=1" in page.evaluate("location.hash")


def assert_next_moves_focus(page: Page) -> None:
    order = visible_ids(page)
    if not order:
        return
    page.evaluate("document.activeElement && document.activeElement.blur()")
    for expected in order[:3]:
        page.keyboard.press("n")
        assert page.evaluate("document.activeElement.dataset.changeId") == expected
    if len(order) > 1:
        page.keyboard.press("p")
        assert page.evaluate("document.activeElement.dataset.changeId") == order[min(2, len(order) - 1) - 1]
    assert page.locator("#position").inner_text().startswith("Change ")


def assert_side_by_side(page: Page) -> None:
    buttons = page.locator("article.change:not([hidden]) [data-action='sbs']")
    if buttons.count() == 0:
        return
    button = buttons.first
    article = page.locator("article.change:not([hidden])", has=page.locator("[data-action='sbs']")).first
    assert article.locator(".redline").is_visible() and not article.locator(".sbs").is_visible()
    button.click()
    assert button.get_attribute("aria-pressed") == "true"
    assert article.locator(".sbs").is_visible() and not article.locator(".redline").is_visible()
    assert article.locator(".sbs th").all_inner_texts() == ["Old", "New"]
    button.click()
    assert article.locator(".redline").is_visible()


def check_report(browser: Browser, diff: Diff, out: Path, name: str) -> Loaded:
    loaded = open_report(browser, diff, out, name)
    page = loaded.page
    assert_counts(page, diff)
    assert_editorial_toggle(page, diff)
    assert_next_moves_focus(page)
    assert_side_by_side(page)
    shot = out / f"{name}.png"
    page.screenshot(path=str(shot), full_page=len(diff.changes) < 400)
    assert shot.stat().st_size > 0
    assert_clean(loaded)
    return loaded


def test_every_op_report_in_the_browser(browser: Browser, tmp_path: Path) -> None:
    diff = every_op_diff()
    loaded = check_report(browser, diff, tmp_path, "every-op")
    page = loaded.page
    page.locator("select[data-filter='kind']").select_option("added")
    assert "kind=added" in page.evaluate("location.hash")
    assert visible_ids(page) == [c.id for c in diff.changes if c.op == "added"]
    page.reload(wait_until="load")
    assert page.locator("select[data-filter='kind']").input_value() == "added"
    assert visible_ids(page) == [c.id for c in diff.changes if c.op == "added"]
    page.locator("select[data-filter='kind']").select_option("")
    page.locator("select[data-filter='title']").select_option("Records Clerk 2")
    shown = page.locator("section.group:not([hidden])")
    assert shown.count() == 2, "groups with nothing to show are hidden"
    assert_clean(loaded)


def test_moves_link_both_ways_in_the_browser(browser: Browser, tmp_path: Path) -> None:
    loaded = open_report(browser, every_op_diff(), tmp_path, "moves")
    page = loaded.page
    page.locator("article[data-change-id='s2.4'] .move a").click()
    assert page.evaluate("location.hash") == "#from-s2.4"
    assert page.locator("[id='from-s2.4']").is_visible()
    page.locator("[id='from-s2.4'] a").click()
    assert page.evaluate("document.activeElement.id") == "c-s2.4"
    page.goto(loaded.url + "#c-s3.4")
    assert page.locator("[id='c-s3.4']").is_visible(), "a link to an editorial change reveals it"
    assert_clean(loaded)


def test_hostile_document_text_stays_inert(browser: Browser, tmp_path: Path) -> None:
    diff = hostile_diff()
    loaded = open_report(browser, diff, tmp_path, "hostile")
    page = loaded.page
    page.locator("[data-toggle='editorial']").click()
    assert page.evaluate("typeof window.__pwned") == "undefined", "document text ran as script"
    assert page.locator("img, svg, iframe").count() == 0
    text = page.locator("body").inner_text()
    for fragment in HOSTILE:
        assert fragment in text, fragment
    title = diff.changes[0].title or ""
    page.locator("select[data-filter='title']").select_option(title)
    page.reload(wait_until="load")
    assert page.locator("select[data-filter='title']").input_value() == title, "the hash keeps odd titles intact"
    assert len(visible_ids(page)) == len([c for c in diff.changes if c.title == title])
    page.screenshot(path=str(tmp_path / "hostile.png"), full_page=True)
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert_clean(loaded)


def test_fixture_documents_through_the_pipeline(browser: Browser, tmp_path: Path) -> None:
    from specdiff.diff import compare
    from specdiff.ingest import read
    from specdiff.parsers import parse

    old, new = (parse(read(DOCUMENTS / f"records-clerk-{y}.txt")) for y in (2019, 2024))
    check_report(browser, compare(old, new), tmp_path, "records-clerk")


@pytest.mark.shared
def test_seed_pair_report_in_the_browser(browser: Browser, tmp_path: Path) -> None:
    from specdiff.diff import compare
    from specdiff.ingest import read
    from specdiff.parsers import parse

    old = parse(read(shared_path("seeds", "nys-cms-hbe-2018.txt")))
    new = parse(read(shared_path("seeds", "nys-cms-hbe-2024-tentative.txt")))
    check_report(browser, compare(old, new), tmp_path, "seed-pair")


@pytest.mark.slow
def test_a_200_page_pair_stays_usable(browser: Browser, tmp_path: Path, record_property: Any) -> None:
    diff = large_diff(pages=200)
    loaded = check_report(browser, diff, tmp_path, "200-pages")
    record_property("load_ms", loaded.load_ms)


def test_print_shows_what_the_filters_select_as_redlines_and_focus_is_visible(browser: Browser, tmp_path: Path) -> None:
    diff = every_op_diff()
    loaded = open_report(browser, diff, tmp_path, "print")
    page = loaded.page
    page.locator("select[data-filter='title']").select_option("Records Clerk 1")
    page.locator("select[data-filter='kind']").select_option("substantive")
    page.locator("[data-action='sbs-all']").click()
    page.emulate_media(media="print")
    expected = {c.id for c in diff.changes if c.substantive and c.title == "Records Clerk 1"}
    assert set(visible_ids(page)) == expected, "print honours the filters"
    assert page.locator("article[data-change-id='s2.3'] .redline").is_visible()
    assert not page.locator(".toolbar").is_visible()
    assert page.locator("#filter-note").is_visible(), "the printout says it is filtered"
    page.emulate_media(media="screen")
    if page.locator("#no-match").is_visible():
        page.locator("[data-action='clear']").click()
    page.locator("select[data-filter='kind']").select_option("")
    page.locator("body").press("n")
    focused = page.evaluate("(e => [e.dataset.changeId, getComputedStyle(e).outlineStyle])(document.activeElement)")
    assert focused[0] is not None and focused[1] != "none", "the focused change shows a visible outline"
    assert_clean(loaded)
