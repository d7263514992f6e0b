"""What Word's "Accept All" and "Reject All" do to a redline, done on the XML, for the tests.

Accepting drops ``w:del`` and ``w:moveFrom`` and unwraps ``w:ins`` and ``w:moveTo``; rejecting
does the opposite. A paragraph whose mark is dropped (its ``w:pPr/w:rPr`` holds a deletion or
a move-from when accepting, an insertion or a move-to when rejecting) joins the paragraph after
it, as in Word. Each resulting body paragraph is returned with the hidden ``_sdN`` bookmarks the
redline puts over the paragraphs of change N, so a test can tell clauses from headings and
front matter and know which change a paragraph belongs to.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass

from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_BOOKMARK = re.compile(r"^_sd(\d+)(?:_(\w+))?$")


@dataclass(frozen=True)
class Paragraph:
    text: str
    changes: frozenset[int]  # indexes into Diff.changes of the bookmarks over it
    style: str | None


def part(data: bytes, name: str) -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return etree.fromstring(z.read(name))


def _norm(text: str) -> str:
    return " ".join(text.split())


def resolve(data: bytes, accept: bool) -> list[Paragraph]:
    """The body's paragraphs after accepting (or rejecting) every revision."""
    body = part(data, "word/document.xml").find(W + "body")
    assert body is not None
    drop = {W + "del", W + "moveFrom"} if accept else {W + "ins", W + "moveTo"}
    keep = {W + "ins", W + "moveTo"} if accept else {W + "del", W + "moveFrom"}
    out: list[Paragraph] = []
    pending = ""
    open_marks: set[int] = set()
    names: dict[str, int] = {}
    for p in body.iterchildren(W + "p"):
        ppr = p.find(W + "pPr")
        mark = ppr.find(W + "rPr") if ppr is not None else None
        joins = mark is not None and any(child.tag in drop for child in mark)
        style = ppr.find(W + "pStyle") if ppr is not None else None
        active = set(open_marks)
        text = []
        for element in p.iter():
            if element.tag == W + "bookmarkStart":
                found = _BOOKMARK.match(element.get(W + "name", ""))
                if found:
                    names[element.get(W + "id")] = int(found.group(1))
                    open_marks.add(int(found.group(1)))
                    active.add(int(found.group(1)))
            elif element.tag == W + "bookmarkEnd" and element.get(W + "id") in names:
                open_marks.discard(names[element.get(W + "id")])
            elif element.tag in (W + "t", W + "delText"):
                wrappers = {a.tag for a in element.iterancestors() if a.tag in drop | keep}
                if not wrappers & drop:
                    text.append(element.text or "")
        pending += "".join(text)
        if joins:
            continue
        out.append(Paragraph(_norm(pending), frozenset(active), style.get(W + "val") if style is not None else None))
        pending = ""
    return out


def clauses(data: bytes, accept: bool) -> list[Paragraph]:
    """Only the paragraphs that belong to a change (clauses; not headings or front matter)."""
    return [p for p in resolve(data, accept) if p.changes]


def revision_tags(data: bytes) -> dict[str, int]:
    """How many of each revision element the body holds."""
    body = part(data, "word/document.xml")
    tags = ("ins", "del", "moveFrom", "moveTo", "moveFromRangeStart", "moveToRangeStart", "commentRangeStart")
    return {t: len(body.findall(f".//{W}{t}")) for t in tags}
