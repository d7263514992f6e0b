"""Typographic padding removed from lines of any source, so the same standard reads the same
whether it came as PDF, DOCX, HTML or text.

- dot leaders ("Interview . . . . . 100%") become a tab's four spaces, as the PDF reader
  shows any wide gap inside a line;
- letter-spaced banners ("J  o  b    D  e  s  c  r  i  p  t  i  o  n") are closed up, the wider
  gaps staying as word breaks;
- a line pushed far right by spaces (a centred title in a text file) loses the padding.
"""

from __future__ import annotations

import re

_LEADER = re.compile(r"[ \t]*(?:\.[ \t]*){4,}")
_SPACED = re.compile(r"^(?:\S {1,6}){3,}\S$")
CENTRED_PADDING = 16  # leading spaces beyond which a text line is centred, not indented


def tidy_line(text: str) -> str:
    """One line with leaders, letter spacing and centring padding removed."""
    body = text.lstrip(" ")
    indent = text[: len(text) - len(body)]
    if len(indent) >= CENTRED_PADDING:
        indent = ""
    body = _LEADER.sub(_leader_space, body).rstrip() if "...." in body.replace(" ", "") else body
    if _SPACED.match(body):
        body = close_up(body)
    return indent + body


def _leader_space(match: re.Match[str]) -> str:
    return "" if match.end() == len(match.string) else "    "


def close_up(body: str) -> str:
    """ "J  o  b    D e s c" -> "Job Desc": the smallest gap is the letter spacing; anything wider
    separates words. Leaves lines alone that are not made of single characters."""
    tokens = re.split(r"( +)", body)
    letters, gaps = tokens[::2], [len(g) for g in tokens[1::2]]
    if any(len(t) != 1 for t in letters):
        return body
    small = min(gaps)
    if all(g == small for g in gaps) and small == 1 and len(letters) < 6:
        return body
    out = letters[0]
    for gap, letter in zip(gaps, letters[1:], strict=True):
        out += (" " if gap > small else "") + letter
    return out


def collapse_spaces(text: str) -> str:
    """Runs of spaces inside a line as one space (a word processor's spacing carries no
    structure), after closing up a letter-spaced banner, which needs the runs to be read."""
    body = text.strip(" ")
    if _SPACED.match(body):
        body = close_up(body)
    return re.sub(r" {2,}", " ", body)
