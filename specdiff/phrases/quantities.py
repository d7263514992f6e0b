"""Token patterns for minimum qualifications: quantities ("two (2) years") and degrees.

spaCy's blank English tokenizer plus a Matcher, built once per process on first use: the
tokenizer already splits "two-year", "(60)" and "bachelor's" the way the patterns need, and
``LIKE_NUM`` knows number words, so the patterns stay short and readable. What a quantity
*means* (experience, service, a substitution) is decided from its context elsewhere
(:mod:`specdiff.parsers.requirement_facts`); this module only finds and reads the phrases, for
the parsers and for the diff alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .numbers import parse_number
from .reach import Reach, reach

# Words that may sit between a number and its unit: "two additional years", "one full-time year".
MODIFIERS = ["full", "-", "time", "paid", "additional", "calendar", "consecutive", "whole"]
UNIT_WORDS = {
    "year": ["year", "years", "yr", "yrs"],
    "month": ["month", "months"],
    "credit": ["semester", "quarter", "credit", "credits", "unit", "units"],
}
_COUNTED = ["credit", "credits", "hours", "hour", "units", "unit"]
_APOS = ["'s", "’s", "'", "’"]


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number with its unit, as character offsets into the text it was found in.

    ``value`` is in years for "year" and "month" (six months -> 0.5) and a plain count for
    "credit" (semester or quarter units, credit hours: the document's own unit is kept in
    ``text``). ``additional`` marks "one additional year", which counts on from the last one.
    """

    start: int
    end: int
    value: float
    unit: str
    text: str
    additional: bool = False


@dataclass(frozen=True, slots=True)
class Degree:
    """An education level named in the text ("Bachelors degree", "graduation from college")."""

    start: int
    end: int
    level: str
    text: str


def _number_forms() -> list[list[dict[str, Any]]]:
    num: dict[str, Any] = {"LIKE_NUM": True}
    dash: dict[str, Any] = {"ORTH": "-"}
    half: dict[str, Any] = {"LOWER": {"IN": ["half", "quarter"]}}
    return [
        [num],
        [num, dash, num],
        [num, dash, half],
        [num, {"LOWER": "and"}, num, dash, half],
        [num, {"LOWER": "and"}, {"LOWER": {"IN": ["a", "one"]}}, half],
        [num, {"ORTH": "("}, num, {"ORTH": ")"}],
        [num, dash, num, {"ORTH": "("}, num, {"ORTH": ")"}],
    ]


def _unit_tails() -> dict[str, list[list[dict[str, Any]]]]:
    """What may follow the number: "years"; "semester credit hours", "quarter units", "credits";
    "24 semester or 36 quarter units" (the first number is read). "One semester" alone is a term,
    not a count of credits, so "semester" and "quarter" need a counted word after them."""
    counted: dict[str, Any] = {"LOWER": {"IN": _COUNTED}, "OP": "+"}
    term: dict[str, Any] = {"LOWER": {"IN": ["semester", "quarter"]}}
    return {
        "year": [[{"LOWER": {"IN": UNIT_WORDS["year"]}}]],
        "month": [[{"LOWER": {"IN": UNIT_WORDS["month"]}}]],
        "credit": [
            [term, counted],
            [{"LOWER": {"IN": ["credit", "credits", "units", "unit"]}}, {"LOWER": {"IN": _COUNTED}, "OP": "*"}],
            [term, {"LOWER": "or"}, {"LIKE_NUM": True}, term, counted],
        ],
    }


def _degree_patterns() -> dict[str, list[list[dict[str, Any]]]]:
    degree_word: dict[str, Any] = {"LOWER": {"IN": ["degree", "degrees", "of", "in"]}}
    apos: dict[str, Any] = {"LOWER": {"IN": _APOS}, "OP": "?"}
    return {
        "bachelor": [
            [{"LOWER": {"IN": ["bachelor", "bachelors", "bachelor's", "bachelor’s", "baccalaureate"]}}],
            [
                {"LOWER": {"IN": ["graduation", "graduated"]}},
                {"LOWER": "from"},
                # not "a two-year (junior, community) college": that is an associate degree
                {"LOWER": {"NOT_IN": ["high", "school", ".", ";", "and", "two", "junior", "community"]}, "OP": "{0,6}"},
                {"LOWER": {"IN": ["college", "university"]}},
            ],
        ],
        "associate": [
            [{"LOWER": {"IN": ["associate", "associates", "associate's", "associate’s"]}}, apos, degree_word],
            [{"LOWER": "two"}, {"ORTH": "-", "OP": "?"}, {"LOWER": "year"}, {"LOWER": {"IN": ["degree", "college"]}}],
        ],
        "master": [[{"LOWER": {"IN": ["master", "masters", "master's", "master’s"]}}, apos, degree_word]],
        "doctorate": [
            [{"LOWER": {"IN": ["doctorate", "doctoral", "ph.d.", "ph.d", "phd"]}}],
            [{"LOWER": "doctor"}, {"LOWER": {"IN": _APOS}}, {"LOWER": "degree"}],
            [{"LOWER": "doctor"}, {"LOWER": "of"}],
            # a law degree: a professional doctorate (named, so a substitution keeps its name)
            [{"LOWER": {"IN": ["j.d.", "j.d", "jd"]}}],
            [{"LOWER": "juris"}, {"LOWER": {"IN": ["doctor", "doctorate"]}}],
        ],
        "high_school": [
            [{"LOWER": "high"}, {"LOWER": "school"}],
            [{"LOWER": {"IN": ["twelfth", "12th"]}}, {"LOWER": "grade"}],
            [{"LOWER": "equivalency"}, {"LOWER": {"IN": ["diploma", "certificate"]}}],
            [{"LOWER": {"IN": ["ged", "g.e.d.", "hiset"]}}],
        ],
    }


@dataclass(frozen=True)
class _Matchers:
    """One Matcher per pattern group (quantities, degrees) with the group's :class:`Reach`: each
    runs only on the windows of the text where one of its patterns can match
    (:mod:`specdiff.phrases.reach`), which finds every match the Matcher finds on the whole
    text (the Matcher was most of the time of reading requirements: it tries every pattern at
    every token). The groups' labels differ and no two labels match the same tokens (a test
    holds this), so :func:`scan`'s result does not depend on the order of the matches."""

    quantities: Any
    degrees: Any
    quantity_reach: Reach
    degree_reach: Reach

    def matches(self, doc: Any) -> list[tuple[int, int, int]]:
        lowers = [token.lower_ for token in doc]
        numeric = [token.like_num for token in doc]
        found: list[tuple[int, int, int]] = []
        for matcher, where in ((self.quantities, self.quantity_reach), (self.degrees, self.degree_reach)):
            for start, end in where.windows(lowers, numeric):
                found += [(key, start + s, start + e) for key, s, e in matcher(doc[start:end])]
        return found


@lru_cache(maxsize=1)
def _pipeline() -> tuple[Any, _Matchers]:
    """spaCy blank English and the Matchers, loaded on first use only (spaCy costs ~0.1-0.6 s)."""
    from ..nlp import english

    nlp = english()  # first: it imports spaCy with its command line deferred (specdiff.nlp)
    from spacy.matcher import Matcher

    quantities, degrees = Matcher(nlp.vocab), Matcher(nlp.vocab)
    modifiers: dict[str, Any] = {"LOWER": {"IN": MODIFIERS}, "OP": "*"}
    every_quantity: list[list[dict[str, Any]]] = []
    for unit, tails in _unit_tails().items():
        patterns = [[*form, modifiers, *tail] for form in _number_forms() for tail in tails]
        quantities.add(f"QTY_{unit}", patterns, greedy="LONGEST")
        every_quantity += patterns
    every_degree: list[list[dict[str, Any]]] = []
    for level, patterns in _degree_patterns().items():
        degrees.add(f"DEG_{level}", patterns, greedy="LONGEST")
        every_degree += patterns
    return nlp, _Matchers(quantities, degrees, reach(every_quantity), reach(every_degree))


_TRAILING_MODIFIERS = re.compile(
    r"(?:[\s-]*\b(?:full|time|paid|additional|calendar|consecutive|whole)\b)*[\s-]*$", re.I
)


def scan(text: str) -> tuple[list[Quantity], list[Degree]]:
    """Every quantity and degree in ``text``, in order, overlaps resolved (longest wins)."""
    nlp, matchers = _pipeline()  # first: spaCy imported the way specdiff.nlp does it
    from spacy.util import filter_spans

    squeezed, back = _squeeze(text)
    doc = nlp.make_doc(squeezed)
    matches = matchers.matches(doc)
    spans = [doc[start:end] for _, start, end in matches]
    labels = {(doc[s:e].start_char, doc[s:e].end_char): nlp.vocab.strings[m] for m, s, e in matches}
    quantities: list[Quantity] = []
    degrees: list[Degree] = []
    for span in sorted(filter_spans(spans), key=lambda s: s.start):
        kind, _, name = labels[(span.start_char, span.end_char)].partition("_")
        start, end = back[span.start_char], back[span.end_char - 1] + 1
        if kind == "DEG":
            degrees.append(Degree(start, end, name, text[start:end]))
            continue
        quantity = _quantity(span, name)
        if quantity is not None:
            quantities.append(Quantity(start, end, quantity.value, quantity.unit, text[start:end], quantity.additional))
    # a quantity inside a degree phrase ("four-year college") is part of the degree
    quantities = [q for q in quantities if not any(d.start <= q.start < d.end for d in degrees)]
    return quantities, degrees


_WHITESPACE_RUN = re.compile(r"\s+")


def _squeeze(text: str) -> tuple[str, list[int]]:
    """Whitespace runs (line breaks included) as one space, so a wrapped "three\n(3) years" matches;
    ``back[i]`` is the offset in ``text`` of character ``i`` of the squeezed string. A run maps
    to its first character (``re``'s whitespace class is ``str.isspace``)."""
    out: list[str] = []
    back: list[int] = []
    done = 0
    for run in _WHITESPACE_RUN.finditer(text):
        start = run.start()
        out += (text[done:start], " ")
        back += range(done, start + 1)
        done = run.end()
    out.append(text[done:])
    back += range(done, len(text) + 1)
    return "".join(out), back


def _quantity(span: Any, unit: str) -> Quantity | None:
    head = span[:-1].text
    if unit == "credit":  # "sixty (60) semester credit hours": the number is before the first unit word
        for index, token in enumerate(span):
            if token.lower_ in UNIT_WORDS["credit"]:
                head = span[:index].text
                break
    additional = bool(re.search(r"\badditional\b", head, re.I))
    number = parse_number(_TRAILING_MODIFIERS.sub("", head))
    if number is None:
        return None
    value = number / 12 if unit == "month" else number
    return Quantity(
        span.start_char, span.end_char, round(value, 4), "credit" if unit == "credit" else "year", span.text, additional
    )


__all__ = ["Degree", "Quantity", "scan"]
