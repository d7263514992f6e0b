"""HTML to lines: block elements become lines; scripts, styles and site chrome are dropped.

Published specs (e.g. CalHR's) sit inside a full web page; the page's navigation, search
boxes and footers are not part of the standard, so the main content is picked first.
"""

from __future__ import annotations

from typing import Any

from ..errors import InputError

_DROP = ("script", "style", "noscript", "template", "nav", "header", "footer", "aside", "button", "select")
_BLOCK = {
    "p",
    "div",
    "section",
    "article",
    "main",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "table",
    "tr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "br",
    "hr",
    "td",
    "th",
    "caption",
    "body",
}
_MAIN_HINTS = ("main", "content", "article", "body-content", "page-content")


def read_html(data: bytes, name: str) -> tuple[list[list[str]], list[str]]:
    """One page of lines from the main content of an HTML page."""
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.document_fromstring(data)
    except (etree.ParserError, ValueError) as exc:
        raise InputError(f"cannot read {name}: the HTML cannot be parsed ({exc})") from exc
    for el in list(root.iter(*_DROP)):
        if el.getparent() is not None:
            el.drop_tree()
    for el in list(root.iter()):
        if not isinstance(el.tag, str):  # comments and processing instructions
            if el.getparent() is not None:
                el.drop_tree()
            continue
        role = (el.get("role") or "").lower()
        if role in ("navigation", "banner", "contentinfo", "search") and el.getparent() is not None:
            el.drop_tree()
    main = _main_content(root)
    lines: list[str] = []
    heading = _page_title(root, main)
    if heading:
        lines += [heading, ""]
    buf: list[str] = []
    _walk(main, buf, lines)
    _flush(buf, lines)
    return [lines], []


def _main_content(root: Any) -> Any:
    """The element holding the document: an explicit <main>, else the block with the most text
    that is not link text (readability-style), so navigation menus and footers fall away."""
    for xpath in ("//main", "//*[@role='main']", "//article"):
        found = root.xpath(xpath)
        if found:
            return found[0]
    best, best_score = None, 0.0
    for el in root.iter("div", "section", "td", "body"):
        total = len(" ".join(el.text_content().split()))
        if not total:
            continue
        links = sum(len(" ".join(a.text_content().split())) for a in el.iter("a"))
        score = (total - links) * (1 - links / total) ** 2
        if score > best_score * 1.02:  # ties go to the outermost element
            best, best_score = el, score
    if best is None:
        body = root.find("body")
        return body if body is not None else root
    return best


def _page_title(root: Any, main: Any) -> str | None:
    """The page's own title when the chosen content does not carry it (an H1 outside it,
    or only the <title> element)."""
    if main.xpath(".//h1"):
        return None
    for h1 in root.xpath("//h1"):
        text = " ".join(h1.text_content().split())
        if text:
            return text
    title = root.find(".//title")
    return " ".join(title.text_content().split()) or None if title is not None else None


def _walk(el: Any, buf: list[str], lines: list[str]) -> None:
    tag = el.tag if isinstance(el.tag, str) else ""
    block = tag in _BLOCK
    if block:
        _flush(buf, lines)
    if tag == "li":
        buf.append("\u2022 ")
    if el.text:
        buf.append(el.text)
    for child in el:
        _walk(child, buf, lines)
        if child.tail:
            buf.append(child.tail)
    if tag in ("td", "th"):
        buf.append(" | ")
    if block:
        _flush(buf, lines)
        if tag in ("p", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol"):
            lines.append("")


def _flush(buf: list[str], lines: list[str]) -> None:
    text = " ".join("".join(buf).split())
    buf.clear()
    text = text.strip(" |")
    if text:
        lines.append(text)
