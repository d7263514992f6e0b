"""The dot-count shortcut of export.running_line answers as the test on every line did."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from specdiff.ingest.export import _LEADER, _PAGE_NUMBER, _RUNNING_SIDE, _WORD, running_line

PIECES = st.sampled_from(
    ["Page", "page", "PAGE", " ", "  ", "\t", "\u00a0", "\u2003", "\n", "of", "OF", "1", "12", "2024", "-", "/",
     ".", ". ", "....", "Cont", "rev", "06-22-18", "Class Code", "x", "\x1c", "\u2028", "\f"]
)  # fmt: skip


def reference_running_line(text: str) -> bool:
    body = " ".join(text.split())
    if _PAGE_NUMBER.match(body):
        return True
    if not _LEADER.search(body):
        return False
    sides = [s.strip() for s in _LEADER.split(body) if s.strip()]
    words = sum(len(_WORD.findall(s)) for s in sides)
    return 1 <= len(sides) <= 2 and words <= 12 and any(_RUNNING_SIDE.search(s) for s in sides)


@given(st.lists(PIECES, max_size=14).map("".join))
def test_running_line_as_before(text: str) -> None:
    assert running_line(text) == reference_running_line(text)


def test_page_numbers_with_wide_spacing() -> None:
    assert running_line("   Page  2\tof   3  ")
    assert running_line("- 4 -") and running_line("2 / 7")
    assert not running_line("Page two of three")
