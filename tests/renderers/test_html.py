"""The HTML report: golden bytes, the markup contract, the CSP, and inert document text."""

from __future__ import annotations

import base64
import hashlib
import re

import lxml.html
from hypothesis import given, settings
from hypothesis import strategies as st

from specdiff.model import Change, Diff
from specdiff.renderers.diff import render_diff
from specdiff.renderers.html import to_html
from specdiff.renderers.report import build_view
from specdiff.renderers.wording import display_op

from .fixtures import HOSTILE, every_op_diff, hostile_diff, ref
from .golden import assert_golden


def _page(diff: Diff) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(to_html(diff))


def test_every_op_report_matches_golden() -> None:
    assert_golden("every-op.html", to_html(every_op_diff()))


def test_same_diff_gives_the_same_bytes() -> None:
    assert to_html(every_op_diff()) == to_html(every_op_diff())
    assert render_diff(every_op_diff(), fmt="html") == to_html(every_op_diff())


def test_summary_figures_carry_data_count_equal_to_the_view_summary() -> None:
    diff = every_op_diff()
    page = _page(diff)
    summary = build_view(diff).summary
    for key in ("substantive", "editorial", "moved", "added", "removed"):
        (cell,) = page.xpath(f"//*[@data-count='{key}']")
        assert int(cell.text_content()) == summary[key]
    assert summary["substantive"] == diff.summary["substantive"]


def test_every_change_carries_id_op_and_substantive() -> None:
    diff = every_op_diff()
    page = _page(diff)
    rendered = {e.get("data-change-id"): e for e in page.xpath("//*[@data-change-id]")}
    assert set(rendered) == {c.id for c in diff.changes}
    for change in diff.changes:
        element = rendered[change.id]
        assert element.get("data-op") == display_op(change)
        assert element.get("data-substantive") == ("true" if change.substantive else "false")


def test_editorial_changes_start_hidden_behind_one_toggle() -> None:
    diff = every_op_diff()
    page = _page(diff)
    (toggle,) = page.xpath("//*[@data-toggle='editorial']")
    assert f"{diff.summary['editorial']} editorial changes" in toggle.text_content()
    hidden = page.xpath("//article[@data-substantive='false'][@hidden]")
    assert len(hidden) == diff.summary["editorial"]
    for article in hidden:
        assert article.xpath(".//*[contains(@class, 'reasons')]"), "each editorial change shows its reasons"


def test_redline_uses_the_stored_inline_diff() -> None:
    page = _page(every_op_diff())
    (article,) = page.xpath("//article[@data-change-id='s2.3']")
    redline = article.xpath(".//*[contains(@class, 'redline')]")[0]
    assert [e.text for e in redline.iter("del")] == ["30"]
    assert [e.text for e in redline.iter("ins")] == ["10"]
    assert article.xpath(".//table[contains(@class, 'sbs')][@hidden]"), "side-by-side view present, hidden"


def test_moves_link_both_ways_and_splits_show_every_part() -> None:
    page = _page(every_op_diff())
    (moved,) = page.xpath("//article[@data-change-id='s2.4']")
    back = moved.xpath(".//p[contains(@class, 'move')]//a/@href")[0]
    (stub,) = page.xpath(f"//*[@id='{back[1:]}']")
    assert stub.xpath(".//a/@href") == ["#c-s2.4"]
    (split,) = page.xpath("//article[@data-change-id='s2.5']")
    assert len(split.xpath(".//div[contains(@class, 'parts')]/ul[2]/li")) == 2


def test_requirements_table_is_shown_when_the_diff_has_requirement_changes() -> None:
    diff = every_op_diff()
    page = _page(diff)
    rows = page.xpath("//section[@id='requirements']//tbody/tr")
    assert len(rows) == len(diff.requirement_changes) + len(diff.requirement_gaps)
    assert "2 years" in rows[0].text_content() and "3 years" in rows[0].text_content()
    assert page.xpath("//section[@id='requirements']//tr[@data-status='not_read']")
    bare = Diff(diff.old, diff.new, diff.changes)
    assert not _page(bare).xpath("//section[@id='requirements']")


def test_each_requirement_row_quotes_its_sentences_linked_to_their_clauses() -> None:
    page = _page(every_op_diff())
    quotes = page.xpath("//section[@id='requirements']//tbody/tr[1]//ul[@class='sources']/li")
    assert [q.xpath("string(q)") for q in quotes] == [
        "Two years of clerical experience.",
        "Three years of clerical experience, one of which must have been in records management.",
    ]
    (link,) = quotes[0].xpath(".//a/@href")
    (target,) = page.xpath(f"//*[@id='{link[1:]}']")
    assert target.get("data-change-id") == "s4.1"


def test_who_can_now_qualify_comes_first() -> None:
    page = _page(every_op_diff())
    sections = page.xpath("//main/section/@id")
    assert sections[:2] == ["key-changes", "eligibility"]  # the key changes name it first too
    rows = page.xpath("//section[@id='eligibility']//tbody/tr")
    assert [r.xpath("string(th)") for r in rows][:2] == ["No degree", "Associate degree"]
    assert rows[0].get("data-verdict") == "1 year more"


def test_csp_allows_exactly_our_inline_script_and_style() -> None:
    html = to_html(every_op_diff())
    page = lxml.html.fromstring(html)
    (csp,) = page.xpath("//meta[@http-equiv='Content-Security-Policy']/@content")
    script = re.search(r"<script>(.*?)</script>", html, re.S)
    style = re.search(r"<style>(.*?)</style>", html, re.S)
    assert script and style
    for body, directive in ((script.group(1), "script-src"), (style.group(1), "style-src")):
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert f"{directive} 'sha256-{digest}'" in csp
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp


def _assert_inert(page: lxml.html.HtmlElement) -> None:
    assert len(page.xpath("//script")) == 1, "only our own script"
    assert not page.xpath("//script[@src]")
    for element in page.iter():
        for name, value in element.attrib.items():
            assert not name.lower().startswith("on"), f"event handler attribute {name} on <{element.tag}>"
            if name.lower() in ("href", "src", "action", "formaction", "xlink:href"):
                assert value.startswith("#"), f"{name}={value!r}: only links inside the page"
    assert not page.xpath("//img | //svg | //iframe | //object | //embed")


def test_hostile_text_renders_as_text() -> None:
    page = _page(hostile_diff())
    _assert_inert(page)
    text = page.text_content()
    for fragment in HOSTILE:
        assert fragment in text


texts = st.lists(st.sampled_from(list("<>&\"'=/ :;ajvscriptonerlodimg{}") + list(HOSTILE)), max_size=12).map("".join)


@settings(max_examples=60, deadline=None)
@given(texts, texts, texts, texts)
def test_no_input_makes_markup_reach_the_page(old_text: str, new_text: str, title: str, reason: str) -> None:
    base = every_op_diff()
    change = Change("h1", "modified", True, "duties", title, (ref("h1", old_text, "duties", title, 3),),
                    (ref("h1", new_text, "duties", title, 3),), (reason,))  # fmt: skip
    page = _page(Diff(base.old, base.new, (change,)))
    _assert_inert(page)
    (article,) = page.xpath("//article[@data-change-id='h1']")
    content = article.text_content()
    assert " ".join(old_text.split()) in " ".join(content.split())
