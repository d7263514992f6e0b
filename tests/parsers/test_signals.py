"""Format-detection marks: the same answers as written, without quadratic backtracking.

A mark written ``^\\s*heading`` let ``\\s*`` run across every following newline from every line
start, so a file of blank lines cost time quadratic in their number (64 KB of newlines: 186 s;
the bound is kept by ``python -m bench.hostile``). Line-start marks now skip only spaces and tabs
of their own line; whether a text matches must not change.
"""

from __future__ import annotations

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from specdiff.parsers import PARSERS
from specdiff.parsers.signals import signal

# Every registered parser's marks, so a parser added later is held to the same bound.
MODULES = [sys.modules[type(parser).__module__] for parser in PARSERS.values()]
MARKS = [pattern for module in MODULES for _, _, pattern in getattr(module, "SIGNALS", ())]
AS_WRITTEN = [
    re.compile(p.pattern.replace("^[^\\S\\n]*", "^\\s*", 1).replace("^(?:[^\\w\\n]|_)*", "^[\\W_]*", 1), p.flags)
    for p in MARKS
]
# The repeated character class that leads a line-start mark, if any.
_LEAD = re.compile(r"^\^(\[(?:\\.|[^\]])*\]|\(\?:[^)]*\)|\\[sSwW])\*")
PIECES = st.sampled_from(
    ["\n", "\f", " ", "\t", "\r\n", "Distinguishing Features of the Class", "typical work activities", "GOAL A:",
     "50 %", "Position Summary \u2013", "A.1", "Addition:", "either: (A)", "Illustrative Tasks:", "x", ":",
     "Benefits", "_", "• ", "Key Responsibilities", "Department:", "Salary:"]
)  # fmt: skip


def test_no_mark_lets_a_line_start_run_across_newlines() -> None:
    assert {module.__name__.rsplit(".", 1)[1] for module in MODULES} >= {"county", "nys", "position", "posting"}
    leads = [lead.group(1) for p in MARKS if (lead := _LEAD.match(p.pattern))]
    assert leads and all(re.fullmatch(lead, "\n") is None for lead in leads)
    assert signal(1.0, "r", r"^\s*duties\b")[2].pattern == r"^[^\S\n]*duties\b"
    assert signal(1.0, "r", r"^[\W_]*duties\b")[2].pattern == r"^(?:[^\w\n]|_)*duties\b"


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=30))
def test_marks_match_the_same_texts_as_written(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert [bool(p.search(text)) for p in MARKS] == [bool(p.search(text)) for p in AS_WRITTEN]
