"""Parse text written in a test without touching the file system."""

from __future__ import annotations

import textwrap

from specdiff.model import Document, Line, RawText, Source
from specdiff.parsers import parse


def raw_of(text: str, name: str = "fixture.txt") -> RawText:
    lines = tuple(Line(t, i) for i, t in enumerate(textwrap.dedent(text).strip("\n").split("\n"), start=1))
    return RawText(Source(name, "0" * 64, "text/plain"), lines)


def parse_text(text: str, *, dialect: str | None = None) -> Document:
    return parse(raw_of(text), dialect=dialect)


def texts(doc: Document, kind: str | None = None) -> list[str]:
    return [c.text for s, c in doc.clauses() if kind is None or s.kind == kind]
