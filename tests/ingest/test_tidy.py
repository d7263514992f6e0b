"""Line tidying shared by every reader, and the hyphen decision."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from specdiff.ingest.hyphen import keep_hyphen, rejoin
from specdiff.ingest.tidy import tidy_line, tidy_lines


@pytest.mark.parametrize(
    ("line", "tidy"),
    [
        ("J  o  b    D  e  s  c  r  i  p  t  i  o  n", "Job Description"),
        ("Examination Weight: Essay . . . . . . . . .Advisory", "Examination Weight: Essay    Advisory"),
        ("Interview . . . . . . . .  . . . . . .100%", "Interview    100%"),
        ("    2. continued item", "    2. continued item"),
        ("etc... and so on", "etc... and so on"),
        ("A B C", "A B C"),
    ],
)
def test_tidy_line(line: str, tidy: str) -> None:
    assert tidy_line(line) == tidy


@given(st.text(alphabet=" .abcXY12\t-", max_size=60))
def test_tidy_line_is_idempotent(line: str) -> None:
    once = tidy_line(line)
    assert tidy_line(once) == once


@pytest.mark.parametrize(
    ("first", "second", "keep"),
    [("classi", "fication", False), ("self", "reliant", True), ("decision", "making", True), ("recon", "ciled", False)],
)
def test_keep_hyphen_by_dictionary(first: str, second: str, keep: bool) -> None:
    assert keep_hyphen(first, second, "") is keep


def test_document_spelling_wins() -> None:
    assert keep_hyphen("co", "ordinates", "she co-ordinates the work") is True
    assert keep_hyphen("work", "load", "a heavy workload") is False


def test_rejoin_moves_the_fragment_down_and_leaves_capitals_alone() -> None:
    lines = ["Reviews the classi-", "fication of posts.", "", "A state-", "Regulated body."]
    assert rejoin(lines) == ["Reviews the", "classification of posts.", "", "A state-", "Regulated body."]


def test_lone_centred_line_loses_padding_but_an_indented_block_keeps_it() -> None:
    pad = " " * 20
    lines = [
        "TITLE",
        "",
        pad + "THIS EXAMINATION IS OPEN",
        "",
        "A.1  Reviews records and",
        pad + "prepares",
        pad + "reports.",
    ]
    assert tidy_lines(lines) == ["TITLE", "", "THIS EXAMINATION IS OPEN", "", *lines[4:]]


def test_deep_block_after_a_blank_line_moves_to_one_step_under_its_line() -> None:
    """Nested markup rendered as text indents answer options by their depth, not by design."""
    deep = " " * 16
    lines = ["01", "", "        Do you have a licence?", "        ", deep + "Yes", deep + "    Details", deep + "No"]
    assert tidy_lines(lines)[3:] == ["        ", "            Yes", "                Details", "            No"]
