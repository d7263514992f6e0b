"""Where titles are printed: header blocks with grades and codes, label fields, class tables.

Each finder returns (printed title, code, grade) triples and the lines it used, so those lines
are not parsed a second time as clauses. The patterns describe how standards print titles
(a grade after a comma, a seven-digit occupation code on the same or the next line, a
"Class Title:" field, a table of schematic code / class code / title rows) and nothing else.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .headings import heading_shape, is_known
from .rows import BULLET_CHARS, Row, is_caps, key, words

Found = tuple[str, str | None, str | None]

_GRADE = re.compile(
    r"(?:,\s*|\s+|^)(?:(?:salary\s+|pay\s+)?grade\s*:?\s*(?P<g>[A-Z]{0,2}-?\d{1,2}[A-Z]?)|(?P<m>\b[A-Z]{1,2}-\d{1,2}\b))",
    re.IGNORECASE,
)
_CODE = re.compile(r"(?<![\d/.-])\b(?P<c>\d{5,8})\b(?![\d/.-])")
_CODE_ROW = re.compile(r"^(?:[A-Za-z.]+\s+)?(?:code|no\.?|number)?\s*:?\s*\d{5,8}$", re.IGNORECASE)
_FIELD_TITLE = re.compile(
    r"^(?:position\s*/\s*classification\s+title|classification\s+title|class(?:ification)?\s+title|"
    r"position\s+title|job\s+title|title)\s*:\s*(?P<v>\S.*)$",
    re.IGNORECASE,
)
_FIELD_CODE = re.compile(
    r"^(?:class\s+code|job\s+code|occ(?:upational)?\.?\s+code|sap\s+job\s+id|job\s+id|class\s+no\.?|"
    r"classification\s+code)\s*:?\s*(?P<v>[A-Z0-9-]{2,12})\b",
    re.IGNORECASE,
)
_FIELD_GRADE = re.compile(r"^(?:pay\s+grade|salary\s+grade|grade|pay\s+band|band|level)\s*:\s*(?P<v>\S.{0,20})$", re.I)
# A grade or code field printed with no value (a re-export with the grade blanked): still a header
# field, never a clause; the missing value shows as a metadata change.
_FIELD_EMPTY = re.compile(r"^(?:pay\s+grade|salary\s+grade|pay\s+band|class\s+code|job\s+code)\s*:\s*$", re.I)
_PAREN_CODE = re.compile(r"\s*\((?P<c>\d{3,8})\)\s*$")
_ORG_START = re.compile(
    r"\b(?:departments?|division|office|bureau|commission|board)\s+of\b|"
    r"\b(?:state|county|city|province|government|commonwealth|ministry|agency|authority|council)\b",
    re.IGNORECASE,
)
_ORG_ANY = re.compile(
    r"specification|standard|civil service|personnel board|bulletin|job description|\bseries\b|\bcontent\b|"
    r"\bpage\b|\bexam(?:ination)?s?\b",
    re.IGNORECASE,
)
_TABLE_CODE = re.compile(r"^[A-Z0-9]{2,5}$")
_TABLE_CLASS = re.compile(r"^\d{3,6}$")
_ABOLISHED = re.compile(r"\s*\((?:[^()]*\d[^()]*|abolished[^()]*)\)\s*$", re.IGNORECASE)


def graded_titles(rows: Sequence[Row]) -> tuple[list[Found], set[int]]:
    """Titles printed with a grade and/or an occupation code, in any order and case.

    "TITLE, GRADE 18" with its code on the next line, or "Title, M-4    0232430".
    """
    found: list[Found] = []
    used: set[int] = set()
    body = [r for r in rows if r.text]
    for i, row in enumerate(body):
        if _FIELD_CODE.match(row.text.lstrip(BULLET_CHARS + " ")):
            continue  # "Occ. Code 4401100" is a code field, not a title with its code
        grade_m = _GRADE.search(row.text)
        code_m = _CODE.search(row.text)
        if not grade_m and not code_m:
            continue
        rest = row.text
        for m in (grade_m, code_m):
            if m:
                rest = rest.replace(m.group(0), " ")
        rest = " ".join(rest.split()).strip(" ,;-|")
        if len(words(rest)) < 2 or re.search(r"\bcode\b|:", rest, re.I) or len(rest) > 120:
            continue
        if not grade_m and not (is_caps(rest) or rest.istitle() or _titleish(rest)):
            continue
        code = code_m.group("c") if code_m else None
        if code is None and i + 1 < len(body) and _CODE_ROW.match(body[i + 1].text):
            code = _CODE.search(body[i + 1].text).group("c")  # type: ignore[union-attr]
            used.add(body[i + 1].index)
        grade = (grade_m.group("g") or grade_m.group("m")) if grade_m else None
        found.append((rest, code, grade))
        used.add(row.index)
    return found, used


def _titleish(text: str) -> bool:
    ws = words(text)
    return bool(ws) and sum(w[0].isupper() for w in ws) >= 0.6 * len(ws)


def field_titles(rows: Sequence[Row], *, limit: int = 60) -> tuple[list[Found], set[int]]:
    """ "Classification Title: X", "Class Code: 1514", "Pay Grade: EC 10" fields in the header."""
    title = code = grade = None
    used: set[int] = set()
    for row in rows[:limit]:
        text = " ".join(row.text.replace("|", " ").split()).lstrip(BULLET_CHARS + " ")
        if m := _FIELD_TITLE.match(text):
            title = title or m.group("v").strip().strip("\"'\u201c\u201d") or None  # a quoted value
            used.add(row.index)
        elif m := _FIELD_CODE.match(text):
            code = code or m.group("v")
            used.add(row.index)
        elif m := _FIELD_GRADE.match(text):
            grade = grade or m.group("v").strip()
            used.add(row.index)
        elif _FIELD_EMPTY.match(text):
            used.add(row.index)
    if title:
        return [(title, code, grade)], used | _title_rows(rows, title)
    if code or grade:
        prominent = prominent_title(rows, before=_first_line(rows, used))
        if prominent is None:  # the title printed below the code field
            prominent = prominent_title([r for r in rows if r.index not in used])
        if prominent:
            name, paren_code, line = prominent
            used.add(line)
            return [(name, code or paren_code, grade)], used
    return [], used


def _title_rows(rows: Sequence[Row], title: str, limit: int = 8) -> set[int]:
    """The top lines that print the title, perhaps wrapped over two or three lines."""
    target = key(title)
    top = [r for r in rows[: limit * 2] if r.text][:limit]
    for start in range(len(top)):
        joined = ""
        for end in range(start, min(start + 3, len(top))):
            joined = f"{joined} {key(top[end].text)}".strip()
            if joined == target:
                return {r.index for r in top[start : end + 1]}
            if not target.startswith(joined):
                break
    return set()


def _first_line(rows: Sequence[Row], used: set[int]) -> int | None:
    return min(used) if used else None


def prominent_title(
    rows: Sequence[Row], *, before: int | None = None, limit: int = 12
) -> tuple[str, str | None, int] | None:
    """The document's title line: the heading-shaped line nearest above the code field, or the
    first one at the top that names no organisation and no known section (a line the source
    marks up as its top-level heading counts as heading-shaped, whatever its case)."""
    candidates = [r for r in rows[: limit * 2] if r.text][:limit]
    if before is not None:
        candidates = [r for r in candidates if r.index < before][::-1]
    for row in candidates:
        text = row.text
        paren = _PAREN_CODE.search(text)
        name = _PAREN_CODE.sub("", text).strip() if paren else text
        if paren and _titleish(name) and len(words(name)) <= 14:
            return name, paren.group("c"), row.index
        first = row is candidates[-1] if before is not None else row is candidates[0]
        if ":" in name or is_known(name) or _organisation(name) or len(words(name)) > (14 if first else 8):
            continue
        marked = row.heading == 1 or (row.heading is not None and first)  # the source's own heading
        if not (marked or heading_shape(name) or (first and _titleish(name) and not name.endswith("."))):
            continue
        return name, None, row.index
    return None


def _pipe_table(body: Sequence[Row]) -> tuple[list[Found], set[int]]:
    """The same table with its cells on one row: "XB80 | 9663 | Night Attendant"."""
    found: list[Found] = []
    used: set[int] = set()
    for row in body:
        cells = [c.strip() for c in row.text.split(" | ")]
        if len(cells) < 2:
            continue
        codes = [c for c in cells if _TABLE_CLASS.match(c)]
        names = [_ABOLISHED.sub("", c).strip() for c in cells if not _TABLE_CODE.match(c) and not c.isdigit()]
        names = [n for n in names if len(words(n)) >= 1 and _titleish(n) and not re.search(r"\d", n)]
        if codes and len(names) == 1:
            found.append((names[0], codes[-1], None))
            used.add(row.index)
    return (found, used) if len(found) >= 2 else ([], set())


def _organisation(name: str) -> bool:
    """A line naming the publisher rather than the class: "State Personnel Board Specification"."""
    return bool(_ORG_START.search(" ".join(name.split()[:3])) or _ORG_ANY.search(name))


def table_titles(rows: Sequence[Row]) -> tuple[list[Found], set[int]]:
    """A class table flattened to rows: schematic code, class code, title (CalHR style)."""
    body = [r for r in rows if r.text]
    found, used = _pipe_table(body)
    if found:
        return found, used
    i = 0
    while i + 2 < len(body):
        a, b, c = body[i].text, body[i + 1].text, body[i + 2].text
        name = _ABOLISHED.sub("", c).strip()
        if _TABLE_CODE.match(a) and any(ch.isdigit() for ch in a) and _TABLE_CLASS.match(b) and _titleish(name):
            found.append((name, b, None))
            used.update({body[i].index, body[i + 1].index, body[i + 2].index})
            i += 3
            continue
        i += 1
    return found, used
