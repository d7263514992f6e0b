"""Word-sequence alignment shared by the classifier and the inline diff.

rapidfuzz's Indel opcodes (an optimal longest common subsequence, in C++) instead of difflib:
difflib's SequenceMatcher is a heuristic, quadratic in the worst case, and was most of the run
time of a 1 MB comparison. Adjacent deletions and insertions are merged into one "replace"
run, because a reviewer reads "two -> six" as one change.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence

from rapidfuzz.distance import Indel

Run = tuple[str, int, int, int, int]  # (tag, i1, i2, j1, j2) as in difflib


def runs(a: Sequence[Hashable], b: Sequence[Hashable]) -> list[Run]:
    """difflib-style opcodes: "equal", "delete", "insert" or "replace" (never two edits in a row)."""
    if list(a) == list(b):
        return [("equal", 0, len(a), 0, len(b))] if a else []
    out: list[Run] = []
    for op in Indel.opcodes(a, b):
        tag, i1, i2, j1, j2 = op.tag, op.src_start, op.src_end, op.dest_start, op.dest_end
        if out and tag != "equal" and out[-1][0] != "equal":
            _, p1, _, q1, _ = out[-1]
            i_len, j_len = i2 - p1, j2 - q1
            tag = "replace" if i_len and j_len else ("delete" if i_len else "insert")
            out[-1] = (tag, p1, i2, q1, j2)
        else:
            out.append((tag, i1, i2, j1, j2))
    return out


def hunks(a: Sequence[str], b: Sequence[str]) -> list[tuple[Sequence[str], Sequence[str]]]:
    """The differing runs of two token sequences, as (old tokens, new tokens)."""
    return [(a[i1:i2], b[j1:j2]) for tag, i1, i2, j1, j2 in runs(a, b) if tag != "equal"]
