"""The reviewer's report in Chromium: key changes first, review in the page, phone, print, keys,
counts that follow the filters, and axe-core's accessibility rules.

Every check is made where a reviewer meets it, in the page. The review test goes all the way:
two changes ticked, the page reloaded, review.json exported and validated against its schema,
then ``specdiff check --review`` turning the findings on those two changes into information.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jsonschema
import pytest
from click.testing import CliRunner

from specdiff.cli import main
from specdiff.diff import compare
from specdiff.ingest import read
from specdiff.model import Diff
from specdiff.parsers import parse
from specdiff.schemas import load_schema

from ..conftest import shared_path
from .fixtures import every_op_diff
from .test_browser import DOCUMENTS, Loaded, assert_clean, open_report, visible_ids

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

pytestmark = pytest.mark.browser
PHONE = (390, 844)
DESKTOP = (1440, 900)


def seed_diff() -> Diff:
    old = parse(read(shared_path("seeds", "nys-cms-hbe-2018.txt")))
    new = parse(read(shared_path("seeds", "nys-cms-hbe-2024-tentative.txt")))
    return compare(old, new)


def axe_violations(page: Page) -> list[dict[str, Any]]:
    """axe-core's WCAG rules on the page as it stands (the script is evaluated over the debugging
    protocol, which the page's CSP does not govern, so the report's own policy stays as shipped)."""
    from axe_playwright_python.base import AXE_SCRIPT

    page.evaluate(AXE_SCRIPT)
    result: dict[str, Any] = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return [{"id": v["id"], "nodes": [n["target"] for n in v["nodes"]]} for v in result["violations"]]


def assert_key_changes_first(loaded: Loaded) -> None:
    page = loaded.page
    first = page.evaluate("document.querySelector('main').firstElementChild.matches('[data-key-changes]')")
    assert first, "the key changes are the first thing in the page's main content"
    before_cards = page.evaluate(
        "(() => { const box = document.querySelector('[data-key-changes]');"
        " const card = document.querySelector('article.change');"
        " return !card || !!(box.compareDocumentPosition(card) & Node.DOCUMENT_POSITION_FOLLOWING); })()"
    )
    assert before_cards
    box = page.locator("[data-key-changes]").bounding_box()
    assert box is not None and box["y"] < 200, "the box starts on the first screen"
    links = page.locator("[data-key-changes] a[href^='#']")
    assert links.count() > 0
    for href in links.evaluate_all("links => links.map(a => a.getAttribute('href'))"):
        assert page.locator(f"[id='{href[1:]}']").count() == 1, f"{href} leads somewhere"
    card_link = page.locator("[data-key-changes] a[href^='#c-']").first
    target = card_link.get_attribute("href") or ""
    card_link.click()
    card = page.locator(f"[id='{target[1:]}']")
    assert card.is_visible() and card.evaluate("e => e.matches('article.change')")
    top = card.bounding_box()
    assert top is not None and 0 <= top["y"] < page.viewport_size["height"] if page.viewport_size else True


def test_key_changes_come_first_and_each_leads_to_its_card(browser: Browser, tmp_path: Path) -> None:
    diff = every_op_diff()
    loaded = open_report(browser, diff, tmp_path, "key", viewport=DESKTOP)
    assert_key_changes_first(loaded)
    text = loaded.page.inner_text("[data-key-changes]")
    assert "Grade raised from 6 to 7" in text and "Adds a duty" in text and "Status changed" in text
    assert_clean(loaded)


@pytest.mark.shared
def test_seed_pair_key_changes_first_screen_and_accessibility(browser: Browser, tmp_path: Path) -> None:
    loaded = open_report(browser, seed_diff(), tmp_path, "seed", viewport=DESKTOP)
    assert_key_changes_first(loaded)
    page = loaded.page
    page.goto(loaded.url, wait_until="load")
    first_screen = page.evaluate(
        "Array.from(document.querySelectorAll('[data-key-changes] li'))"
        ".filter(li => li.getBoundingClientRect().bottom <= innerHeight).map(li => li.innerText)"
    )
    assert any("experience raised from 2 years to 6 years" in t for t in first_screen), first_screen
    assert axe_violations(page) == []
    page.locator("[data-toggle='editorial']").click()
    page.locator("[data-action='sbs-all']").click()
    assert axe_violations(page) == [], "editorial changes and side by side shown"
    assert_clean(loaded)


def test_axe_finds_no_violation_with_everything_shown(browser: Browser, tmp_path: Path) -> None:
    loaded = open_report(browser, every_op_diff(), tmp_path, "axe")
    page = loaded.page
    assert axe_violations(page) == []
    page.locator("[data-toggle='editorial']").click()
    page.locator("[data-action='sbs-all']").click()
    page.locator("article.change [data-review]").first.check()
    assert axe_violations(page) == []
    page.set_viewport_size({"width": PHONE[0], "height": PHONE[1]})
    page.locator("[data-action='filters']").click()
    assert axe_violations(page) == [], "phone layout, filters open"


def _check(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["check", *args])
    return result.exit_code, result.stdout, result.stderr


def test_review_two_changes_reload_export_and_check_accepts_them(browser: Browser, tmp_path: Path) -> None:
    old_path, new_path = DOCUMENTS / "records-clerk-2019.txt", DOCUMENTS / "records-clerk-2024.txt"
    diff = compare(parse(read(old_path)), parse(read(new_path)))
    loaded = open_report(browser, diff, tmp_path, "review")
    page = loaded.page
    total = diff.summary["substantive"]
    progress = page.locator("[data-review-progress]")
    assert progress.inner_text() == f"0 of {total} substantive changes reviewed"
    cards = page.locator("article.change[data-substantive='true']")
    ids = [cards.nth(i).get_attribute("data-change-id") or "" for i in range(2)]
    for change_id in ids:
        page.locator(f"article[data-change-id='{change_id}'] [data-review]").check()
    page.locator(f"article[data-change-id='{ids[0]}'] details.note summary").click()
    page.locator(f"article[data-change-id='{ids[0]}'] [data-note]").fill("Agreed with the division")
    assert progress.inner_text() == f"2 of {total} substantive changes reviewed"
    page.reload(wait_until="load")
    for change_id in ids:
        assert page.locator(f"article[data-change-id='{change_id}'] [data-review]").is_checked(), "kept on reload"
    assert page.locator(f"article[data-change-id='{ids[0]}'] [data-note]").input_value() == "Agreed with the division"
    assert progress.inner_text() == f"2 of {total} substantive changes reviewed"
    page.locator("[data-action='export-review']").click()
    assert "name" in page.locator("#export-status").inner_text(), "no export without a reviewer's name"
    page.locator("[data-reviewer]").fill("C. Reviewer")
    with page.expect_download() as download:
        page.locator("[data-action='export-review']").click()
    assert download.value.suggested_filename == "review.json"
    saved = tmp_path / "review.json"
    download.value.save_as(saved)
    data = json.loads(saved.read_text(encoding="utf-8"))
    jsonschema.validate(data, load_schema("specdiff/review/v1"))
    assert [c["id"] for c in data["changes"]] == ids and {c["status"] for c in data["changes"]} == {"approved"}
    assert data["old"]["sha256"] == diff.old.source.sha256 and data["reviewer"] == "C. Reviewer"
    assert page.locator("[data-sign='reviewer']").inner_text() == "C. Reviewer"

    code, out, err = _check(str(new_path), "--against", str(old_path), "--format", "json", "--review", str(saved))
    assert code in (0, 1), err
    findings = [f for f in json.loads(out)["findings"] if f["check"] == "changes.substantive"]
    by_change = {f["changes"][0]: f for f in findings}
    for change_id in ids:
        assert by_change[change_id]["severity"] == "info"
        assert by_change[change_id]["review"]["reviewer"] == "C. Reviewer"
    others = [f for f in findings if f["changes"][0] not in ids]
    assert all(f["review"] is None for f in others)
    assert_clean(loaded)


def test_phone_layout_has_no_horizontal_scroll(browser: Browser, tmp_path: Path) -> None:
    loaded = open_report(browser, every_op_diff(), tmp_path, "phone", viewport=PHONE)
    page = loaded.page
    assert_phone(page)
    assert_clean(loaded)


@pytest.mark.shared
def test_seed_pair_on_a_phone(browser: Browser, tmp_path: Path) -> None:
    loaded = open_report(browser, seed_diff(), tmp_path, "seed-phone", viewport=PHONE)
    assert_phone(loaded.page)
    assert_clean(loaded)


def assert_phone(page: Page) -> None:
    width = "document.documentElement.scrollWidth"
    assert page.evaluate(width) <= PHONE[0]
    filters = page.locator(".bar-filters")
    assert not filters.is_visible(), "the filters fold away on a phone"
    bar = page.locator(".toolbar").bounding_box()
    assert bar is not None and bar["height"] < 0.15 * PHONE[1], "the toolbar keeps to a few lines"
    page.locator("[data-action='filters']").click()
    assert filters.is_visible()
    page.locator("[data-toggle='editorial']").click()
    page.locator("[data-action='sbs-all']").click()
    page.locator("[data-action='filters']").click()
    assert not filters.is_visible()
    assert page.evaluate(width) <= PHONE[0], "side by side, editorial shown"
    cells = page.locator("article.change:not([hidden]) .sbs td")
    if cells.count() >= 2:
        a, b = cells.nth(0).bounding_box(), cells.nth(1).bounding_box()
        assert a is not None and b is not None and b["y"] >= a["y"] + a["height"] - 1, "old above new, stacked"
    rows = page.locator("table.requirements td")
    if rows.count():
        box = rows.last.bounding_box()
        assert box is not None and box["x"] + box["width"] <= PHONE[0], "the 'Now' column is on screen"


@pytest.mark.shared
def test_seed_pair_prints_its_first_change_on_page_one_or_two(browser: Browser, tmp_path: Path) -> None:
    import pypdfium2 as pdfium

    loaded = open_report(browser, seed_diff(), tmp_path, "seed-print")
    page = loaded.page
    first = page.locator("article.change:not([hidden]) .text").first.inner_text()[:40]
    pdf = pdfium.PdfDocument(io.BytesIO(page.pdf(format="Letter")))
    pages = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    squeeze = [" ".join(p.split()) for p in pages]
    where = [i for i, text in enumerate(squeeze) if " ".join(first.split())[:30] in text]
    assert where and where[0] <= 1, f"first change on page {where[0] + 1 if where else '?'} of {len(pages)}"
    assert "Key changes" in squeeze[0] and "experience raised from 2 years to 6 years" in squeeze[0]
    assert "Review and sign-off" in squeeze[-1] and "Signature" in squeeze[-1]
    assert "Previous" not in " ".join(squeeze), "no toolbar on paper"
    heading = page.locator(".group > h3").first.evaluate("h => getComputedStyle(h).breakAfter")
    assert heading == "avoid"
    assert_clean(loaded)


def test_n_in_a_filter_moves_to_the_next_change_not_the_option(browser: Browser, tmp_path: Path) -> None:
    loaded = open_report(browser, every_op_diff(), tmp_path, "keys")
    page = loaded.page
    select = page.locator("select[data-filter='kind']")
    select.select_option("substantive")
    select.focus()
    page.keyboard.press("n")
    assert select.input_value() == "substantive", "n chose no option"
    assert page.evaluate("document.activeElement.dataset.changeId") == visible_ids(page)[0]
    page.locator("select[data-filter='title']").focus()
    page.keyboard.press("p")
    assert page.locator("select[data-filter='title']").input_value() == ""
    assert_clean(loaded)


def test_counts_and_position_follow_the_filters(browser: Browser, tmp_path: Path) -> None:
    diff = every_op_diff()
    loaded = open_report(browser, diff, tmp_path, "counts")
    page = loaded.page
    page.locator("select[data-filter='kind']").select_option("added")
    added = [c for c in diff.changes if c.op == "added"]
    assert page.locator("[data-count='substantive']").inner_text() == str(sum(c.substantive for c in added))
    assert page.locator("[data-count='added']").inner_text() == str(len(added))
    assert page.locator("[data-count='removed']").inner_text() == "0"
    page.locator("body").press("n")
    assert page.locator("#position").inner_text() == f"Change 1 of {len(visible_ids(page))}"
    shown = page.locator("section.group:not([hidden])")
    assert shown.count() == len({(c.section, c.title) for c in added}), "no empty headings"
    assert "1 substantive" in shown.first.locator("[data-group-counts]").inner_text()
    assert "Showing only Kind: added" in page.locator("#filter-note").inner_text()
    page.locator("select[data-filter='kind']").select_option("split")
    page.locator("select[data-filter='title']").select_option("Records Clerk 2")
    assert page.locator("#no-match").is_visible() and page.locator("section.group:not([hidden])").count() == 0
    assert_clean(loaded)
