"""The comparison form of a clause: what is left when every named editorial rule has run.

Alignment scores clauses on this form, and the classifier calls a change editorial only when
the two forms agree (or differ only in ways :mod:`specdiff.diff.classify` can name). Each step
is a named rule, so the reasons a change is editorial are the steps that closed the gap
between the two versions; ``STEPS`` is that ordered list and nothing outside it is forgiven.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from .glossary import Glossary, Tokens, word_tokens

_BULLET = re.compile(
    r"^\s*(?:[\u2022\u00b7\u25cf\u25aa\u25e6\u2023\u2043\u2219\u25a0\u25a1\u27a2\u2013\u2014\u25ba\-]|o(?=\s))\s*"
)
_FOOTNOTE = re.compile(r"\[\d{1,3}\]|\*+|[\u2020\u2021]+|[\u00b9\u00b2\u00b3\u2070-\u2079]+")
_QUOTES = re.compile(r"[\u201c\u201d\u201e\u201f\"\u00ab\u00bb\u2018\u2019'`\u02bc]")
_PUNCT = re.compile(r"[^\w\s]|_")
_PAREN = re.compile(r"\(([^()]{1,80})\)")


def collapse(text: str) -> str:
    """Whitespace and line wrapping: every run of whitespace becomes one space."""
    return " ".join(text.split())


def drop_bullet(text: str) -> str:
    return _BULLET.sub("", text, count=1)


# The characters every match of _FOOTNOTE contains. Most clauses have none, and a substring test
# is far cheaper than the regex engine trying each position of the clause.
_FOOTNOTE_MARKS = ("[", "*", "\u2020", "\u2021", "\u00b9", "\u00b2", "\u00b3", *map(chr, range(0x2070, 0x207A)))
# An apostrophe inside a word ("Health's") or after a plural's "s" ("applicants'"). The
# apostrophe comes first and the look-behinds after it (fixed width, so they see the letter
# before it): the engine skips straight to the few apostrophes of a clause instead of trying a
# look-behind at every character (tests/diff/test_normalize_fast.py holds it to the plain form).
_APOSTROPHE = re.compile(r"[\u2019'\u02bc`](?:(?<=[A-Za-z][\u2019'\u02bc`])(?=[A-Za-z])|(?<=[sS][\u2019'])(?=\W|$))")


def drop_footnote_markers(text: str) -> str:
    if not any(mark in text for mark in _FOOTNOTE_MARKS):
        return text
    return _FOOTNOTE.sub(" ", text)


def drop_apostrophes(text: str) -> str:
    return _APOSTROPHE.sub("", text)


def drop_quotes(text: str) -> str:
    return _QUOTES.sub(" ", text)


# _PUNCT's verdict on every ASCII character, as a str.translate table: most clauses are ASCII,
# and translating them is one pass in C where the regex engine tries both of its alternatives at
# every character. Derived from the pattern itself, so the two cannot disagree.
_ASCII_PUNCT = str.maketrans({c: " " for c in map(chr, range(128)) if _PUNCT.fullmatch(c)})


def drop_punctuation(text: str) -> str:
    if text.isascii():
        return text.translate(_ASCII_PUNCT)
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


_UNITS = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen"
_UNITS += " seventeen eighteen nineteen"
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety"
_VALUES = {word: n for n, word in enumerate(_UNITS.split(), start=1)}
_VALUES.update({word: 10 * n for n, word in enumerate(_TENS.split(), start=2)})
_DIGIT_WORDS = "|".join(_UNITS.split()[:9])
_TEN_WORDS = "|".join(_TENS.split())
_UNIT_WORDS = "|".join(sorted(_UNITS.split(), key=len, reverse=True))  # "sixteen" before "six"
_WORD = rf"(?:(?:{_TEN_WORDS})(?:[\s-](?:{_DIGIT_WORDS})\b)?|{_UNIT_WORDS})"
_WORD_FIGURE = re.compile(rf"(?i)\b(?P<word>{_WORD})\s*\(\s*(?P<figure>\d{{1,3}})\s*\)")
_FIGURE_WORD = re.compile(rf"(?i)\(\s*(?P<figure>\d{{1,3}})\s*\)\s*(?P<word>{_WORD})\b")
_PAREN_FIGURE = re.compile(r"\(\s*\d{1,3}\s*\)")  # cheap to find; the word patterns run only then
# ".25" -> "0.25"; "$50,000.00" -> "$50,000". The full stop comes first and the look-behinds
# after it (fixed width, so they see the character before it): the engine skips straight to the
# full stops instead of trying a look-behind at every character of the clause.
_DECIMALS = re.compile(r"\.(?:(?<![\w.,]\.)(?=\d)|(?<=\d\.)00\b)")


def _value(word: str) -> int:
    parts = re.split(r"[\s-]", word.lower())
    return sum(_VALUES[p] for p in parts)


def number_value(token: str) -> int | None:
    """The value of a comparison token that writes a whole number ("six", "6"), else None."""
    if token.isdigit():
        return int(token) if len(token) <= 3 else None
    return _VALUES.get(token)


def number_form(text: str) -> str:
    """One way to write a number: "six (6)" and "(6) six" become "six" (the classifier's token
    rule then equates "six" with "6"); ".25" becomes "0.25" and "$50,000.00" "$50,000". Only a
    word and a figure that agree fold together ("two (3)" keeps both, and stays a difference)."""
    if not any(digit in text for digit in "0123456789"):  # substring tests: far cheaper than \d
        return text

    def fold(match: re.Match[str]) -> str:
        word, figure = match.group("word"), match.group("figure")
        return word if _value(word) == int(figure) else match.group(0)

    if "(" in text and _PAREN_FIGURE.search(text):
        text = _FIGURE_WORD.sub(fold, _WORD_FIGURE.sub(fold, text))
    if "." in text:
        text = _DECIMALS.sub(lambda m: "0." if m.group(0) == "." else "", text)
    return text


def fold_accents(text: str) -> str:
    """ "résumé" -> "resume": letters without their accents (the same word typed on another
    keyboard)."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


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
    ("number form", lambda s, g: number_form(s)),
    ("punctuation", lambda s, g: collapse(drop_punctuation(s))),
    ("case", lambda s, g: s.casefold()),
    ("accents", lambda s, g: fold_accents(s)),
    ("abbreviation", expand_abbreviations),
)


def comparison_form(text: str, glossary: Glossary) -> str:
    """The text with every editorial step applied: lower-case words separated by one space."""
    for _, step in STEPS:
        text = step(text, glossary)
    return text
