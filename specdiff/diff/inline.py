"""The word-level diff stored on each change, merged into runs a reviewer can read.

Character diffs of prose are unreadable and raw word diffs shred a phrase into fragments:
"thirty (30)" -> "sixty (60)" becomes four edits around a shared " (". Like diff-match-patch's
semantic cleanup, an unchanged run no longer than the edits on both sides of it is folded into
them, so the example reads as one deletion and one insertion. Whitespace never differs here: a
re-wrapped line is the same text.
"""

from __future__ import annotations

import re

from ..model import InlineOp
from .sequence import runs

_TOKEN = re.compile(r"\s+|\w+|[^\w\s]")
_CLOSERS = {")": "(", "]": "[", "\u201d": "\u201c"}

Segment = tuple[str, list[str]]  # ("equal" | "delete" | "insert", tokens)


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def _words(tokens: list[str]) -> int:
    return sum(1 for t in tokens if t[0].isalnum() or t[0] == "_")


def _raw_segments(old: str, new: str) -> list[Segment]:
    a, b = _tokens(old), _tokens(new)
    out: list[Segment] = []
    # what the alignment compares: a run of whitespace is one " " whatever it holds (a
    # re-wrapped line is the same text), every other token itself
    keys_a = [" " if t.isspace() else t for t in a]
    keys_b = [" " if t.isspace() else t for t in b]
    for tag, i1, i2, j1, j2 in runs(keys_a, keys_b):
        if tag == "equal":
            out.append(("equal", b[j1:j2]))
            continue
        if i2 > i1:
            out.append(("delete", a[i1:i2]))
        if j2 > j1:
            out.append(("insert", b[j1:j2]))
    return out


def _regroup(segments: list[Segment]) -> list[Segment]:
    """Consecutive edits become one deletion followed by one insertion."""
    out: list[Segment] = []
    pending: dict[str, list[str]] = {"delete": [], "insert": []}
    for op, tokens in segments:
        if op == "equal":
            out += [(k, v) for k, v in pending.items() if v]
            pending = {"delete": [], "insert": []}
            if out and out[-1][0] == "equal":
                out[-1] = ("equal", out[-1][1] + tokens)
            elif tokens:
                out.append(("equal", tokens))
        else:
            pending[op] = pending[op] + tokens
    out += [(k, v) for k, v in pending.items() if v]
    return out


def _edit_words(edits: list[int], lo: int, hi: int) -> int:
    """Words in the larger of the edits among segments ``lo`` to ``hi`` (-1 when there is
    none); ``edits[k]`` is the word count of segment ``k`` when it is an edit, else -1."""
    return max(edits[max(0, lo) : hi], default=-1)


def _fold_small_equalities(segments: list[Segment]) -> list[Segment]:
    """diff-match-patch's semantic cleanup on words: an unchanged run between two edits that is
    no longer than either of them becomes part of both. Each sweep folds every such run at once,
    then regroups; sweeps repeat until nothing folds (a fold can make a neighbour foldable).
    Word counts are taken once per sweep, not once per neighbour looked at, and an equal run's
    only when it could fold."""
    while True:
        edits = [-1 if op == "equal" else _words(tokens) for op, tokens in segments]
        folded: list[Segment] = []
        changed = False
        last = len(segments) - 1
        for k, (op, tokens) in enumerate(segments):
            inner = op == "equal" and 0 < k < last
            if inner and _words(tokens) <= min(_edit_words(edits, k - 2, k), _edit_words(edits, k + 1, k + 3)):
                folded += [("delete", tokens), ("insert", tokens)]
                changed = True
            else:
                folded.append((op, tokens))
        if not changed:
            return segments
        segments = _regroup(folded)


def _close_brackets(segments: list[Segment]) -> list[Segment]:
    """Pull a closing bracket into the edit that opened it: "(30)" stays whole."""
    out = list(segments)
    for k in range(1, len(out)):
        op, tokens = out[k]
        if op != "equal" or not tokens or tokens[0] not in _CLOSERS or out[k - 1][0] == "equal":
            continue
        opener = _CLOSERS[tokens[0]]
        edits = [j for j in (k - 2, k - 1) if j >= 0 and out[j][0] != "equal"]
        if all(out[j][1].count(opener) > out[j][1].count(tokens[0]) for j in edits):
            for j in edits:
                out[j] = (out[j][0], out[j][1] + tokens[:1])
            out[k] = ("equal", tokens[1:])
    return [s for s in out if s[1]]


def inline_diff(old: str, new: str) -> tuple[InlineOp, ...]:
    """Word-level runs turning ``old`` into ``new`` (equal text is shown as the new side has it)."""
    segments = _close_brackets(_fold_small_equalities(_regroup(_raw_segments(old, new))))
    return tuple(InlineOp(op, "".join(tokens)) for op, tokens in segments if tokens)
