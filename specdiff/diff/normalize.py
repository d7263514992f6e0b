"""The comparison form of a clause: what is left when every named editorial rule has run.

Alignment scores clauses on this form, and the classifier calls a change editorial only when
the two forms agree (or differ only in ways :mod:`specdiff.diff.classify` can name). Each step
is a named rule, so the reasons a change is editorial are the steps that closed the gap
between the two versions; ``STEPS`` is that ordered list and nothing outside it is forgiven.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .glossary import Glossary, Tokens, word_tokens

_BULLET = re.compile(
    r"^\s*(?:[\u2022\u00b7\u25cf\u25aa\u25e6\u2023\u2043\u2219\u25a0\u25a1\u27a2\u2013\u2014\u25ba\-]|o(?=\s))\s*"
)
_FOOTNOTE = re.compile(r"\[\d{1,3}\]|\*+|[\u2020\u2021]+|[\u00b9\u00b2\u00b3\u2070-\u2079]+")
_APOSTROPHE = re.compile(r"(?<=[A-Za-z])[\u2019'\u02bc`](?=[A-Za-z])|(?<=[sS])[\u2019'](?=\W|$)")
_QUOTES = re.compile(r"[\u201c\u201d\u201e\u201f\"\u00ab\u00bb\u2018\u2019'`\u02bc]")
_PUNCT = re.compile(r"[^\w\s]|_")
_PAREN = re.compile(r"\(([^()]{1,80})\)")


def collapse(text: str) -> str:
    """Whitespace and line wrapping: every run of whitespace becomes one space."""
    return " ".join(text.split())


def drop_bullet(text: str) -> str:
    return _BULLET.sub("", text, count=1)


# The characters every match of _FOOTNOTE and _APOSTROPHE contains. Most clauses have none, and
# a substring test is far cheaper than the regex engine trying each position of the clause
# (the apostrophe pattern opens with a look-behind, so no prefix scan can skip ahead): these two
# steps were a third of the comparison form's time.
_FOOTNOTE_MARKS = ("[", "*", "\u2020", "\u2021", "\u00b9", "\u00b2", "\u00b3", *map(chr, range(0x2070, 0x207A)))
_APOSTROPHE_MARKS = ("\u2019", "'", "\u02bc", "`")


def drop_footnote_markers(text: str) -> str:
    if not any(mark in text for mark in _FOOTNOTE_MARKS):
        return text
    return _FOOTNOTE.sub(" ", text)


def drop_apostrophes(text: str) -> str:
    if not any(mark in text for mark in _APOSTROPHE_MARKS):
        return text
    return _APOSTROPHE.sub("", text)


def drop_quotes(text: str) -> str:
    return _QUOTES.sub(" ", text)


def drop_punctuation(text: str) -> str:
    return _PUNCT.sub(" ", text)


def _stem(tokens: Tokens) -> Tokens:
    return tuple(t[:-1] if len(t) > 3 and t.endswith("s") else t for t in tokens)


def drop_definitions_in_place(text: str, glossary: Glossary) -> str:
    """ "Code of Federal Regulations (CFR)" -> "Code of Federal Regulations": a parenthetical
    that only restates the words before it (as a known term or its long form) says nothing new."""
    if not glossary.entries:
        return text
    out: list[str] = []
    last = 0
    for match in _PAREN.finditer(text):
        inner = word_tokens(match.group(1))
        if not inner or not glossary.knows(inner):
            continue
        meaning = _stem(glossary.expand(inner))
        before = glossary.expand(word_tokens(text[max(0, match.start() - 160) : match.start()]))
        if meaning and _stem(before[-len(meaning) :]) == meaning:
            out.append(text[last : match.start()])
            last = match.end()
    out.append(text[last:])
    return "".join(out)


def expand_abbreviations(text: str, glossary: Glossary) -> str:
    return glossary.expand_text(text)


Step = Callable[[str, Glossary], str]

# (reason, step) in the order they run; every editorial reason a change can carry is here or in
# the token rules of classify.py.
STEPS: tuple[tuple[str, Step], ...] = (
    ("whitespace", lambda s, g: collapse(s)),
    ("bullet glyph", lambda s, g: drop_bullet(s)),
    ("footnote marker", lambda s, g: drop_footnote_markers(s)),
    ("abbreviation", drop_definitions_in_place),
    ("apostrophe", lambda s, g: drop_apostrophes(s)),
    ("quote style", lambda s, g: drop_quotes(s)),
    ("punctuation", lambda s, g: collapse(drop_punctuation(s))),
    ("case", lambda s, g: s.casefold()),
    ("abbreviation", expand_abbreviations),
)


def comparison_form(text: str, glossary: Glossary) -> str:
    """The text with every editorial step applied: lower-case words separated by one space."""
    for _, step in STEPS:
        text = step(text, glossary)
    return text
