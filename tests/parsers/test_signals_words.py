"""The word test in front of each format mark never says "absent" where the mark's regex matches."""

from __future__ import annotations

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from specdiff.model import RawText, Source
from specdiff.model.lines import Line
from specdiff.parsers import PARSERS
from specdiff.parsers.signals import FOLDS_TO_ASCII, score, words

MODULES = [sys.modules[type(parser).__module__] for parser in PARSERS.values()]
SIGNALS = [signals for module in MODULES if (signals := getattr(module, "SIGNALS", ()))]
MARKS = [pattern for signals in SIGNALS for _, _, pattern in signals]


def _raw(text: str) -> RawText:
    lines = tuple(Line(text=t, line=n) for n, t in enumerate(text.split("\n"), 1))
    return RawText(source=Source(path="t.txt", sha256="0" * 64, media_type="text/plain"), lines=lines)


def _plain(raw: RawText, signals: tuple[tuple[float, str, re.Pattern[str]], ...]) -> tuple[float, tuple[str, ...]]:
    """Every mark's regex, as scored before the word test."""
    found = [(w, r) for w, r, p in signals if p.search(raw.text)]
    return min(sum(w for w, _ in found), 0.99), tuple(r for _, r in found)


def test_folds_to_ascii_are_all_the_characters_ignorecase_folds_onto_ascii() -> None:
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    folded = {
        c for a in map(chr, range(128)) for c in re.findall(re.escape(a), every, re.IGNORECASE) if not c.isascii()
    }
    assert folded == set(FOLDS_TO_ASCII)


def test_words_are_read_off_the_pattern() -> None:
    assert words(re.compile(r"^\s*distinguishing features of the class\b", re.I)) == {
        b"distinguishing features of the class"
    }
    assert words(re.compile(r"^(?:salary|pay range)\b", re.I)) == {b"salary", b"pay range"}
    assert words(re.compile(r"^(?:annual\s+)?benefits", re.I)) == {b"benefits"}
    assert words(re.compile(r"^\d+%?$")) == frozenset()  # nothing fixed: the regex always runs
    assert words(re.compile(r"(?:ab|c?)x", re.I)) == {b"x"}  # a branch that may be empty needs nothing


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_a_text_a_mark_matches_passes_its_word_test(data: st.DataObject) -> None:
    pattern = data.draw(st.sampled_from(MARKS))
    matched = data.draw(st.from_regex(pattern))
    around = st.text(alphabet=st.sampled_from("ab \n.:" + FOLDS_TO_ASCII), max_size=8)
    text = data.draw(around) + matched + data.draw(around)
    for signals in SIGNALS:
        assert score(_raw(text), signals) == _plain(_raw(text), signals)


PIECES = st.sampled_from(
    ["Salary", "SALARY", "\u017falary", "Benefits", "BENEF\u0130TS", "benef\u0131ts", "Position Summary",
     "\u212aey Responsibilities", "Key Responsibilities", "GOAL A:", "50 %", "Department:", " Location: x",
     "Illustrative Tasks", "\n", " ", ":", "CLASSIFICATION STANDARD",
     "Occ. Code", "(Cont\u2019d)", "either: (A)", "A.1", "- ", "\u2022 ", "Addition:", "x"]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(PIECES, max_size=20).map("".join))
def test_scores_as_every_regex_gives_them(text: str) -> None:
    for signals in SIGNALS:
        assert score(_raw(text), signals) == _plain(_raw(text), signals)
