"""Typographic padding removed from lines of any source, so the same standard reads the same
whether it came as PDF, DOCX, HTML or text.

- dot leaders ("Interview . . . . . 100%") become a tab's four spaces, as the PDF reader
  shows any wide gap inside a line;
- letter-spaced banners ("J  o  b    D  e  s  c  r  i  p  t  i  o  n") are closed up, the wider
  gaps staying as word breaks;
- a lone line pushed far right by spaces (a centred title in a text file) loses the padding;
  a run of deeply indented lines (continuations of a labelled item) keeps it.
"""

from __future__ import annotations

import re

_LEADER = re.compile(r"[ \t]*(?:\.[ \t]*){4,}")
_SPACED = re.compile(r"^(?:\S {1,6}){3,}\S$")
CENTRED_PADDING = 16  # leading spaces beyond which a text line is centred, not indented


def tidy_lines(lines: list[str]) -> list[str]:
    """Lines of one page tidied; centring padding goes only from a line whose non-blank
    neighbours are both indented less (a centred or aligned line, not part of an indented block).
    A deep block set off by a blank line (several lines at ``CENTRED_PADDING`` or more, as nested
    markup rendered to text indents answer options) keeps its shape but moves left to one step
    under the line above: the depth said "nested", not "this far"."""
    depth = [len(t) - len(t.lstrip(" ")) if t.strip() else -1 for t in lines]
    filled = [i for i, d in enumerate(depth) if d >= 0]
    out = list(lines)
    shift, block = _deep_block_shifts(depth, filled)
    for k, i in enumerate(filled):
        before = depth[filled[k - 1]] if k > 0 else 0
        after = depth[filled[k + 1]] if k + 1 < len(filled) else 0
        lone = depth[i] >= CENTRED_PADDING and before < depth[i] and after < depth[i] and i not in block
        out[i] = tidy_line(lines[i].lstrip(" ") if lone else lines[i][shift.get(i, 0) :])
    return out


STEP = 4  # one level of indentation, as a tab reads


def _deep_block_shifts(depth: list[int], filled: list[int]) -> tuple[dict[int, int], set[int]]:
    """Spaces to take off each line of a run of adjacent lines all indented ``CENTRED_PADDING``
    or more that starts after a blank line, so that it starts one ``STEP`` under the line above
    it. A run right under its line (no blank between) is a hanging indent aligned with a
    labelled item's text, and keeps it. Also returns the lines of runs of two or more (a lone
    deep line is judged by its neighbours: centred, or nested)."""
    shifts: dict[int, int] = {}
    block: set[int] = set()
    k = 0
    while k < len(filled):
        if depth[filled[k]] < CENTRED_PADDING:
            k += 1
            continue
        end = k
        while (
            end + 1 < len(filled) and filled[end + 1] == filled[end] + 1 and depth[filled[end + 1]] >= CENTRED_PADDING
        ):
            end += 1
        if filled[k] - 1 > (filled[k - 1] if k > 0 else -1):  # after a blank line: nested
            parent = depth[filled[k - 1]] if k > 0 else 0
            shift = min(depth[filled[j]] for j in range(k, end + 1)) - (parent + STEP)
            if shift > 0:
                shifts.update({filled[j]: shift for j in range(k, end + 1)})
            if end > k:
                block.update(filled[j] for j in range(k, end + 1))
        k = end + 1
    return shifts, block


def tidy_line(text: str) -> str:
    """One line with leaders and letter spacing removed (indentation kept)."""
    body = text.lstrip(" ")
    indent = text[: len(text) - len(body)]
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
