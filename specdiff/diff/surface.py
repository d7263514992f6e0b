"""What the printed surface of a clause says that its words do not: link annotations a web page
prints beside a link, and the parts of an address a posting platform prints twice or adds.

These are judged on the text as printed, before the comparison form drops the brackets and
commas that show them:

- a **link annotation** is a bracketed aside made only of the words a site prints after a link
  ("(Download PDF reader)", "(opens in a new window)", "(PDF, 245 KB)", "(external link)"): it
  names the link's target, never the document's content, and scraped text keeps it or not as the
  page's template changes. One strong marker (download, reader, window, tab, external, a size in
  KB/MB) must be there: "(PDF)" or "(see below)" alone stays text.
- an **address detail**: a region code printed twice ("Salem, OR, OR") is a copy, and a postal
  code added after the region code of an address that had none ("Salem, OR" -> "Salem, OR,
  97309") makes the same place more exact. A postal code that changed is a change.

``settle(old, new)`` returns both texts with what these rules explain taken out, and the rules'
names; the caller judges what is left.
"""

from __future__ import annotations

import re

LINK_ANNOTATION = "link annotation"
ADDRESS = "address detail"

_CHROME_WORDS = frozenset(
    [
        "download",
        "downloads",
        "pdf",
        "reader",
        "adobe",
        "acrobat",
        "free",
        "get",
        "opens",
        "open",
        "opening",
        "in",
        "a",
        "an",
        "new",
        "separate",
        "window",
        "tab",
        "external",
        "link",
        "links",
        "site",
        "website",
        "page",
        "file",
        "files",
        "document",
        "format",
        "size",
        "kb",
        "mb",
        "word",
        "doc",
        "docx",
        "xls",
        "xlsx",
        "this",
        "the",
        "will",
        "to",
        "leave",
        "leaving",
        "you",
        "are",
    ]
)
_STRONG = frozenset(["download", "downloads", "reader", "window", "tab", "external", "kb", "mb"])
_ASIDE = re.compile(r"\s*\(([^()]{1,60})\)")
_WORD = re.compile(r"[A-Za-z]+|\d+(?:\.\d+)?")
_REGION_TWICE = re.compile(r"(,\s*)([A-Z]{2})(?:,\s*\2)+\b")
# The comma before the region code is part of the match (and put back by the substitution): a
# pattern that opens with a character lets the engine skip to the commas of a clause, where a
# look-behind would be tried at every character.
_POSTAL = re.compile(r",(\s*[A-Z]{2}),\s*(?:\d{5}(?:-\d{4})?|[A-Z]\d[A-Z] ?\d[A-Z]\d)\b")


def _annotation(inner: str) -> bool:
    words = [w.lower() for w in _WORD.findall(inner)]
    if not words or not any(w in _STRONG for w in words):
        return False
    return all(w in _CHROME_WORDS or (w[0].isdigit() and {"kb", "mb"} & set(words)) for w in words)


def _without_annotations(text: str) -> str:
    if "(" not in text:  # most clauses: no aside, and _ASIDE would be tried at every character
        return text
    return _ASIDE.sub(lambda m: "" if _annotation(m.group(1)) else m.group(0), text)


def settle(old: str, new: str) -> tuple[str, str, tuple[str, ...]]:
    """``old`` and ``new`` with link annotations, region codes printed twice and a postal code
    only one side gives taken out, and the names of the rules that took something out."""
    reasons: list[str] = []
    a, b = _without_annotations(old), _without_annotations(new)
    if (a, b) != (old, new):
        reasons.append(LINK_ANNOTATION)
    a2, b2 = _REGION_TWICE.sub(r"\1\2", a), _REGION_TWICE.sub(r"\1\2", b)
    if (a2, b2) != (a, b):
        reasons.append(ADDRESS)
    a, b = a2, b2
    codes_a, codes_b = _POSTAL.search(a), _POSTAL.search(b)
    if bool(codes_a) != bool(codes_b):
        a, b = _POSTAL.sub(r",\1", a), _POSTAL.sub(r",\1", b)
        if ADDRESS not in reasons:
            reasons.append(ADDRESS)
    return a, b, tuple(reasons)
