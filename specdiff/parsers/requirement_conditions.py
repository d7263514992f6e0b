"""Sentences of a qualifications text that are not minimums: conditions, preferences, questions.

A posting mixes, under one heading, what a candidate must have to be admitted (years, degrees:
the minimum qualifications), what an appointee must hold, pass or accept (a driver's licence, a
background check, citizenship: conditions of employment), what the employer would like (a
preferred certification) and, in scraped text, the application's own questions ("Do you have a
valid driver's license?"). Each is told apart here by what the sentence says, not by where it
sits: a "Must possess a valid Driver's License" printed after the preferred list is still a
condition, and "Experience reporting to a board is preferred" under the minimum qualifications
is still a preference.
"""

from __future__ import annotations

import re

# A preference: the sentence says the item is wanted, not required.
_PREFERRED = re.compile(
    r"\b(?:preferred|preferably|preference\s+(?:will|may)\s+be\s+given|desirable|(?:is|are)\s+desired|"
    r"(?:is|be|as)\s+a\s+plus|(?:is|be|as)\s+an\s+(?:added\s+|definite\s+)?asset|nice\s+to\s+have)\b",
    re.I,
)
# Words that make a sentence an obligation (in a section of conditions every sentence is one).
_OBLIGATION = re.compile(
    r"\b(?:must|required?|requires|requirement|shall|need(?:s|ed)?\s+to|possess(?:ion|es)?|valid|current(?:ly)?|"
    r"in\s+good\s+standing|subject\s+to|condition\s+of|pass(?:ing)?|successful(?:ly)?|obtain|maintain|hold|"
    r"member\s+in|proficien\w*|ability\s+to|able\s+to)\b",
    re.I,
)
# Examples, instructions and definitions name conditions without imposing them ("For example,
# French language, drivers license ..."; "include it in this section (ex: P. Eng., CA ...)"; "must
# submit a copy of their certificate at the time of filing"; "the term 'professional experience'
# applies to positions that require a license").
_HEDGE = re.compile(
    r"\b(?:for\s+example|e\.\s?g\.|such\s+as|ex:|if\s+a\s+credential|include\s+it|submit|attach(?:ed)?|"
    r"copy\s+of|at\s+the\s+time\s+of\s+filing|must\s+(?:list|indicate)|the\s+term|applies\s+to)\b",
    re.I,
)

_SUBSTITUTES = re.compile(r"\bsubstitut\w*|\bin\s+lieu\s+of\b", re.I)

# (kind, pattern), in priority order: the first kind whose words a sentence holds is its kind.
CONDITION_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("drug_test", re.compile(r"\bdrug[\s-]*(?:screen|test)\w*|\balcohol\s+test\w*", re.I)),
    (
        "background_check",
        re.compile(
            r"\bbackground\s+(?:check|investigation|screening)\w*|\bfingerprint\w*|\bsecurity\s+clearance|"
            r"\bcriminal\s+(?:history|record|conviction)|\bmotor\s+vehicle\s+(?:record|report)|\bMVR\b|"
            r"\bdriving\s+record|\b(?:surety\s+)?bond(?:ed|able)?\b",
            re.I,
        ),
    ),
    (
        "citizenship",
        re.compile(
            r"\bcitizen(?:ship)?\b|\blegal(?:ly)?\s+(?:right|authori[sz]ed|eligible)\s+to\s+work|"
            r"\b(?:eligible|eligibility|authori[sz](?:ed|ation))\s+to\s+work\s+in\b",
            re.I,
        ),
    ),
    ("residency", re.compile(r"\breside(?:nce|ncy|s)?\b|\bresident\s+of\b|\blive\s+within\b", re.I)),
    (
        "license",
        re.compile(r"\bdriver'?s'?\s+licen[cs]e|\bdriving\s+licen[cs]e|\blicen[cs](?:es?|ure)\b", re.I),
    ),
    (
        "certificate",
        re.compile(
            r"(?<!selective\s)\bcertificat(?:e|ion)s?\b|\bdesignation\b|\baccreditation\b|\bregistration\s+as\b|"
            r"\bmember\s+in\s+good\s+standing|\bchartered\b|\bcertified\b",
            re.I,
        ),
    ),
    (
        "language",
        re.compile(
            r"\bbilingual\b|\bsign\s+language\b|\bfluen(?:t|cy)\s+in\b|\bproficien\w*\s+in\s+(?:the\s+use\s+of\s+)?"
            r"(?:[A-Z]\w+\s+){0,2}(?:language|English|French|Spanish)\b",
            re.I,
        ),
    ),
    (
        "physical",
        re.compile(
            r"\bphysical\w*|\blift(?:ing)?\b|\bpounds\b|\blbs\b|\bsensory\b|\bstand(?:ing)?\s+for\b|"
            r"\b(?:vision|hearing|eyesight)\b|\bexert\b",
            re.I,
        ),
    ),
    (
        "schedule",
        re.compile(
            r"\b(?:nights?|evenings?|weekends?|holidays?|overtime|extended\s+hours|on[\s-]call|shifts?)\b", re.I
        ),
    ),
    ("travel", re.compile(r"\btravel\b", re.I)),
    ("age", re.compile(r"\b\d{2}\s+years\s+of\s+age\b|\bminimum\s+age\b", re.I)),
)


def _first_named(sentence: str) -> str | None:
    """The kind of condition a sentence imposes: the first kind named from where it starts to
    oblige ("A valid driver's license and a good driving record are required" is a licence
    condition, as "A valid driver's license is required" is; "CERA (Certified ...) Must possess a
    valid driver's license" too), else the first named at all; the list's order decides only
    between kinds named at one place."""
    found = [(m.start(), rank, k) for rank, (k, p) in enumerate(CONDITION_PATTERNS) if (m := p.search(sentence, 0))]
    if not found:
        return None
    must = _OBLIGATION.search(sentence)
    if must is not None:
        after = [
            (m.start(), rank, k)
            for rank, (k, p) in enumerate(CONDITION_PATTERNS)
            if (m := p.search(sentence, must.start()))
        ]
        if after:
            return min(after)[2]
    return min(found)[2]


def is_question(sentence: str) -> bool:
    """A sentence the application asks ("Do you have a valid driver's license?"): never a requirement."""
    return sentence.rstrip().endswith("?")


_ANSWERS = re.compile(r"^\s*(?:yes\s+no|no\s+yes|true\s+false)\b", re.I)


def is_answer(sentence: str) -> bool:
    """A run of answer options ("Yes No ...") opening a sentence of a questionnaire."""
    return _ANSWERS.match(sentence) is not None


def is_preference(sentence: str) -> bool:
    """A sentence that says the item is preferred or desirable rather than required."""
    # "Graduation from college is required, preferably with major work in ...": the major is
    # preferred, the degree is not
    if _PREFERRED.search(sentence) is None:
        return False
    return not re.search(r"\b(?:must|shall)\b|(?<!\bnot\s)\brequired\b", sentence, re.I)


def condition_kind(sentence: str, *, section: str = "minimum_qualifications") -> str | None:
    """The kind of condition of employment a sentence imposes, or None.

    Under a heading of conditions every sentence is one (kind ``other`` when no kind's words are
    there); elsewhere the sentence must name a kind and say it is required, and must not merely
    give an example of one.
    """
    if is_question(sentence) or _HEDGE.search(sentence) or is_preference(sentence) or _SUBSTITUTES.search(sentence):
        return None  # a substitution ("... or a Certificate of Achievement may be substituted") is not one
    if section == "conditions_of_employment":
        return _first_named(sentence) or "other"
    if not _OBLIGATION.search(sentence):
        return None  # asked first: one search, where naming the kind tries every kind's pattern
    return _first_named(sentence)


__all__ = ["CONDITION_PATTERNS", "condition_kind", "is_answer", "is_preference", "is_question"]
