"""Numbers as standards print them: "six", "two (2)", "twenty-four", "one and one-half", "1½".

Minimum qualifications spell most quantities out, often with the digits repeated in brackets
("sixty (60) semester credit hours"), and a wrong number here is the worst error specdiff can
make: a reviewer trusts "experience 2 → 6 years" without re-reading the sentence. So the rules
are strict: a phrase either reads as one number or as none, never as a guess.
"""

from __future__ import annotations

import re

UNITS = {
    "zero": 0,
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
FRACTIONS = {"half": 0.5, "one-half": 0.5, "quarter": 0.25, "one-quarter": 0.25, "½": 0.5, "¼": 0.25, "¾": 0.75}

_DIGITS = re.compile(r"^(\d+(?:\.\d+)?)(½|¼|¾)?$")
_SLASH = re.compile(r"^(\d+)/(\d+)$")
_BRACKETED = re.compile(r"\(\s*(\d+(?:\.\d+)?)\s*\)")


def word_number(text: str) -> float | None:
    """One number written in words or digits ("twenty-four", "60", "1½", "1/2"); None otherwise."""
    s = text.strip().lower().replace("\u2010", "-").replace("\u2011", "-")
    s = re.sub(r"\s*-\s*", "-", s)
    if not s:
        return None
    if match := _DIGITS.match(s):
        return float(match.group(1)) + (FRACTIONS[match.group(2)] if match.group(2) else 0.0)
    if match := _SLASH.match(s):
        return int(match.group(1)) / int(match.group(2)) if int(match.group(2)) else None
    if s in FRACTIONS:
        return FRACTIONS[s]
    if s in UNITS:
        return float(UNITS[s])
    if s in TENS:
        return float(TENS[s])
    tens, _, unit = s.partition("-")
    if tens in TENS and unit in UNITS and 0 < UNITS[unit] < 10:
        return float(TENS[tens] + UNITS[unit])
    return None


def parse_number(text: str) -> float | None:
    """A number phrase as printed before a unit, or None when it does not read as exactly one.

    Handles "two (2)" (the bracketed digits must agree with the words, else None: a
    contradiction is for a person to resolve), "one and one-half", "two and a half",
    "1 1/2", "twenty four" and "twenty-four".
    """
    s = " ".join(text.replace("\u2010", "-").split())
    bracketed = [float(m) for m in _BRACKETED.findall(s)]
    words = _BRACKETED.sub(" ", s).strip()
    value = _compound(words) if words else None
    if bracketed:
        if len(bracketed) != 1 or (value is not None and abs(value - bracketed[0]) > 1e-9):
            return None
        return bracketed[0]
    return value


def _compound(text: str) -> float | None:
    """Whole part plus an optional fraction: "one and one-half", "two and a half", "1 1/2"."""
    whole_text, sep, frac_text = text.partition(" and ")
    if sep:
        whole, frac = _whole(whole_text), _fraction(frac_text)
        return whole + frac if whole is not None and frac is not None else None
    parts = text.split()
    if len(parts) == 2 and _SLASH.match(parts[1]):
        whole, frac = _whole(parts[0]), word_number(parts[1])
        return whole + frac if whole is not None and frac is not None and frac < 1 else None
    return _whole(text)


def _whole(text: str) -> float | None:
    value = word_number(text)
    if value is not None:
        return value
    parts = text.replace("-", " ").split()
    if len(parts) == 2 and parts[0].lower() in TENS and parts[1].lower() in UNITS:
        return word_number(f"{parts[0]}-{parts[1]}")
    return None


def _fraction(text: str) -> float | None:
    s = re.sub(r"^(?:a|an)\s+", "", text.strip().lower())
    s = re.sub(r"\s*-\s*", "-", s)
    if s in FRACTIONS:
        return FRACTIONS[s]
    value = word_number(s)
    return value if value is not None and value < 1 else None


__all__ = ["parse_number", "word_number"]
