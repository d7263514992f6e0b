"""The fallback parser: headings recognised by their shape, paragraphs and list items as clauses.

Any standard from a jurisdiction we have never seen must still come out as sections and
clauses, never as one blob; headings we cannot map to a kind are kept as ``other`` with a
warning so a reviewer can see what was not understood.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Clause, Document, Line, RawText, Section, Span

_BULLET = re.compile(
    r"^\s*(?:[\u2022\u00b7\u25cf\u25aa\u25e6\u2023\u2043\u2219*\-\u2013o](?=\s)|\d{1,3}[.)]|\(?[A-Za-z]\)|[A-Z]\.\d+)\s+"
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")

# Heading words to section kinds; matched case-, spacing- and punctuation-blind.
SYNONYMS = {
    "description": ("definition", "brief description", "description", "class description", "general statement"),
    "distinguishing_characteristics": ("distinguishing characteristics", "distinguishing features"),
    "duties": ("duties", "illustrative duties", "illustrative tasks", "typical work activities", "examples of duties"),
    "knowledge_skills_abilities": ("knowledge", "skills", "abilities", "knowledge and abilities"),
    "minimum_qualifications": ("minimum qualifications", "requirements", "qualifications"),
    "notes": ("note", "notes"),
}


@dataclass(frozen=True)
class GenericParser:
    """Headings by shape: an ALL CAPS line, a short line ending in a colon, a short Title Case line."""

    name: str = "generic"

    def detect(self, raw: RawText) -> tuple[float, tuple[str, ...]]:
        return 0.1, ("fallback: headings recognised by their shape",)

    def parse(self, raw: RawText, *, confidence: float, reasons: tuple[str, ...]) -> Document:
        sections: list[Section] = []
        warnings: list[str] = list(raw.warnings)
        heading: Line | None = None
        body: list[Line] = []

        def close() -> None:
            if heading is None and not any(ln.text.strip() for ln in body):
                return
            text = heading.text.strip().rstrip(":") if heading else ""
            kind = kind_of(text) if heading else "description"
            if heading and kind == "other":
                warnings.append(f"line {heading.line}: heading {text!r} not recognised; kept as 'other'")
            sid = f"s{len(sections) + 1}"
            clauses = tuple(_clauses(body, sid))
            span = Span(heading.line, heading.line, heading.page) if heading else None
            sections.append(Section(id=sid, kind=kind, heading=text, clauses=clauses, span=span))

        for index, line in enumerate(raw.lines):
            following = next((ln for ln in raw.lines[index + 1 :] if ln.text.strip()), None)
            if is_heading(line.text, following.text if following else None):
                close()
                heading, body = line, []
            else:
                body.append(line)
        close()
        return Document(
            source=raw.source,
            format="generic",
            sections=tuple(sections),
            warnings=tuple(warnings),
            format_confidence=confidence,
            format_reasons=reasons,
        )


def _key(text: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text.lower()).split())


def kind_of(heading: str) -> str:
    """The section kind a heading names, or ``other``."""
    key = _key(heading)
    for kind, names in SYNONYMS.items():
        if key in names:
            return kind
    return "other"


def is_heading(text: str, following: str | None) -> bool:
    """A heading by its shape alone (no dictionary): short, and capitalised or colon-terminated."""
    s = text.strip()
    words = _WORD.findall(s)
    if not s or not words or len(s) > 80 or _BULLET.match(s):
        return False
    if s.endswith(":") and len(words) <= 8:
        return True
    letters = [c for c in s if c.isalpha()]
    if len(words) >= 1 and letters and all(c.isupper() for c in letters) and len(letters) >= 4:
        return True
    titled = all(w[0].isupper() or w.lower() in {"of", "and", "the", "for", "to", "in", "a", "or"} for w in words)
    return titled and len(words) <= 6 and not s.endswith((".", ",", ";")) and following is not None


def _clauses(lines: list[Line], sid: str) -> list[Clause]:
    """Paragraphs (blank-line separated) and list items, each one clause."""
    groups: list[list[Line]] = []
    for line in lines:
        if not line.text.strip():
            if groups and groups[-1]:
                groups.append([])
            continue
        if _BULLET.match(line.text) or not groups:
            groups.append([line])
        else:
            groups[-1].append(line)
    clauses: list[Clause] = []
    for group in (g for g in groups if g):
        first = group[0].text.strip()
        match = _BULLET.match(first)
        label = match.group(0).strip() if match else None
        text = " ".join(ln.text.strip() for ln in group)
        if match:
            text = text[len(match.group(0).lstrip()) :].strip() if text.startswith(match.group(0).strip()) else text
        span = Span(group[0].line, group[-1].line, group[0].page)
        cid = f"{sid}.{len(clauses) + 1}"
        clauses.append(Clause(id=cid, text=text, span=span, label=label if label and label[0].isalnum() else None))
    return clauses
