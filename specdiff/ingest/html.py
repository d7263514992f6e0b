"""HTML to lines: block elements become lines; scripts, styles, hidden text and site chrome go.

Published specs (e.g. CalHR's) sit inside a full web page; its navigation, skip links ("Main
Content Anchor"), hidden field labels ("Page Content Main"), search boxes and footers are not
part of the standard. The main content is picked first (an explicit <main>, else the smallest
element holding nearly all of the page's non-link text), and the page title is kept when the
content does not carry it; a content title printed below a lead-in comes first.
"""

from __future__ import annotations

import re
from typing import Any

from ..errors import InputError
from ..limits import recursion_room
from .bounds import check_text_size, checked_depth, without_controls
from .htmltext import text_lengths
from .marks import Heading, PageLine, PageLines, text_of

_DROP = ("script", "style", "noscript", "template", "nav", "header", "footer", "aside", "button", "select")
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_BLOCK = {
    *_HEADINGS,
    *("p", "div", "section", "article", "main", "li", "ul", "ol", "dl", "dt", "dd", "table", "tr"),
    *("blockquote", "pre", "br", "hr", "caption", "body", "thead", "tbody", "tfoot"),
}
_SPACED_AFTER = {*_HEADINGS, "p", "table", "ul", "ol", "dl", "blockquote", "pre", "tr", "caption"}
_HIDDEN_CLASSES = {"hidden", "hidden-off-screen", "sr-only", "visually-hidden", "screen-reader-text", "offscreen"}
_CHROME_ROLES = {"navigation", "banner", "contentinfo", "search", "menubar", "menu", "dialog"}
_SITE_SUFFIX = re.compile(r"\s+[-|\u2013\u2014]\s+[^-|\u2013\u2014]{1,40}$")


def read_html(data: bytes, name: str) -> tuple[PageLines, list[str]]:
    """One page of lines from the main content of an HTML page."""
    import lxml.html
    from lxml import etree

    try:
        data.decode("utf-8")
        encoding: str | None = "utf-8"  # valid UTF-8 is UTF-8, whatever a missing meta tag implies
    except UnicodeDecodeError:
        encoding = None
    parser = lxml.html.HTMLParser(encoding=encoding, huge_tree=True)  # else text below 255 levels is dropped
    try:
        root = lxml.html.document_fromstring(without_controls(data), parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise InputError(f"cannot read {name}: the HTML cannot be parsed ({exc})") from exc
    depth = checked_depth(root, parser.error_log, name)
    title = _document_title(root)
    _drop_chrome(root)
    main = _main_content(root)
    lines: list[PageLine] = []
    if not main.xpath(".//h1"):
        heading = _outside_h1(root, main) or title
        if heading:
            lines += [heading, ""]
    buf: list[str] = []
    with recursion_room(depth):
        _walk(main, buf, lines)
    _flush(buf, lines)
    check_text_size(name, sum(len(text_of(line)) for line in lines))
    lines = _title_first(main, lines)
    warnings = []
    lost = sum(text_of(line).count("\ufffd") for line in lines)
    if lost:
        warnings.append(f"{lost} character(s) were already lost in the published page (U+FFFD); read as spaces")
        lines = [_replace(line, "\ufffd", " ") for line in lines]
    return [lines], warnings


def _replace(line: PageLine, old: str, new: str) -> PageLine:
    return line.replace(old, new) if isinstance(line, str) else line._replace(text=line.text.replace(old, new))


def _title_first(main: Any, lines: list[PageLine]) -> list[PageLine]:
    """The main content's <h1> leads the text: a page may print a lead-in (a quote, a banner)
    above its title, but the title names the document, as the page's <title> does."""
    h1s = main.xpath(".//h1")
    if not h1s:
        return lines
    title = " ".join(h1s[0].text_content().split())
    texts = [text_of(line) for line in lines]
    if not title or title not in texts or texts[0] == title:
        return lines
    at = texts.index(title)
    rest = lines[:at] + lines[at + 2 if at + 1 < len(lines) and not texts[at + 1] else at + 1 :]
    return [lines[at], "", *rest]


def _drop_chrome(root: Any) -> None:
    """Remove what a reader never sees or never reads as the document: scripts, navigation,
    comments, and elements hidden by attribute, inline style or a screen-reader-only class."""
    for el in list(root.iter(*_DROP)):
        if el.getparent() is not None:
            el.drop_tree()
    for el in list(root.iter()):
        if el.getparent() is None:
            continue
        comment = not isinstance(el.tag, str)  # comments and processing instructions
        if comment or _hidden(el) or (el.get("role") or "").lower() in _CHROME_ROLES:
            el.drop_tree()


def _hidden(el: Any) -> bool:
    style = re.sub(r"\s+", "", (el.get("style") or "").lower())
    if "display:none" in style or "visibility:hidden" in style:
        return True
    if el.get("hidden") is not None or (el.get("aria-hidden") or "").lower() == "true":
        return True
    return bool(_HIDDEN_CLASSES & set((el.get("class") or "").split()))


def _main_content(root: Any) -> Any:
    """The element holding the document: an explicit <main>, else the deepest element holding
    nearly all the text of the best-scoring block (readability-style: text that is not link
    text), so that menus, breadcrumbs and footers beside it fall away."""
    for xpath in ("//main", "//*[@role='main']", "//article"):
        found = root.xpath(xpath)
        if found:
            return found[0]
    scored = []
    lengths = text_lengths(root)  # every element's text measured in one walk, not once per ancestor
    for el in root.iter("div", "section", "td", "body"):
        total = lengths.text[el]
        if not total:
            continue
        links = lengths.links[el]
        scored.append(((total - links) * (1 - links / total) ** 2, el))
    if not scored:
        body = root.find("body")
        return body if body is not None else root
    best = max(score for score, _ in scored)
    near = [(len(list(el.iterancestors())), el) for score, el in scored if score >= 0.95 * best]
    return max(near, key=lambda pair: pair[0])[1]


def _document_title(root: Any) -> str | None:
    """The <title>, without a trailing site name (" - CalHR")."""
    title = root.find(".//title")
    if title is None:
        return None
    text = " ".join(title.text_content().split())
    return _SITE_SUFFIX.sub("", text) or None


def _outside_h1(root: Any, main: Any) -> str | None:
    for h1 in root.xpath("//h1"):
        text = " ".join(h1.text_content().split())
        if text:
            return text
    return None


def _walk(el: Any, buf: list[str], lines: list[PageLine]) -> None:
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag == "tr" and not _has_blocks(el):
        _flush(buf, lines)
        cells = [" ".join(td.text_content().split()) for td in el if td.tag in ("td", "th")]
        row = " | ".join(c for c in marks_named(cells, _header_cells(el)) if c)
        if row:
            lines += [row, ""]
        return
    block = tag in _BLOCK
    if block:
        _flush(buf, lines)
    start = len(lines)
    if tag == "li":
        buf.append("\u2022 ")
    if el.text:
        buf.append(el.text)
    for child in el:
        _walk(child, buf, lines)
        if child.tail:
            buf.append(child.tail)
    if tag in ("td", "th"):
        _flush(buf, lines)
    if block:
        _flush(buf, lines)
        if tag in _HEADINGS and len(lines) == start + 1 and isinstance(lines[-1], str):
            lines[-1] = Heading(lines[-1], int(tag[1]))  # marked up as a heading, whatever its shape
        if tag in _SPACED_AFTER and lines and lines[-1]:
            lines.append("")


MARK_WIDTH = 3  # a cell this short ("X", "✓", "*") is a mark whose meaning is its column


def marks_named(cells: list[str], header: list[str]) -> list[str]:
    """A row's cells with each mark read with its column's heading ("Lifting | Frequently: X"):
    a grid says what it says by where the mark sits, so a mark moving to another column must
    change the row's text. Cells that are text, and rows of a table without headings, stay."""
    if not header or len(header) != len(cells) or cells == header:
        return cells
    out = [cells[0]]
    for cell, head in zip(cells[1:], header[1:], strict=True):
        out.append(f"{head}: {cell}" if cell and head and len(cell) <= MARK_WIDTH else cell)
    return out


def _header_cells(row: Any) -> list[str]:
    """The heading cells of the table a row belongs to: its first row when that row is all <th>
    (or sits in <thead>)."""
    table = next((a for a in row.iterancestors() if a.tag == "table"), None)
    if table is None:
        return []
    first = next(iter(table.iter("tr")), None)
    if first is None or first is row:
        return []
    cells = [c for c in first if c.tag in ("td", "th")]
    in_head = any(a.tag == "thead" for a in first.iterancestors())
    if not cells or not (in_head or all(c.tag == "th" for c in cells)):
        return []
    return [" ".join(c.text_content().split()) for c in cells]


def _has_blocks(row: Any) -> bool:
    """A row whose cells hold paragraphs, lists or tables is layout, read cell by cell."""
    return any(
        d.tag in _BLOCK and d.tag != "br" for cell in row for d in cell.iterdescendants() if isinstance(d.tag, str)
    )


def _flush(buf: list[str], lines: list[PageLine]) -> None:
    """Emit the pending inline text as a line; a lone list bullet waits for its item's text
    (``<li><p>text</p></li>`` is one item, not a bullet line and a text line)."""
    text = " ".join("".join(buf).split())
    buf.clear()
    if text == "\u2022":
        buf.append("\u2022 ")
    elif text:
        lines.append(text)
